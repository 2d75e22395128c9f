"""Column kinds named in a question (Utfall/Bokslut, Budget, Plan, Prognos, Avvikelse) choose the column
among several of the same year; a row's own name beats another row's synonym; everyday words that name a
kind of table match by stem or one typing error only."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.budget.answer import answer_figures
from assistant.budget.columns import column_kind, seen_as
from assistant.budget.matching import Lexicon, match_rows, one_typing_error, table_kinds
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from assistant.budget.units import Unit
from core.types import DocumentMeta, LoadedDocument

TEXT = """Driftredovisning per nämnd

Belopp i tkr

| Nämnd | Budget 2023 | Utfall 2023 | Avvikelse 2023 | Budget 2024 | Plan 2025 |
|---|---:|---:|---:|---:|---:|
| **Vård- och omsorgsnämnden** | | | | | |
| Äldreomsorg | 170 000 | 173 700 | -3 700 | 175 900 | 181 400 |
| Funktionsstöd | 60 000 | 58 800 | 1 200 | 62 000 | 63 500 |
| Summa vård- och omsorgsnämnden | 230 000 | 232 500 | -2 500 | 237 900 | 244 900 |
| Kommunstyrelsen | 90 000 | 88 760 | 1 240 | 93 000 | 95 000 |
"""


@pytest.fixture(scope="module")
def book() -> FigureBook:
    doc = LoadedDocument(path="d.md", sha256="0", meta=DocumentMeta(title="Budget"), text=TEXT)
    return FigureBook((DocumentFigures(doc_path="d.md", sha256="0", title="Budget", doc_type="budget", date=None,
                                       tables=tuple(parse_tables(doc)), amounts=()),))


@pytest.mark.parametrize("question, kind", [
    ("Vad är planen för förskolan 2026?", "Plan"),
    ("Vad blev bokslutet för äldreomsorgen 2023?", "Utfall"),
    ("Hur stort var utfallet 2023?", "Utfall"),
    ("Vilken nämnd hade störst underskott mot budget 2023?", "Avvikelse"),
    ("What was the forecast for 2024?", "Prognos"),
    ("Hur mycket ökar det från budget 2024 till plan 2026?", None),
    ("Hur mycket får socialnämnden 2025?", None),
    ("Vad var budgeten 2024 (alltså budgeten, inte bokslutet)?", "Budget"),
    ("Vad blev utfallet 2023, inte budgeten?", "Utfall"),
])
def test_column_kind_of_a_question(question: str, kind: str | None) -> None:
    assert column_kind(question) == kind


def test_seen_as_keeps_the_asked_kind_of_each_year(book: FigureBook) -> None:
    table = book.tables[0]
    assert [c.label for c in seen_as(table, "Utfall", (2023,)).columns] == [
        "Utfall 2023", "Avvikelse 2023", "Budget 2024", "Plan 2025"]  # a column without a year stays
    deviation = seen_as(table, "Avvikelse", (2023,))
    assert [(c.label, c.year) for c in deviation.columns][:1] == [("Avvikelse 2023", 2023)]
    assert deviation.rows[0].values[0] == Decimal(-3700)
    assert seen_as(table, None, (2023,)) is table


@pytest.mark.parametrize("question, figure", [
    ("Vad blev bokslutet för äldreomsorgen 2023?", "173 700 tkr"),
    ("Vad var budgeten för äldreomsorgen 2023?", "170 000 tkr"),
    ("Hur stor var avvikelsen för kommunstyrelsen 2023?", "1 240 tkr"),
    ("Vad är planen för funktionsstöd 2025?", "63 500 tkr"),
    ("Vad var äldreomsorgens budget för 2023 (alltså budgeten, inte bokslutet)?", "170 000 tkr"),
])
def test_the_asked_column_answers(book: FigureBook, question: str, figure: str) -> None:
    answer = answer_figures(question, book)
    assert answer is not None and not answer.refused
    assert figure in answer.text


def test_a_row_of_its_own_beats_a_synonym_of_the_committee(book: FigureBook) -> None:
    labels = [m.label for m in match_rows("hur mycket får äldreomsorgen 2024", Lexicon.build(book.tables))]
    assert labels == ["Äldreomsorg"]


def _damerau(a: str, b: str) -> int:
    """Reference: the full optimal-string-alignment distance table."""
    d = [[i + j if i * j == 0 else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[-1][-1]


@pytest.mark.parametrize("a, b, near", [
    ("driftsbudget", "driftsbudget", True), ("driftsbudgt", "driftsbudget", True),
    ("dirftsbudget", "driftsbudget", True), ("driftsbudgte", "driftsbudget", True), ("xriftsbudget", "driftsbudget", True),
    ("budgeterar", "budgetram", False), ("", "ram", False), ("", "r", True), ("ab", "ba", True), ("abc", "cba", False),
])
def test_one_typing_error(a: str, b: str, near: bool) -> None:
    assert one_typing_error(a, b) is near and one_typing_error(b, a) is near


@given(st.text(alphabet="abcå", max_size=7), st.text(alphabet="abcå", max_size=7))
def test_one_typing_error_is_an_edit_distance_of_one_at_most(a: str, b: str) -> None:
    assert one_typing_error(a, b) is (_damerau(a, b) <= 1)


def test_table_kind_words_need_the_word_or_one_typing_error() -> None:
    assert table_kinds("Vad budgeterar kommunen för finansiella kostnader 2025?") == []
    assert table_kinds("Vad säger driftsbudgten om 2025?") == ["drift"]
    assert table_kinds("Hur stor är investeringsbudgeten 2025?") == ["investering"]


def test_the_largest_deficit_is_the_smallest_deviation(book: FigureBook) -> None:
    answer = answer_figures("Vilken nämnd hade störst underskott 2023?", book)
    assert answer is not None and "vård- och omsorgsnämnden" in answer.text.lower() and "-2 500 tkr" in answer.text
    surplus = answer_figures("Vilken nämnd hade störst överskott 2023?", book)
    assert surplus is not None and "Kommunstyrelsen" in surplus.text


def test_both_ends_asked_gives_the_order(book: FigureBook) -> None:
    answer = answer_figures("Vilken nämnd hade störst underskott 2023 och vilken hade störst överskott?", book)
    assert answer is not None and "-2 500 tkr" in answer.text and "1 240 tkr" in answer.text


def test_an_outcome_question_is_not_answered_by_an_estimate() -> None:
    from assistant.budget.columns import asks_outcome, states_outcome

    assert asks_outcome("Vad blev det faktiska resultatet 2020?") and asks_outcome("Hur slutade året i bokslutet?")
    assert not asks_outcome("Vad är prognosen för 2020?")
    forecast = "Förvaltningen har gått från -14,3 miljoner kronor till en prognos på -6,6 miljoner kronor i år."
    target = "Kommunens externa låneskuld ska över tid inte överstiga 4,0 mdkr."
    assert not states_outcome(forecast) and not states_outcome(target)
    assert states_outcome("Utfallet blev -6,1 miljoner kronor.") and states_outcome("Resultatet blev -6,1 mnkr.")


def test_an_outcome_word_whose_stem_is_another_word_matches_only_as_written() -> None:
    from assistant.budget.columns import asks_only_outcome, asks_outcome, claimed_kinds

    # "slutade" stems to the noun "slut", "landade" to "land": "i slutet av 2025" asks no outcome
    assert not asks_only_outcome("Hur stor väntas låneskulden bli i slutet av 2025?")
    assert not asks_outcome("Hur många tillsvidareanställda fanns det vid årets slut?")
    assert not asks_outcome("Hur många bor på landet?")
    assert asks_outcome("Hur slutade året?") and asks_outcome("Vad landade handlingsplanen på?")
    assert asks_only_outcome("Hur stort var utfallet i bokslutet 2024?")  # inflected forms still share the stem
    assert claimed_kinds("Hamnen kostar 20 miljoner kronor 2025.") != ("Utfall",)  # "hamnade" is no "hamnen"


def test_judge_refuses_an_outcome_question_when_only_a_forecast_states_the_figure() -> None:
    from assistant.compose.answer import judge_evidence
    from assistant.understand.query import analyse
    from assistant.evidence.sentences import Sentence
    from core.types import Chunk

    text = "Förvaltningen har gått från -14,3 miljoner kronor till en prognos på -6,6 miljoner kronor i år."
    chunk = Chunk(id="p#0", doc_path="p.txt", text=text, start=0, end=len(text), title="Pressmeddelande",
                  doc_type="press_release", date="2020-05-18")
    s = Sentence(chunk=chunk, start=0, end=len(text), text=text, score=1.0, coverage=1.0, chunk_score=1.0)
    assert judge_evidence(analyse("Vad blev förvaltningens faktiska resultat 2020?"), [s]).reason == "no_outcome"
    assert judge_evidence(analyse("Vad blev förvaltningens prognos för 2020?"), [s]).answerable


def test_an_outcome_word_beside_a_named_plan_asks_what_the_plan_proposes() -> None:
    from assistant.compose.answer import judge_evidence
    from assistant.understand.query import analyse
    from assistant.evidence.sentences import Sentence
    from core.types import Chunk

    text = "I handlingsplanen budgeteras en årlig utdelning på 10 miljoner kronor från bolaget."
    chunk = Chunk(id="h#0", doc_path="h.md", text=text, start=0, end=len(text), title="Ekonomisk handlingsplan",
                  doc_type="plan", date="2023-06-01")
    s = Sentence(chunk=chunk, start=0, end=len(text), text=text, score=1.0, coverage=1.0, chunk_score=1.0)
    assert judge_evidence(analyse("Vilket belopp landade handlingsplanen i för utdelningen?"), [s]).answerable
    assert judge_evidence(analyse("Vilket belopp landade utdelningen på?"), [s]).reason == "no_outcome"


def test_a_question_about_the_level_today_is_not_answered_by_a_cap() -> None:
    from assistant.compose.answer import judge_evidence
    from assistant.budget.columns import asks_outcome
    from assistant.understand.query import analyse
    from assistant.evidence.sentences import Sentence
    from core.types import Chunk

    assert asks_outcome("Hur stor är regionens pensionsskuld idag?") and asks_outcome("What is the debt today?")
    text = "Regionens pensionsskuld ska inte överstiga 2,5 mdkr under planperioden."
    chunk = Chunk(id="b#0", doc_path="b.txt", text=text, start=0, end=len(text), title="Budget",
                  doc_type="budget", date="2021-01-01")
    s = Sentence(chunk=chunk, start=0, end=len(text), text=text, score=1.0, coverage=1.0, chunk_score=1.0)
    assert judge_evidence(analyse("Hur stor är regionens pensionsskuld idag?"), [s]).reason == "no_outcome"
    assert judge_evidence(analyse("Hur stor får regionens pensionsskuld bli?"), [s]).answerable


def test_a_deviation_asked_of_a_table_without_that_column_is_the_outcome_against_the_budget() -> None:
    text = ("Driftbudget per nämnd, tkr\n\n| Nämnd | Bokslut 2024 | Budget 2024 | Budget 2025 |\n|---|---|---|---|\n"
            "| Omsorgsnämnden | 205 630 | 200 930 | 210 400 |\n| Kommunstyrelsen | 87 200 | 87 370 | 90 300 |\n")
    doc = LoadedDocument(path="o.md", sha256="o", meta=DocumentMeta(title="Budget"), text=text)
    book = FigureBook((DocumentFigures(doc_path="o.md", sha256="o", title="Budget", tables=tuple(parse_tables(doc))),))
    answer = answer_figures("Hur stor blev omsorgsnämndens avvikelse mot budget 2024?", book)
    assert answer is not None and answer.calculation.operation == "deviation"
    assert answer.calculation.result == Decimal(4700) and "högre än budgeten" in answer.text
    assert answer_figures("Hur stor blev kommunstyrelsens avvikelse mot budget 2024?", book).calculation.result == -170


DEVIATIONS = """Driftredovisning per nämnd, nettokostnad
Belopp i tkr

| Nämnd | Budget 2024 | Utfall 2024 | Avvikelse 2024 | Avvikelse 2023 |
|---|---:|---:|---:|---:|
| Kommunstyrelsen | 58 400 | 57 120 | 1 280 | 940 |
| Vård- och omsorgsnämnden | 121 300 | 128 460 | -7 160 | -4 020 |
"""


def test_a_deviation_column_of_a_named_year_answers_for_that_year() -> None:
    doc = LoadedDocument(path="d.md", sha256="0", meta=DocumentMeta(title="Årsredovisning"), text=DEVIATIONS)
    figures = FigureBook((DocumentFigures(doc_path="d.md", sha256="0", title="Årsredovisning", doc_type="annual_report",
                                          date=None, tables=tuple(parse_tables(doc)), amounts=()),))
    answer = answer_figures("Hur mycket större var vård- och omsorgsnämndens underskott 2024 jämfört med 2023?", figures)
    assert answer is not None and "3 140" in answer.text
    answer = answer_figures("Vad var vård- och omsorgsnämndens avvikelse 2023?", figures)
    assert answer is not None and "4 020" in answer.text


def test_a_deficit_asked_of_a_budget_without_deviation_or_outcome_is_refused_not_read_from_the_budget() -> None:
    text = ("Driftbudget per nämnd\nBelopp i tkr\n\n| Nämnd | Budget 2024 | Budget 2025 |\n|---|---:|---:|\n"
            "| Socialnämnden | 238 250 | 248 760 |\n")
    doc = LoadedDocument(path="d.md", sha256="0", meta=DocumentMeta(title="Budget"), text=text)
    figures = FigureBook((DocumentFigures(doc_path="d.md", sha256="0", title="Budget", doc_type="budget",
                                          date=None, tables=tuple(parse_tables(doc)), amounts=()),))
    answer = answer_figures("Hur stort underskott hade socialnämnden 2024?", figures)
    assert answer is None or (answer.refused and "238" not in answer.text)


def test_a_count_column_is_a_count_and_more_of_it_is_asked_as_how_many_more() -> None:
    text = ("Tabell 11. Personalstatistik per förvaltning\n\n| Förvaltning | Antal 2024 | Antal 2025 |\n|---|---|---|\n"
            "| Socialförvaltningen | 731 | 748 |\n| Räddningstjänsten | 23 | 24 |\n")
    doc = LoadedDocument(path="p.md", sha256="p", meta=DocumentMeta(title="Budget"), text=text)
    tables = parse_tables(doc)
    assert [c.unit for c in tables[0].columns] == [Unit.NUMBER, Unit.NUMBER]
    book = FigureBook((DocumentFigures(doc_path="p.md", sha256="p", title="Budget", tables=tuple(tables)),))
    answer = answer_figures("Hur många fler anställda har socialförvaltningen 2025 jämfört med 2024?", book)
    assert answer is not None and answer.calculation.result == Decimal(17)
    assert "mnkr" not in answer.text and "kronor" not in answer.text


def test_how_high_asks_for_a_figure() -> None:
    from assistant.budget.plan import parse_question
    text = "Driftbudget, tkr\n\n| Nämnd | Budget 2025 |\n|---|---|\n| Socialnämnden | 205 172 |\n| Kommunstyrelsen | 95 090 |\n"
    doc = LoadedDocument(path="h.md", sha256="h", meta=DocumentMeta(title="Budget"), text=text)
    lexicon = Lexicon.build(tuple(parse_tables(doc)))
    assert parse_question("Hur hög är socialnämndens budget 2025?", lexicon).intent


PERSONNEL = """Personal per nämnd 31 december 2024

| Nämnd | Sjukfrånvaro 2023, % | Sjukfrånvaro 2024, % |
|---|---:|---:|
| Kommunstyrelsen | 5,2 | 4,8 |
| Vård- och omsorgsnämnden | 10,6 | 9,8 |
"""

KEY_FIGURES = """Nyckeltal 2021–2024

| Nyckeltal | 2023 | 2024 |
|---|---:|---:|
| Sjukfrånvaro, % | 8,6 | 7,9 |
| Antal invånare | 5 200 | 5 187 |
"""


def _personnel_book() -> FigureBook:
    docs = []
    for name, text in (("p.md", PERSONNEL), ("n.md", KEY_FIGURES)):
        doc = LoadedDocument(path=name, sha256=name, meta=DocumentMeta(title=name), text=text)
        docs.append(DocumentFigures(doc_path=name, sha256=name, title=name, tables=tuple(parse_tables(doc))))
    return FigureBook(tuple(docs))


def test_a_word_naming_a_row_elsewhere_and_the_asked_column_is_the_column_beside_another_row() -> None:
    answer = answer_figures("Vad var sjukfrånvaron i vård- och omsorgsnämnden 2024?", _personnel_book())
    assert answer is not None and answer.calculation.result == Decimal("9.8")


def test_percentage_points_between_two_years_are_a_change_of_a_committee_said_in_part() -> None:
    answer = answer_figures("Med hur många procentenheter sjönk sjukfrånvaron i vård o omsorgsnämnden mellan 2023 "
                            "och 2024?", _personnel_book())
    assert answer is not None and answer.calculation.operation == "change"
    assert answer.calculation.result == Decimal("-0.8")


def test_a_followup_naming_only_a_kind_of_column_reads_the_earlier_turns_row_and_year(book: FigureBook) -> None:
    # "och vad var budgeterat?" after an outcome: the same row and year, from the Budget column
    history = ["Vad blev utfallet för äldreomsorg 2023?"]
    for followup in ("och vad var budgeterat?", "Och budgeten då?"):
        answer = answer_figures(followup, book, history=history)
        assert answer is not None and not answer.refused and "170 000" in answer.text
    outcome = answer_figures("och vad blev utfallet?", book, history=["Vad var budgeten för äldreomsorg 2023?"])
    assert outcome is not None and "173 700" in outcome.text


def test_a_period_of_months_asks_for_the_outcome_so_far() -> None:
    from assistant.budget.columns import period_kind

    assert period_kind("Hur stor var socialnämndens nettokostnad januari–augusti 2024?") == "Utfall"
    assert period_kind("How much did the committee spend net in January–August 2024?") == "Utfall"
    assert period_kind("Hur stor var nettokostnaden 2024?") is None


def test_a_period_of_months_yields_to_a_kind_said() -> None:
    from assistant.budget.matching import Lexicon
    from assistant.budget.plan import plan_question

    assert plan_question("Vad är prognosen för jan-aug 2024?", Lexicon(())).column_kind == "Prognos"
    assert plan_question("Vad var nettokostnaden jan-aug 2024?", Lexicon(())).column_kind == "Utfall"


def test_the_verb_of_a_forecast_names_the_forecast_column() -> None:
    # as "budgeterar" names the budget: the verb made of the kind's noun ("prognostisera" of "prognos")
    assert column_kind("vad prognostiserar tekniska nämnden för helåret 2024?") == "Prognos"
    assert column_kind("vad prognostiserade BUN för 2024") == "Prognos"


def test_a_column_of_a_budgets_frame_holds_no_outcome() -> None:
    """"Ram 2024" is the frame a budget gives a committee (columns.SAME_KIND): "vad blev socialnämndens utfall
    2024?" is not answered by it, while a column of the outcome is."""
    from assistant.budget.columns import column_states_outcome

    assert not column_states_outcome("Ram 2024")
    assert not column_states_outcome("Budget 2024")
    assert column_states_outcome("Bokslut 2024") and column_states_outcome("Utfall 2024")

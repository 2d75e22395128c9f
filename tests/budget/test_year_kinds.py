"""A change between two years whose figures are each of their own kind, held in two documents (budget/year_kinds.py)."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from assistant.budget.year_kinds import kinds_by_year
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

INTERIM = """Delårsrapport januari–augusti 2024 Norrby kommun

Tabell 3. Driftredovisning per nämnd
Mnkr

                                  Budget      Utfall     Prognos    Avvikelse
Nämnd                               2024    jan–aug        2024         2024
Socialnämnden                      224,9      156,8       231,4         -6,5
Tekniska nämnden                    80,0       50,2        79,0          1,0
"""

BUDGET = """Budget 2025 Norrby kommun

Tabell 2. Driftbudget per nämnd
Tkr

                                  Budget      Budget
Nämnd                               2024        2025
Socialnämnden                    224 900     236 450
Tekniska nämnden                  80 000      82 000
"""


def _figures(text: str, path: str, date: str):  # type: ignore[no-untyped-def]
    doc = LoadedDocument(path=path, text=text, sha256=path,
                         meta=DocumentMeta(title=path, date=date, doc_type="report", municipality="Norrby"))
    return extract_figures(doc)


def test_the_kind_said_beside_each_year_is_that_years_own() -> None:
    assert kinds_by_year("prognos 2024 enligt delåret jämfört med ramen för 2025, hur stor skillnad", (2024, 2025)) == \
        {2024: "Prognos", 2025: "Budget"}  # a committee's frame is its budget
    assert kinds_by_year("Budgeterat resultat 2025 jämfört med utfallet 2023", (2025, 2023)) == \
        {2025: "Budget", 2023: "Utfall"}
    assert kinds_by_year("Hur mycket ökar socialnämndens budget från 2024 till 2025?", (2024, 2025)) == \
        {2024: "Budget", 2025: None}  # "budget ... 2024": said once, before the first year
    assert kinds_by_year("ram 2025 än vad nämnden faktiskt kostade 2023", (2025, 2023)) == \
        {2025: "Budget", 2023: "Utfall"}


def test_a_forecast_is_held_against_the_next_years_frame_in_another_document() -> None:
    book = FigureBook((_figures(INTERIM, "norrby/delar.txt", "2024-09-30"), _figures(BUDGET, "norrby/budget.txt",
                                                                                      "2024-11-25")))
    answer = answer_figures("Hur mycket större är socialnämndens ram 2025 än nämndens egen helårsprognos för 2024 i "
                            "delårsrapporten?", book)
    assert answer is not None and answer.calculation is not None
    # 236 450 tkr in the budget against the forecast's 231,4 mnkr, not the budget's own 224 900 tkr for 2024
    assert [i.value for i in answer.calculation.inputs] == [Decimal("231.4"), Decimal("236450")]
    # in the finer unit, which writes both figures exactly: 5 050 tkr, not 5,1 mnkr
    assert (answer.calculation.result, answer.calculation.unit) == (Decimal("5050"), "tkr")
    assert "5 050 tkr" in answer.text
    assert {s.doc_path for s in answer.sources} == {"norrby/delar.txt", "norrby/budget.txt"}


def test_a_kind_said_once_for_both_years_is_the_tables_own_change() -> None:
    book = FigureBook((_figures(INTERIM, "norrby/delar.txt", "2024-09-30"), _figures(BUDGET, "norrby/budget.txt",
                                                                                      "2024-11-25")))
    answer = answer_figures("Hur mycket ökar socialnämndens budget från 2024 till 2025?", book)
    assert answer is not None and answer.calculation is not None
    assert [i.value for i in answer.calculation.inputs] == [Decimal("224900"), Decimal("236450")]


def test_a_kind_said_after_a_word_of_comparison_is_the_other_years() -> None:
    # "ramen 2025 än prognosen för 2024": "prognosen" is 2024's kind, not 2025's (after "än": the other side)
    assert kinds_by_year("hur mycket högre är ramen 2025 än prognosen för 2024?", (2025, 2024)) == \
        {2025: "Budget", 2024: "Prognos"}
    book = FigureBook((_figures(INTERIM, "norrby/delar.txt", "2024-09-30"), _figures(BUDGET, "norrby/budget.txt",
                                                                                      "2024-11-25")))
    answer = answer_figures("socialnämnden: hur mycket högre är ramen 2025 än prognosen för 2024?", book)
    assert answer is not None and answer.calculation is not None
    assert [i.value for i in answer.calculation.inputs] == [Decimal("231.4"), Decimal("236450")]


def test_whether_one_years_figure_suffices_for_the_others_is_their_change() -> None:
    # "räcker ramen 2025 till prognosen för 2024?": the frame against the forecast, each of its own year and document
    book = FigureBook((_figures(INTERIM, "norrby/delar.txt", "2024-09-30"), _figures(BUDGET, "norrby/budget.txt",
                                                                                      "2024-11-25")))
    answer = answer_figures("Räcker socialnämndens ram 2025 till den nivå som prognosen för 2024 i delårsrapporten "
                            "pekar på?", book)
    assert answer is not None and answer.calculation is not None
    assert [i.value for i in answer.calculation.inputs] == [Decimal("231.4"), Decimal("236450")]
    # a sufficiency asked of no two years is no change of a row ("hur många jobb räcker det till?")
    from assistant.budget.plan import parse_question
    assert parse_question("hur många sommarjobb räcker potten till?", book.index.lexicon).operation != "change"


def test_a_verb_of_expecting_before_a_year_says_its_forecast() -> None:
    # "vad den beräknas kosta 2024": what the year is expected to come to, the interim report's forecast
    assert kinds_by_year("hur mycket mer får socialnämnden 2025 jämfört med vad den beräknas kosta 2024",
                         (2025, 2024)) == {2025: None, 2024: "Prognos"}


COSTS = BUDGET + """
Tabell 4. Skatter och utjämning
Tkr
                                  Budget      Budget
                                    2024        2025
Kostnadsutjämning                 12 000      13 000
"""


def test_the_frame_is_held_against_what_the_year_is_expected_to_cost() -> None:
    # "kosta" asks for the figure as "kostar" does: no row "Kostnadsutjämning"; "beräknas" says the forecast
    book = FigureBook((_figures(INTERIM, "norrby/delar.txt", "2024-09-30"), _figures(COSTS, "norrby/budget.txt",
                                                                                      "2024-11-25")))
    answer = answer_figures("hur mycket mer får socialnämnden 2025 jämfört med vad den beräknas kosta 2024?", book)
    assert answer is not None and answer.calculation is not None
    assert [i.value for i in answer.calculation.inputs] == [Decimal("231.4"), Decimal("236450")]


SIGNED_BUDGET = BUDGET.replace("224 900     236 450", "-224 900    -236 450").replace(
    "80 000      82 000", "-80 000     -82 000")


def test_one_cost_written_with_opposite_signs_compares_by_size() -> None:
    # the interim report's "Socialnämnden 231,4" and the budget's "Socialnämnden -236 450": one net cost, 5,05 more
    book = FigureBook((_figures(INTERIM, "norrby/delar.txt", "2024-09-30"),
                       _figures(SIGNED_BUDGET, "norrby/budget.txt", "2024-11-25")))
    answer = answer_figures("Hur mycket större är socialnämndens ram 2025 än nämndens egen helårsprognos för 2024 i "
                            "delårsrapporten?", book)
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal("5050")


def test_how_one_figure_stands_to_another_asks_their_difference() -> None:
    book = FigureBook((_figures(INTERIM, "norrby/delar.txt", "2024-09-30"), _figures(BUDGET, "norrby/budget.txt",
                                                                                      "2024-11-25")))
    answer = answer_figures("Socialnämnden: hur förhåller sig budgeten för 2025 till prognosen för 2024?", book)
    assert answer is not None and answer.calculation is not None
    assert [i.value for i in answer.calculation.inputs] == [Decimal("231.4"), Decimal("236450")]


PRESS = """Budget 2025 är antagen

Nämndernas ramar, mnkr

| Nämnd | Budget 2024 | Budget 2025 | Förändring |
|---|---|---|---|
| Socialnämnden | 224,9 | 236,5 | 11,6 |
| Tekniska nämnden | 80,0 | 82,0 | 2,0 |
"""


SECTIONED = """Budget 2025 Norrby kommun

Tabell 4. Driftbudget per nämnd och verksamhet
Tkr

                                  Budget      Budget
Nämnd / verksamhet                  2024        2025
Socialnämnden
Äldreomsorg                      142 600     149 200
Individ- och familjeomsorg        82 300      87 250
Summa Socialnämnden              224 900     236 450
Tekniska nämnden
Gator                             80 000      82 000
Summa Tekniska nämnden            80 000      82 000
"""


def test_a_figure_is_read_where_it_is_written_finest() -> None:
    # the press release's "236,5" mnkr is the budget's "236 450" tkr rounded: the difference is of the budget's figure
    for order in ((PRESS, SECTIONED), (SECTIONED, PRESS)):
        book = FigureBook((_figures(INTERIM, "norrby/delar.txt", "2024-09-30"),
                           *(_figures(text, f"norrby/{i}.txt", "2024-11-25") for i, text in enumerate(order))))
        answer = answer_figures("Hur mycket större är socialnämndens ram 2025 än nämndens egen helårsprognos för 2024 "
                                "i delårsrapporten?", book)
        assert answer is not None and answer.calculation is not None
        assert [i.value for i in answer.calculation.inputs] == [Decimal("231.4"), Decimal("236450")]


def test_a_frame_is_the_budget_held_against_the_costs_forecast() -> None:
    # "ram" says the budget of 2025 as "prognosen" says the forecast of 2024; "kostnaderna" names no year's kind
    assert kinds_by_year("räcker socialnämndens ram 2025 till om kostnaderna blir som prognosen för 2024?",
                         (2024, 2025)) == {2024: "Prognos", 2025: "Budget"}
    book = FigureBook((_figures(INTERIM, "norrby/delar.txt", "2024-09-30"), _figures(BUDGET, "norrby/budget.txt",
                                                                                      "2024-11-25")))
    answer = answer_figures("räcker socialnämndens ram 2025 i norrby till om kostnaderna blir som prognosen för 2024?",
                            book)
    assert answer is not None and answer.calculation is not None
    assert [i.value for i in answer.calculation.inputs] == [Decimal("231.4"), Decimal("236450")]

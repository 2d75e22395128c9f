"""Calculations across a table's columns as other municipalities lay them out: a committee column beside projects
(its code joins the row), one figure against another kind of column of its year (the forecast against the
budget), a change between years read from the same kind of column, an abbreviated change column, a row's
name followed by a linking word or a column's kind."""
from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.budget.answer import answer_figures
from assistant.budget.basis import basis_line
from assistant.budget.columns import column_kinds, like_kind
from assistant.budget.execute import execute
from assistant.budget.layout import find_header, parse_column
from assistant.budget.phrasing import genitive
from assistant.budget.plan import plan_question
from assistant.budget.store import DocumentFigures, FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

REPORT = """Delårsrapport för Exempelkommun

Tabell 1. Driftredovisning per nämnd
Belopp i mnkr

                                                         Budget              Utfall        Prognos          Avvikelse
Nämnd                                                       2026          jan–aug              helår     mot budget
   Kommunstyrelsen                                           68,5              43,9             66,2               2,3
   Barn- och utbildningsnämnden                             196,4            135,2            203,2              -6,8
   Socialnämnden                                            182,7            128,4            191,6              -8,9
Summa nämnder                                               447,6            307,5            461,0             -13,4

Tabell 2. Investeringar per projekt
Belopp i tkr

                                                                  Budget              Plan             Plan
Projekt                                           Nämnd              2027             2028            2029

Ombyggnad äldreboende                                   SN          12 400          15 600            3 500
Välfärdsteknik                                          SN             850             600              600
Skolgård                                                UN           1 300                0               0
Gatubelysning                                           KS             800              800             600
Summa                                                               15 350          17 000            4 700

Driftutfall per nämnd, tkr

| Nämnd | Budget helår 2026 | Utfall jan–aug 2026 | Utfall jan–aug 2025 |
|---|---|---|---|
| Kommunstyrelsen | 68500 | 43874 | 42105 |
| Socialnämnden | 182700 | 128412 | 121340 |
| Kultur- och fritidsnämnden | 14800 | 10396 | 9870 |
"""


@pytest.fixture(scope="module")
def book() -> FigureBook:
    doc = LoadedDocument(path="exempel/delar-2026.txt", text=REPORT, sha256="d",
                         meta=DocumentMeta(title="Delårsrapport 2026", date="2026-09-20", doc_type="report"))
    figures: DocumentFigures = extract_figures(doc)
    return FigureBook((figures,))


def _table(book: FigureBook, title: str):
    return next(t for t in book.tables if title in t.title)


def test_a_column_of_words_beside_the_projects_joins_each_row_as_its_attribute(book: FigureBook) -> None:
    table = _table(book, "Investeringar per projekt")
    assert [c.label for c in table.columns] == ["Budget 2027", "Plan 2028", "Plan 2029"]
    assert table.rows[0].label == "Ombyggnad äldreboende (SN)"
    assert table.rows[0].values == (Decimal("12400"), Decimal("15600"), Decimal("3500"))


def test_a_committees_projects_are_summed_by_the_code_in_their_column(book: FigureBook) -> None:
    answer = answer_figures("hur mycket ska socialnämnden investera totalt 2027-2029?", book)
    assert answer is not None and not answer.refused
    assert answer.calculation is not None and answer.calculation.result == Decimal("33550")


@pytest.mark.parametrize("question, kinds", [
    ("hur många procent över budget ligger socialnämnden enligt prognosen?", ("Budget", "Prognos")),
    ("utfallet mot budgeten för kommunstyrelsen", ("Utfall", "Budget")),
    ("vad är budgeten för kommunstyrelsen?", ()),
    ("hur stort är underskottet mot budget?", ()),  # a deviation is a column of its own
])
def test_column_kinds_held_against_each_other(question: str, kinds: tuple[str, ...]) -> None:
    assert column_kinds(question) == kinds


def test_percent_over_budget_compares_the_forecast_column_with_the_budget_column(book: FigureBook) -> None:
    answer = answer_figures("hur många procent över budget ligger barn o utbildning enligt prognosen?", book)
    assert answer is not None and not answer.refused
    assert "3,46 %" in answer.text  # (203,2 - 196,4) / 196,4
    assert "Budget 2026" in answer.text and "Prognos helår" in answer.text


def test_two_years_named_choose_the_columns_not_the_kinds(book: FigureBook) -> None:
    # the months named: "utfall 2025" alone is the whole year's, which the table lacks (test_year_outcome_not_months)
    plan = plan_question("hur mycket ökar socialnämnden från utfall jan–aug 2025 till budget 2026?", book.index.lexicon,
                         [])
    outcome = execute(plan, book.tables)
    assert [c.column.year for c in outcome.cells] == [2025, 2026]


def test_a_change_between_years_reads_the_kind_of_column_both_years_have(book: FigureBook) -> None:
    table = _table(book, "Driftutfall")
    assert like_kind(table) == "Utfall"
    assert like_kind(_table(book, "Driftredovisning")) is None  # one year: nothing to compare
    answer = answer_figures("Vilken nämnd har ökat sina kostnader mest i kronor jämfört med förra året?", book)
    assert answer is not None and not answer.refused
    assert "Socialnämnden" in answer.text and "7 072" in answer.text


def test_a_rows_name_ends_at_a_linking_word_or_a_columns_kind(book: FigureBook) -> None:
    lexicon = book.index.lexicon
    assert plan_question("barn o utbildning enligt prognosen", lexicon, []).rows == ("Barn- och utbildningsnämnden",)
    assert plan_question("barn o utbildning, utfall jan-aug?", lexicon, []).rows == ("Barn- och utbildningsnämnden",)


def test_an_abbreviated_change_column_is_a_period_not_a_year() -> None:
    column = parse_column("Förändr. 2025–26")
    assert column is not None and column.year is None and column.kind == "Förändring"
    assert parse_column("Progn. 2024").year == 2024  # an abbreviated kind of a year's figure stays that year's


def test_a_table_of_one_year_needs_no_note_that_the_question_named_no_year(book: FigureBook) -> None:
    plan = plan_question("vad är utfallet för kommunstyrelsen?", book.index.lexicon, [])
    outcome = execute(plan, (_table(book, "Driftredovisning"),))
    assert "frågan anger inget år" not in basis_line(outcome, "sv", 2026)


def test_the_genitive_of_a_name_with_its_attribute_goes_on_the_name() -> None:
    assert genitive("Fordon (KS)") == "Fordons (KS)"
    assert genitive("Socialnämnden") == "Socialnämndens"


def _municipality(name: str, text: str) -> DocumentFigures:
    doc = LoadedDocument(path=f"{name.lower()}/doc.txt", text=text, sha256=name,
                         meta=DocumentMeta(title=f"Dokument {name}", date="2025-04-01", doc_type="report",
                                           municipality=name))
    return extract_figures(doc)


def test_two_municipalities_are_compared_from_the_same_kind_of_column() -> None:
    aby = _municipality("Aby", """Nettokostnad per nämnd, mnkr

| Nämnd | Budget 2024 | Utfall 2024 | Utfall 2023 |
|---|---|---|---|
| Socialnämnden | 158,6 | 161,3 | 154,2 |
| Kommunstyrelsen | 71,4 | 69,2 | 66,9 |
""")
    bby = _municipality("Bby", """Kommunbidrag per nämnd, tkr

| Nämnd | Bokslut 2024 | Budget 2025 |
|---|---|---|
| Socialnämnden | 118900 | 121600 |
| Kommunstyrelsen | 48600 | 50200 |
""")
    answer = answer_figures("hur mycket dyrare var socialnämnden i Aby än i Bby 2024?", FigureBook((aby, bby)))
    assert answer is not None and answer.calculation is not None
    assert [i.column for i in answer.calculation.inputs] == ["Utfall 2024", "Bokslut 2024"]


def test_a_sum_of_deficits_adds_the_rows_that_went_back_only(book: FigureBook) -> None:
    answer = answer_figures("hur stort är det samlade underskottet för nämnderna som gick back?", book)
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal("-15.7")  # -6,8 + -8,9; Kommunstyrelsen's +2,3 is no deficit
    plan = plan_question("hur stort är det samlade underskottet i driftredovisningen?", book.index.lexicon, [])
    assert plan.sign == -1 and not plan.committees_only
    whole = execute(plan, (_table(book, "Driftredovisning"),))  # no committees named: the total row nets them
    assert whole.result == Decimal("-13.4")


def test_a_word_saying_the_figure_is_an_outcome_so_far_is_no_other_topic(book: FigureBook) -> None:
    answer = answer_figures("Hur mycket har socialnämnden hittills lagt, utfall jan-aug?", book)
    assert answer is not None and answer.calculation is not None and answer.calculation.result == Decimal("128.4")
    # a column's kind alone does not tie a question about another topic to the table
    assert answer_figures("Hur mycket kostar det att avskaffa delade turer i socialnämnden enligt budgeten?",
                          book) is None


def test_a_group_label_over_the_kind_is_part_of_a_dated_column() -> None:
    # a header cell spanning columns ("Utgift per år") joined over each column's own label
    column = parse_column("Utgift per år Utfall 2025")
    assert column is not None and (column.kind, column.year) == ("Utfall", 2025)
    assert parse_column("kommunen har under året 2025") is None  # words of prose with a year: no column
    header = find_header(["| Del | Utgift per år Utfall 2025 | Utgift per år Budget 2026 | Totalt |", "|---|---|---|---|",
                          "| Byggentreprenad | 0 | 12 900 | 12 900 |"], 0)
    assert header is not None and [c.year for c in header.columns] == [2025, 2026, None]


WRAPPED_OVER_STUB = """Tabell 3. Driftbudget per nämnd
                                         Budget       Budget     Förändring     Förändring       Budget 2025
Nettokostnad, mnkr                         2024         2025           mnkr              %   kr per invånare

Kommunstyrelsen                           142,8        148,6            5,8            4,1             8 279
Socialnämnden                             512,9        531,4           18,5            3,6            29 604
"""


def test_an_upper_header_line_starting_over_a_column_has_no_stub() -> None:
    # "Budget" over "2024": the upper line's first label belongs to the first column, the stub is below it
    from assistant.budget.tables import parse_tables
    from core.types import DocumentMeta, LoadedDocument
    (table,) = parse_tables(LoadedDocument(path="b.txt", sha256="0", meta=DocumentMeta(title="Budget 2025"),
                                           text=WRAPPED_OVER_STUB))
    assert table.title == "Tabell 3. Driftbudget per nämnd"
    assert [(c.kind, c.year) for c in table.columns][:3] == [("Budget", 2024), ("Budget", 2025), ("Förändring", None)]
    assert table.rows[1].label == "Socialnämnden" and str(table.rows[1].values[1]) == "531.4"


FEES = """Tabell 6. Urval av taxor och avgifter, belopp i kr
Avgift                                           Enhet                               2024        2025
Kultur och fritid
Hyra sporthall, övriga                           kr per timme                         350         370
Bibliotek, förseningsavgift vuxen                kr per dag och media                   2           0
Plan och bygg
Bygglov enbostadshus                             kr per ärende                     21 800      22 600
"""


def test_a_longer_text_under_a_column_of_words_does_not_end_the_table() -> None:
    from assistant.budget.tables import parse_tables
    from core.types import DocumentMeta, LoadedDocument
    (table,) = parse_tables(LoadedDocument(path="t.txt", sha256="0", meta=DocumentMeta(title="Budget 2025"), text=FEES))
    assert [r.label for r in table.rows] == ["Hyra sporthall, övriga (kr per timme)",
                                             "Bibliotek, förseningsavgift vuxen (kr per dag och media)",
                                             "Bygglov enbostadshus (kr per ärende)"]
    assert table.rows[-1].sections == ("Plan och bygg",)

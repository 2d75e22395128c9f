"""Shares read across one row's columns: what has been used so far of a budget (the Utfall column against the
Budget column of the same row), and a row's share of a multi-year period read in the table's own column for the
span ("Totalt 2026–2028"). Compounds whose last part is a kind of column name that kind."""
from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.budget.answer import answer_figures
from assistant.budget.columns import column_kind, column_kinds, span_column
from assistant.budget.store import DocumentFigures, FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

REPORT = """Delårsrapport för Exempelkommun

Tabell 1. Investeringar per projekt
Belopp i tkr

                                                  Budget              Utfall           Prognos
Projekt                                             2026           jan–aug             helår        Avvikelse
Ny förskola                                       18 000             6 000            17 000            1 000
Gatubelysning                                      2 000             1 500             2 000                0
Summa investeringar                               20 000             7 500            19 000            1 000

Tabell 2. Socialnämnden per verksamhet
Belopp i tkr

                                           Budget helår          Utfall           Prognos
Verksamhet                                         2026    jan–aug 2026        helår 2026        Avvikelse
Äldreomsorg                                     200 000         140 000           205 000           -5 000
Individ- och familjeomsorg                       50 000          30 000            50 000                0
Summa socialnämnden                             250 000         170 000           255 000           -5 000
"""

PLAN = """Budget 2027 för Exempelkommun

Tabell 3. Investeringsbudget per nämnd
Belopp i tkr

                                          Budget          Plan          Plan         Totalt
Nämnd                                       2027          2028          2029      2027–2029
Kommunstyrelsen                           10 000        20 000        10 000         40 000
Socialnämnden                              5 000         3 000         2 000         10 000
Totalt investeringar                      15 000        23 000        12 000         50 000
"""


def _book(text: str, path: str, date: str) -> FigureBook:
    doc = LoadedDocument(path=path, text=text, sha256=path, meta=DocumentMeta(title=path, date=date,
                                                                              doc_type="report"))
    figures: DocumentFigures = extract_figures(doc)
    return FigureBook((figures,))


@pytest.fixture(scope="module")
def report() -> FigureBook:
    return _book(REPORT, "exempel/delar-2026.txt", "2026-09-20")


@pytest.fixture(scope="module")
def plan_book() -> FigureBook:
    return _book(PLAN, "exempel/budget-2027.txt", "2026-11-20")


@pytest.mark.parametrize("question, kind", [
    ("hur stor är investeringsbudgeten?", "Budget"),
    ("vad säger helårsprognosen för socialnämnden?", "Prognos"),
    ("vad står i detaljplanen?", None),  # a short kind word ends too many other words
])
def test_a_compound_names_the_kind_of_its_last_part(question: str, kind: str | None) -> None:
    assert column_kind(question) == kind


@pytest.mark.parametrize("question, kinds", [
    ("hur stor del av investeringsbudgeten har använts?", ("Budget", "Utfall")),
    ("hur stor andel av årsbudgeten är förbrukad hittills?", ("Budget", "Utfall")),
    ("hur stor del av investeringsbudgeten går till skolan?", ()),  # nothing said about what is used so far
])
def test_what_is_used_so_far_is_held_against_the_budget(question: str, kinds: tuple[str, ...]) -> None:
    assert column_kinds(question) == kinds


def test_the_share_of_the_budget_used_reads_two_columns_of_the_total_row(report: FigureBook) -> None:
    answer = answer_figures("Hur stor del av investeringsbudgeten har använts t.o.m. augusti?", report)
    assert answer is not None and not answer.refused and answer.calculation is not None
    assert answer.calculation.result.quantize(Decimal("0.1")) == Decimal("37.5")  # 7 500 / 20 000
    assert "7 500" in answer.text and "20 000" in answer.text


def test_the_share_of_a_rows_budget_used_reads_that_rows_columns(report: FigureBook) -> None:
    answer = answer_figures("Hur stor andel av årsbudgeten för äldreomsorgen var förbrukad i augusti?", report)
    assert answer is not None and not answer.refused and answer.calculation is not None
    assert answer.calculation.result == Decimal("70")  # 140 000 / 200 000
    assert "Utfall jan–aug 2026" in answer.text and "Budget helår 2026" in answer.text


def test_a_followup_asking_what_is_used_of_the_earlier_budget_holds_the_outcome_against_it(report: FigureBook) -> None:
    history = ["Hur stor är investeringsbudgeten 2026?"]
    answer = answer_figures("hur stor andel av den hade använts t.o.m. augusti?", report, history=history)
    assert answer is not None and not answer.refused and answer.calculation is not None
    assert answer.calculation.result.quantize(Decimal("0.1")) == Decimal("37.5")  # 7 500 / 20 000


def test_a_followup_of_the_same_kind_as_the_earlier_turn_holds_nothing_against_it(report: FigureBook) -> None:
    from assistant.budget.plan import plan_question

    plan = plan_question("och hur stor andel av budgeten är äldreomsorgen?", report.index.lexicon,
                         ["Hur stor är socialnämndens budget 2026?"])
    assert plan.kinds == ()


def test_a_span_column_is_found_by_the_years_its_label_names(plan_book: FigureBook) -> None:
    table = plan_book.tables[0]
    assert span_column(table, (2027, 2028, 2029)) == 3
    assert span_column(table, (2027, 2028)) is None  # another span
    assert span_column(table, (2027,)) is None


def test_a_share_over_several_years_reads_the_tables_column_for_the_span(plan_book: FigureBook) -> None:
    answer = answer_figures("hur stor andel av investeringarna 2027-2029 totalt gäller socialnämnden?", plan_book)
    assert answer is not None and not answer.refused and answer.calculation is not None
    assert answer.calculation.result == Decimal("20")  # 10 000 / 50 000, not 5 000 / 15 000 of 2027
    assert "10 000" in answer.text and "50 000" in answer.text


STAFF = """Budget 2026 för Exempelkommun

Tabell 11. Personalstatistik per förvaltning

| Förvaltning | Antal 2024 | Antal 2025 | Andel heltid, % | Sjukfrånvaro, % |
|---|---|---|---|---|
| Kommunledningsförvaltningen | 96 | 99 | 97,0 | 4,1 |
| Barn- och utbildningsförvaltningen | 612 | 604 | 89,4 | 6,3 |
| Socialförvaltningen | 731 | 748 | 78,6 | 8,9 |
| Totalt | 1 439 | 1 451 | 86,7 | 7,1 |

Tabell 8. Driftbudget per nämnd, nettokostnad
Belopp i mnkr

| Nämnd | Utfall 2024 | Budget 2025 | Budget 2026 |
|---|---|---|---|
| Kommunstyrelsen | 152,4 | 157,7 | 165,3 |
| Barn- och utbildningsnämnden | 468,2 | 481,5 | 498,6 |
| Socialnämnden | 451,9 | 463,0 | 478,9 |
| Summa barn- och utbildningsnämnden | 468,2 | 481,5 | 498,6 |
"""


@pytest.fixture(scope="module")
def staff() -> FigureBook:
    return _book(STAFF, "exempel/budget-2026.txt", "2025-11-20")


def test_what_is_used_so_far_reads_the_outcome_column_even_misspelt(report: FigureBook) -> None:
    assert column_kind("hur mycket har gått åt hittils?") == "Utfall"
    answer = answer_figures("nya förskola – hur mycket har gått åt hittils i år (jan-aug)?", report)
    assert answer is not None and not answer.refused and answer.calculation is not None
    assert answer.calculation.result == Decimal("6000")  # Utfall jan–aug, not the budget of 18 000


def test_a_kinds_one_column_without_a_year_is_read_alone(staff: FigureBook) -> None:
    answer = answer_figures("sjukfrånvaron på socialförvaltningen, hur hög e den", staff)
    assert answer is not None and not answer.refused and answer.calculation is not None
    assert answer.calculation.result == Decimal("8.9") and answer.calculation.unit == "%"
    assert "731" not in answer.text and "748" not in answer.text


def test_a_name_said_in_part_fits_the_committee_not_its_administration_or_total(staff: FigureBook) -> None:
    answer = answer_figures("med hur många procent ökar barn och utbildnings budget 2026 jämfört med 2025?", staff)
    assert answer is not None and not answer.refused and answer.calculation is not None
    assert "Barn- och utbildningsnämnden" in answer.text
    assert answer.calculation.result.quantize(Decimal("0.1")) == Decimal("3.6")  # (498,6 - 481,5) / 481,5


def test_which_part_reads_the_table_listing_the_parts_and_a_deficits_largest_part_is_its_most_negative() -> None:
    text = REPORT.replace("Tabell 1. Investeringar", """Tabell 0. Driftredovisning per nämnd
Belopp i tkr

                                                  Budget              Utfall           Prognos
Nämnd                                               2026           jan–aug             helår        Avvikelse
Kommunstyrelsen                                  100 000            60 000            98 000            2 000
Socialnämnden                                    250 000           170 000           255 000           -5 000
Summa nämnder                                    350 000           230 000           353 000           -3 000

Tabell 1. Investeringar""")
    book = _book(text, "exempel/delar-2026b.txt", "2026-09-20")
    answer = answer_figures("vilken verksamhet står för den största delen av det?", book,
                            history=["Hur stor är prognostiserad avvikelse för socialnämnden?"])
    assert answer is not None and not answer.refused and answer.calculation is not None
    assert answer.calculation.result == Decimal("-5000") and "Äldreomsorg" in answer.text  # not 0 for IFO


FEES = """Mål och budget 2027

Tabell 5. Förändrade taxor och avgifter 2027

| Taxa | 2026 | 2027 | Förändring |
|---|---|---|---|
| Maxtaxa förskola, barn 1 (kr/mån) | 1 765 | 1 800 | 2,0 % |
| Hemtjänst, högsta avgift (kr/mån) | 2 575 | 2 627 | 2,0 % |
"""


def test_a_followup_compared_with_this_year_is_a_change_from_the_documents_year() -> None:
    book = _book(FEES, "exempel/budget-2027.txt", "2026-11-23")
    answer = answer_figures("hur mycket är det i procent jämfört med i år?", book,
                            history=["Vad kostar maxtaxan för förskolan 2027?"])
    assert answer is not None and not answer.refused and answer.calculation is not None
    assert answer.calculation.result.quantize(Decimal("0.1")) == Decimal("2.0")  # (1 800 - 1 765) / 1 765
    assert "1 765" in answer.text and "1 800" in answer.text


PLAN_WITHOUT_SPAN = """Budget 2027 för Exempelkommun

Tabell 3. Investeringsbudget per nämnd
Belopp i tkr

                                          Budget          Plan          Plan
Nämnd                                       2027          2028          2029
Kommunstyrelsen                           10 000        20 000        10 000
Socialnämnden                              5 000         3 000         2 000
Totalt investeringar                      15 000        23 000        12 000
"""


def test_a_share_over_several_years_without_a_span_column_adds_each_years_cells() -> None:
    book = _book(PLAN_WITHOUT_SPAN, "exempel/budget-2027b.txt", "2026-11-20")
    assert span_column(book.tables[0], (2027, 2028, 2029)) is None
    answer = answer_figures("hur stor andel av investeringarna 2027-2029 totalt gäller socialnämnden?", book)
    assert answer is not None and not answer.refused and answer.calculation is not None
    assert answer.calculation.result == Decimal("20")  # (5 000 + 3 000 + 2 000) / (15 000 + 23 000 + 12 000)
    assert "10 000" in answer.text and "50 000" in answer.text

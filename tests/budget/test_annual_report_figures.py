"""An annual report and a budget of two municipalities, as other municipalities write them: a year's outcome beside
its budget, activities whose table title names their measure, a population in a table of key figures, a total row
named without its total word, a table continued on the next page with a short-year change column, committees in a
table whose title names no kind. Figures invented, written by hand."""
from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.budget.answer import answer_figures
from assistant.budget.columns import family, whole_year_outcome
from assistant.budget.matching import table_kind_of, without_total_word
from assistant.budget.municipal import years_by_name
from assistant.budget.store import FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

NORRBY = """Årsredovisning 2025 Norrby kommun

Tabell 1. Fem år i sammandrag

                                          2023        2024        2025
Antal invånare 31 december              20 100      20 250      20 400
Kommunal skattesats, kr                  21,50       21,75       21,75
Verksamhetens nettokostnader, mnkr    -1 500,0    -1 560,0    -1 632,0

Tabell 4. Resultaträkning, mnkr

                                     Utfall 2024      Budget 2025      Utfall 2025
Verksamhetens nettokostnader            -1 560,0         -1 610,0         -1 632,0
Skatteintäkter                           1 220,0          1 260,0          1 275,5
Årets resultat                              12,0             20,0             25,5

Tabell 5. Vård- och omsorgsnämnden, nettokostnad per verksamhet, mnkr

                                     Utfall 2024      Budget 2025      Utfall 2025
Särskilt boende                           -200,0           -205,0           -214,0
Hemtjänst                                 -120,0           -124,0           -123,0
Summa nämnden                             -320,0           -329,0           -337,0

Tabell 6. Driftredovisning per nämnd, mnkr

                                     Utfall 2024      Budget 2025      Utfall 2025
Kommunstyrelsen                           -150,0           -155,0           -152,0
Socialnämnden                             -140,0           -142,0           -150,5
"""

SÖDERBY = """Budget 2027 Söderby kommun

Tabell 2. Skatteintäkter och generella statsbidrag (tkr)

                                        Budget        Budget        Plan
                                          2026          2027        2028
Kommunalskatt                          163 900       168 300     173 100
Summa skatteintäkter                   163 900       168 300     173 100
Inkomstutjämning                       100 200       103 300     106 250
Summa skatter och bidrag               264 100       271 600     279 350

Tabell 3. Nyckeltal

                                        Budget        Budget        Plan
                                          2026          2027        2028
Kommunal skattesats, kr                  23,40         23,40       23,40

Tabell 8. Driftbudget per verksamhet (tkr)
Verksamhet                         Budget        Budget      Förändring        Plan
                                     2026          2027         B27–B26        2028
Kommunstyrelsen
Räddningstjänst                   - 10 050      - 10 600          - 550      - 10 850
Summa kommunstyrelsen             - 83 150      - 84 700        - 1 550      - 86 200

Sida 9 av 19

Tabell 8. Driftbudget per verksamhet – fortsättning (tkr)
Verksamhet                         Budget        Budget      Förändring        Plan
                                     2026          2027         B27–B26        2028
Socialnämnden
Hemtjänst                         - 30 600      - 31 900        - 1 300      - 32 700
Summa socialnämnden              - 127 900     - 133 700        - 5 800     - 136 900

Var går pengarna?

| Nämnd | Ram 2027, tkr |
|---|---|
| Socialnämnden | 133 700 |
| Kommunstyrelsen | 84 700 |
| Summa nämnder | 218 400 |
"""


def _figures(text: str, path: str, town: str):  # type: ignore[no-untyped-def]
    doc = LoadedDocument(path=path, text=text, sha256=path,
                         meta=DocumentMeta(title=path, date="2026-04-01", doc_type="budget", municipality=town))
    return extract_figures(doc)


@pytest.fixture(scope="module")
def book() -> FigureBook:
    return FigureBook((_figures(NORRBY, "norrby/arsredovisning-2025.txt", "Norrby"),
                       _figures(SÖDERBY, "soderby/budget-2027.txt", "Söderby")))


def test_a_year_asked_without_a_kind_is_read_from_its_whole_year_outcome(book: FigureBook) -> None:
    answer = answer_figures("Vad blev skatteintäkterna i Norrby 2025?", book)
    assert answer is not None and answer.calculation.result == Decimal("1275.5")
    budgeted = answer_figures("Vad var budgeterat för skatteintäkterna i Norrby 2025?", book)
    assert budgeted is not None and budgeted.calculation.result == Decimal("1260.0")


def test_a_part_of_a_year_is_no_years_outcome() -> None:
    text = """Uppföljning

                     Budget 2026     Utfall jan–aug 2026     Prognos helår 2026
Socialnämnden           314 200                 221 480                331 700
Kommunstyrelsen         341 200                 224 100                336 600
"""
    (table,) = parse_tables(LoadedDocument(path="u.txt", text=text, sha256="u", meta=DocumentMeta(title="U")))
    assert whole_year_outcome(table, (2026,)) is None


def test_a_follow_up_naming_only_a_kind_of_column_asks_the_earlier_question_of_it(book: FigureBook) -> None:
    answer = answer_figures("och vad var budgeterat?", book, history=["Vad blev årets resultat i Norrby 2025?"])
    assert answer is not None and answer.calculation.result == Decimal("20.0")


def test_a_word_naming_the_measure_of_the_table_holding_the_row_is_no_row(book: FigureBook) -> None:
    answer = answer_figures("Med hur många procent ökade nettokostnaden för särskilt boende i Norrby från 2024 "
                            "till 2025?", book)
    assert answer is not None and not answer.refused
    assert answer.calculation.result.quantize(Decimal("0.1")) == Decimal("7.0")


def test_a_figure_per_inhabitant_divides_by_the_count_of_the_same_year(book: FigureBook) -> None:
    answer = answer_figures("räkna ut Norrbys nettokostnad per invånare 2025", book)
    assert answer is not None and answer.calculation.operation == "per"
    assert answer.calculation.result == Decimal(80000)  # 1 632 000 000 kr / 20 400
    assert answer.calculation.unit == "kr" and "80 000 kr" in answer.text
    assert [i.value for i in answer.calculation.inputs] == [Decimal("-1632.0"), Decimal(20400)]


def test_a_total_row_is_named_without_its_total_word(book: FigureBook) -> None:
    assert without_total_word("Summa skatter och bidrag") == "skatter och bidrag"
    assert without_total_word("Summa nämnder") == "Summa nämnder" and without_total_word("Hemtjänst") == "Hemtjänst"
    answer = answer_figures("Hur mycket ökar Söderbys skatter och bidrag från 2026 till 2027 i procent?", book)
    assert answer is not None and answer.calculation.inputs[0].value == Decimal(264100)
    assert answer.calculation.result.quantize(Decimal("0.1")) == Decimal("2.8")


def test_a_table_continued_with_its_unit_after_the_mark_and_a_short_year_change_column_is_one_table() -> None:
    tables = parse_tables(LoadedDocument(path="s.txt", text=SÖDERBY, sha256="s", meta=DocumentMeta(title="S")))
    (drift,) = [t for t in tables if t.title.startswith("Tabell 8")]
    assert [c.label for c in drift.columns] == ["Budget 2026", "Budget 2027", "Förändring B27–B26", "Plan 2028"]
    rows = {r.label: r for r in drift.rows}
    assert rows["Hemtjänst"].values[1] == Decimal(-31900) and rows["Räddningstjänst"].values[3] == Decimal(-10850)


def test_committees_in_a_table_whose_title_names_no_kind_are_an_operating_budget_and_a_ram_is_a_budget(
        book: FigureBook) -> None:
    (table,) = [t for t in book.tables if t.title == "Var går pengarna?"]
    assert table_kind_of(table) == "drift" and family(table.columns[0].kind) == "Budget"
    answer = answer_figures("hur stor andel av söderbys nämndbudget 2027 går till socialnämnden?", book)
    assert answer is not None and answer.calculation.operation == "share"
    assert answer.calculation.result.quantize(Decimal("0.1")) == Decimal("61.2")  # 133 700 / 218 400


def test_each_municipality_is_read_for_the_year_said_beside_its_name(book: FigureBook) -> None:
    question = "vilken kommun har högst skattesats, Norrby (2025) eller Söderby (2027), och hur stor är skillnaden?"
    assert years_by_name(question, ["Norrby", "Söderby"]) == {"Norrby": 2025, "Söderby": 2027}
    answer = answer_figures(question, book)
    assert answer is not None and answer.calculation.operation == "compare"
    assert "23,40 kr" in answer.text and "1,65 kr mer än Norrby" in answer.text


def test_a_cost_written_negative_in_one_municipality_and_positive_in_the_other_is_compared_by_size(
        book: FigureBook) -> None:
    answer = answer_figures("Hur mycket större är socialnämndens nettokostnad i Norrby (utfall 2025) än Söderbys "
                            "socialnämnd i budget 2027? Svara i mnkr", book)
    assert answer is not None and answer.calculation.operation == "compare"
    assert answer.calculation.result == Decimal("150.5")
    assert "16,8 mnkr mer än Söderby" in answer.text  # 150,5 against 133,7


def test_a_comparison_naming_one_side_takes_the_other_from_the_earlier_turn(book: FigureBook) -> None:
    answer = answer_figures("hur mycket större var det än kommunstyrelsens?", book,
                            history=["Socialnämnden i Norrby 2025"])
    assert answer is not None and answer.calculation.operation == "difference"
    assert {i.label for i in answer.calculation.inputs} == {"Socialnämnden", "Kommunstyrelsen"}


def test_a_change_against_a_named_years_budget_is_a_change_column_not_that_years_budget() -> None:
    from assistant.budget.layout import parse_column

    column = parse_column("Förändring mot budget 2025, %")
    assert column is not None and column.year is None and column.kind == "Förändring"


COLUMNS = """Facknämndernas budget 2026

| Nämnd | Budget 2026, mnkr Kostnader | Budget 2026, mnkr Intäkter | Budget 2026, mnkr Nettokostnad |
|---|---|---|---|
| Socialnämnden | 356,2 | 42,0 | 314,2 |
| Kommunstyrelsen | 402,7 | 61,5 | 341,2 |

Resultatbudget, mnkr

| Post | Budget 2026 |
|---|---|
| Verksamhetens nettokostnader | -3 700,0 |

Nyckeltal

| Nyckeltal | 2024 | 2025 |
|---|---|---|
| Låneskuld, mnkr | 1 640,0 | 1 790,0 |
| Genomsnittlig ränta, % | 2,41 | 2,58 |
"""


def test_a_measure_named_by_a_column_label_reads_that_column() -> None:
    doc = LoadedDocument(path="b.md", text=COLUMNS, sha256="b", meta=DocumentMeta(title="Budget 2026"))
    book = FigureBook((extract_figures(doc),))
    answer = answer_figures("Hur stor nettokostnad har socialnämnden i budget för 2026?", book)
    assert answer is not None and answer.calculation.result == Decimal("314.2")


def test_a_word_of_a_rows_name_is_no_operation() -> None:
    doc = LoadedDocument(path="b.md", text=COLUMNS, sha256="b", meta=DocumentMeta(title="Budget 2026"))
    book = FigureBook((extract_figures(doc),))
    answer = answer_figures("vilken var den genomsnittliga räntan 2025?", book)
    assert answer is not None and answer.calculation.operation == "lookup"
    assert answer.calculation.result == Decimal("2.58")


def test_a_result_keeps_its_sign_in_a_comparison() -> None:
    east = "Resultatbudget Östby kommun\n\n| Post | Utfall 2024 |\n|---|---|\n| Årets resultat, mnkr | -8,0 |\n"
    west = "Resultatbudget Västby kommun\n\n| Post | Utfall 2024 |\n|---|---|\n| Årets resultat, mnkr | 5,0 |\n"
    book = FigureBook((_figures(east, "ostby/r.md", "Östby"), _figures(west, "vastby/r.md", "Västby")))
    answer = answer_figures("Vem hade bäst resultat 2024, Östby eller Västby, och hur stor var skillnaden?", book)
    assert answer is not None and answer.calculation.operation == "compare"
    assert answer.calculation.result == Decimal("5.0") and "13,0 mnkr mer än Östby" in answer.text


PROJECTS = """Tabell 10. Investeringsredovisning per projekt, mnkr
Projekt                                              Budget           Utfall     Avvikelse                Total      Ackumulerat
                                                        2025           2025           2025     projektbudget                 utfall
Taxefinansierade investeringar
Reningsverk, etapp 2                                    120,0           64,2            55,8              540,0              211,4
Vattenverk, reservvattentäkt                             20,0            8,3            11,7               95,0               12,1
Summa taxefinansierade                                  140,0           72,5            67,5
"""


def test_a_header_of_yearless_labelled_columns_is_a_header_and_a_columns_own_kind_is_asked_by_its_word() -> None:
    doc = LoadedDocument(path="a.txt", text=PROJECTS, sha256="a", meta=DocumentMeta(title="Årsredovisning 2025"))
    (table,) = parse_tables(doc)
    assert [c.label for c in table.columns] == ["Budget 2025", "Utfall 2025", "Avvikelse 2025", "Total projektbudget",
                                                "Ackumulerat utfall"]
    book = FigureBook((extract_figures(doc),))
    answer = answer_figures("Hur mycket har reningsverket etapp 2 kostat hittills totalt (ackumulerat)?", book)
    assert answer is not None and answer.calculation.result == Decimal("211.4")


def test_an_outcome_of_an_operating_budget_is_not_said_as_an_allocation(book: FigureBook) -> None:
    """"Socialnämnden får" says what a budget gives; a year's outcome is said as what it was."""
    outcome = answer_figures("Vad blev socialnämndens nettokostnad i Norrby 2025?", book)
    assert outcome is not None and outcome.calculation.result == Decimal("-150.5")
    assert " får " not in outcome.text and " är " in outcome.text, outcome.text
    budget = answer_figures("Vad var socialnämndens budget i Norrby 2025?", book)
    assert budget is not None and " får " in budget.text, budget.text


def test_a_committees_net_cost_is_read_from_a_table_whose_kind_measures_net_costs(book: FigureBook) -> None:
    """"socialnämndens nettokostnad": the operating budget per committee measures net costs although its title says
    only "Driftredovisning per nämnd"; the key figures' row "Verksamhetens nettokostnader" is another figure."""
    answer = answer_figures("Vad blev socialnämndens nettokostnad i Norrby 2025?", book)
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal("-150.5"), answer.text


def test_a_row_counted_on_one_day_does_not_answer_another_day(book: FigureBook) -> None:
    # "Antal invånare 31 december" is the year's end: the population on 30 June is no cell of it
    answer = answer_figures("Hur många invånare hade Norrby den 30 juni 2025?", book)
    assert answer is None or answer.refused or "20 400" not in answer.text
    same = answer_figures("Hur många invånare hade Norrby den 31 dec 2025?", book)
    assert same is not None and not same.refused and "20 400" in same.text

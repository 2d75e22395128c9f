"""Tables whose columns name no year are read with the year they hold: the one year their title names, or the
years down their first column (a transposed table). Expected numbers are written by hand."""
from decimal import Decimal

import pytest

from assistant.budget.store import FigureBook
from assistant.budget.tables import parse_tables
from assistant.budget.units import Unit
from assistant.budget.records import Column
from assistant.budget.yearless import dated_by_document, dated_by_title, title_year, year_column
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures


def doc(text: str) -> LoadedDocument:
    return LoadedDocument(path="x.txt", sha256="0", meta=DocumentMeta(title="X"), text=text)


def test_the_one_year_a_title_names_with_its_kind() -> None:
    assert title_year("Fakta: Bokslut 2024 i sammandrag") == (2024, "Bokslut")
    assert title_year("Budget 2026 per verksamhet") == (2026, "Budget")
    assert title_year("Tabell 4. Känslighetsanalys 2025") == (2025, "")
    assert title_year("Tabell 1. Befolkningsprognos 2025–2029") is None
    assert title_year("Dnr KS 2024/188") is None
    assert title_year("Driftbudget per nämnd") is None


KEY_FIGURES = """Fakta: Bokslut 2024 i sammandrag

| Post | Miljoner kronor |
|---|---|
| Årets resultat | 12,4 |
| Nettoinvesteringar | 88,0 |

Tabell 22. Exploateringsbudget 2025 (tkr)
Område                 Inkomster      Utgifter        Netto      Totalt
Norra hamnen              12 000        -8 000        4 000      4 000
Västra fältet              3 000        -5 000       -2 000     -2 000
"""


def test_a_yearless_table_takes_the_year_and_kind_of_its_title() -> None:
    summary, plots = parse_tables(doc(KEY_FIGURES))
    assert [(c.kind, c.year) for c in summary.columns] == [("Bokslut", 2024)]
    assert summary.rows[0].values == (Decimal("12.4"),)
    # the year's figure is the total column's; the columns it sums keep their kind, without a year
    assert [(c.kind, c.year) for c in plots.columns] == [("Inkomster", None), ("Utgifter", None), ("Netto", 2025),
                                                         ("Totalt", 2025)]
    book = FigureBook((extract_figures(doc(KEY_FIGURES)),))
    assert [t.title for t in book.tables] == ["Fakta: Bokslut 2024 i sammandrag", "Tabell 22. Exploateringsbudget 2025 (tkr)"]


def test_columns_with_names_of_their_own_are_not_the_years_figure() -> None:
    columns = (Column("Strömsund", None, "Strömsund"), Column("Riket", None, "Riket"),
               Column("Förändring", None, "Förändring"))
    assert dated_by_title(columns, "Nyckeltal 2024") == columns
    amounts = (Column("Belopp, tkr", None, "Belopp"), Column("Förändring", None, "Förändring"))
    assert [(c.kind, c.year) for c in dated_by_title(amounts, "Budget 2026 per verksamhet")] == [
        ("Budget", 2026), ("Förändring", None)]
    assert dated_by_title(amounts, "Nyckeltal") == amounts


def test_a_tables_only_column_holds_the_year_its_title_names() -> None:
    granted = (Column("Beviljat belopp (kr)", None, "Beviljat belopp"),)
    assert [(c.kind, c.year) for c in dated_by_title(granted, "Föreningsbidrag 2024")] == [("Beviljat belopp", 2024)]
    assert dated_by_title(granted, "Föreningsbidrag 2024–2026") == granted


def test_a_year_down_the_first_column_with_its_kind() -> None:
    assert year_column("2025 (utfall)") is not None and year_column("2025 (utfall)").kind == "Utfall"
    assert year_column("2026").year == 2026
    assert year_column("2001 (Gator, KS)") is None
    assert year_column("Förskola") is None


POPULATION = """Tabell 1. Befolkningsprognos 2025–2027
Antal invånare

                                          Folkmängd                   Varav          Varav 80 år
År                                              31 dec                0–5 år           och äldre
2025 (utfall)                                    2 954                   146                  241
2026                                             2 930                   141                  248
2027                                             2 915                   138                  256

Källa: SCB och kommunens egen prognos.
"""


def test_a_transposed_table_is_read_with_its_years_as_columns() -> None:
    (table,) = parse_tables(doc(POPULATION))
    assert table.title == "Tabell 1. Befolkningsprognos 2025–2027"
    assert [(c.kind, c.year) for c in table.columns] == [("Utfall", 2025), ("", 2026), ("", 2027)]
    assert [(r.label, r.values) for r in table.rows] == [
        ("Folkmängd 31 dec", (Decimal(2954), Decimal(2930), Decimal(2915))),
        ("Varav 0–5 år", (Decimal(146), Decimal(141), Decimal(138))),
        ("Varav 80 år och äldre", (Decimal(241), Decimal(248), Decimal(256)))]
    assert table.unit is Unit.NUMBER
    assert "2 930" in table.rows[0].source.quote


def test_years_that_do_not_rise_or_a_lone_year_line_are_no_transposed_table() -> None:
    falling = "Mått        Antal\n2026        5\n2025        4\n"
    lone = "Mått        Antal\n2026        5\nSlut på texten.\n"
    assert parse_tables(doc(falling)) == [] and parse_tables(doc(lone)) == []


def test_a_transposed_pipe_table() -> None:
    text = "Elever per år\n\n| År | Antal elever | Andel behöriga, % |\n|---|---|---|\n| 2024 | 310 | 82 |\n" \
           "| 2025 (prognos) | 305 | 84 |\n"
    (table,) = parse_tables(doc(text))
    assert table.title == "Elever per år"
    assert [(c.kind, c.year) for c in table.columns] == [("", 2024), ("Prognos", 2025)]
    assert [(r.label, r.values) for r in table.rows] == [("Antal elever", (Decimal(310), Decimal(305))),
                                                         ("Andel behöriga, %", (Decimal(82), Decimal(84)))]
    assert table.rows[1].measure is Unit.PERCENT


SCHOOL_YEARS = """Antal elever och kostnad i kronor per elev

| Läsår | Åk 1–6 | Totalt elever | Kostnad per elev (kr) |
|---|---|---|---|
| 2023/24 | 610 | 1 190 | 118 900 |
| 2024/25 | 598 | 1 172 | 121 300 |
"""


def test_school_years_down_the_first_column_are_its_years_and_rows_naming_no_unit_count() -> None:
    assert year_column("2024/25").year == 2024 and year_column("2024/2025").year == 2024
    assert year_column("2024/26") is None  # no year over New Year: two years apart
    (table,) = parse_tables(doc(SCHOOL_YEARS))
    assert [(c.label, c.year, c.year_said) for c in table.columns] == [("2023/24", 2023, "2023/24"),
                                                                      ("2024/25", 2024, "2024/25")]
    # the title's kronor are the row that names them; the others count what the title's first clause counts
    assert table.unit is Unit.NUMBER
    assert [r.measure for r in table.rows] == [None, None, Unit.KR]
    assert table.rows[1].values == (Decimal(1190), Decimal(1172))
    from assistant.budget.phrasing import span, when

    assert when(table.columns[1], "sv") == "2024/25" and span(list(table.columns), "sv") == "2023/24 och 2024/25"


CAPTION_CLAUSES = """Antal barn och elever (hösten respektive år)
Antal barn/elever; kostnad i kronor per elev

| År | Barn i förskola | Elever gymnasieskola | Kostnad per elev grundskola (kr) |
|---|---|---|---|
| 2023 | 487 | 417 | 127800 |
| 2024 | 476 | 423 | 133500 |
"""


def test_a_caption_whose_clauses_are_joined_by_a_semicolon_counts_in_its_first() -> None:
    (table,) = parse_tables(doc(CAPTION_CLAUSES))
    assert table.unit is Unit.NUMBER  # "Antal barn/elever": the rows naming no unit count, "(kr)" is the cost's
    assert [table.cell(r, 1).unit for r in table.rows] == [Unit.NUMBER, Unit.NUMBER, Unit.KR]


@pytest.mark.parametrize("text", [
    "Nettokostnad per nämnd 2021–2025\nMiljoner kronor\n\n| År | Socialnämnden | Totalt |\n|---|---|---|\n"
    "| Utfall |  |  |\n|   2022 | 779,4 | 1852,3 |\n|   2023 | 819,8 | 1924,7 |\n| Budget |  |  |\n"
    "|   2024 | 836 | 1989 |\n|   2025 | 871,5 | 2068,7 |\n",
    "Nettokostnad per nämnd 2021–2025\nMiljoner kronor\n\nÅr      Socialnämnden    Totalt\nUtfall\n"
    "2022    779,4            1852,3\n2023    819,8            1924,7\nBudget\n2024    836              1989\n"
    "2025    871,5            2068,7\n",
])
def test_a_row_naming_a_kind_gives_the_years_under_it_that_kind(text: str) -> None:
    """An XLSX's years down the rows under "Utfall" and "Budget": the outcome of 2022 and the budget of 2025."""
    (table,) = parse_tables(doc(text))
    assert [(c.kind, c.year) for c in table.columns] == [("Utfall", 2022), ("Utfall", 2023), ("Budget", 2024),
                                                         ("Budget", 2025)]
    assert table.rows[0].label == "Socialnämnden" and table.rows[0].values[3] == Decimal("871.5")
    assert table.unit is Unit.MNKR


TAX_SHARES = """## Så fördelas 100 kronor i skatt

| Verksamhet | Kronor av 100 |
|---|---|
| Förskola | 9,20 |
| Äldreomsorg | 21,30 |
| Totalt | 30,50 |
"""


def test_a_table_of_amounts_naming_no_year_takes_the_year_of_its_document() -> None:
    amounts = (Column("Kronor av 100", None, "av 100"),)
    assert [c.year for c in dated_by_document(amounts, "Mål och budget 2025–2027", "2024-11-26")] == [2025]
    assert [(c.year, c.kind) for c in dated_by_document(amounts, "Budget 2025 med plan 2026–2027", None)] == [
        (2025, "Budget")]
    assert [c.year for c in dated_by_document(amounts, "Så används din skatt", "2025-01-15")] == [2025]
    assert dated_by_document(amounts, "Dnr KS 2024/188", None) == amounts
    effect = (Column("Effekt (tkr)", None, "Effekt"),)  # what a change would do: no year's figure
    assert dated_by_document(effect, "Budget 2027", "2026-11-23") == effect
    page = LoadedDocument(path="x.html", sha256="0", text=TAX_SHARES,
                          meta=DocumentMeta(title="Så används din skatt", date="2025-01-15"))
    (table,) = parse_tables(page)
    assert [(c.label, c.year) for c in table.columns] == [("Kronor av 100", 2025)]
    assert [t.title for t in FigureBook((extract_figures(page),)).tables] == ["Så fördelas 100 kronor i skatt"]
    undated = parse_tables(doc(TAX_SHARES))  # nor its document names a year: read, but no year's figures
    assert [c.year for c in undated[0].columns] == [None]
    # beside a column of a name of its own, a kind of a year's figure or a share is the year the title names
    kinds = (Column("Utfall", None, "Utfall"), Column("Budget", None, "Budget"), Column("Avvikelse", None, "Avvikelse"))
    assert [c.year for c in dated_by_document(kinds, "Årsredovisning 2024", "2025-04-10")] == [2024, 2024, None]
    assert dated_by_document(kinds, "Protokoll kommunstyrelsen", "2025-03-11") == kinds  # a date alone dates none
    causes = (Column("Avvikelse mot budget, tkr", None, "Avvikelse"),
              Column("Andel av underskottet, %", None, "Andel av underskottet", Unit.PERCENT))
    assert [c.year for c in dated_by_document(causes, "Tilläggsanslag till vård- och omsorgsnämnden 2025",
                                              "2025-09-22")] == [None, 2025]
    votes = (Column("Ja (KS förslag)", None, "Ja"), Column("Avstår", None, "Avstår"))
    assert dated_by_document(votes, "Protokoll kommunfullmäktige 2024", None) == votes


def test_a_count_caption_under_its_heading_is_titled_by_both() -> None:
    text = "Inskrivna barn i förskola, Exempelby kommun 2023–2024\nAntal barn den 15 oktober\n\n" \
           "| År | Kommunal förskola | Totalt |\n|---|---|---|\n| 2023 | 410 | 470 |\n| 2024 | 402 | 468 |\n"
    (table,) = parse_tables(doc(text))
    assert table.title == "Inskrivna barn i förskola, Exempelby kommun 2023–2024 (Antal barn den 15 oktober)"
    assert table.unit is Unit.NUMBER  # the count the caption names
    from assistant.budget.phrasing import subject_of
    from assistant.budget.records import Cell

    total = next(r for r in table.rows if r.label == "Totalt")
    cell = Cell(table_id=table.id, table_title=table.title, row_label="Totalt", column=table.columns[1],
                value=total.values[1], unit=table.unit, stated_unit=table.stated_unit, is_total=True,
                source=total.source)
    assert subject_of(cell, table).name == "Inskrivna barn i förskola, Exempelby kommun 2023–2024"


def test_a_measure_and_unit_caption_under_its_heading_takes_the_headings_name_and_year() -> None:
    """"Nettokostnad, mnkr" says what the figures are and their unit; the heading above it names the table and its
    year: the Budget and Utfall columns are 2024's (an annual report's deviation table)."""
    text = "Nämndernas budgetavvikelse 2024\n\nNettokostnad, mnkr\n\n| Nämnd | Budget | Utfall | Avvikelse |\n" \
           "|---|---|---|---|\n| Socialnämnden | 784,5 | 803,2 | (18,7) |\n| Kommunstyrelsen | 182,4 | 176,9 | 5,5 |\n"
    (table,) = parse_tables(doc(text))
    assert table.title == "Nämndernas budgetavvikelse 2024 (Nettokostnad, mnkr)"
    assert table.unit is Unit.MNKR
    assert [(c.kind, c.year) for c in table.columns][:2] == [("Budget", 2024), ("Utfall", 2024)]
    # a title naming its table in more than one word keeps its own name ("Driftbudget per nämnd, mnkr")
    (own,) = parse_tables(doc(text.replace("Nettokostnad, mnkr", "Driftbudget per nämnd, mnkr")))
    assert own.title == "Driftbudget per nämnd, mnkr"


def test_money_flows_beside_a_share_of_them_are_the_titles_year() -> None:
    text = ("Driftbudget 2025 per verksamhet\nBelopp i tkr\n\n| Verksamhet | Intäkter | Kostnader | Nettokostnad | "
            "Andel av nettokostnad, % |\n|---|---|---|---|---|\n| Äldreomsorg | 42100 | 370000 | 327900 | 26,5 |\n"
            "| Förskola | 14200 | 118650 | 104450 | 8,4 |\n")
    (table,) = parse_tables(doc(text))
    assert [(c.label, c.year) for c in table.columns] == [("Intäkter", 2025), ("Kostnader", 2025), ("Nettokostnad", 2025),
                                                          ("Andel av nettokostnad, %", 2025)]


PUPILS = """## Elevtal

Antal barn och elever i Hörby kommun
Antal, mätdatum 15 oktober

| År | Förskola | Grundskola F-9 | Gymnasieskola |
|---|---|---|---|
| 2023 | 761 | 1812 | 452 |
| 2024 | 770 | 1835 | 449 |
| Prognos 2025 | 778 | 1851 | 455 |
"""


def test_a_year_line_with_its_kind_before_the_year_is_a_column_and_a_bare_count_caption_is_no_title() -> None:
    """"Prognos 2025" under the years of outcome is the forecast's column of 2025, as "2025 (prognos)" would be; the
    caption "Antal, mätdatum 15 oktober" names only the measure and its date, so the heading above names what is
    counted."""
    assert (year_column("Prognos 2025").year, year_column("Prognos 2025").kind) == (2025, "Prognos")
    assert year_column("Förskola 2025") is None  # no kind of column: a name with a year
    (table,) = parse_tables(doc(PUPILS))
    assert [(c.kind, c.year) for c in table.columns] == [("", 2023), ("", 2024), ("Prognos", 2025)]
    assert table.rows[0].values == (Decimal(761), Decimal(770), Decimal(778))
    assert table.title == "Antal barn och elever i Hörby kommun (Antal, mätdatum 15 oktober)"

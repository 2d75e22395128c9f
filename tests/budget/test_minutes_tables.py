"""Tables as any municipality's minutes and PDFs print them: a column counted on a day of a month ("Utfall 31
aug (tkr)") is a label, not a figure; a reference line ("Dnr KS 2024/0151") between a paragraph's heading and its
table is no title; a justified line of prose on a table's page reads as words, so the heading above it titles the
table."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.layout import find_header
from assistant.budget.numbers import is_justified
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

MINUTES = """## § 88 Ombudgetering av investeringsmedel från 2024 till 2025

Dnr KS 2024/0151

Flera investeringsprojekt har försenats under 2024. Kommunstyrelsen föreslår att ej förbrukade medel ombudgeteras till 2025 enligt tabellen nedan.

| Projekt | Budget 2024 (tkr) | Utfall 31 aug (tkr) | Ombudgeteras till 2025 (tkr) |
|---|---|---|---|
| Ny sporthall, projektering | 3 000 | 650 | 2 350 |
| VA-sanering | 6 200 | 2 900 | 3 300 |
| Summa | 9 200 | 3 550 | 5 650 |
"""


def doc(text: str) -> LoadedDocument:
    return LoadedDocument(path="p.docx", sha256="0", meta=DocumentMeta(title="Protokoll"), text=text)


def test_a_column_counted_on_a_day_of_a_month_is_a_label_of_its_kind() -> None:
    lines = MINUTES.split("\n")
    header = find_header(lines, lines.index(next(line for line in lines if line.startswith("| Projekt"))))
    assert header is not None
    assert [(c.kind, c.year) for c in header.columns] == [("Budget", 2024), ("Utfall", None), ("Ombudgeteras", 2025)]


def test_a_reference_line_is_no_title_the_paragraphs_heading_is() -> None:
    (table,) = parse_tables(doc(MINUTES))
    assert table.title == "§ 88 Ombudgetering av investeringsmedel från 2024 till 2025"
    assert [r.values for r in table.rows if r.label == "Summa"] == [(Decimal(9200), Decimal(3550), Decimal(5650))]


def test_justified_prose_is_told_from_table_rows_and_headers() -> None:
    assert is_justified("Investeringsbudgeten  för  2025  omfattar  42  050  tkr.  Sporthallen  finansieras  delvis")
    assert is_justified("Balanskravsutredning       och       god       ekonomisk")
    assert not is_justified("Kommunstyrelsen                                 58 400          60 900           2 500")
    assert not is_justified("Kommunstyrelsen  100  200  300  400  500")
    # labels over columns: capitals only, or gaps wider than a justified line's
    assert not is_justified("                   Intäkter      Kostnader      Nettokostnad       Nettokostnad")
    assert not is_justified("                   Budget            Plan           Plan           Summa")
    assert not is_justified("Kommunen har 1 200 anställda och  två  mål.")


PERSONNEL = [
    "Tabell 4. Personalnyckeltal per förvaltning 2023",
    "",
    "                                                 Antal tills- Andel långtids-",
    "                                           vidareanställda          Total sjuk-          sjukfrånvaro      Medelålder,",
    "Förvaltning                                           31 dec       frånvaro, %        (>59 dagar), %                   år",
    "",
    "Kommunledningsförvaltningen                                58                4,2                   27,9              47,1",
    "Tekniska förvaltningen                                     41                6,9                   40,3              52,6",
]


def test_a_squeezed_top_line_gives_its_labels_to_the_columns_opening_in_lower_case_below() -> None:
    """PDF text squeezed the top line of a three-line header ("Antal tills- Andel långtids-"), moving its second label
    left: the labels go in order to the columns whose label below opens in lower case; a blank line may stand
    between the header and its first row."""
    header = find_header(PERSONNEL, 2)
    assert header is not None and header.stub == "Förvaltning"
    assert [c.label for c in header.columns] == [
        "Antal tillsvidareanställda 31 dec", "Total sjukfrånvaro, %", "Andel långtidssjukfrånvaro (>59 dagar), %",
        "Medelålder, år"]


def test_labels_glued_in_one_cell_are_cut_over_the_columns_of_figures_below() -> None:
    from assistant.budget.layout import split_line, squeezed_apart

    line = split_line("Förvaltning                                    anställda        (tillsvidare)           arbetstid(60 dagar el. mer), %")
    row = split_line("Kommunledningskontoret                                412                 389                   4,1                  31,6")
    (apart,) = squeezed_apart([line], row)
    assert apart.texts == ("Förvaltning", "anställda", "(tillsvidare)", "arbetstid", "(60 dagar el. mer), %")
    centred = split_line("                                      Utfall jan–aug           Budget")  # over two columns, whole
    assert squeezed_apart([centred], row)[0].texts == centred.texts

"""The unit lines of a table: a line of units alone under a header ("Tkr  %" under kinds over years, squeezed left by
PDF text) is the header's, its money the table's unit and its percent sign the change column's; a caption stating the
unit "där inget annat anges" gives the table that unit, rows naming their own keep theirs. Cells by hand."""
from decimal import Decimal

from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

HEADER = [
    "Nämnd                          Budget      Budget       Plan       Plan    Förändring",
    "                                 2024        2025       2026       2027    2024–2025",
]
BODY = [
    "",
    "Nämnder",
    "Kommunstyrelsen               112 450     116 820    119 300    122 100          3,9",
    "Utbildningsnämnden            301 200     311 760    318 900    326 400          3,5",
    "Summa nämnder                 413 650     428 580    438 200    448 500          3,6",
]


def _tables(units: str):
    text = "Driftbudget per nämnd\n\n" + "\n".join([*HEADER, units, *BODY]) + "\n\nSlut på tabellen.\n"
    return parse_tables(LoadedDocument(path="b.pdf", sha256="0", meta=DocumentMeta(title="Budget"), text=text))


def test_a_line_of_units_under_the_header_is_the_headers() -> None:
    tables = _tables("Tkr %")
    assert len(tables) == 1
    table = tables[0]
    assert table.unit.value == "tkr"
    assert [(c.kind, c.year) for c in table.columns][:4] == [("Budget", 2024), ("Budget", 2025), ("Plan", 2026),
                                                            ("Plan", 2027)]
    assert table.columns[4].kind == "Förändring" and table.columns[4].unit.value == "%"
    assert [(r.sections, r.label) for r in table.rows][:2] == [(("Nämnder",), "Kommunstyrelsen"),
                                                               (("Nämnder",), "Utbildningsnämnden")]
    assert table.rows[1].values[3] == Decimal("326400")


def test_one_unit_alone_under_the_header_is_the_tables() -> None:
    table = _tables("Tkr")[0]
    assert table.unit.value == "tkr" and table.stated_unit.value == "tkr"
    assert table.columns[4].unit is None
    assert [r.label for r in table.rows] == ["Kommunstyrelsen", "Utbildningsnämnden", "Summa nämnder"]


def test_a_caption_stating_the_unit_unless_otherwise_said_is_the_tables() -> None:
    text = ("## Nyckeltal\n\nEda kommun – verksamhetsstatistik 2020–2024\n"
            "Antal personer per 31 december där inget annat anges; nettokostnad i kronor per invånare\n\n"
            "| År | Folkmängd | Barn i förskola | Nettokostnad per invånare (kr) |\n|---|---|---|---|\n"
            "| 2022 | 8473 | 417 | 79115 |\n| 2023 | 8402 | 431 | 80390 |\n| 2024 | 8391 | 446 | 84510 |\n\nSlut.\n")
    table = parse_tables(LoadedDocument(path="s.xlsx", sha256="0", meta=DocumentMeta(title="Nyckeltal"), text=text))[0]
    assert table.title == "Eda kommun – verksamhetsstatistik 2020–2024"
    assert table.unit.value == "antal"
    rows = {r.label: r for r in table.rows}
    assert rows["Barn i förskola"].measure is None and rows["Nettokostnad per invånare (kr)"].measure.value == "kr"

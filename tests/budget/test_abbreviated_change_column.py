"""A change column abbreviated with a full stop and naming the years it compares in short ("Förändr." over
"% 24–25") is a change column: the header over it, and so the table, is read (Arboga's operating budget per
committee was no table at all)."""
from __future__ import annotations

from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

TEXT = """Driftbudget per nämnd

Nettokostnad                       Utfall      Budget      Budget      Plan       Plan     Förändr.
tkr                                  2023        2024        2025      2026       2027     % 24–25

Kommunstyrelsen                   118 400     121 600     126 300   129 000    131 800        3,9

Barn- och utbildningsnämnden      398 200     410 500     424 700   436 200    448 100        3,5

Summa nämnder                     516 600     532 100     551 000   565 200    579 900        3,6
"""


def test_the_table_with_an_abbreviated_change_column_is_read() -> None:
    doc = LoadedDocument(path="a.pdf", sha256="a", meta=DocumentMeta(title="Budget och plan 2025–2027"), text=TEXT)
    tables = parse_tables(doc)
    assert len(tables) == 1, tables
    table = tables[0]
    assert [c.kind for c in table.columns][-1] == "Förändring"
    rows = {r.label: r for r in table.rows}
    assert table.cell(rows["Barn- och utbildningsnämnden"], table.column_index(2025)).value == 424700

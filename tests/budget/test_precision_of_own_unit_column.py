"""A column naming the table's own unit ("Kronor av 100" with cells "12,40 kr" in a table of kronor) writes its figures
in the precision the answer keeps, as a column naming no unit does: a sum of them is "42,95", not "43,0"."""
from assistant.budget.execute import decimals_of
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

SHARES = """Så används din skatt

Fördelning av 100 kronor i skatt 2025

| Verksamhet | Kronor av 100 |
|---|---|
| Förskola och fritidshem | 12,40 kr |
| Grundskola och förskoleklass | 21,85 kr |
| Äldreomsorg | 20,15 kr |
"""


def test_a_column_in_the_tables_own_unit_sets_its_precision() -> None:
    doc = LoadedDocument(path="skatt.html", sha256="1", meta=DocumentMeta(title="Så används din skatt",
                                                                          date="2025-01-15"), text=SHARES)
    table = extract_figures(doc).tables[0]
    assert table.columns[0].unit is table.unit
    assert decimals_of(table) == 2

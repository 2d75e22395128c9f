"""A bare "Summa" after the rows of recurring sections sums the whole table; after one section's rows, that section."""
from decimal import Decimal

from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures


def _table(text: str):
    doc = LoadedDocument(path="x.md", text=text, sha256="x", meta=DocumentMeta(title="Bidrag"))
    (table,) = extract_figures(doc).tables
    return table


RECURRING = """Beviljade föreningsbidrag

| Förening | Beviljat 2025 | Beviljat 2026 |
|---|---|---|
| Driftbidrag |  |  |
| \u00a0\u00a0Bollklubben | 185000 | 192000 |
| Aktivitetsbidrag |  |  |
| \u00a0\u00a0Motorklubben | 42500 | 45800 |
| Driftbidrag |  |  |
| \u00a0\u00a0Ridklubben | 156000 | 160500 |
| Aktivitetsbidrag |  |  |
| \u00a0\u00a0Skytteföreningen | 9600 | 10200 |
| Summa | 393100 | 408500 |
"""

GROUPED = """Investeringar, tkr

| Projekt | Budget 2026 | Plan 2027 |
|---|---|---|
| Kommunstyrelsen |  |  |
| \u00a0\u00a0IT-infrastruktur | 1500 | 1200 |
| \u00a0\u00a0Bredband | 2000 | 1000 |
| Summa | 3500 | 2200 |
| Socialnämnden |  |  |
| \u00a0\u00a0Trygghetslarm | 900 | 600 |
| \u00a0\u00a0Inventarier | 500 | 500 |
| Summa | 1400 | 1100 |
"""


def test_a_bare_total_of_every_row_above_sums_the_table() -> None:
    total = _table(RECURRING).rows[-1]
    assert total.is_total and total.sections == () and total.label == "Summa"
    assert total.values == (Decimal(393100), Decimal(408500))


def test_a_bare_total_of_its_sections_rows_closes_that_section() -> None:
    totals = [r for r in _table(GROUPED).rows if r.is_total]
    assert [(r.sections, r.values[0]) for r in totals] == [(("Kommunstyrelsen",), Decimal(3500)),
                                                          (("Socialnämnden",), Decimal(1400))]

"""A row named in another number than the table writes it ("Verksamhetens nettokostnader" for the row
"Verksamhetens nettokostnad"): the stemmer cuts the two forms to different stems, the row is still the one named."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.selection import find_row
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

BUDGET = """Budget och plan 2025–2027 Norrby kommun

Tabell 1. Resultatbudget 2025–2027

| Mnkr | Budget 2025 | Plan 2026 |
|---|---:|---:|
| Verksamhetens nettokostnader | -772,3 | -791,1 |
| Skatteintäkter | 600,0 | 620,0 |

Tabell 3. Driftbudget per nämnd, belopp i tkr

| Nämnd | Budget 2025 | Plan 2026 |
|---|---:|---:|
| Kommunstyrelsen | 120 000 | 125 000 |
| Socialnämnden | 298 450 | 307 200 |
| Barn- och utbildningsnämnden | 353 850 | 358 900 |
| Verksamhetens nettokostnad | 772 300 | 791 100 |
"""


def _figures():  # type: ignore[no-untyped-def]
    doc = LoadedDocument(path="budget.md", text=BUDGET, sha256="budget",
                         meta=DocumentMeta(title="Budget och plan 2025–2027", date="2024-11-18", doc_type="budget"))
    return extract_figures(doc)


def test_a_row_is_found_by_its_name_in_another_number() -> None:
    drift = next(t for t in _figures().tables if "Driftbudget" in t.title)
    row = find_row(drift, "Verksamhetens nettokostnader")
    assert row is not None and row.label == "Verksamhetens nettokostnad"


def test_a_share_of_the_total_is_read_in_the_table_holding_both_rows() -> None:
    answer = answer_figures("hur stor andel av verksamhetens nettokostnad 2025 är socialnämnden?",
                            FigureBook((_figures(),)))
    assert answer is not None and answer.calculation is not None
    assert round(answer.calculation.result, 1) == Decimal("38.6")

"""A year's figure with a column of another kind added ("2025 om man räknar med det som ombudgeteras från 2024"): the
row's Budget 2025 of the budget document plus its "Ombudgeteras till 2025" of the minutes, not the minutes' Budget
2024 beside it. Asked alone, the carried-over amount is what is asked."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

BUDGET = """Budget 2025 Norrby kommun

Investeringsbudget 2025–2027, mnkr

| Projekt | Budget 2025 | Plan 2026 | Plan 2027 |
|---|---:|---:|---:|
| Ny brandstation Lidhult | 11,5 | 0,0 | 0,0 |
| Ny förskola Kallinge | 38,5 | 22,0 | 0,0 |
| Summa investeringar | 50,0 | 22,0 | 0,0 |
"""

MINUTES = """Protokollsutdrag kommunstyrelsen 2025-03-11 Norrby kommun

§ 41 Ombudgetering av investeringsmedel från 2024 till 2025

| Projekt | Budget 2024, tkr | Utfall 2024, tkr | Ombudgeteras till 2025, tkr |
|---|---:|---:|---:|
| Ny brandstation Lidhult | 2 500 | 1 120 | 1 380 |
| Ny förskola Kallinge | 9 000 | 2 600 | 6 400 |
| Summa | 11 500 | 3 720 | 7 780 |
"""


def _book() -> FigureBook:
    docs = [LoadedDocument(path="budget.md", text=BUDGET, sha256="budget",
                           meta=DocumentMeta(title="Budget 2025", date="2024-11-18", doc_type="budget")),
            LoadedDocument(path="ks.md", text=MINUTES, sha256="ks",
                           meta=DocumentMeta(title="Protokollsutdrag kommunstyrelsen 2025-03-11", date="2025-03-11",
                                             doc_type="minutes"))]
    return FigureBook(tuple(extract_figures(d) for d in docs))


def test_the_carried_over_amount_is_added_to_the_years_budget() -> None:
    answer = answer_figures("hur mycket pengar finns totalt för nya brandstationen i lidhult 2025 om man räknar med "
                            "det som ombudgeteras från 2024?", _book())
    assert answer is not None and not answer.refused and answer.calculation is not None
    assert answer.calculation.operation == "sum"
    assert answer.calculation.result == Decimal("12.88")
    assert {i.column for i in answer.calculation.inputs} == {"Budget 2025", "Ombudgeteras till 2025, tkr"}


def test_the_carried_over_amount_asked_alone_is_not_added_to() -> None:
    answer = answer_figures("hur mycket ombudgeteras för nya brandstationen i lidhult till 2025?", _book())
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal("1380")

"""A question naming a measure no table holding its row measures ("hur mycket nya lån får kommunstyrelsen ta upp
2025": a debt) is about something else than the row's frame in the operating budget: the calculator leaves it to the
prose."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

BUDGET = """Mål och budget 2025 Norrby kommun

Driftbudget per nämnd, tkr

| Nämnd | Budget 2025 | Plan 2026 |
|---|---:|---:|
| Kommunstyrelsen | 47 850 | 48 900 |
| Socialnämnden | 310 000 | 318 000 |
| Summa | 357 850 | 366 900 |
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="budget.md", text=BUDGET, sha256="b",
                         meta=DocumentMeta(title="Mål och budget 2025", date="2024-11-18", doc_type="budget"))
    return FigureBook((extract_figures(doc),))


def test_a_debt_asked_of_a_committee_is_not_its_frame() -> None:
    assert answer_figures("Hur mycket nya lån får kommunstyrelsen ta upp 2025?", _book()) is None


def test_the_committees_frame_is_still_looked_up() -> None:
    answer = answer_figures("Hur mycket får kommunstyrelsen 2025?", _book())
    assert answer is not None and answer.calculation is not None and answer.calculation.result == 47850

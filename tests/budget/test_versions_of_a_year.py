"""One year's figure decided twice (a committee's minutes: "Budget 2025 enligt MoB | Ombudgetering från 2024 | Ny
budget 2025"): a change asked of that year ("har det ändrats sen dess?") is from the first version to the later one,
not from the column moving money out of 2024."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

MINUTES = """Protokoll kommunstyrelsen 2025-03-11

§ 45 Ombudgetering av investeringsmedel från 2024 till 2025

| Projekt | Budget 2025 enligt MoB (tkr) | Ombudgetering från 2024 (tkr) | Ny budget 2025 (tkr) |
|---|---:|---:|---:|
| Ny brandstation | 18 000 | 6 500 | 24 500 |
| Gång- och cykelväg | 3 000 | 1 200 | 4 200 |
"""

BUDGET = """Mål och budget 2025

Tabell 6. Investeringsbudget (tkr)

| Projekt | Budget 2025 | Plan 2026 | Plan 2027 |
|---|---:|---:|---:|
| Ny brandstation | 18 000 | 22 000 | 0 |
"""


def _book(text: str) -> FigureBook:
    doc = LoadedDocument(path="p.md", text=text, sha256="p",
                         meta=DocumentMeta(title="Protokoll", date="2025-03-11", doc_type="minutes"))
    return FigureBook((extract_figures(doc),))


def test_a_change_of_one_year_is_from_its_first_version_to_the_later() -> None:
    answer = answer_figures("Budgeten för nya brandstationen 2025, hur mycket har den ändrats?", _book(MINUTES))
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.operation == "change"
    assert [i.column for i in answer.calculation.inputs] == ["Budget 2025 enligt MoB (tkr)", "Ny budget 2025 (tkr)"]
    assert answer.calculation.result == Decimal("6500")


def test_a_year_stated_once_changes_between_years() -> None:
    answer = answer_figures("Hur mycket ändras budgeten för nya brandstationen från 2025 till 2026?", _book(BUDGET))
    assert answer is not None and answer.calculation is not None
    assert [i.column for i in answer.calculation.inputs] == ["Budget 2025", "Plan 2026"]

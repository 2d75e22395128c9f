"""A question asking what money came from a giver no row, table or column names ("hur mycket fick kommunen från
arvsfonden till simhallen?"): the row of the thing it went to holds the municipality's own investment, not that
gift; the calculator leaves it to the prose."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from assistant.evidence.amount_stretch import asked_giver
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

BUDGET = """Budget 2025 Norrby kommun

Investeringar per projekt, mnkr

| Mnkr | Budget 2025 | Plan 2026 | Plan 2027 |
|---|---:|---:|---:|
| Renovering av simhallen | 22,0 | 16,0 | 0,0 |
| Ny förskola | 14,5 | 9,0 | 0,0 |
| Totalt | 36,5 | 25,0 | 0,0 |
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="budget.md", text=BUDGET, sha256="b",
                         meta=DocumentMeta(title="Budget 2025", date="2024-11-25", doc_type="budget"))
    return FigureBook((extract_figures(doc),))


def test_the_giver_a_question_names() -> None:
    assert asked_giver("hur mkt fick kommunen från arvsfonden till simhallen?") == "arvsfonden"
    assert asked_giver("How much did the pool get from the inheritance fund?") == "the inheritance fund"
    assert asked_giver("hur mycket ökar simhallen från 2025 till 2026?") == ""


def test_money_from_a_giver_no_row_names_is_not_the_rows_figure() -> None:
    assert answer_figures("hur mycket fick kommunen från arvsfonden till simhallen 2025?", _book()) is None


def test_the_row_asked_without_a_giver_is_looked_up() -> None:
    answer = answer_figures("hur mycket investeras i simhallen 2025?", _book())
    assert answer is not None and answer.calculation is not None

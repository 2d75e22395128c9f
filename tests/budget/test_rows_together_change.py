"""Rows said together and two years compared: the change of their sum, not one row against the other
(budget/plan._operation)."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

BUDGET = """Mål och budget 2025 Norrby kommun

Tabell 2. Driftbudget per nämnd
Tkr

                                  Budget      Budget
Nämnd                               2024        2025
Barn- och utbildningsnämnden     438 600     452 300
Socialnämnden                    331 200     346 900
Kommunstyrelsen                   90 000      91 000
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="norrby/budget.txt", text=BUDGET, sha256="b",
                         meta=DocumentMeta(title="Mål och budget 2025", date="2024-11-25", doc_type="budget",
                                           municipality="Norrby"))
    return FigureBook((extract_figures(doc),))


def test_how_much_more_two_rows_together_get_is_the_change_of_their_sum() -> None:
    answer = answer_figures("hur mycket mer får socialnämnden och bun tillsammans 2025 jämfört med 2024?", _book())
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.operation == "change"
    assert answer.calculation.result == Decimal("29400")  # 15 700 + 13 700


def test_how_much_more_one_row_gets_than_another_is_their_difference() -> None:
    answer = answer_figures("hur mycket mer får bun än socialnämnden 2025?", _book())
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal("105400")

"""A row asked without a year in a table with a column of each row's whole ("Totalt") is read in that column:
"vad kostar renoveringen av simhallen?" is the project's whole, and a claim of its cost is checked against it."""
from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

BUDGET = """Budget och plan 2025–2027

Investeringar (mnkr)

                                   Budget      Plan      Plan
                                     2025      2026      2027    Totalt
Renovering av simhallen              18,0      27,0       0,0      45,0
Vattenverk Fagerhult                  8,0      12,0       5,0      25,0
Summa investeringar                  26,0      39,0       5,0      70,0
"""


@pytest.fixture(scope="module")
def book() -> FigureBook:
    doc = LoadedDocument(path="b.txt", text=BUDGET, sha256="b",
                         meta=DocumentMeta(title="Budget och plan 2025–2027", date="2024-11-21", doc_type="budget"))
    return FigureBook((extract_figures(doc),))


def test_a_row_without_a_year_is_read_in_its_whole(book: FigureBook) -> None:
    answer = answer_figures("Hur mycket kostar renoveringen av simhallen?", book)
    assert answer is not None and answer.calculation is not None
    assert [i.value for i in answer.calculation.inputs] == [Decimal("45.0")]


def test_a_year_asked_is_still_that_years_cell(book: FigureBook) -> None:
    answer = answer_figures("Hur mycket kostar renoveringen av simhallen 2026?", book)
    assert answer is not None and answer.calculation is not None
    assert [i.value for i in answer.calculation.inputs] == [Decimal("27.0")]

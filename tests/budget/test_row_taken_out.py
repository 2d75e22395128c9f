"""A row taken out of a whole ("om man räknar bort simhallen", "förutom simhallen") asks the whole's other rows
summed, whatever word asks the figure: for one year their cells of that year, over the plan period each row's own
whole ("Totalt"); the total row said ("investerar totalt") is that whole, no row of its own."""
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
Tillbyggnad förskolan Hjalmarsgården  6,5       0,0       0,0       6,5
Vattenverk Fagerhult                  8,0      12,0       5,0      25,0
Gator och belysning                   3,0       3,0       3,0       9,0
Summa investeringar                  35,5      42,0       8,0      85,5
"""


@pytest.fixture(scope="module")
def book() -> FigureBook:
    doc = LoadedDocument(path="b.txt", text=BUDGET, sha256="b",
                         meta=DocumentMeta(title="Budget och plan 2025–2027", date="2024-11-21", doc_type="budget"))
    return FigureBook((extract_figures(doc),))


@pytest.mark.parametrize("question, expected", [
    ("Hur mycket investerar kommunen 2025 om man räknar bort simhallen?", Decimal("17.5")),
    ("Hur mycket investerar kommunen totalt 2025–2027 om man räknar bort simhallen?", Decimal("40.5")),
    ("Hur mycket investeras 2026 förutom simhallen?", Decimal("15.0")),
])
def test_the_whole_without_the_row_taken_out(book: FigureBook, question: str, expected: Decimal) -> None:
    answer = answer_figures(question, book)
    assert answer is not None and not answer.refused and answer.calculation is not None
    assert answer.calculation.result == expected
    assert "simhall" not in " ".join(i.label.lower() for i in answer.calculation.inputs)

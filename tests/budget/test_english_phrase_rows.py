"""An English question's row is named by the longest glossary phrase said ("municipal tax rate": "skattesats"),
not by a word of that phrase that names another row on its own ("tax": "Skatteintäkter")."""
from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

BUDGET = """Budget 2025

Nyckeltal i budgeten

                              Budget      Budget
                                2024        2025
Skatteintäkter, mnkr           560,2       571,6
Kommunal skattesats, kr        22,19       22,19
"""


@pytest.fixture(scope="module")
def book() -> FigureBook:
    doc = LoadedDocument(path="b.txt", text=BUDGET, sha256="b",
                         meta=DocumentMeta(title="Budget 2025", date="2024-11-21", doc_type="budget"))
    return FigureBook((extract_figures(doc),))


def test_the_phrase_names_the_row_not_its_word(book: FigureBook) -> None:
    answer = answer_figures("What is the municipal tax rate in 2025?", book, language="en")
    assert answer is not None and answer.calculation is not None
    assert [i.value for i in answer.calculation.inputs] == [Decimal("22.19")]


def test_a_word_said_on_its_own_still_names_its_row(book: FigureBook) -> None:
    answer = answer_figures("How large are the tax revenues in 2025?", book, language="en")
    assert answer is not None and answer.calculation is not None
    assert [i.value for i in answer.calculation.inputs] == [Decimal("571.6")]

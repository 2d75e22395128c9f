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


def test_a_word_of_a_phrase_names_no_row_however_the_question_asks_it() -> None:
    """"the combined municipal and regional tax rate": "tax" is a word of "regional tax rate" ("regionskatt"), which
    no row holds; asked as a sum it still names no "Skatteintäkter" to add up over the years."""
    doc = LoadedDocument(path="r.txt", text=BUDGET.replace("Kommunal skattesats, kr        22,19       22,19\n", ""),
                         sha256="r", meta=DocumentMeta(title="Budget 2025", date="2024-11-21", doc_type="budget"))
    without_rate = FigureBook((extract_figures(doc),))
    from assistant.understand.query import in_swedish

    assert "regionskatt" in in_swedish("the combined municipal and regional tax rate")
    for question in ("What is the combined municipal and regional tax rate?",
                     "What is the municipal and regional tax rate together in 2025?"):
        answer = answer_figures(question, without_rate, language="en")
        assert answer is None or answer.calculation is None or all(
            i.label != "Skatteintäkter, mnkr" and "Skatteintäkter" not in i.label
            for i in answer.calculation.inputs), answer.text


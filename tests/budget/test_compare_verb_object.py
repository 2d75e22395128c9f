"""A verb bidding the reader compare ("jämför", "compare") takes what is compared as its object: "Jämför det
budgeterade resultatet 2025 i A och B" compares the budgeted result of two places, it holds nothing against the
budget. Held against a kind, the verb takes a preposition ("jämför med budgeten"), as the noun does ("i jämförelse
med budget")."""
from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.budget.answer import answer_figures
from assistant.budget.columns import held_against
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

TABLE = """Mål och budget {town} kommun

Resultatbudget
Belopp i mnkr

                        Bokslut      Prognos      Budget      Plan
                           2023         2024        2025      2026
Verksamhetens nettokostnader   -950,1   -990,4   -1 020,3   -1 050,2
Årets resultat             20,2         14,7        {result}      21,5
"""


def _figures(town: str, result: str):  # type: ignore[no-untyped-def]
    path = f"{town.lower()}/budget.txt"
    doc = LoadedDocument(path=path, text=TABLE.format(town=town, result=result), sha256=path,
                         meta=DocumentMeta(title=f"Mål och budget {town}", date="2024-11-28", doc_type="budget",
                                           municipality=town))
    return extract_figures(doc)


@pytest.fixture(scope="module")
def book() -> FigureBook:
    return FigureBook((_figures("Norrby", "21,4"), _figures("Söderby", "14,1")))


@pytest.mark.parametrize("question", [
    "Jämför det budgeterade resultatet 2025 i Norrby och Söderby.",
    "Compare the budgeted result for 2025 in Norrby and Söderby.",
    "jämför budgeterat resultat 2025",
])
def test_the_object_of_a_verb_of_comparing_is_held_against_nothing(question: str) -> None:
    assert held_against(question) is None


@pytest.mark.parametrize("question", [
    "jämför utfallet 2024, hur blev det jämfört med budget?",
    "hur stort blev resultatet i jämförelse med budget?",
    "jämför med budgeten: hur stort blev resultatet?",
    "how did the result compare with the budget?",
    "bättre än budgeterat",
])
def test_a_kind_after_a_preposition_or_a_word_of_comparing_is_held_against(question: str) -> None:
    assert held_against(question) == "Budget"


def test_the_budgeted_result_of_two_places_is_compared(book: FigureBook) -> None:
    answer = answer_figures("Jämför det budgeterade resultatet 2025 i Norrby och Söderby.", book)
    assert answer is not None and not answer.refused and answer.calculation is not None
    assert [i.value for i in answer.calculation.inputs] == [Decimal("21.4"), Decimal("14.1")]
    assert "7,3" in answer.text

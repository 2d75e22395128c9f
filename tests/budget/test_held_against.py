"""A figure held against one kind of column ("hur mycket över budget blev det?", "bättre än budget"): the outcome's
deviation from it, or in percent the outcome against it."""
from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.budget.answer import answer_figures
from assistant.budget.columns import held_against
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

REPORT = """Årsredovisning 2024 Norrby kommun

Tabell 3. Driftredovisning per nämnd (tkr)

| Nämnd | Budget 2024 | Utfall 2024 | Avvikelse |
|---|---:|---:|---:|
| Kommunstyrelsen | 90 000 | 87 500 | 2 500 |
| Socialnämnden | 218 900 | 226 430 | -7 530 |
"""

NO_DEVIATION = """Årsredovisning 2024 Söderby kommun

Tabell 3. Driftredovisning per nämnd (tkr)

| Nämnd | Budget 2024 | Utfall 2024 |
|---|---:|---:|
| Kommunstyrelsen | 90 000 | 87 500 |
| Socialnämnden | 218 900 | 226 430 |
"""


def _book(text: str) -> FigureBook:
    doc = LoadedDocument(path="ar.md", text=text, sha256="ar",
                         meta=DocumentMeta(title="Årsredovisning 2024", date="2025-04-01", doc_type="report"))
    return FigureBook((extract_figures(doc),))


@pytest.mark.parametrize("question, kind", [
    ("hur mycket över budget blev det?", "Budget"),
    ("Hur mycket bättre än budget var resultatet?", "Budget"),
    ("Vad blev kostnaden jämfört med den budgeterade nivån?", "Budget"),
    ("How much over budget was it?", "Budget"),
    ("Did the committee beat its budget in 2024?", "Budget"),  # a verb of comparison, then a possessive
    ("Slog nämnden sin budget 2024?", None),
    ("Hur stor är budgeten 2024 jämfört med 2023?", None),
    ("Hur mycket får nämnden under budgetåret 2024?", None),
    ("Hur mycket fick socialnämnden i budget 2024?", None),
])
def test_a_kind_held_against(question: str, kind: str | None) -> None:
    assert held_against(question) == kind


@pytest.mark.parametrize("text", [REPORT, NO_DEVIATION])
def test_how_much_over_budget_is_the_deviation(text: str) -> None:
    answer = answer_figures("Hur mycket över budget gick socialnämnden 2024?", _book(text))
    assert answer is not None and not answer.refused
    assert answer.calculation is not None and abs(answer.calculation.result) == Decimal("7530")


def test_beating_the_budget_asks_the_deviation() -> None:
    answer = answer_figures("Did Kommunstyrelsen beat its budget in 2024, and by how much?", _book(REPORT),
                            language="en")
    assert answer is not None and answer.calculation is not None
    assert abs(answer.calculation.result) == Decimal("2500")


def test_percent_over_budget_is_the_outcome_against_the_budget() -> None:
    answer = answer_figures("socialnämndens underskott 2024 – hur många procent över budget?", _book(REPORT))
    assert answer is not None and answer.calculation is not None
    assert round(answer.calculation.result, 1) == Decimal("3.4")


def test_a_follow_up_over_budget_asks_the_earlier_rows_deviation() -> None:
    answer = answer_figures("hur mycket över budget blev det?", _book(REPORT),
                            history=("Vad var socialnämndens utfall 2024?",))
    assert answer is not None and answer.calculation is not None
    assert abs(answer.calculation.result) == Decimal("7530")


def test_a_deviation_is_said_as_one() -> None:
    answer = answer_figures("Vad var socialnämndens avvikelse 2024?", _book(REPORT))
    assert answer is not None and answer.text.startswith("Socialnämndens avvikelse mot budget är -7,5 miljoner kronor")


def test_an_outcome_of_a_committee_is_said_as_its_outcome() -> None:
    answer = answer_figures("Vad var socialnämndens utfall 2024?", _book(REPORT))
    assert answer is not None and answer.text.startswith("Socialnämndens utfall är 226,4 miljoner kronor 2024")
    budget = answer_figures("Hur mycket fick socialnämnden i budget 2024?", _book(REPORT))
    assert budget is not None and budget.text.startswith("Socialnämnden får 218,9 miljoner kronor 2024")


def test_than_another_place_in_the_budget_is_no_deviation() -> None:
    assert held_against("Hur mycket högre är Norrbys finansiella kostnader än Söderbys i budget 2025?") is None
    assert held_against("Hur mycket högre är finansiella kostnader än i budget 2025?") is None


def test_rows_that_went_over_their_budgets_sum_their_deviations() -> None:
    # "överskred sina budgetar": a verb of going over a budget names the deviation, not the budget
    answer = answer_figures("Hur mycket överskred kommunstyrelsen och socialnämnden sina budgetar tillsammans 2024?",
                            _book(REPORT))
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.operation == "sum" and answer.calculation.result == Decimal("-5030")
    assert {i.column for i in answer.calculation.inputs} == {"Avvikelse"}

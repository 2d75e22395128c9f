"""A row's change as people say it: by its size for a cost written below zero, by its value otherwise."""
from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.budget.direction import change, names_cost, signed_cost


@pytest.mark.parametrize("label, cost", [
    ("Verksamhetens nettokostnader", True),  # a compound ending in a cost word
    ("Avskrivningar", True),
    ("Finansiella kostnader", True),
    ("Nettoinvesteringar", True),  # an investment is an outflow: a cash flow statement writes it below zero
    ("Totalt investeringar", True),
    ("Årets resultat", False),
    ("Skatteintäkter", False),
    ("Socialnämnden", False),
])
def test_a_label_names_a_cost_by_a_word_or_a_compound_head(label: str, cost: bool) -> None:
    assert names_cost(label) is cost


@pytest.mark.parametrize("label, before, after, moved", [
    ("Verksamhetens nettokostnader", "-2496524", "-2566611", "70087"),  # the cost grows
    ("Verksamhetens nettokostnader", "-100", "-90", "-10"),
    ("Årets resultat", "-5", "-10", "-5"),  # a result below zero falls
    ("Kostnader", "100", "120", "20"),  # a cost written above zero moves by its value
])
def test_change_by_size_for_a_signed_cost(label: str, before: str, after: str, moved: str) -> None:
    assert change(label, Decimal(before), Decimal(after)) == Decimal(moved)


def test_a_cost_with_a_figure_above_zero_is_no_signed_cost() -> None:
    assert not signed_cost("Kostnader", [Decimal(-3), Decimal(2)])
    assert not signed_cost("Kostnader", [])

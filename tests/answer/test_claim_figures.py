"""Claimed figures: bounds ("över 1700", "mindre än 100 miljoner") and limits ("får inte gå över 4 miljarder")."""
from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.evidence.claim_figures import agrees, bound_before


@pytest.mark.parametrize(("text", "bound"), [
    ("över 1700", 1),
    ("mer än 5 miljoner", 1),
    ("mindre än 100", -1),
    ("får inte gå över 4", 0),  # a denied comparison states a limit: its figure is a figure
    ("inte mindre än 5", 0),
    ("hade 3", 0),
])
def test_a_comparison_word_before_a_figure_makes_it_a_bound(text: str, bound: int) -> None:
    assert bound_before(text, next(i for i, ch in enumerate(text) if ch.isdigit())) == bound


@pytest.mark.parametrize(("claimed", "stated", "bound", "same"), [
    ("1700", "1675", 1, False),
    ("1700", "1701", 1, True),
    ("1700", "1700", 1, False),
    ("100", "96", -1, True),
    ("100", "100", -1, False),
])
def test_a_bound_agrees_with_values_beyond_it_only(claimed: str, stated: str, bound: int, same: bool) -> None:
    assert agrees(Decimal(claimed), Decimal(stated), Decimal("0.5"), hedged=True, bound=bound) is same

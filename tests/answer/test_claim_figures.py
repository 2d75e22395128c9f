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
    ("låneskulden inte ska gå över 4", 0),  # the negation before a modal and its verb
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


@pytest.mark.parametrize(("text", "value"), [
    ("inköp för runt en miljard per år", Decimal(1_000_000_000)),  # the article is the number one before a scale word
    ("they buy for around a billion a year", Decimal(1_000_000_000)),
    ("half a billion", Decimal(500_000_000)),
    ("en halv miljard kronor", Decimal(500_000_000)),
])
def test_an_article_before_a_scale_word_is_one(text: str, value: Decimal) -> None:
    from assistant.evidence.claim_figures import figures_in

    assert [f.value for f in figures_in(text) if f.kind == "money"] == [value]

"""An en dash before an amount is a minus sign when a word stands before it ("Resultatet blev – 4,1 mnkr", as
budgets print negatives), a range when a number does ("10 – 12 mnkr"): in the calculator's text amounts and in
the figures claims compare."""
from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.budget.amounts import AMOUNT
from assistant.budget.numbers import parse_quantity
from assistant.evidence.claim_figures import figures_in


@pytest.mark.parametrize("text, values", [
    ("Resultatet blev – 4,1 mnkr.", [Decimal("-4100000")]),
    ("Resultatet blev –4,1 mnkr.", [Decimal("-4100000")]),
    ("Resultatet blev −4,1 mnkr.", [Decimal("-4100000")]),
    ("Kostnaden blir 10 – 12 mnkr.", [Decimal("12000000")]),  # a range: 12 is no negative amount
    ("Åren 2021–2023 ökar ramen med 5 mnkr.", [Decimal("5000000")]),
])
def test_an_en_dash_after_a_word_is_a_minus_sign(text: str, values: list[Decimal]) -> None:
    found = [parse_quantity(f"{m.group('num')} {m.group('unit')}").value for m in AMOUNT.finditer(text)]
    assert found == values
    money = [f.value for f in figures_in(text) if f.kind == "money"]
    assert money == values

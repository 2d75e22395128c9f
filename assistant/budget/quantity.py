"""A price per unit times the quantity of that unit the question states ("rörlig va-avgift för 150 kubikmeter" is
150 × the row "Avgift per kubikmeter, kr/m³"): what so many units cost."""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from assistant.budget.execute import Outcome, format_amount
from assistant.budget.matching import stem, tokens
from assistant.budget.numbers import format_number

# a number said before a noun: "150 kubikmeter", "1 200 kvadratmeter", "2,5 timmar"
QUANTITY = re.compile(r"(?<![\d,.])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+(?:,\d+)?)\s+([^\W\d_]+)")


def stated_quantity(question: str, label: str) -> Decimal | None:
    """The quantity the question states of what the row's figure is per ("150 kubikmeter" for "Avgift per
    kubikmeter, kr/m³"); None when it states none."""
    words = tokens(label)
    units = {stem(w) for k, w in enumerate(words) if k and words[k - 1] == "per" and w.isalpha()}
    if not units:
        return None
    for m in QUANTITY.finditer(question):
        if stem(m.group(2).lower()) in units:
            return Decimal(re.sub(r"[ \u00a0\u202f]", "", m.group(1)).replace(",", "."))
    return None


def times_quantity(outcome: Outcome, question: str, language: str) -> Outcome | None:
    """The looked-up price of one unit times the quantity the question states of it, in kronor; None when the
    outcome is no one price or the question states no quantity of its unit."""
    if outcome.operation != "lookup" or len(outcome.cells) != 1 or not outcome.cells[0].unit.is_money:
        return None
    cell = outcome.cells[0]
    quantity = stated_quantity(question, cell.row_label)
    if quantity is None or quantity <= 0:
        return None
    price = cell.value * cell.unit.factor
    result = quantity * price
    places = 0 if quantity == quantity.to_integral_value() else -quantity.normalize().as_tuple().exponent
    expression = (f"{format_number(quantity, int(places), language)} × {format_amount(price, 'kr', language)} = "
                  f"{format_amount(result, 'kr', language)}")
    return replace(outcome, operation="product", result=result, unit="kr", expression=expression, secondary=())

"""Which way a row's figure moves as people say it: by its size for a cost written below zero.

An income statement writes its costs with a minus sign ("Verksamhetens nettokostnader -2 496 524"); when that figure
falls to -2 566 611 the cost grows, and "ökar" is what both the answer and a claim mean. A row whose label names an
outflow (budget_synonyms.json `cost_words`, as the head of a compound too) and whose figures are all below zero is
read by size; any other row by its signed value (a result going from -5 to -10 falls).
"""
from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from functools import lru_cache

from assistant.budget.matching import stem, synonyms, tokens


@lru_cache(maxsize=1)
def _cost_stems() -> frozenset[str]:
    return frozenset(stem(w.lower()) for w in synonyms()["cost_words"])


@lru_cache(maxsize=4096)
def names_cost(label: str) -> bool:
    """The row label names an outflow: a word of `cost_words`, or a compound ending in one ("nettokostnader")."""
    return any(stem(t.lower()).endswith(c) for t in tokens(label) for c in _cost_stems())


def signed_cost(label: str, values: Iterable[Decimal]) -> bool:
    """A cost written below zero: the label names an outflow and every figure is negative."""
    values = list(values)
    return bool(values) and all(v < 0 for v in values) and names_cost(label)


def change(label: str, before: Decimal, after: Decimal) -> Decimal:
    """The change from `before` to `after` as people say it: of the size for a cost written below zero
    (-2 496 524 to -2 566 611: +70 087, it grows), of the value otherwise."""
    if signed_cost(label, (before, after)):
        return abs(after) - abs(before)
    return after - before

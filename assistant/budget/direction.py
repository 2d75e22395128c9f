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
from assistant.budget.records import Cell


@lru_cache(maxsize=1)
def _cost_stems() -> frozenset[str]:
    return frozenset(stem(w.lower()) for w in synonyms()["cost_words"])


@lru_cache(maxsize=4096)
def names_cost(label: str) -> bool:
    """The row label names an outflow: a word of `cost_words`, or a compound ending in one ("nettokostnader")."""
    return any(stem(t.lower()).endswith(c) for t in tokens(label) for c in _cost_stems())


def signed_cost(label: str, values: Iterable[Decimal], title: str = "") -> bool:
    """A cost written below zero: every figure is negative and the label, or the title of its table ("Nettokostnad
    per nämnd" over "Socialnämnden  -537,8"), names an outflow, or the label names a committee (a body's figure below
    zero is its net cost: "Driftredovisning per nämnd")."""
    values = list(values)
    return bool(values) and all(v < 0 for v in values) and (
        names_cost(label) or bool(title) and names_cost(title) or names_body(label))


@lru_cache(maxsize=4096)
def names_body(label: str) -> bool:
    """The row label is a committee's name ("Socialnämnden", "Kommunstyrelsen"), not a sum of them."""
    from assistant.budget.matching import committee_mentions

    return bool(committee_mentions(label))


def change(label: str, before: Decimal, after: Decimal, title: str = "") -> Decimal:
    """The change from `before` to `after` as people say it: of the size for a cost written below zero
    (-2 496 524 to -2 566 611: +70 087, it grows), of the value otherwise."""
    if signed_cost(label, (before, after), title):
        return abs(after) - abs(before)
    return after - before


def larger_first(a: Cell, b: Cell) -> tuple[Cell, Cell]:
    """Two cells, the larger first as people say it: by size when both are costs written below zero (a committee's
    -497,6 is more than its neighbour's -438,5), by value otherwise."""
    if signed_cost(a.row_label, [a.value], a.table_title) and signed_cost(b.row_label, [b.value], b.table_title):
        return (a, b) if abs(a.value) >= abs(b.value) else (b, a)
    return (a, b) if a.value >= b.value else (b, a)

"""A total said with a row it includes ("den totala skatten inklusive regionen"): the total row of the table holding
that row ("Totalt" of the tax rates "Arboga kommun | Region Västmanland | Totalt"), not the row alone nor a sum with
another table's row the whole's own word names ("skatten": "Skatteintäkter" of the budget).

The whole is said by a word of that table's title or of its total row's label (a compound's part: "skatten" of
"Skattesats ..."), and no other row the question names stands in that table: a thing of its own said with what it
includes ("skolan inklusive inventarier") is no table's total.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from assistant.budget.matching import stems, tokens
from assistant.budget.plan import Plan
from assistant.budget.records import Table
from assistant.budget.selection import find_row

INCLUDING = frozenset({"inklusive", "inkl", "including", "incl"})  # words saying what follows is part of the whole
MIN_STEM = 4  # a stem shorter than this names too much to be a part of a title's word


def whole_including(question: str, plan: Plan, tables: Sequence[Table]) -> tuple[Plan, tuple[Table, ...]] | None:
    """The plan reading the total row of the one table holding the row said after "inklusive", and that table; None
    unless a sum of two or more named rows is asked and the rest of what is named is that table's whole."""
    if plan.operation != "sum" or len(plan.rows) < 2 or len(plan.said) != len(plan.rows):
        return None
    words = tokens(question)
    included = [k for k, said in enumerate(plan.said) if _said_after_including(words, tokens(said))]
    if len(included) != 1:
        return None
    part = plan.rows[included[0]]
    holding = [t for t in tables if (row := find_row(t, part)) is not None and not row.is_total]
    if len(holding) != 1:
        return None
    table = holding[0]
    totals = [r.label for r in table.rows if r.is_total and not r.sections]
    others = [k for k in range(len(plan.rows)) if k != included[0]]
    if len(totals) != 1 or any(find_row(table, plan.rows[k]) is not None for k in others):
        return None
    named = {s for w in tokens(f"{table.title or ''} {totals[0]}") for s in stems(w)}
    if not all(_names_part_of(plan.said[k], named) for k in others):
        return None
    return replace(plan, operation="lookup", rows=(totals[0],), said=(plan.said[others[0]],), spans=()), (table,)


def _said_after_including(words: list[str], said: list[str]) -> bool:
    n = len(said)
    return bool(said) and any(words[k:k + n] == said and k and words[k - 1] in INCLUDING for k in range(len(words)))


def _names_part_of(said: str, named: set[str]) -> bool:
    """A word said is, by its stem, a word of the title or a compound's part of one ("skatt" of "skattesats"); a
    stem the title's word's stem opens is that word inflected ("skattesatsen": "skattesats", of "Skattesats":
    "skattesat")."""
    return any(len(s) >= MIN_STEM and any(n.startswith(s) or len(n) >= MIN_STEM and s.startswith(n) for n in named)
               for s in stems(said))

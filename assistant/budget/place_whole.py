"""The municipality as the whole of a table's rows ("och hur många var det totalt i kommunen?" after a turn about one
unit's staff): the grand total of the table holding the row the conversation named, of the same year, not that row
over every year nor the row alone."""
from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.budget.matching import tokens
from assistant.budget.plan import Plan
from assistant.budget.records import Table
from assistant.budget.selection import find_row

# the municipality said as a whole: "i kommunen", "hela kommunen", "för kommunen totalt", "in the municipality"
WHOLE_PLACE = re.compile(r"\b(?:(?:i|för|inom|hela|in|for|across|whole|entire)\s+(?:hela\s+|the\s+(?:whole\s+)?)?"
                         r"(?:kommunen|municipality))\b", re.IGNORECASE)


def names_whole_place(question: str) -> bool:
    """The question names the municipality as the whole its figures are of ("totalt i kommunen")."""
    return bool(WHOLE_PLACE.search(question))


def whole_of_place(question: str, plan: Plan, tables: Sequence[Table], history: Sequence[str]) -> tuple[Table, str] | None:
    """The one table holding the conversation's one row in the years asked, and its grand total row, for a follow-up
    naming the municipality as the whole and no row of its own; None otherwise."""
    if not history or not names_whole_place(question) or len(plan.rows) != 1 or len(plan.said) != 1 \
            or plan.operation not in (None, "lookup", "sum"):
        return None
    if set(tokens(plan.said[0])) <= set(tokens(question)):
        return None  # the follow-up names the row itself: its own figure
    holding = [t for t in tables if all(y in t.years for y in plan.years)
               and (row := find_row(t, plan.rows[0])) is not None and not row.is_total]
    totals = [(t, [r.label for r in t.rows if r.is_total and not r.sections]) for t in holding]
    whole = [(t, labels[0]) for t, labels in totals if len(labels) == 1]
    return whole[0] if len(whole) == 1 else None

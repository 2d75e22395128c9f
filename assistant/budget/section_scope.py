"""A row asked together with the section it stands in: "hur mycket ska bun spara på gymnasieskolan?" names
Gymnasieskola under Barn- och ungdomsnämnden's heading, and the committee says where the row is, not a second figure
asked. The same holds for a committee whose own minutes hold the row ("Protokoll kommunstyrelsen": the table of its
decision lacks a row for the committee itself).

    within_named_section(question, plan, tables) -> (Plan, tables)  # the section left out of a lookup's rows, its tables
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from assistant.budget.matching import JOINING, committee_mentions, stems, tokens
from assistant.budget.plan import Plan
from assistant.budget.records import Table
from assistant.budget.selection import find_row


def within_named_section(question: str, plan: Plan, tables: Sequence[Table],
                         owned_by: Callable[[Table, str], bool] | None = None) -> tuple[Plan, tuple[Table, ...]]:
    """The plan without a committee row under which another row it asks stands in some table (its section), or
    whose own document or title holds that other row's table (`owned_by(table, committee)`: the committee's minutes,
    "Socialnämnden – ekonomisk sammanställning"), and the tables so holding it (every table when none of those holds
    the years asked). Only a lookup: a share, a sum or a comparison of the two asks both figures, and so do rows the
    question joins ("äldreomsorgen och socialnämnden")."""
    if plan.operation not in (None, "lookup") or len(plan.rows) < 2 or _joined(question, plan.said):
        return plan, tuple(tables)
    within = {r: [t for t in tables if any(_holds_under(t, other, r, owned_by) for other in plan.rows if other != r)]
              for r in plan.rows if committee_mentions(r)}
    scopes = {r for r, held in within.items() if held}
    if not scopes or len(scopes) == len(plan.rows):
        return plan, tuple(tables)
    kept = [i for i, r in enumerate(plan.rows) if r not in scopes]
    said = tuple(plan.said[i] for i in kept) if len(plan.said) == len(plan.rows) else plan.said
    held = [t for t in tables if all(t in within[r] for r in scopes)]
    dated = [t for t in held if all(y in t.years for y in plan.years)]
    return replace(plan, rows=tuple(plan.rows[i] for i in kept), said=said), tuple(dated or tables)


JOINING_MARKS = re.compile(r"[,&/]")  # "äldreomsorgen, socialnämnden", "förskola & skola": joined as by "och"


def _joined(question: str, said: Sequence[str]) -> bool:
    """Two of the phrases naming the rows stand side by side, joined by a conjunction or a comma. Two with nothing
    between ("gymnasieskolan bun budget 2025", once "i Hörbys" is taken out as the scope) are a row and its section."""
    low = " ".join(tokens(JOINING_MARKS.sub(" och ", question)))
    spans = sorted((at, at + len(p)) for p in said if (at := low.find(p.lower())) >= 0)
    return any(low[a_end:b_start].strip() in JOINING for (_, a_end), (b_start, _) in zip(spans, spans[1:]))


def _holds_under(table: Table, row: str, section: str, owned_by: Callable[[Table, str], bool] | None) -> bool:
    """The table holds `row` (no total) under the section named `section`, or is of the section's own document."""
    found = find_row(table, row)
    if found is None or found.is_total:
        return False
    named = stems(section)
    if any(stems(s) == named for s in found.sections):
        return True
    return owned_by is not None and find_row(table, section) is None and owned_by(table, section)

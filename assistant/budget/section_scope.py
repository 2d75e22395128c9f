"""A row asked together with the section it stands in: "hur mycket ska bun spara på gymnasieskolan?" names
Gymnasieskola under Barn- och ungdomsnämnden's heading, and the committee says where the row is, not a second figure
asked. The same holds for a committee whose own minutes hold the row ("Protokoll kommunstyrelsen": the table of its
decision lacks a row for the committee itself).

    within_named_section(plan, tables) -> Plan   # the section's name left out of the rows of a lookup
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from assistant.budget.matching import committee_mentions, stems
from assistant.budget.plan import Plan
from assistant.budget.records import Table
from assistant.budget.selection import find_row


def within_named_section(plan: Plan, tables: Sequence[Table], owned_by: Callable[[Table, str], bool] | None = None) -> Plan:
    """The plan without a committee row under which another row it asks stands in some table (its section), or
    whose own document holds that other row's table (`owned_by(table, committee)`: the committee's minutes). Only a
    lookup: a share, a sum or a comparison of the two asks both figures."""
    if plan.operation not in (None, "lookup") or len(plan.rows) < 2:
        return plan
    scopes = {r for r in plan.rows if committee_mentions(r)
              and any(_holds_under(t, other, r, owned_by) for other in plan.rows if other != r for t in tables)}
    if not scopes or len(scopes) == len(plan.rows):
        return plan
    kept = [i for i, r in enumerate(plan.rows) if r not in scopes]
    said = tuple(plan.said[i] for i in kept) if len(plan.said) == len(plan.rows) else plan.said
    return replace(plan, rows=tuple(plan.rows[i] for i in kept), said=said)


def _holds_under(table: Table, row: str, section: str, owned_by: Callable[[Table, str], bool] | None) -> bool:
    """The table holds `row` (no total) under the section named `section`, or is of the section's own document."""
    found = find_row(table, row)
    if found is None or found.is_total:
        return False
    named = stems(section)
    if any(stems(s) == named for s in found.sections):
        return True
    return owned_by is not None and find_row(table, section) is None and owned_by(table, section)

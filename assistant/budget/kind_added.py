"""A year's figure with a column of another kind added to it: "hur mycket pengar har ljungby totalt för nya
brandstationen i lidhult 2025 om man räknar med det som ombudgeteras från 2024?" is the project's Budget 2025 (the
budget document's investment table) plus its "Ombudgeteras till 2025" (the minutes' table of carried-over money).
The kind is said as something added ("med", "inklusive", "plus"): what is asked is the year's whole; the year said
with the kind ("från 2024") dates the kind's column (its table's title says it), not a column of the year's own.

    kind_added(question, plan, tables, doc_year)  # an Outcome "sum" of the two cells, or None
"""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from assistant.budget.execute import Outcome, Refusal, execute
from assistant.budget.matching import stem, tokens
from assistant.budget.numbers import format_value
from assistant.budget.plan import Plan
from assistant.budget.records import Cell, Table
from assistant.budget.selection import YEAR_KINDS
from assistant.budget.units import convert
from assistant.budget.yearless import MOVED_TO, title_year

ADDING = frozenset({"med", "inklusive", "inkl", "plus", "including", "with"})  # words adding what follows them
ADDING_REACH = 3  # the kind's word at most this many words after the adding word ("med det som ombudgeteras")


def _added(question: str, kind: str) -> bool:
    """The kind's word is said as an addition: an adding word at most ADDING_REACH words before it."""
    kind_stems = {stem(w) for w in tokens(kind) if len(w) >= 4}
    words = tokens(question)
    for i, w in enumerate(words):
        if any(stem(w).startswith(k) or k.startswith(stem(w)) and len(stem(w)) >= 6 for k in kind_stems):
            if ADDING & set(words[max(0, i - ADDING_REACH):i]):
                return True
    return False


def _lookup(plan: Plan, tables: tuple[Table, ...], doc_year: int | None, kind: str,
            years: tuple[int, ...]) -> Cell | None:
    try:
        outcome = execute(replace(plan, operation="lookup", column_kind=kind, years=years, kinds=(),
                                  year_range=False, all_years=False, percent=False), tables, doc_year)
    except Refusal:
        return None
    return outcome.cells[0] if outcome.operation == "lookup" and len(outcome.cells) == 1 else None


def _dates(cell: Cell, tables: tuple[Table, ...]) -> set[int]:
    """The years the cell's column label and its table's title say ("Ombudgetering ... från 2024 till 2025")."""
    title = next((t.title for t in tables if t.id == cell.table_id), cell.table_title)
    return {int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", f"{title} {cell.column.label}")}


def _moved_into(cell: Cell, tables: tuple[Table, ...]) -> int | None:
    """The year a column without one of its own moves money into, as its table's title says ("Ombudgetering av
    investeringsmedel från 2024 till 2025": 2025, yearless.title_year); None when it moves none."""
    title = next((t.title for t in tables if t.id == cell.table_id), cell.table_title)
    found = title_year(title) if MOVED_TO.search(title) else None
    return found[0] if found else None


def kind_added(question: str, plan: Plan, tables: tuple[Table, ...], doc_year: int | None) -> Outcome | None:
    """The row's budget of the kind's year plus the row's cell of the kind said as an addition; None unless one
    row's figure or sum is asked, the kind is a table's own (not Budget, Plan, Utfall ...), each year asked is the
    kind's year or one its column or table dates it by, and both cells are found in money."""
    kind = plan.column_kind
    # the kind said as an addition asks the whole, "totalt" or not ("hur mycket pengar har förskolan för 2026 om man
    # räknar med ombudgeteringen från 2025")
    if plan.operation not in (None, "lookup", "sum") or len(plan.rows) != 1 or not kind or kind in YEAR_KINDS \
            or not _added(question, kind):
        return None
    added = _lookup(plan, tables, doc_year, kind, ())
    # a column with no year of its own ("Föreslagen ombudgetering") is of the year its table moves money into
    year = (_moved_into(added, tables) if not re.search(r"\b(?:19|20)\d\d\b", added.column.label) else None
            ) or added.column.year if added is not None else None
    if added is None or year is None or not added.unit.is_money:
        return None
    if plan.years and (year not in plan.years or not set(plan.years) <= {year} | _dates(added, tables)):
        return None
    budget = _lookup(plan, tables, doc_year, "Budget", (year,))
    if budget is None or budget.column.year != year or not budget.unit.is_money or budget.column == added.column:
        return None
    unit = max((budget.unit, added.unit), key=lambda u: u.factor)
    values = [convert(c.value, c.unit, unit) for c in (budget, added)]
    total = sum(values, Decimal(0))
    expression = " + ".join(format_value(v, unit, plan.language) for v in values) + \
        f" = {format_value(total, unit, plan.language)}"
    table = next(t for t in tables if t.id == budget.table_id)
    return Outcome("sum", total, unit.value, (budget, added), expression, table)

"""A change between two years that no table holding the row holds both of, stated by a table holding the later year
in a column of changes naming the earlier ("Förändring mot budget 2025, %" beside "Budget 2026"): that cell is the
change asked, in per cent when a percent is asked, else in the table's money. A table holding both years computes
the change from their figures instead (execute)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from assistant.budget.columns import family
from assistant.budget.execute import Outcome, format_amount
from assistant.budget.plan import Plan
from assistant.budget.records import Row, Table
from assistant.budget.selection import find_row
from assistant.budget.units import Unit
from core.years import years_in

CHANGES = ("change", "percent_change")
CHANGE_KIND = "Förändring"


def stated_change(plan: Plan, tables: Sequence[Table]) -> Outcome | None:
    """The cell of the one column of changes naming the earlier year, in a table holding the row and the later year;
    None when the plan asks no change of one row between two years, a table holding the row holds both years, or
    no such column (or several) states it."""
    years = sorted(set(plan.years))
    if plan.operation not in CHANGES or len(years) != 2 or len(plan.rows) != 1:
        return None
    early, late = years
    holding = [(t, r) for t in tables if (r := find_row(t, plan.rows[0])) is not None]
    if any(early in t.years and late in t.years for t, _ in holding):
        return None
    percent = plan.operation == "percent_change" or plan.percent
    found = [(t, r, i) for t, r in holding if late in t.years for i in _changes_since(t, r, early, percent)]
    if len(found) != 1:
        return None
    table, row, at = found[0]
    cell = table.cell(row, at)
    if cell is None:
        return None
    if cell.unit is not table.unit:  # the change in per cent beside figures in money: the answer's unit is the cell's
        table = replace(table, unit=cell.unit, stated_unit=cell.unit, unit_note=None)
    unit = cell.unit.value
    expression = f"{cell.row_label}, {cell.column.label}: {format_amount(cell.value, unit, plan.language)}"
    return Outcome("lookup", cell.value, unit, (cell,), expression, table)


def _changes_since(table: Table, row: Row, year: int, percent: bool) -> list[int]:
    """The columns of the table stating the row's change since `year` (a yearless column of changes whose label
    names it), in per cent or not as asked."""
    return [i for i, c in enumerate(table.columns)
            if c.year is None and family(c.kind) == CHANGE_KIND and year in years_in(c.label)
            and (c.unit is Unit.PERCENT) == percent and row.values[i] is not None]

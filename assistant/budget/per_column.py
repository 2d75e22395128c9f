"""A figure asked per one of something that its own table states in a column of that measure ("Kr per inv. 2025"
beside "Budget 2025 mnkr" in a budget per committee): the row's cell in that column, not the total divided."""
from __future__ import annotations

import re
from dataclasses import replace

from assistant.budget.execute import Outcome
from assistant.budget.matching import tokens
from assistant.budget.records import Cell, Table
from assistant.budget.units import Unit, unit_in


def _per_what(label: str) -> str | None:
    """The word a column label measures per ("inv" of "Kr per inv. 2025"), None without "per"."""
    words = tokens(label)
    return next((words[k + 1] for k, w in enumerate(words[:-1]) if w == "per" and words[k + 1].isalpha()), None)


def _unit_said_per(table: Table, what: str) -> Unit | None:
    """The unit the table's title gives its figures per `what` in a clause of their own ("Belopp i tkr (kostnad
    per invånare i kr)": kr), None when no clause of it measures per that."""
    for clause in re.split(r"[,;()]", table.title):
        words = tokens(clause)
        if any(w == "per" and k + 1 < len(words) and _names(what, words[k + 1]) for k, w in enumerate(words)):
            return unit_in(clause)
    return None


def _names(short: str, word: str) -> bool:
    """The column's word is the asked one, whole or cut short ("inv" for "invånare"; at least three letters)."""
    return word == short or (len(short) >= 3 and word.startswith(short))


def per_column(outcome: Outcome, word: str, tables: tuple[Table, ...]) -> Outcome | None:
    """The looked-up row's cell in a column of its table measured per `word` for the same year (or naming none);
    None when the table has no such column or the row no figure there."""
    if not outcome.cells:
        return None
    cell = outcome.cells[-1]
    table = next((t for t in tables if t.id == cell.table_id), None)
    if table is None:
        return None
    row = next((r for r in table.rows if r.label == cell.row_label), None)
    for j, column in enumerate(table.columns):
        what = _per_what(column.label)
        if what is None or not _names(what, word) or column.year not in (None, cell.column.year):
            continue
        if row is None or j >= len(row.values) or row.values[j] is None:
            return None
        unit = column.unit or _unit_said_per(table, what) or table.unit
        found = Cell(table_id=table.id, table_title=table.title, row_label=row.label, column=column,
                     value=row.values[j], unit=unit, stated_unit=unit, is_total=row.is_total, source=row.source)
        # the answer is worded in the column's own unit ("Kr per inv." in a table of mnkr)
        own = replace(table, unit=unit, stated_unit=unit, unit_note=None, columns=(column,), checks=(),
                      rows=tuple(replace(r, values=r.values[j:j + 1]) for r in table.rows))
        return replace(outcome, cells=(found,), result=found.value, unit=unit.value, table=own, secondary=(),
                       ranking=())
    return None


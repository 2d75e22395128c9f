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
    """The word a column label measures per ("inv" of "Kr per inv. 2025", of "Nettokostnad kr/inv 2025"), None
    without "per" or a unit's slash."""
    words = tokens(label)
    found = next((words[k + 1] for k, w in enumerate(words[:-1]) if w == "per" and words[k + 1].isalpha()), None)
    if found is None and (slashed := SLASHED.search(label)):
        found = slashed.group(1).lower()
    return found


# a unit per something written with a slash: "kr/inv", "kronor/invånare", "tkr/elev"
SLASHED = re.compile(r"(?<![^\W\d_])(?:kr|kronor|tkr|sek)\s*/\s*([^\W\d_]{2,})", re.I)


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
    """The looked-up row's cell in a column of its table measured per `word` for the same year (or naming none),
    or, when its table has none, of another table stating the same figure for that row and year (the budget's
    "Budget 2025 kr per inv." beside the 14 600 tkr an interim report repeats); None when no table has such a
    column or the row no figure there."""
    if not outcome.cells:
        return None
    cell = outcome.cells[-1]
    table = next((t for t in tables if t.id == cell.table_id), None)
    if table is None:
        return None
    found = _in_column_per(outcome, cell, table, word)
    if found is not None or any(_per_what(c.label) for c in table.columns):
        return found
    for other in tables:
        if other.id != table.id and other.municipality == table.municipality and _states_the_same(other, cell):
            found = _in_column_per(outcome, cell, other, word)
            if found is not None:  # the document named as the one used is now the other table's
                return replace(found, interpretation=tuple(i for i in found.interpretation if not i.startswith("doc:")))
    return None


def states_per(table: Table, word: str) -> bool:
    """The table has a column measured per `word` ("Kr per invånare 2027")."""
    return any((what := _per_what(c.label)) is not None and _names(what, word) for c in table.columns)


def _states_the_same(table: Table, cell: Cell) -> bool:
    """The table has the cell's row with the same amount in a column of the same year."""
    row = next((r for r in table.rows if r.label == cell.row_label), None)
    if row is None or cell.unit is None or not cell.unit.is_money:
        return False
    kronor = cell.value * cell.unit.factor
    return any(c.year == cell.column.year and v is not None and c.unit is None and table.unit.is_money
               and v * table.unit.factor == kronor for c, v in zip(table.columns, row.values))


def _in_column_per(outcome: Outcome, cell: Cell, table: Table, word: str) -> Outcome | None:
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


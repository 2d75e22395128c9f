"""A figure against its budget. A forecast is told with the deviation a table states beside its forecast column
("Budget 2025 | Prognos 2025 | Avvikelse"): it belongs to the answer of "vad är prognosen för socialnämnden". A
deviation asked in per cent ("med hur många procent överskred socialnämnden sin budget") is of the budget."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.columns import family
from assistant.budget.layout import months_covered
from assistant.budget.records import Cell, Row, Table
from assistant.budget.units import Unit


def beside_forecast(table: Table, row: Row, forecast: Cell) -> tuple[Cell, ...]:
    """The row's budget and its stated deviation from it, in the forecast's year, when `forecast` is a forecast and
    the table has one budget column of that year and one deviation column (of that year or of none); else ()."""
    year = forecast.column.year
    if year is None or family(forecast.column.kind or "") != "Prognos":
        return ()
    budget, deviation = _one_cell(table, row, "Budget", year), _one_cell(table, row, "Avvikelse", year, yearless=True)
    if budget is None or deviation is None or deviation.unit is not forecast.unit:
        return ()  # "Avvikelse, %" beside a forecast in tkr is no deviation in its money
    return budget, deviation


def beside_deviation(table: Table, row: Row, deviation: Cell) -> tuple[Cell, ...]:
    """The row's budget and the year's forecast (an interim report's), else its outcome, a stated deviation is the
    difference of, in its year (its column's, or the one year of the table's budget columns when it names none), when
    the table has one column of each in its money; else (). "How did kommunstyrelsen do against its budget": 1,3 of
    110,2 and 108,9; "hur blir helåret jämfört med budgeten": -2,7 of 10,1 and 7,4."""
    if not is_deviation(deviation):
        return ()
    years = {c.year for c in table.columns if family(c.kind or "") == "Budget" and c.year is not None}
    year = deviation.column.year or (years.pop() if len(years) == 1 else None)
    if year is None:
        return ()
    forecast = _one_cell(table, row, "Prognos", year)  # an interim report's deviation is of its forecast
    budget, other = _one_cell(table, row, "Budget", year), forecast or _one_cell(table, row, "Utfall", year)
    if budget is None or other is None or (forecast is None and months_covered(other.column.label) < 12) \
            or not budget.unit is other.unit is deviation.unit:
        return ()  # "Utfall jan–aug": the months so far are no year's outcome the deviation is of
    return budget, other


def _one_cell(table: Table, row: Row, kind: str, year: int, yearless: bool = False) -> Cell | None:
    """The row's cell in the table's one column of the kind's family and the year (or, `yearless`, of no year);
    None when no column or several are."""
    found = [i for i, c in enumerate(table.columns)
             if family(c.kind or "") == kind and (c.year == year or (yearless and c.year is None))]
    return table.cell(row, found[0]) if len(found) == 1 else None


def is_deviation(cell: Cell) -> bool:
    """The cell is of a deviation column ("Avvikelse", "Budgetavvikelse")."""
    return family(cell.column.kind or "") == "Avvikelse"


def told_against_budget(cells: tuple[Cell, ...]) -> bool:
    """The cells are a forecast, its budget and its deviation, of one row (`beside_forecast` added the last two)."""
    kinds = tuple(family(c.column.kind or "") for c in cells)
    return kinds == ("Prognos", "Budget", "Avvikelse") and len({c.row_label for c in cells}) == 1


def told_with_its_terms(cells: tuple[Cell, ...]) -> bool:
    """The cells are a stated deviation, its budget and its outcome or forecast, of one row (`beside_deviation`)."""
    return told_with_terms([c.column.label for c in cells]) and len({c.row_label for c in cells}) == 1


def told_with_terms(columns: list[str]) -> bool:
    """The column labels of a calculation's inputs are a deviation, its budget and its outcome or forecast
    (`beside_deviation`): "Avvikelse", "Budget 2025", "Prognos 2025"; the deviation is the figure it states."""
    kinds = [family(c.split()[0]) if c.split() else "" for c in columns]
    return told_with_outcome(columns) or kinds == ["Avvikelse", "Budget", "Prognos"]


def budget_and_deviation(table: Table, row: Row, year: int) -> tuple[Cell, Cell, Decimal] | None:
    """The row's budget of `year`, the cell its deviation is read from and the deviation: the table's deviation
    column (of that year or of none), else its outcome of the year less the budget; None without a budget, or
    without both a deviation and an outcome."""
    budget = _one_cell(table, row, "Budget", year)
    if budget is None or budget.value == 0:
        return None
    stated = _one_cell(table, row, "Avvikelse", year, yearless=True)
    if stated is not None and stated.unit is budget.unit:
        return budget, stated, stated.value
    outcome = _one_cell(table, row, "Utfall", year)
    return (budget, outcome, outcome.value - budget.value) if outcome is not None else None


def states_percent(table: Table) -> bool:
    """The table has a deviation column in per cent of its own ("Avvikelse, %"): it states what is asked."""
    return any(family(c.kind or "") == "Avvikelse" and c.unit is Unit.PERCENT for c in table.columns)


def told_with_outcome(columns: list[str]) -> bool:
    """The column labels of a calculation's inputs are a deviation, its budget and its outcome (`beside_deviation`):
    "Avvikelse", "Budget 2023", "Utfall 2023"."""
    kinds = [family(c.split()[0]) if c.split() else "" for c in columns]
    return kinds == ["Avvikelse", "Budget", "Utfall"]

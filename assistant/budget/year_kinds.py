"""A change between two years whose figures are each of their own kind ("prognosen för 2024 jämfört med ramen för
2025", "budgeterat resultat 2025 jämfört med utfallet 2023"): each year's figure is looked up where a table holds
that kind for that year (the interim report's forecast, the budget's frame: often two documents), and the change is
computed from the two cells, units aligned. One table's own change (Budget 2024 to Budget 2025) would hold a
forecast's year by its budget.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from assistant.budget.columns import against_stems, asks_outcome, column_kind, expects, family, frame_kind
from assistant.budget.execute import Outcome, Refusal, execute
from assistant.budget.layout import months_covered
from assistant.budget.matching import stem
from assistant.budget.numbers import format_value
from assistant.budget.plan import Plan
from assistant.budget.records import Cell, Table
from assistant.budget.units import Unit, convert
from core.years import YEAR

BEFORE = 4  # words before a year that may say its kind ("nämndens egen helårsprognos för 2024")
AFTER = 2  # and after it ("2023 års utfall")
CHANGES = ("change", "difference")


def kinds_by_year(question: str, years: Sequence[int]) -> dict[int, str | None]:
    """The kind of column each year's figure is asked from, when the question says one beside the year: the kind word
    (or a committee's frame, its budget: "ramen 2025") nearest before it (up to BEFORE words, not past another year;
    words asking what happened, "faktiskt", say an outcome), else right after it (AFTER words, not past a word of
    comparison: "ramen 2025 än prognosen för 2024" says the forecast of 2024, the other side); None for a year said
    without one."""
    words = re.findall(r"[^\W_]+", question)
    against = against_stems()
    out: dict[int, str | None] = {}
    for year in years:
        at = next((i for i, w in enumerate(words) if w == str(year)), None)
        if at is None:
            out[year] = None
            continue
        before = words[max(0, at - BEFORE):at]
        while any(YEAR.fullmatch(w) for w in before):
            before = before[next(i for i, w in enumerate(before) if YEAR.fullmatch(w)) + 1:]
        after = []
        for w in words[at + 1:at + 1 + AFTER]:
            if YEAR.fullmatch(w) or stem(w.lower()) in against:
                break
            after.append(w)
        kinds = [column_kind(w) or frame_kind(w) for w in reversed(before)]
        if not any(kinds) and asks_outcome(" ".join(before)):
            kinds = ["Utfall"]  # "vad nämnden faktiskt kostade 2023": what happened that year
        elif not any(kinds) and expects(" ".join(before)):
            kinds = ["Prognos"]  # "vad den beräknas kosta 2024": what the year is expected to come to
        kinds += [column_kind(w) or frame_kind(w) for w in after]
        out[year] = next((family(k) for k in kinds if k), None)
    return out


def each_years_kind(question: str, plan: Plan, tables: tuple[Table, ...], doc_year: object) -> Outcome | None:
    """The change from the earlier year's figure to the later's, each read in the kind of column said beside its year
    (the two kinds the planner found held against each other, when each is said beside a year of its own); None when
    the question says no kind beside a year, one kind for both (the table's own change answers), asks no change of
    one row between two years, or a year's kind is in no table."""
    years = sorted(set(plan.years))
    if plan.operation not in CHANGES or len(years) != 2 or len(plan.rows) > 1:
        return None
    own = kinds_by_year(question, years)
    said = {k for k in own.values() if k}
    if not said or (len(said) == 1 and all(own.values())):
        return None
    if plan.kinds and len(said) < 2:
        return None  # two kinds held against each other in one year ("utfallet mot budget 2024"), not one a year
    cells: list[Cell] = []
    for year in years:
        asked = replace(plan, operation="lookup", years=(year,), column_kind=own[year], kinds=(), year_range=False,
                        all_years=False, percent=False)
        try:
            outcome = execute(asked, tables, doc_year)
        except Refusal:
            return None
        cell = outcome.cells[0] if outcome.cells else None
        if cell is None or cell.column.year != year or (own[year] and family(cell.column.kind or "") != own[year]):
            return None
        if not plan.months and months_covered(cell.column.label) < 12:
            return None  # "utfallet 2024" is the year's whole outcome, not "Utfall jan–aug 2024"
        cells.append(finest_statement(cell, asked, tables, doc_year))
    a, b = cells
    if family(a.column.kind or "") == family(b.column.kind or ""):
        return None  # "budgeten från 2024 till 2025": one kind for both, the table's own change reads it
    return _change(a, b, plan.language, tables)


def each_kinds_figure(plan: Plan, tables: tuple[Table, ...], doc_year: object) -> Outcome | None:
    """One row's figure of one year in two kinds held against each other ("bättre än prognosen": the outcome against
    the forecast), each read where a table holds that kind for the year (the annual report's outcome, the budget
    document's forecast); the change from the first kind's (the one held against) to the other's. None unless one
    row, one year and two kinds are asked, or when a table holds both (the calculator reads them side by side) or
    either is in no table."""
    if plan.operation not in CHANGES or len(plan.kinds) != 2 or "" in plan.kinds or len(set(plan.years)) != 1 \
            or len(plan.rows) != 1:
        return None
    cells: list[Cell] = []
    for kind in plan.kinds:
        asked = replace(plan, operation="lookup", column_kind=kind, kinds=(), year_range=False, all_years=False,
                        percent=False)
        try:
            outcome = execute(asked, tables, doc_year)
        except Refusal:
            return None
        cell = outcome.cells[0] if outcome.cells else None
        if cell is None or cell.column.year != plan.years[0] or family(cell.column.kind or "") != kind \
                or months_covered(cell.column.label) < 12 and not plan.months:
            return None
        cells.append(finest_statement(cell, asked, tables, doc_year))
    a, b = cells
    if a.table_id == b.table_id:
        return None  # one table holds both: its own comparison reads them
    return _change(a, b, plan.language, tables)


def finest_statement(cell: Cell, asked: Plan, tables: tuple[Table, ...], doc_year: object) -> Cell:
    """The cell as the table stating it most finely writes it: a press release's "236,5" (mnkr) is the budget's
    "236 450" (tkr) rounded, and a difference of two documents' figures is only as fine as its operands. Another
    table's cell of the same row, year and kind counts when it rounds to the cell at the cell's own precision."""
    if not cell.unit.is_money:
        return cell
    best, step = cell, _step(cell.value) * cell.unit.factor  # the cell's last written digit, in kronor
    for table in tables:
        if table.id == cell.table_id or not table.unit.is_money or cell.column.year not in table.years:
            continue
        try:
            other = execute(asked, (table,), doc_year).cells
        except Refusal:
            continue
        if len(other) != 1 or not other[0].unit.is_money:
            continue
        found = other[0]
        if found.column.year != cell.column.year or family(found.column.kind or "") != family(cell.column.kind or ""):
            continue
        own = _step(found.value) * found.unit.factor
        if own < _step(best.value) * best.unit.factor and abs(found.kronor - cell.kronor) * 2 <= step:
            best = found
    return best


def _step(value: Decimal) -> Decimal:
    """The place of a figure's last written digit ("236,5": 0,1; "236 450": 1)."""
    return Decimal(1).scaleb(min(int(value.as_tuple().exponent), 0))


def _sizes_of_one_cost(a: Cell, b: Cell) -> bool:
    """Two tables write one cost with opposite signs (the interim report's "Socialnämnden 289,2", the budget's
    "Socialnämnden -294,0": a committee's net cost below zero, direction.signed_cost): they compare by size."""
    from assistant.budget.direction import names_body, names_cost, signed_cost

    return a.table_id != b.table_id and (a.value < 0) != (b.value < 0) \
        and any(signed_cost(c.row_label, [c.value], c.table_title) for c in (a, b)) \
        and all(names_body(c.row_label) or names_cost(c.row_label) or names_cost(c.table_title) for c in (a, b))


def _change(a: Cell, b: Cell, language: str, tables: tuple[Table, ...]) -> Outcome:
    """b - a in the finer of their units (tkr against mnkr: tkr, which writes both exactly), with the change in per
    cent beside it; of their sizes when two tables write one cost with opposite signs."""
    if _sizes_of_one_cost(a, b):
        a, b = replace(a, value=abs(a.value)), replace(b, value=abs(b.value))
    money = a.unit.is_money and b.unit.is_money
    unit = min((a.unit, b.unit), key=lambda u: u.factor) if money else b.unit
    first, last = (convert(c.value, c.unit, unit) if money else c.value for c in (a, b))
    diff = last - first
    pct = diff / first * Decimal(100) if first else Decimal(0)
    expr = (f"{format_value(last, unit, language)} - {format_value(first, unit, language)} = "
            f"{format_value(diff, unit, language)}; {format_value(pct, Unit.PERCENT, language)}")
    table = next(t for t in tables if t.id == b.table_id)
    return Outcome("change", diff, unit.value, (a, b), expr, table, ((pct, "%"),))

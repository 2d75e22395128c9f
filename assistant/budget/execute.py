"""Run a plan over the tables: a pure function returning the result, its unit, a readable trace and
the cells used. Refusals (selection.py) carry the exact reason in Swedish and English.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from assistant.budget.direction import larger_first
from assistant.budget.deviation import beside_deviation, beside_forecast, budget_and_deviation, states_percent
from assistant.budget.columns import (family, holds, kind_of_word, like_kind, moves_year, net_of_years, seen_as,
                                     span_column, whole_year_outcome)
from assistant.budget.kind_rows import kind_as_row
from assistant.budget.committees_measured import committees_measured
from assistant.budget.layout import months_covered
from assistant.budget.matching import (committee_mentions, names_same_thing, owned_by, stem, stems, table_kind_of,
                                       table_kinds, tokens)
from assistant.budget.numbers import format_number, format_value
from assistant.budget.plan import Plan
from assistant.budget.records import Cell, Row, Table, rounding_tolerance
from assistant.budget.yearless import TOTAL_COLUMNS
from assistant.budget.selection import (
    Refusal, choose_table, find_row, group_of_other_kind, kinds_of_one_column, measured_columns, named_columns, no_row,
    resolve_years, table_name,
    stated_per_unit, versions_of_year, without_measure_rows,
)
from assistant.budget.units import PER_UNIT, Unit, title_per

__all__ = ["Outcome", "Refusal", "decimals_of", "execute", "format_amount", "table_name"]

HUNDRED = Decimal(100)


@dataclass(frozen=True, slots=True)
class Outcome:
    operation: str
    result: Decimal
    unit: str  # "tkr", "%", "ggr" ...
    cells: tuple[Cell, ...]  # operands, in the order they enter the calculation
    expression: str  # the trace, formatted for `language`
    table: Table
    secondary: tuple[tuple[Decimal, str], ...] = ()  # e.g. the percent beside an absolute change
    ranking: tuple[tuple[str, Decimal], ...] = ()  # for max/min/rank: (row label, value) best first
    interpretation: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    denominator_label: str | None = None
    runner_up: Cell | None = None  # max/min over rows: the next row, said and cited beside the best (the margin)
    parts: int = 1  # share: how many of `cells` are parts added up (the rows of "juni-augusti"), the rest the whole
    months: int = 0  # mean per part of a year (Plan.per_months): the months the cells cover
    whole: Decimal | None = None  # a lookup of one project over every year its investment table holds: their sum


def format_amount(value: Decimal, unit: str, language: str, places: int | None = None) -> str:
    """A calculated value with its unit, in the answer's language ("7 990 tkr", "1,05 gånger")."""
    if unit == "ggr":
        number = format_number(value, 2, language)
        return f"{number} gånger" if language == "sv" else f"{number} times"
    return format_value(value, Unit(unit), language, places)


def _num(value: Decimal, language: str, places: int | None = None) -> str:
    if places is None:
        places = 0 if value == value.to_integral_value() else 1
    return format_number(value, places, language)


def decimals_of(table: Table) -> int | None:
    """The precision the table writes its figures in its unit with (None: whole numbers). A row naming its own
    measure ("Antal invånare", "Skattesats, kr" in a table of tkr) is written in its own precision: it sets the
    table's only when the table is read in that measure (the rows asked all count), and then the others do not."""
    places = 0
    money = [c.unit is None or c.unit is table.unit for c in table.columns]  # "Kronor av 100" in a table of kronor
    measured = [(r, table.row_measure(r)) for r in table.rows]
    own = [r for r, unit in measured if unit is table.unit]
    plain = [r for r, unit in measured if unit is None]
    for row in plain + own if table.unit.is_money else own or plain:
        for value, is_money in zip(row.values, money):
            if value is not None and is_money:
                exponent = value.as_tuple().exponent
                if isinstance(exponent, int):
                    places = max(places, -exponent)
    return places or None


def _value(table: Table, row: Row, year: int) -> Cell:
    index = table.column_index(year)
    cell = table.cell(row, index) if index is not None else None
    if cell is None:
        raise Refusal(f"{table_name(table).capitalize()} har inget värde för {row.label} {year}.",
                      f"The {table_name(table, 'en')} has no value for {row.label} in {year}.", table)
    return cell


def _kind_column(table: Table, kind: str, year: int | None) -> int | None:
    """The index of the column of this kind ("Budget", "Utfall" or its "Bokslut") for the year; in a table of that
    one year, its one column of the kind without a year of its own ("Budget 2025 | Prognos helår | Avvikelse": the
    deviation is 2025's); None as the year reads a table of no years by its columns of no year."""
    dated = next((i for i, c in enumerate(table.columns) if c.year == year and family(c.kind) == kind), None)
    if dated is not None or year is None:
        return dated
    yearless = [i for i, c in enumerate(table.columns) if c.year is None and family(c.kind) == kind]
    if set(table.years) != {year}:  # "Budget 2024 | Utfall 2024 | Avvikelse | Utfall 2023": the deviation right
        # after two kinds of 2024 is 2024's
        yearless = [i for i in yearless if _year_before(table, i) == year]
    return yearless[0] if len(yearless) == 1 else None


def _year_before(table: Table, at: int) -> int | None:
    """The one year of the run of dated columns right before the column at `at`, when that run holds two kinds or
    more of it (what a yearless deviation set after them compares); None otherwise."""
    run = []
    for column in reversed(table.columns[:at]):
        if column.year is None:
            break
        run.append(column)
    years = {c.year for c in run}
    return years.pop() if len(years) == 1 and len({family(c.kind) for c in run}) >= 2 else None


def _of_whole_years(plan: Plan, table: Table, cells: tuple[Cell, ...]) -> None:
    """Figures of a year of a kind the question names ("prognosen 2025 jämfört med utfallet 2024", "sämre än budgeten
    för 2024") are the year's whole figures: a column covering only some months ("Utfall jan–aug 2024") is no year's
    outcome unless the question names months. Raises Refusal (absent: the year's figure is read where it is stated
    whole)."""
    if plan.months:
        return
    for cell in cells:
        if months_covered(cell.column.label) < 12:
            raise Refusal(f"{table_name(table).capitalize()} har för {cell.column.year} bara {cell.column.label}, "
                          f"inte helåret.",
                          f"The {table_name(table, 'en')} has only {cell.column.label} for {cell.column.year}, "
                          f"not the whole year.", table)


def _change_of_cells(op: str, a: Cell, b: Cell, table: Table, num: Callable[[Decimal], str],
                     fmt: Callable[[Decimal, str], str], interp: list[str]) -> Outcome:
    """The change from cell a to cell b, in money and per cent."""
    u = table.unit.value
    diff = b.value - a.value
    pct = diff / a.value * HUNDRED if a.value else Decimal(0)
    expr = f"{num(b.value)} - {num(a.value)} = {fmt(diff, u)}; {num(diff)} / {num(a.value)} = {fmt(pct, '%')}"
    if op == "percent_change":
        return Outcome(op, pct, "%", (a, b), expr, table, ((diff, u),), interpretation=tuple(interp))
    return Outcome(op, diff, u, (a, b), expr, table, ((pct, "%"),), interpretation=tuple(interp))


def kinds_compared(table: Table, row: Row | None, kinds: tuple[str, ...], years: tuple[int, ...]
                   ) -> tuple[Cell, Cell] | None:
    """A row's cells in two kinds of column of one year ("procent över budget enligt prognosen": Budget 2026
    and Prognos 2026), the budget (else the kind named first) the reference; None unless exactly one year
    holds both."""
    if row is None or len(kinds) != 2 or len(set(years)) >= 2:  # two years: the years choose the columns
        return None
    reference, other = sorted(kinds, key=lambda k: k != "Budget")
    yearless = not years and not table.years  # "Begärt belopp", "Beviljat belopp": columns of no year
    if other == "" and (len(years) == 1 or yearless):
        # "högre än riket" where no plain column stands beside "Riket 2023": the one other column of the year
        # ("Dorotea 2023") is the figure held against it; "mindre än vad de begärde": the table's other kind
        year = years[0] if years else None
        others = {family(c.kind) for c in table.columns if c.year == year and c.kind and family(c.kind) != reference}
        if len(others) == 1 and "" not in others:
            other = others.pop()
    both = [y for y in (years if len(years) == 1 else (None,) if yearless else table.years)
            if _kind_column(table, reference, y) is not None and _kind_column(table, other, y) is not None]
    if len(both) != 1:
        return None
    a = table.cell(row, _kind_column(table, reference, both[0]))  # type: ignore[arg-type]
    b = table.cell(row, _kind_column(table, other, both[0]))  # type: ignore[arg-type]
    return (a, b) if a is not None and b is not None else None


def _per_unit_row(table: Table, row: Row) -> bool:
    """The row's figures are shares or amounts per unit, which do not add up over years: in per cent, in kronor in a
    table of thousands or millions ("Skattesats (kr)" among key figures in mnkr), or per something ("Nettokostnad
    per invånare")."""
    measure = table.row_measure(row) or table.unit
    return measure is Unit.PERCENT or (measure is Unit.KR and table.unit is not Unit.KR) or bool(
        PER_UNIT.search(row.label))


def _kinds_of_title(plan: Plan, table: Table) -> Plan:
    """A kind the question says that the table's title says and no column of it holds is the whole table's ("i
    budgeten per verksamhet 2025" of "Budget 2025 per verksamhet", whose columns are Intäkter, Kostnader,
    Nettokostnad): no column to read, the other kind said is."""
    def titled(kind: str) -> bool:
        return not holds(table, kind, ()) and any(
            (k := kind_of_word(w)) is not None and family(k) == family(kind) for w in tokens(table.title or ""))

    kinds = tuple(k for k in plan.kinds if not titled(k))
    column = plan.column_kind
    if column is not None and titled(column):
        column = None
    if len(kinds) == 1:  # two kinds said, one of them the title's: the other is the column read
        column, kinds = kinds[0], ()
    if kinds == plan.kinds and column == plan.column_kind:
        return plan
    return replace(plan, kinds=kinds, column_kind=column)


def _label(cell: Cell) -> str:
    return f"{cell.row_label} {cell.column.label}"


def _row_of_kinds(plan: Plan, tables: tuple[Table, ...]) -> Plan:
    """Two kinds of column held against each other ("prognosen för årets resultat ligger under budget") for a row
    no table with both kinds holds: the row of such a table whose label holds every word the question named it by
    ("Periodens/årets resultat" for "årets resultat", which named "Årets resultat enligt resultaträkningen" of a
    table of outcome and forecast only). The plan as it was when none or several labels do."""
    if len(plan.kinds) != 2 or len(plan.rows) != 1 or len(plan.said) != 1:
        return plan
    # a kind "" is the table's other column beside the one named ("mindre än vad de begärde": not "Begärt belopp")
    both = [t for t in tables if all(holds(t, k, plan.years) for k in plan.kinds if k)
            and ("" not in plan.kinds or len({family(c.kind) for c in t.columns}) >= 2)]
    if not both or any(find_row(t, plan.rows[0]) for t in both):
        return plan
    said = set(stems(plan.said[0]))
    labels = {r.label for t in both for r in t.rows if said and said <= set(stems(r.label))}
    shortest = sorted(labels, key=lambda label: (len(stems(label)), label))
    if not shortest:
        # the table is the row's own, its title naming it ("Tilläggsanslag till individ- och familjeomsorgsnämnden
        # 2024" of the row "Individ- och familjeomsorg"): its grand total is the row's figure
        titled = [t for t in both if _titled_by_row(t.title, plan.rows[0])]
        totals = [r.label for r in titled[0].rows if r.is_total and not r.sections] if len(titled) == 1 else []
        return replace(plan, rows=(totals[0],)) if len(totals) == 1 else plan
    if (len(shortest) > 1 and len(stems(shortest[0])) == len(stems(shortest[1]))
                        and _values_of(both, shortest[0]) != _values_of(both, shortest[1])):
        return plan
    return replace(plan, rows=(shortest[0],))


def _titled_by_row(title: str, row: str) -> bool:
    """Every word of the row's label opens a word of the title ("familjeomsorg" of "familjeomsorgsnämnden")."""
    words = [stem(w) for w in tokens(row) if len(w) > 2 and w.isalpha()]
    said = [w.lower() for w in tokens(title)]
    return bool(words) and all(any(t.startswith(w) for t in said) for w in words)


def _values_of(tables: list[Table], label: str) -> set[tuple[Decimal | None, ...]]:
    return {r.values for t in tables for r in t.rows if r.label == label}


def _sections_as_parts(plan: Plan, tables: tuple[Table, ...]) -> Plan:
    """A figure asked for a section that has no row of its own ("investeringarna inom tekniska nämnden"
    over its projects): the sum of its parts, each cited."""
    if len(plan.rows) != 1 or plan.operation not in (None, "lookup", "sum"):
        return plan
    name = plan.rows[0]
    kinded = tuple(t for t in tables if table_kind_of(t) == plan.table_kind) if plan.table_kind else tables
    if any(find_row(t, name) for t in kinded):
        return plan
    for table in kinded:
        parts = [r.label for r in table.rows if r.sections and stems(r.sections[-1]) == stems(name) and not r.is_total]
        # else the rows that list it among their attributes: the projects of a committee ("..., BUN, ...")
        parts = parts or [r.label for r in table.rows if not r.is_total and owned_by(r.label, name)]
        if parts:
            dimensions = {label: _dimension(table, label) for label in parts}
            if len(set(dimensions.values())) > 1:
                # a section of key figures in several units ("Resultat": "Årets resultat" in mnkr and "Resultat i %
                # av skatter och bidrag"): no sum of parts; the figure in the dimension asked
                asked = "%" if plan.percent else "money"
                parts = [label for label in parts if dimensions[label] == asked]
                if len(parts) == 1:
                    return replace(plan, rows=tuple(parts), operation=plan.operation or "lookup")
                if not parts:
                    continue
            return replace(plan, rows=tuple(parts), operation="sum")
    return plan


def _section_as_whole(plan: Plan, tables: tuple[Table, ...]) -> Plan:
    """A share of a section that has no row of its own in the table holding the part ("hur stor andel av
    socialnämndens nettokostnad är hemtjänsten" over "Socialnämnden" / "Hemtjänst" / ..., or a section written "ON"):
    the whole is the sum of the section's rows, each cited; a part among them is named again as the part."""
    if plan.operation != "share" or not plan.denominator or plan.denominator_with or plan.year_range:
        return plan
    kinded = tuple(t for t in tables if table_kind_of(t) == plan.table_kind) if plan.table_kind else tables
    if any(all(find_row(t, r) for r in plan.rows) for t in kinded):
        return plan
    others = [r for r in plan.rows if r != plan.denominator]
    key = stems(plan.denominator)
    for table in kinded:
        if not others or find_row(table, plan.denominator) is not None or not all(find_row(table, r) for r in others):
            continue
        parts = [r.label for r in table.rows if r.sections and stems(r.sections[-1]) == key and not r.is_total]
        if len(parts) >= 2:
            part = others[0] if len(others) == 1 and others[0] in parts else plan.part
            return replace(plan, rows=tuple(dict.fromkeys([*others, *parts])), denominator=parts[0],
                           denominator_with=tuple(parts[1:]), part=part)
    return plan


def _section_named(table: Table, labels: Sequence[str]) -> str | None:
    """The section whose every row `labels` are, when they are two or more: the name of their sum."""
    rows = [r for r in table.rows if r.label in labels]
    sections = {r.sections[-1] for r in rows if r.sections}
    if len(labels) < 2 or len(rows) != len(labels) or len(sections) != 1 or not all(r.sections for r in rows):
        return None
    section = sections.pop()
    every = {r.label for r in table.rows if r.sections and r.sections[-1] == section and not r.is_total}
    return section if every == set(labels) else None


def _one_dimension(cells: Sequence[Cell], table: Table) -> None:
    """Refuses to add figures of different dimensions (kronor and per cent): their sum means nothing."""
    if len({c.unit.dimension for c in cells}) > 1:
        names = ", ".join(dict.fromkeys(f"{c.row_label} ({c.unit.value})" for c in cells))
        raise Refusal(f"Raderna mäter olika saker och kan inte läggas ihop: {names}.",
                      f"The rows measure different things and cannot be added: {names}.", table)


def _dimension(table: Table, label: str) -> str | None:
    """The dimension of a row's figures (Unit.dimension of its first cell), None when it holds none."""
    row = find_row(table, label)
    cells = [table.cell(row, i) for i in range(len(table.columns))] if row is not None else []
    return next((c.unit.dimension for c in cells if c is not None), None)


# operations that add the rows they name: a total beside its own parts would count them twice
ADDING = ("sum", "change", "percent_change", "mean", "mean_change")


def _totals_of_parts(plan: Plan, tables: tuple[Table, ...]) -> Plan:
    """A total named beside a row it sums, in an operation that adds the rows named ("socialnämndens nettokostnad
    öka": "Socialnämnden" and "Summa verksamhetens nettokostnader", named by the table's measure): the total's word
    names what the part's figures are, not a row to add (the part would be counted twice). A share or difference
    holds them against each other and keeps both."""
    if plan.operation not in ADDING or len(plan.rows) < 2:
        return plan
    for table in tables:
        found = {name: find_row(table, name) for name in plan.rows}
        if any(row is None for row in found.values()):
            continue
        order = {id(row): i for i, row in enumerate(table.rows)}
        totals = {name for name, total in found.items() if total.is_total and any(
            not part.is_total and order[id(part)] < order[id(total)] and part.sections[:len(total.sections)] ==
            total.sections for part in found.values())}  # type: ignore[union-attr]
        if totals:
            return replace(plan, rows=tuple(r for r in plan.rows if r not in totals),
                           said=tuple(s for r, s in zip(plan.rows, plan.said) if r not in totals)
                           if len(plan.said) == len(plan.rows) else plan.said)
    return plan


def _share_across(plan: Plan, tables: tuple[Table, ...]) -> Outcome | None:
    """A share of a whole another table of the same document holds ("hur stor andel av skatteintäkterna går till
    barn- och utbildningsnämnden": the committee in the operating budget, the taxes in the income statement) in
    the one year asked, both sums of money; the whole is said in the part's unit. None when one table holds both
    rows, or the year, the whole or a table for either is not plain."""
    if plan.operation != "share" or len(plan.rows) != 2 or len(plan.years) != 1 or plan.year_range or plan.kinds:
        return None
    if plan.denominator not in plan.rows or any(all(find_row(t, r) for r in plan.rows) for t in tables):
        return None
    year = plan.years[0]
    part_name = next(r for r in plan.rows if r != plan.denominator)

    def holding(name: str) -> list[Table]:
        return [t for t in tables if t.unit.is_money and year in t.years and find_row(t, name) is not None
                and (not plan.column_kind or holds(t, plan.column_kind, (year,)))]

    # the part's operating budget before its investments (a committee is in both); the whole as every table of the
    # part's document states it, when they agree ("Skatteintäkter" of the tax table and of the income statement)
    parts = sorted(holding(part_name), key=lambda t: table_kind_of(t) != "drift")
    if not parts or table_kind_of(parts[0]) == table_kind_of(parts[-1]) and len(parts) > 1:
        return None
    part_table = parts[0]
    own_total = part_table.total_row()
    if own_total is not None and table_kind_of(part_table) in table_kinds(plan.denominator):
        # "andel av investeringarna": the whole is the total of the part's own investment budget, not the same
        # word's row in another statement (the cash flow's "Investeringar")
        whole_table, whole = part_table, _value(part_table, own_total, year)
    else:
        wholes = [t for t in holding(plan.denominator) if t.doc_path == part_table.doc_path]
        stated = [_value(t, find_row(t, plan.denominator), year) for t in wholes]  # type: ignore[arg-type]
        if not stated or len({c.kronor for c in stated}) != 1:
            return None
        whole_table, whole = wholes[0], stated[0]
    part = _value(part_table, find_row(part_table, part_name), year)  # type: ignore[arg-type]
    if not part.unit.is_money or not whole.unit.is_money or whole.kronor == 0:
        return None
    whole = replace(whole, value=whole.kronor / part.unit.factor, unit=part.unit)  # in the part's unit
    share = abs(part.kronor) / abs(whole.kronor) * HUNDRED
    lang = plan.language
    places = decimals_of(part_table)
    expr = (f"{_num(abs(part.value), lang, places)} / {_num(abs(whole.value), lang, places)} = "
            f"{format_amount(share, '%', lang)}")
    return Outcome("share", share, "%", (part, whole), expr, part_table, denominator_label=whole.row_label,
                   interpretation=(f"across:{whole_table.title}",) if whole_table is not part_table else ())


def _deviation_held(plan: Plan, tables: tuple[Table, ...]) -> None:
    """A share, sum or ranking of a deviation ("hur stor del av socialnämndens underskott gäller IFO") needs the
    deviation of each row: a table holding the rows with a deviation column, or with a budget and an outcome to
    compute it from. Raises Refusal when no table holding one of the rows asked has either (a share of the budget's
    net costs is none of the deviation asked); a single deviation looked up is judged with its table (execute)."""
    if plan.column_kind != "Avvikelse" or plan.operation in (None, "lookup") or not plan.rows:
        return

    def deviates(t: Table) -> bool:
        return holds(t, "Avvikelse", ()) or (holds(t, "Budget", ()) and holds(t, "Utfall", ()))

    for row in plan.rows:
        holding = [t for t in tables if find_row(t, row) is not None]
        if holding and not any(deviates(t) for t in holding):
            break
    else:
        return
    raise _no_deviation_column(holding[0])


def _no_deviation_column(table: Table) -> Refusal:
    """The refusal of a deviation asked of a table with no deviation column (nor a budget and an outcome)."""
    columns = ", ".join(c.label for c in table.columns)
    return Refusal(f"{table_name(table).capitalize()} har ingen kolumn för avvikelse (över- eller underskott); "
                   f"kolumnerna är: {columns}.",
                   f"The {table_name(table, 'en')} has no deviation (surplus or deficit) column; its columns are: "
                   f"{columns}.", table)


def execute(plan: Plan, tables: tuple[Table, ...], doc_year: int | None = None) -> Outcome:
    """Pure: the same plan over the same tables gives the same outcome."""
    stated = stated_per_unit(plan, tables)
    if stated is not None:  # "per invånare" of a table of kronor per invånare: its figures as they stand
        plan, tables = stated
    if plan.operation == "per" and plan.denominator:
        return _per_unit(plan, tables, doc_year)
    _deviation_held(plan, tables)
    across = _share_across(plan, tables)
    if across is not None:
        return across
    plan = _totals_of_parts(plan, tables)
    measured = committees_measured(plan, tables)  # "nämndernas totala nettokostnad": "Summa nämnder"
    if measured is not None:
        plan, tables = measured
    plan = kind_as_row(plan, tables)  # "investerade 2021–2023" beyond the investment budget: "Nettoinvesteringar"
    plan, measure, titled = without_measure_rows(plan, tables)
    tables = titled or tables
    plan = group_of_other_kind(_section_as_whole(_sections_as_parts(_row_of_kinds(plan, tables), tables), tables),
                               tables)
    table, kind_note = choose_table(plan, tables)
    plan = _kinds_of_title(plan, table)
    plan, one_column = kinds_of_one_column(plan, table)
    table = measured_columns(measured_columns(table, measure), one_column)
    if plan.operation in (None, "lookup") and not plan.kinds:  # one figure asked: the year's column its words name
        table = named_columns(table, plan.topic, plan.column_kind)
    read = table  # every column, before the asked kind narrows them: a forecast's budget and deviation stay
    table = seen_as(table, None if plan.kinds else plan.column_kind, plan.years)  # two kinds: both columns stay
    if plan.column_kind is None and not plan.kinds and plan.asks_change:
        table = seen_as(table, like_kind(table), plan.years)  # a change between years: the same kind of column
    elif plan.column_kind is None and not plan.kinds:  # no kind asked: a year's outcome, when the table has it; a
        # figure still expected ("väntas bli"): the forecast, when the table has one for the year
        expected = "Prognos" if plan.expected and holds(table, "Prognos", plan.years) else None
        table = seen_as(table, expected or whole_year_outcome(table, plan.years), plan.years)
    if not plan.kinds:  # "Intäkter | Kostnader | Nettokostnad" of one year, none asked: the net is the row's figure
        table = net_of_years(table, plan.column_kind, plan.topic)
    for name in plan.unknown:
        raise no_row(table, name)
    years, year_notes = resolve_years(plan, table, doc_year)
    interp = list(kind_note) + list(year_notes)
    rows = [find_row(table, r) for r in plan.rows]
    rows = spanned_rows(table, [r for r in rows if r is not None], plan.spans)
    op = plan.operation or "lookup"
    lang = plan.language
    measures = {table.row_measure(r) for r in rows}
    if rows and len(measures) == 1 and None not in measures and table.unit not in measures:
        own = measures.pop()  # rows that measure their own way ("Soliditet, %"): the answer is in their unit
        table = replace(table, unit=own, stated_unit=own, unit_note=None)
    columns = {table.columns[i].unit for y in years if (i := table.column_index(y)) is not None} if years else {
        c.unit for c in table.columns}  # no year asked: every column is read
    if len(columns) == 1 and (own := columns.pop()) is not None and own is not table.unit:
        # the asked columns are % or counts, or money in a unit of their own ("Kr per invånare 2025" in a mnkr table)
        table = replace(table, unit=own, stated_unit=own, unit_note=None)
    u = table.unit.value
    first_year = table.years[0]
    places = decimals_of(table)

    def num(value: Decimal) -> str:
        return _num(value, lang, places)

    def fmt(value: Decimal, unit: str) -> str:
        return format_amount(value, unit, lang, places if unit == u else None)

    def need_year() -> int:
        if years:
            return years[0]
        interp.append(f"year:{first_year}")
        return first_year

    def data_rows() -> list[Row]:
        # "vilket projekt är störst?": every item of a grouped table, not the totals of its groups
        every = [r for r in table.rows if not r.is_total] if plan.items_only else table.top_rows()
        rows = [r for r in every if r.label not in plan.excluded]
        if plan.excluded and f"without:{'|'.join(plan.excluded)}" not in interp:
            interp.append(f"without:{'|'.join(plan.excluded)}")
        committees = [r for r in rows if committee_mentions(r.label)]
        if plan.committees_only:
            named = committee_rows(table, plan.excluded)
            if len(named) >= 2:
                return named
        return committees if plan.committees_only and len(committees) >= 2 else rows

    def read_row(row: Row) -> Row | None:
        """The row as the table read it with every column (`read`), before the asked kind narrowed them."""
        at = next((i for i, r in enumerate(table.rows) if r is row), None)
        return read.rows[at] if at is not None and len(read.rows) == len(table.rows) else None

    def total_of(year: int) -> Cell:
        total = table.total_row()
        if total is None:
            raise Refusal(f"{table_name(table).capitalize()} har ingen summarad.",
                          f"The {table_name(table, 'en')} has no total row.", table)
        return _value(table, total, year)

    pair = kinds_compared(table, rows[0] if rows else table.total_row(), plan.kinds, years) \
        if len(rows) <= 1 and (op in ("change", "percent_change", "difference", "share") or plan.percent) else None
    if pair is not None:  # one figure against another kind of column of its year: the forecast against the budget
        a, b = pair
        if op == "share":
            # income as a share of costs written negative: their sizes (a deviation below a budget stays negative)
            sizes = a.value < 0 < b.value
            part, whole = (abs(b.value), abs(a.value)) if sizes else (b.value, a.value)
            share = part / whole * HUNDRED if whole else Decimal(0)
            said = f"|{num(b.value)}| / |{num(a.value)}|" if sizes else f"{num(b.value)} / {num(a.value)}"
            expr = f"{said} = {fmt(share, '%')}"
            return Outcome("share", share, "%", (b, a), expr, table, interpretation=tuple(interp),
                           denominator_label=a.column.label)
        changed = "percent_change" if op == "percent_change" or plan.percent else "change"
        return _change_of_cells(changed, a, b, table, num, fmt, interp)

    if op == "difference" and len(rows) <= 1 and len(plan.kinds) == 2 and "" not in plan.kinds \
            and len(set(years)) <= 1:
        # "bättre än prognosen" where the table holds the row's figure of one of the two kinds only: the other is
        # read where it is held (budget/year_kinds.each_kinds_figure), not this table's one figure
        raise Refusal(f"{table_name(table).capitalize()} har inte både {' och '.join(k.lower() for k in plan.kinds)} "
                      f"för {years[0] if years else 'året'}.",
                      f"The {table_name(table, 'en')} does not hold both {' and '.join(k.lower() for k in plan.kinds)}"
                      f" for {years[0] if years else 'the year'}.", table)

    if op in ("change", "percent_change") and len(rows) <= 1 and not (not rows and plan.measure == "change"):
        row = rows[0] if rows else table.total_row()
        if row is None:
            raise Refusal("Frågan anger ingen rad.", "The question names no row.", table, reason="no_row")
        versions = versions_of_year(table, plan.years[0]) if len(plan.years) == 1 and not plan.kinds \
            and not plan.onward and not plan.relative_year else []
        if versions:  # "har det ändrats sen dess?": the year's figure as first decided and as decided later
            a, b = (table.cell(row, i) for i in (versions[0], versions[-1]))
            if a is not None and b is not None:
                return _change_of_cells(op, a, b, table, num, fmt, interp)
        if len(years) >= 2:
            y0, y1 = min(years), max(years)
        elif len(years) == 1 and years[0] != first_year:
            y0, y1 = table.years[table.years.index(years[0]) - 1], years[0]
            interp.append(f"from:{y0}")
        else:
            y0, y1 = first_year, table.years[-1]
            interp.append(f"span:{y0}:{y1}")
        if y0 == y1:  # "Ram 2025" alone: a table of one year holds no change of it
            raise Refusal(f"{table_name(table).capitalize()} har bara {y0}; en förändring behöver två år.",
                          f"The {table_name(table, 'en')} holds only {y0}; a change needs two years.", table)
        a, b = _value(table, row, y0), _value(table, row, y1)
        if len(plan.kinds) == 2:  # each year's figure of its own kind
            _of_whole_years(plan, table, (a, b))
        return _change_of_cells(op, a, b, table, num, fmt, interp)

    if op == "mean_change":
        row = rows[0] if rows else table.total_row()
        if row is None:
            raise Refusal("Frågan anger ingen rad.", "The question names no row.", table, reason="no_row")
        y0, y1 = (min(years), max(years)) if len(years) >= 2 else (first_year, table.years[-1])
        if y1 == y0:
            raise Refusal("En förändring per år behöver två år.", "A change per year needs two years.", table)
        if len(years) < 2:
            interp.append(f"span:{y0}:{y1}")
        a, b = _value(table, row, y0), _value(table, row, y1)
        per_year = (b.value - a.value) / (y1 - y0)
        expr = f"({num(b.value)} - {num(a.value)}) / ({y1} - {y0}) = {fmt(per_year, u)}"
        return Outcome(op, per_year, u, (a, b), expr, table, interpretation=tuple(interp))

    if op in ("change", "percent_change") and len(rows) >= 2 and len(set(years)) >= 2:
        return _change_of_sum(op, table, rows, (min(years), max(years)), num, fmt, interp)

    if op == "difference" and len(rows) == 2 and plan.net:
        spanned = plan.year_range and len(set(years)) >= 2
        return _net(table, rows, years if spanned else (need_year(),), num, fmt, interp)

    if op == "difference" and len(rows) == 2 and plan.year_range and len(set(years)) >= 2:
        return _difference_of_sums(table, rows, years, num, fmt, interp)

    if op in ("difference", "ratio", "change", "percent_change") and len(rows) >= 2:
        if plan.denominator and plan.denominator in plan.rows and op == "ratio":
            rows = [r for r in rows if r.label != plan.denominator] + [find_row(table, plan.denominator)]  # type: ignore[list-item]
        year = need_year()
        a, b = _value(table, rows[0], year), _value(table, rows[1], year)
        if op == "ratio":
            if b.value == 0:
                raise Refusal(f"{b.row_label} är 0 {year}; kvoten finns inte.", f"{b.row_label} is 0 in {year}.", table)
            result = a.value / b.value
            expr = f"{num(a.value)} / {num(b.value)} = {fmt(result, 'ggr')}"
            return Outcome("ratio", result, "ggr", (a, b), expr, table, interpretation=tuple(interp))
        big, small = larger_first(a, b)
        diff = abs(big.value - small.value)
        sizes = big.value < small.value  # costs below zero: the larger is the more negative
        expr = (f"|{num(big.value)}| - |{num(small.value)}| = {fmt(diff, u)}" if sizes else
                f"{num(big.value)} - {num(small.value)} = {fmt(diff, u)}")
        return Outcome("difference", diff, u, (a, b), expr, table, interpretation=tuple(interp))

    if op == "share" and plan.year_range and len(years) >= 2:
        span = span_column(table, years)  # the table's own column for the years ("Totalt 2026–2028"), else each year
        return _share_over_span(table, rows, plan,
                                (lambda r: [c] if (c := table.cell(r, span)) is not None else []) if span is not None
                                else (lambda r: [_value(table, r, y) for y in years]), num, fmt, interp)

    if op == "share":
        year = need_year()
        denominator_row = find_row(table, plan.denominator) if plan.denominator else None
        if denominator_row is None and len(rows) >= 2:
            denominator_row = next((r for r in rows if r.is_total), None)
        joined = [r for r in (find_row(table, n) for n in plan.denominator_with) if r is not None] \
            if denominator_row is not None else []
        in_whole = {r.label for r in [denominator_row, *joined] if r is not None}
        numerators = [r for r in rows if r.label not in in_whole]
        if not numerators and plan.part is not None and (part := find_row(table, plan.part)) is not None:
            numerators = [part]  # a row of the whole, named again as the part
        if not numerators:
            raise Refusal("Frågan anger ingen rad att räkna andelen för.", "The question names no row.", table,
                          reason="no_row")
        parts = [_value(table, r, year) for r in numerators]  # several rows named: their sum is the part
        part = parts[0] if len(parts) == 1 else replace(parts[0], value=sum((c.value for c in parts), Decimal(0)))
        if denominator_row is None and plan.committees_only:  # "nämndernas totala ram": the committees' own sum
            denominator_row = committees_total(table, year)
        wholes = [_value(table, r, year) for r in [denominator_row, *joined]] if denominator_row else [
            _value(table, whole, year) if (whole := covering_total(table, numerators)) else total_of(year)]
        stated = [c for r in rows if (c := _value(table, r, year)).unit is Unit.PERCENT] if len(rows) >= 2 else []
        if len(stated) == 1 and len(parts) + len(wholes) > 1:
            # "resultatet i procent av skatter och bidrag" beside its own row ("Resultat i % av skatter och bidrag"):
            # the share is stated, not computed from the rows in money
            cell, own = stated[0], Unit.PERCENT
            return Outcome("lookup", cell.value, own.value, (cell,), f"{_label(cell)}: {fmt(cell.value, own.value)}",
                           replace(table, unit=own, stated_unit=own, unit_note=None), interpretation=tuple(interp))
        if any(c.unit is Unit.PERCENT for c in (*parts, *wholes)):  # rates are no parts of a sum: 7,9 % of 7,5 %
            raise Refusal(f"{table_name(table).capitalize()} anger procentsatser, inga delar av en summa.",
                          f"The {table_name(table, 'en')} states rates, not parts of a sum.", table, reason="no_row")
        whole_value = sum((c.value for c in wholes), Decimal(0))
        label = _section_named(table, [c.row_label for c in wholes]) or " + ".join(c.row_label for c in wholes)
        if whole_value == 0:
            raise Refusal(f"{label} är 0 {year}.", f"{label} is 0 in {year}.", table)
        below = f"({' + '.join(num(c.value) for c in wholes)})" if len(wholes) > 1 else num(whole_value)
        if (part.value < 0) != (whole_value < 0):  # a cost as a share of income: their sizes
            share = abs(part.value) / abs(whole_value) * HUNDRED
            expr = f"|{num(part.value)}| / |{below}| = {fmt(share, '%')}"
        else:
            share = part.value / whole_value * HUNDRED
            expr = f"{num(part.value)} / {below} = {fmt(share, '%')}"
        if len(parts) > 1:
            expr = f"{' + '.join(num(c.value) for c in parts)} = {num(part.value)}; {expr}"
        return Outcome("share", share, "%", (*parts, *wholes), expr, table, interpretation=tuple(interp),
                       denominator_label=label, parts=len(parts))

    if op in ("max", "min", "rank"):
        direction = 1
        if not rows and plan.by_year and op != "rank" and table.total_row() is not None:
            rows = [table.total_row()]  # "Vilket år är investeringarna lägst?"
        if len(rows) == 1 and not plan.by_year and table.parts_of(rows[0]):
            whole = rows[0]
            rows = list(table.parts_of(whole))  # "vilken verksamhet inom socialnämnden": its parts
            if op in ("max", "min") and not plan.sign and _negative(table, whole, years):
                direction = -1  # the largest part of a deficit is the most negative one: it makes up most of it
        if len(rows) == 1 and op != "rank":  # which year is largest for one row
            cells = [_value(table, rows[0], y) for y in (years or table.years)]
            ranked = sorted(cells, key=lambda c: c.value, reverse=(op == "max"))
            best = ranked[0]
            ranking = tuple((c.column.label, c.value) for c in ranked)
            expr = (("max" if op == "max" else "min") + "(" + ", ".join(num(c.value) for c in cells)
                    + f") = {fmt(best.value, u)} ({best.column.label})")
            return Outcome(op, best.value, u, (best,), expr, table, ranking=ranking, interpretation=tuple(interp))
        candidates = rows if len(rows) >= 2 else data_rows()
        if plan.measure == "change":
            y0, y1 = (years[0], years[-1]) if len(years) >= 2 else (first_year, table.years[-1])
            if len(years) < 2:
                interp.append(f"span:{y0}:{y1}")
            scored = [(r, _value(table, r, y0), _value(table, r, y1)) for r in candidates]

            def growth(t: tuple) -> Decimal:  # "störst procentuell ökning": ranked by the change relative to its start
                return (t[2].value - t[1].value) / abs(t[1].value) if t[1].value else Decimal(0)

            key = growth if plan.percent else (lambda t: t[2].value - t[1].value)
            scored.sort(key=key, reverse=(op != "min"))
            ranking = tuple((r.label, b.value - a.value) for r, a, b in scored)
            r, a, b = scored[0]
            diff = b.value - a.value
            expr = (f"{r.label}: {num(b.value)} - {num(a.value)} = {fmt(diff, u)}")
            secondary: tuple[tuple[Decimal, str], ...] = ()
            if a.value:  # the change in percent beside the change itself, as for one row's change
                pct = diff / a.value * HUNDRED
                expr += f"; {num(diff)} / {num(a.value)} = {fmt(pct, '%')}"
                secondary = ((pct, "%"),)
            used = tuple(c for _, a2, b2 in scored[: (plan.top_n or 1) if op == "rank" else 1] for c in (a2, b2))
            runner_up = scored[1][2] if op != "rank" and len(scored) >= 2 else None
            return Outcome(op, diff, u, used, expr, table, secondary, ranking=ranking, interpretation=tuple(interp),
                           runner_up=runner_up)
        year = need_year()
        cells = [_value(table, r, year) for r in candidates]
        if op in ("max", "min") and direction == 1 and not plan.sign and _reductions(cells):
            direction = -1  # a column of cuts ("Effektivisering": -3,4, -1,2, ...): the biggest cut is the most negative
        ranked = sorted(cells, key=lambda c: c.value * direction, reverse=(op != "min"))
        n = plan.top_n or (len(ranked) if op == "rank" else 1)
        chosen = ranked[:n]
        ranking = tuple((c.row_label, c.value) for c in ranked)
        if op == "rank":
            expr = " > ".join(f"{c.row_label} {num(c.value)}" for c in chosen)
        else:
            sought = op if direction == 1 else {"max": "min", "min": "max"}[op]  # of a deficit: the most negative
            expr = (f"{sought}(" + ", ".join(num(c.value) for c in cells) + f") = {fmt(chosen[0].value, u)}"
                    f" ({chosen[0].row_label})")
        runner_up = ranked[1] if op != "rank" and n == 1 and len(ranked) >= 2 else None
        return Outcome(op, chosen[0].value, u, tuple(chosen), expr, table, ranking=ranking,
                       interpretation=tuple(interp), runner_up=runner_up)

    if op == "filter" and plan.threshold is not None:
        year = need_year()
        limit = plan.threshold / table.unit.factor if plan.threshold_unit == "kr" else plan.threshold
        cells = [_value(table, r, year) for r in (rows or data_rows())]
        kept = sorted((c for c in cells if (c.value > limit if plan.above else c.value < limit)),
                      key=lambda c: c.value, reverse=True)
        sign = ">" if plan.above else "<"
        expr = (f"{fmt(limit, u)}: " + (", ".join(f"{c.row_label} {num(c.value)} {sign} {num(limit)}" for c in kept)
                                         or ("ingen rad" if lang == "sv" else "no row")))
        return Outcome("filter", Decimal(len(kept)), "st", tuple(kept), expr, table,
                       ranking=tuple((c.row_label, c.value) for c in kept), interpretation=tuple(interp),
                       secondary=((limit, u),))

    if op == "mean":
        if not rows and (plan.all_years or plan.by_year or (plan.year_range and len(years) >= 2)) \
                and not plan.committees_only and table.total_row() is not None:
            # "snittet per år över hela perioden", "genomsnittet per år 2021–2025": the table's total, year by year
            rows = [table.total_row()]
        if len(rows) == 1:
            ys = years or table.years
            if not years:
                interp.append(f"span:{ys[0]}:{ys[-1]}")
            cells = [_value(table, rows[0], y) for y in ys]
        else:
            year = need_year()
            cells = [_value(table, r, year) for r in (rows or data_rows())]
        total = sum((c.value for c in cells), Decimal(0))
        if plan.per_months and len(rows) == 1:
            # "i snitt per månad jan–aug": the figures over the months their columns cover, per part of the year
            months = sum(months_covered(c.column.label) for c in cells)
            mean = total / months * plan.per_months
            expr = (f"({' + '.join(num(c.value) for c in cells)}) / {months} × {plan.per_months} = {fmt(mean, u)}"
                    if plan.per_months != 1 else f"({' + '.join(num(c.value) for c in cells)}) / {months} = "
                                                 f"{fmt(mean, u)}")
            return Outcome("mean", mean, u, tuple(cells), expr, table, interpretation=tuple(interp), months=months)
        mean = total / len(cells)
        expr = (f"({' + '.join(num(c.value) for c in cells)}) / {len(cells)} = {fmt(mean, u)}")
        return Outcome("mean", mean, u, tuple(cells), expr, table, interpretation=tuple(interp))

    if op == "sum":
        # "nämnderna som gick med underskott": only the committees of that sign are summed, whichever rows name them
        of_sign = plan.sign if plan.of_sign and plan.committees_only else 0
        if plan.committees_only and rows and not any(committee_mentions(r.label) for r in rows):
            # "nämnderna och finansförvaltningen sammanlagt": the committees as one part beside the rows named, read
            # in the row that sums them ("Summa nämnder"), else each committee's row (a sum of some of them: each)
            whole = None if of_sign else committees_total(table, need_year())
            rows = [whole, *(r for r in rows if r is not whole)] if whole is not None else \
                [*committee_rows(table, plan.excluded), *rows]  # "Summa nämnder" named itself is added once
        if len(rows) >= 2:
            ys = years or (need_year(),)
            cells = [_value(table, r, y) for y in ys for r in rows]
            if of_sign:  # a section's committees ("Nämnder" over its parts): those of the sign asked
                cells = [c for c in cells if c.value * of_sign > 0]
                if not cells:
                    raise Refusal("Ingen rad har ett sådant värde.", "No row has such a value.", table)
        elif len(rows) == 1 and (not years or plan.all_years) and (own := _whole_of_row(table, rows[0])) is not None:
            # "den totala projektbudgeten", "totalt för hela projektet": the table's own column for a row's whole
            # ("Total projektbudget", "Totalt 2027–31"), which may hold years the table does not show
            return Outcome("lookup", own.value, u, (own,), f"{_label(own)}: {fmt(own.value, u)}", table,
                           interpretation=tuple(interp))
        elif len(rows) == 1:
            ys = years or table.years
            if len(ys) > 1 and _per_unit_row(read, rows[0]):  # the table as read, before the row set its unit
                raise Refusal(f"{rows[0].label} är en andel eller ett belopp per enhet: åren går inte att lägga ihop.",
                              f"{rows[0].label} is a share or an amount per unit: its years do not add up.", table)
            if not years and not plan.all_years:
                interp.append(f"span:{ys[0]}:{ys[-1]}")
            cells = [_value(table, rows[0], y) for y in ys]
        elif plan.sign and plan.committees_only and plan.of_sign:  # "det samlade underskottet för nämnderna som gick
            # back": the committees of that sign (the total row nets deficits against surpluses)
            ys = years or (need_year(),)
            cells = [c for y in ys for r in data_rows() if (c := table.cell(r, table.column_index(y)))  # type: ignore[arg-type]
                     is not None and c.value * plan.sign > 0]
            if not cells:
                raise Refusal("Ingen rad har ett sådant värde.", "No row has such a value.", table)
        elif plan.excluded and (kept := data_rows()):
            # "... om man räknar bort simhallen": the whole's other rows; over a plan period ("totalt 2025–2027")
            # each row's own whole ("Totalt"), else the one year asked
            wholes = [_whole_of_row(table, r) for r in kept] if len(years) != 1 else []
            if wholes and all(w is not None for w in wholes):
                cells = [w for w in wholes if w is not None]
            else:
                cells = [_value(table, r, need_year()) for r in kept]
        else:
            ys = years or (need_year(),)
            cells = [total_of(y) for y in ys]
        if len(cells) == 1:
            cell = cells[0]
            return Outcome("lookup", cell.value, u, (cell,), f"{_label(cell)}: {fmt(cell.value, u)}",
                           table, interpretation=tuple(interp))
        _one_dimension(cells, table)
        total = sum((c.value for c in cells), Decimal(0))
        expr = " + ".join(num(c.value) for c in cells) + f" = {fmt(total, u)}"
        return Outcome("sum", total, u, tuple(cells), expr, table, interpretation=tuple(interp))

    if op == "lookup" and plan.percent and plan.column_kind == "Avvikelse" and len(rows) == 1 and \
            not states_percent(read) and (full := read_row(rows[0])) is not None:
        # "med hur många procent överskred socialnämnden sin budget": the deviation as a share of the budget
        found = budget_and_deviation(read, full, need_year())
        if found is not None:
            budget, source, diff = found
            pct = diff / abs(budget.value) * HUNDRED
            expr = f"{num(diff)} / {num(budget.value)} = {fmt(pct, '%')}"
            return Outcome("deviation_share", pct, "%", (budget, source), expr, table, ((diff, u),),
                           interpretation=tuple(interp))
    whole = [] if rows else [r for r in (table.total_row(),) if r is not None]  # no row named: the table's whole
    if op == "lookup" and plan.column_kind == "Avvikelse" and len(rows or whole) == 1 and \
            not holds(table, "Avvikelse", ()):
        # "avvikelsen mot budget 2024" in a table without a deviation column: the outcome against the budget, or the
        # forecast when the verb expects the figure ("hur mycket lägre än budget väntas investeringarna bli")
        year = need_year()
        held = "Prognos" if plan.expected and _kind_column(table, "Prognos", year) is not None else "Utfall"
        pair = [_kind_column(table, kind, year) for kind in ("Budget", held)]
        if all(i is not None for i in pair):
            budget, outcome = (table.cell((rows or whole)[0], i) for i in pair)  # type: ignore[arg-type]
            if budget is not None and outcome is not None:
                _of_whole_years(plan, table, (outcome,))  # the year's deviation, not its first months'
                diff = outcome.value - budget.value
                expr = f"{num(outcome.value)} - {num(budget.value)} = {fmt(diff, u)}"
                return Outcome("deviation", diff, u, (budget, outcome), expr, table, interpretation=tuple(interp))
        # neither a deviation column nor a budget and an outcome to compare: another column is no deviation
        raise _no_deviation_column(table)

    # lookup
    if not rows:
        total = table.total_row()
        if total is None:  # "What is the income statement for 2022?": say which rows there are to ask about
            labels = ", ".join(r.label for r in table.rows)
            raise Refusal(f"Frågan anger ingen rad i {table_name(table)}; raderna är: {labels}.",
                          f"The question names no row of the {table_name(table, 'en')}; its rows are: {labels}.",
                          table, reason="no_row")
        rows = [total]
    if not years and len(rows) == 1 and not plan.all_years and (own := _whole_of_row(table, rows[0])) is not None:
        # "vad kostar renoveringen av simhallen?" (no year): the table's own column for the row's whole ("Totalt"),
        # as a sum asked without years reads it
        return Outcome("lookup", own.value, u, (own,), f"{_label(own)}: {fmt(own.value, u)}", table,
                       interpretation=tuple(interp))
    ys = years or table.years
    if not years:
        interp.append(f"all:{ys[0]}:{ys[-1]}")
    span = span_column(table, years) if plan.year_range else None
    spanned = [c for r in rows if (c := table.cell(r, span)) is not None] if span is not None else []
    # "investeringsbudgeten för 2026–2028": the table's own figure for the span ("Totalt 2026–2028"), when it has one
    cells = spanned if spanned and len(spanned) == len(rows) else [_value(table, r, y) for r in rows for y in ys]
    expr = "; ".join(f"{_label(c)}: {fmt(c.value, u)}" for c in cells)
    secondary = ()
    if len(rows) == 1 and len(years) == 2 and len(cells) == 2 and cells[0].value != cells[1].value:
        # one row in the two years the question names: the change between them is the figure beside them (not
        # when the table's own column for the two years together gave one figure)
        a, b = sorted(cells, key=lambda c: c.column.year or 0)
        diff = b.value - a.value
        expr += f"; {num(b.value)} - {num(a.value)} = {fmt(diff, u)}"
        secondary = ((diff, u),)
    if len(cells) == 1 and len(rows) == 1 and (full := read_row(rows[0])) is not None:
        beside = beside_forecast(read, full, cells[0]) or beside_deviation(read, full, cells[0])
        if beside:  # a forecast, told against its budget with the deviation the table states; a deviation, with the
            # budget and the outcome it is the difference of
            cells = [*cells, *beside]
            expr += "; " + "; ".join(f"{_label(c)}: {fmt(c.value, u)}" for c in beside)
    whole = None
    if not years and not spanned and len(rows) == 1 and len(cells) > 1 and table_kind_of(table) == "investering":
        # "vad kostar den nya förskolan?" (no year): a project's cost is its years together, said beside them
        whole = sum((c.value for c in cells), Decimal(0))
        expr += f"; {' + '.join(num(c.value) for c in cells)} = {fmt(whole, u)}"
    return Outcome("lookup", cells[0].value, u, tuple(cells), expr, table, secondary,
                   interpretation=tuple(interp), whole=whole)


def _whole_of_row(table: Table, row: Row) -> Cell | None:
    """The row's cell in the table's one column of wholes without a year of its own ("Total projektbudget",
    "Totalt 2025–2027"), None when the table has none, several, or the row's is empty."""
    wholes = [i for i, c in enumerate(table.columns) if c.year is None and _first_word(c.kind or c.label) in TOTAL_COLUMNS]
    return table.cell(row, wholes[0]) if len(wholes) == 1 else None


def _first_word(text: str) -> str:
    return text.split()[0] if text.split() else ""


def covering_total(table: Table, parts: Sequence[Row]) -> Row | None:
    """The whole a share of `parts` is of when the question names none: the table's total, unless it sums another
    section ("Summa finansiering" last, below "Summa nämnder"): then the last total after the parts whose section
    holds them all. None: the table's total (or none) it is."""
    total = table.total_row()
    order = {id(r): i for i, r in enumerate(table.rows)}

    def covers(row: Row) -> bool:
        return all(order[id(row)] > order.get(id(p), len(table.rows)) and p.sections[:len(row.sections)] ==
                   row.sections for p in parts)

    if total is None or not parts or covers(total):
        return None
    covering = [r for r in table.rows if r.is_total and r.label.lower().startswith(("summa", "totalt", "total"))
                and covers(r)]
    return covering[-1] if covering else None


def committees_total(table: Table, year: int) -> Row | None:
    """The total row that sums the committees of the table ("Summa nämnder", above the finance rows and the grand
    total "Totalt verksamhetens nettokostnader"): the first total after every committee row, at their level or
    outside it (not "Summa övriga nämnder" of one section), whose value in `year` is the sum of the plain rows since
    the total before it at its level. None when no total is such a sum."""
    committees = [r for r in committee_rows(table) if not r.is_total]
    if len(committees) < 2:
        return None
    rows = list(table.rows)
    last = max(rows.index(c) for c in committees)
    named = _named_committees_total(table, rows, last, year)
    if named is not None:
        return named

    def outside(inner: Row, outer: Row) -> bool:
        return inner.sections[:len(outer.sections)] == outer.sections

    for i in range(last + 1, len(rows)):
        total = rows[i]
        if not total.is_total or not all(outside(c, total) for c in committees):
            continue
        since = max((k for k in range(i) if rows[k].is_total and len(rows[k].sections) <= len(total.sections)
                     and outside(rows[k], total)), default=-1)
        try:
            if _sums(table, total, rows[since + 1:i], year):
                return total
        except Refusal:
            return None
    return None


def _sums(table: Table, total: Row, rows: Sequence[Row], year: int) -> bool:
    """The total's cell of `year` is the sum of the plain rows' among `rows`, within rounding (Refusal when a cell is
    missing)."""
    parts = [_value(table, r, year).value for r in rows if not r.is_total]
    value = _value(table, total, year).value
    return bool(parts) and abs(sum(parts, Decimal(0)) - value) <= rounding_tolerance(len(parts))


COMMITTEES_SAID = re.compile(r"nämnd|committee", re.IGNORECASE)  # "Summa nämnder", "Total, committees"


def _named_committees_total(table: Table, rows: list[Row], last: int, year: int) -> Row | None:
    """A total after the committees whose label names them ("Summa nämnder") and whose value is the sum of every
    plain row above it, in whatever section the reader put it ("Nämnder med verksamhetsansvar › Summa nämnder" sums
    "Politisk verksamhet" too), never the grand total that adds the finance rows below it."""
    for i in range(last + 1, len(rows)):
        total = rows[i]
        if not total.is_total or not COMMITTEES_SAID.search(total.label):
            continue
        try:
            if _sums(table, total, rows[:i], year):
                return total
        except Refusal:
            return None
    return None


def spanned_rows(table: Table, rows: list[Row], spans: Sequence[tuple[str, str]]) -> list[Row]:
    """`rows` with each range ("juni-augusti") filled in: every row between its two ends in the table's order,
    both ends included, when they stand in the same section and no total lies between them."""
    for first, last in spans:
        ends = [i for i, r in enumerate(table.rows) if r.label in (first, last) and r in rows]
        if len(ends) != 2:
            continue
        between = list(table.rows[ends[0]:ends[1] + 1])
        if any(r.is_total or r.sections != between[0].sections for r in between):
            continue
        at = rows.index(table.rows[ends[0]])
        rest = [r for r in rows if r not in between]
        rows = rest[:at] + between + rest[at:]
    return rows


def committee_rows(table: Table, excluded: Sequence[str] = ()) -> list[Row]:
    """The rows that are the committees themselves, at any depth: a row naming a committee that is no total,
    and the total of a committee's own section ("Summa socialnämnden" over its activities); never the total of a
    group of committees ("Summa verksamhetsnämnder" over the committees of its section) or of the table."""
    def names(r: Row) -> bool:
        return r.label not in excluded and bool(committee_mentions(r.label))

    grouped = {r.sections for r in table.rows if not r.is_total and names(r)}
    return [r for r in table.rows if names(r) and (not r.is_total or (r.sections and r.sections not in grouped))]


def _change_of_sum(op: str, table: Table, rows: list[Row], span: tuple[int, int], num, fmt,  # type: ignore[no-untyped-def]
                   interp: list[str]) -> Outcome:
    """"Hur mycket ökar A och B från 2021 till 2023": two years named for two rows or more ask how their sum
    changes (the difference between the rows is of one year). The cells are the first year's, then the last's."""
    y0, y1 = span
    first, last = [_value(table, r, y0) for r in rows], [_value(table, r, y1) for r in rows]
    a, b = sum((c.value for c in first), Decimal(0)), sum((c.value for c in last), Decimal(0))
    diff = b - a
    pct = diff / abs(a) * HUNDRED if a else Decimal(0)
    u = table.unit.value
    expr = (f"({' + '.join(num(c.value) for c in last)}) - ({' + '.join(num(c.value) for c in first)}) = "
            f"{num(b)} - {num(a)} = {fmt(diff, u)}; {num(diff)} / {num(a)} = {fmt(pct, '%')}")
    if op == "percent_change":
        return Outcome(op, pct, "%", (*first, *last), expr, table, ((diff, u),), interpretation=tuple(interp))
    return Outcome(op, diff, u, (*first, *last), expr, table, ((pct, "%"),), interpretation=tuple(interp))


def _difference_of_sums(table: Table, rows: list[Row], years: tuple[int, ...], num, fmt,  # type: ignore[no-untyped-def]
                        interp: list[str]) -> Outcome:
    """"Skillnaden mellan A och B 2020–2024", "flyttnettot sammanlagt 2020–2024": two rows over a span of years
    differ by their sums over it. The cells are the first row's years, then the second's; `secondary` holds the
    two sums."""
    first, second = ([_value(table, r, y) for y in years] for r in rows)
    a, b = sum((c.value for c in first), Decimal(0)), sum((c.value for c in second), Decimal(0))
    u = table.unit.value
    expr = (f"({' + '.join(num(c.value) for c in first)}) - ({' + '.join(num(c.value) for c in second)}) = "
            f"{num(a)} - {num(b)} = {fmt(a - b, u)}")
    return Outcome("difference", abs(a - b), u, (*first, *second), expr, table, ((a, u), (b, u)),
                   interpretation=tuple(interp))


def _net(table: Table, rows: list[Row], years: tuple[int, ...], num, fmt,  # type: ignore[no-untyped-def]
         interp: list[str]) -> Outcome:
    """A net no row holds (Plan.net: "flyttnettot", "finansnettot"): the inflow less the outflow's size, signed (a
    cost written below zero is a cost all the same: intäkter 2,5 and kostnader -7,6 give -5,1); over a span of years
    each row's sum. The cells are the inflow's years, then the outflow's; `secondary` holds the two sums."""
    inflow, outflow = ([_value(table, r, y) for y in years] for r in rows)
    a = sum((c.value for c in inflow), Decimal(0))
    b = abs(sum((c.value for c in outflow), Decimal(0)))
    u = table.unit.value
    signed = sum((c.value for c in outflow), Decimal(0)) < 0  # the cost written below zero: its size is taken
    out = " + ".join(num(c.value) for c in outflow)
    out = f"|{out}|" if signed else f"({out})" if len(outflow) > 1 else out
    ins = " + ".join(num(c.value) for c in inflow)
    ins = f"({ins})" if len(inflow) > 1 else ins
    expr = f"{ins} - {out} = {fmt(a - b, u)}"
    return Outcome("net", a - b, u, (*inflow, *outflow), expr, table, ((a, u), (b, u)), interpretation=tuple(interp))


def _share_over_span(table: Table, rows: list[Row], plan: Plan, cells_of, num, fmt,  # type: ignore[no-untyped-def]
                     interp: list[str]) -> Outcome:
    """A row's share of the whole over several years ("andel av investeringarna 2026-2028 totalt"): `cells_of(row)`
    gives a row's cells for the span (the table's own column for it, "Totalt 2026–2028", or each year's cell), added
    for the row and for the whole (its total row, or the row after "av")."""
    whole_row = (find_row(table, plan.denominator) if plan.denominator else None) or table.total_row()
    parts = [r for r in rows if whole_row is None or r.label != whole_row.label]
    part_cells = cells_of(parts[0]) if parts else []
    whole_cells = cells_of(whole_row) if whole_row is not None else []
    if not part_cells or not whole_cells:
        raise Refusal("Frågan anger ingen rad att räkna andelen för.", "The question names no row.", table,
                      reason="no_row")
    part = sum((c.value for c in part_cells), Decimal(0))
    whole = sum((c.value for c in whole_cells), Decimal(0))
    if whole == 0:
        raise Refusal(f"{whole_cells[0].row_label} är 0.", f"{whole_cells[0].row_label} is 0.", table)
    share = part / whole * HUNDRED
    expr = f"{num(part)} / {num(whole)} = {fmt(share, '%')}"
    if len(part_cells) > 1 or len(whole_cells) > 1:
        expr = (f"({' + '.join(num(c.value) for c in part_cells)}) / ({' + '.join(num(c.value) for c in whole_cells)})"
                f" = {expr}")
    return Outcome("share", share, "%", (*part_cells, *whole_cells), expr, table, interpretation=tuple(interp),
                   denominator_label=whole_cells[0].row_label)


def _reductions(cells: list[Cell]) -> bool:
    """Every figure ranked is a reduction: none above zero, most below ("Effektivisering", a cost written negative).
    Their sizes rank them: the largest is the most negative."""
    below = sum(c.value < 0 for c in cells)
    return len(cells) >= 2 and all(c.value <= 0 for c in cells) and below * 2 > len(cells)


def _negative(table: Table, row: Row, years: tuple[int, ...]) -> bool:
    """The row's figure (in the asked year, else the table's one column) is below zero."""
    index = table.column_index(years[0]) if years else (0 if len(table.columns) == 1 else None)
    cell = table.cell(row, index) if index is not None else None
    return cell is not None and cell.value < 0


def _count(plan: Plan, tables: tuple[Table, ...], doc_year: int | None) -> Cell:
    """The count of the plan's one row in its year; when its table lacks that year, the same count under another
    name in a table that has it ("Invånare totalt" of 2021–2023, "Folkmängd 31 december" of 2025 (prognos))."""
    try:
        return execute(plan, tables, doc_year).cells[0]
    except Refusal:
        named = plan.rows[0]
        others = dict.fromkeys(r.label for t in tables for r in t.rows
                               if r.label != named and not r.is_total and names_same_thing(named, r.label)
                               and all(y in t.years for y in plan.years))
        for label in others:
            try:
                cell = execute(replace(plan, rows=(label,)), tables, doc_year).cells[0]
            except Refusal:
                continue
            if cell.unit is Unit.NUMBER:
                return cell
        earlier = _latest_count_before(plan, tables, doc_year)
        if earlier is not None:
            return earlier
        raise


def _latest_count_before(plan: Plan, tables: tuple[Table, ...], doc_year: int | None) -> Cell | None:
    """The row's count of the latest year before the asked one, when no table has that year's: a budget's figure per
    invånare is of the latest population it was built on ("Antal invånare 31/12" of 2024 for budget 2025)."""
    if len(plan.years) != 1:
        return None
    before = [y for t in tables if find_row(t, plan.rows[0]) is not None for y in t.years if y < plan.years[0]]
    if not before:
        return None
    try:
        cell = execute(replace(plan, years=(max(before),)), tables, doc_year).cells[0]
    except Refusal:
        return None
    return cell if cell.unit is Unit.NUMBER else None


def _per_unit(plan: Plan, tables: tuple[Table, ...], doc_year: int | None) -> Outcome:
    """A figure per unit of a count ("nettokostnad per invånare"): the figure looked up in its own table, divided by
    the count of the same year from the table that holds it (another table of the documents, when need be); money
    in kronor per unit, its size (a net cost written negative is still a cost per inhabitant)."""
    named = tuple(r for r in plan.rows if r != plan.denominator)[:1]
    if not named and not plan.table_kind:  # a kind of table named alone ("investerar per invånare"): its total
        raise Refusal("Frågan anger ingen rad att dela.", "The question names no figure to divide.", reason="no_row")
    figure = execute(replace(plan, operation="lookup", rows=named, denominator=None, said=()), tables, doc_year)
    cell = figure.cells[-1]  # the asked year's, else the table's latest
    if title_per(figure.table.title or ""):
        return figure  # "och per invånare?" of a table "Belopp i kr per invånare": per one already, not divided again
    count_plan = replace(plan, operation="lookup", rows=(plan.denominator,), denominator=None, said=(),
                         years=(cell.column.year,) if cell.column.year is not None else plan.years,
                         year_range=False, all_years=False, relative_year=None, column_kind=None, kinds=(),
                         table_kind=None)
    count = _count(count_plan, tables, doc_year)
    if count.value == 0:
        raise Refusal(f"{count.row_label} är 0.", f"{count.row_label} is 0.", figure.table)
    money = cell.unit.is_money
    value = abs(cell.value) * cell.unit.factor if money else abs(cell.value)
    result = value / count.value
    unit = "kr" if money else figure.unit
    lang = plan.language
    expr = (f"{format_amount(value, unit, lang)} / {format_number(count.value, 0, lang)} = "
            f"{format_amount(result, unit, lang, 0)}")
    return Outcome("per", result, unit, (cell, count), expr, figure.table, interpretation=figure.interpretation,
                   denominator_label=count.row_label)

"""Checks of a parsed table: stated totals against the rows they sum, stated units against magnitudes."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from assistant.budget.hierarchy import BREAKDOWN, SUM_LABEL
from assistant.budget.numbers import format_number
from assistant.budget.records import Table, TotalCheck
from assistant.budget.units import MONEY_UNITS, Unit

# Largest plausible absolute figure in a municipal budget table, in kronor: 200 billion (Sweden's
# largest municipality spends about 60 billion a year; the largest region about 130 billion).
PLAUSIBLE_MAX_KRONOR = Decimal(200) * Unit.MDKR.factor


def reconcile_totals(table: Table) -> Table:
    """Find, for every total row, the rows directly above it that it sums, and compare per column.

    Works bottom-up like a stack: a subtotal replaces the rows it sums, so "Resultat före ..." can
    sum "Verksamhetens nettokostnader", the tax rows and "Finansnetto" while "Finansnetto" sums the
    two financial rows. The shortest run (of two or more) that matches exactly wins; otherwise the
    run with the smallest difference within rounding tolerance; "Summa"/"Totalt" rows without one
    are compared with everything above them and the difference is reported as is.
    """
    n = len(table.columns)
    stack: list[tuple[str, tuple[Decimal | None, ...]]] = []
    checks: list[TotalCheck] = []
    notes: list[str] = []
    money = [c.unit is None or c.unit.is_money for c in table.columns]
    valued = {r.label for r in table.rows}
    for row in table.rows:
        if row.sections and row.sections[-1] in valued and not row.is_total:
            continue  # a part of the row with figures above it (its parent), which is summed instead
        row = replace(row, values=tuple(v if money[i] else None for i, v in enumerate(row.values)))
        if BREAKDOWN.match(row.label):
            continue
        if not row.is_total:
            stack.append((row.label, row.values))
            continue
        best: tuple[int, Decimal] | None = None
        for k in range(1, len(stack) + 1):
            sums = _sums(stack[-k:], n)
            diffs = [abs(v - s) for v, s in zip(row.values, sums) if v is not None and s is not None]
            if not diffs:
                continue
            tol = max(Decimal(1), Decimal(k // 2))
            worst = max(diffs)
            if worst == 0 and k >= 2:
                best = (k, Decimal(0))
                break
            if worst <= tol and (best is None or sum(diffs) < best[1] or (worst == 0 and best[1] != 0)):
                best = (k, sum(diffs))
        if best is None and SUM_LABEL.match(row.label) and stack:
            best = (len(stack), Decimal(-1))
        if best is None:
            notes.append(f"Raden {row.label} kunde inte stämmas av mot raderna ovanför.")
            stack.append((row.label, row.values))
            continue
        k = best[0]
        parts = stack[-k:]
        sums = _sums(parts, n)
        for c, (stated, computed) in enumerate(zip(row.values, sums)):
            if stated is not None and computed is not None:
                checks.append(TotalCheck(row.label, table.columns[c].label, stated, computed,
                                         tuple(p[0] for p in parts)))
        del stack[-k:]
        stack.append((row.label, row.values))
    return replace(table, checks=tuple(checks), notes=table.notes + tuple(notes))


def _sums(items: list[tuple[str, tuple[Decimal | None, ...]]], n: int) -> list[Decimal | None]:
    out: list[Decimal | None] = []
    for c in range(n):
        values = [v[c] if c < len(v) else None for _, v in items]
        out.append(None if any(v is None for v in values) else sum(values, Decimal(0)))  # type: ignore[arg-type]
    return out


def _max_abs(table: Table) -> Decimal:
    money = [i for i, c in enumerate(table.columns) if c.unit is None]
    return max((abs(r.values[i]) for r in table.rows for i in money if r.values[i] is not None), default=Decimal(0))


def infer_units(tables: list[Table]) -> list[Table]:
    """Overrule a stated money unit that makes the figures implausible for a municipality.

    A figure above PLAUSIBLE_MAX_KRONOR under the stated unit is read in a smaller unit: the unit
    another table of the same document states for figures of the same order of magnitude, else the
    next smaller unit. Both units are kept and the reason is written as a note.
    """
    out = []
    for table in tables:
        top = _max_abs(table)
        unit = table.stated_unit
        if unit is None and all(c.unit is not None and not c.unit.is_money for c in table.columns):
            out.append(table)  # every column names its own measure ("Antal anställda", "Sjukfrånvaro %"): no money
            continue
        if unit is None:
            sibling = _sibling_unit(table, tables, top)
            eff = sibling or Unit.KR
            note = (f"Tabellen {table.title} anger ingen enhet; beloppen antas vara i {eff.value}"
                    + (" som i dokumentets övriga tabeller." if sibling else "."))
            out.append(replace(table, unit=eff, unit_note=note))
            continue
        if not unit.is_money or top * unit.factor <= PLAUSIBLE_MAX_KRONOR:
            out.append(table)
            continue
        smaller = [u for u in MONEY_UNITS if u.factor < unit.factor and top * u.factor <= PLAUSIBLE_MAX_KRONOR]
        if not smaller:
            out.append(table)
            continue
        sibling = _sibling_unit(table, tables, top)
        eff = sibling if sibling in smaller else smaller[-1]
        biggest = max(table.rows, key=lambda r: max((abs(v) for v in r.values if v is not None), default=0))
        as_stated = top * unit.factor / Unit.MDKR.factor
        reason = (f"{biggest.label} {format_number(top)} {unit.value} vore {format_number(as_stated)} miljarder "
                  "kronor, orimligt för en kommun")
        if sibling is eff:
            reason += f", och dokumentets andra tabeller anger {eff.value} för belopp av samma storlek"
        note = f"Tabellen {table.title} anger {unit.value}, men beloppen är i {eff.value}: {reason}."
        out.append(replace(table, unit=eff, unit_note=note))
    return out


def _sibling_unit(table: Table, tables: list[Table], top: Decimal) -> Unit | None:
    for other in tables:
        if other is table or other.doc_path != table.doc_path or other.stated_unit is None:
            continue
        if not other.stated_unit.is_money or other.unit_note:
            continue
        other_top = _max_abs(other)
        if other_top and top and Decimal("0.01") <= top / other_top <= 100:
            if top * other.stated_unit.factor <= PLAUSIBLE_MAX_KRONOR:
                return other.stated_unit
    return None

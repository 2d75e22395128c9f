"""A kind of table asked for years its own tables lack: the row naming that kind in a table that holds them."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from assistant.budget.matching import kind_of_name, one_measure, table_kind_of, tokens
from assistant.budget.plan import Plan
from assistant.budget.records import Table

# operations on the kind's whole figure; ranking ("de största investeringsprojekten 2023") is over its rows
WHOLE = (None, "lookup", "sum", "mean", "change", "percent_change", "mean_change", "difference")


def asked_years(plan: Plan) -> tuple[int, ...]:
    """Every year the plan asks: a range with the years between."""
    if plan.year_range and len(plan.years) >= 2:
        return tuple(range(min(plan.years), max(plan.years) + 1))
    return plan.years


def kind_as_row(plan: Plan, tables: Sequence[Table]) -> Plan:
    """"Hur mycket investerade kommunen sammanlagt 2021–2023?" names the investment budget, whose tables (budget
    2025, plan 2026–2027) lack those years; a table of another kind that holds them (an annual report's five-year
    summary, key figures) and has one row naming the kind in money ("Nettoinvesteringar, mnkr") answers. The plan as
    it was when a table of the kind holds the years, or no such row or several measures do."""
    if not plan.table_kind or plan.rows or plan.unknown or not plan.years or plan.operation not in WHOLE:
        return plan
    years = asked_years(plan)
    if any(table_kind_of(t) == plan.table_kind and all(y in t.years for y in years) for t in tables):
        return plan
    labels = [r.label for t in tables if table_kind_of(t) != plan.table_kind and all(y in t.years for y in years)
              for r in t.rows if kind_of_name(r.label) == plan.table_kind and "per" not in tokens(r.label)
              and (t.row_measure(r) or t.unit).is_money]
    labels = one_measure(list(dict.fromkeys(labels)))
    if len(labels) != 1:
        return plan
    return replace(plan, rows=(labels[0],), said=(), table_kind=None)

"""Properties of the calculator's operations over generated tables (hypothesis)."""
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.budget.execute import execute
from assistant.budget.numbers import format_number
from assistant.budget.plan import Plan
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

LABELS = ["Alfanämnden", "Betanämnden", "Gammanämnden", "Deltanämnden", "Epsilonnämnden"]
values = st.integers(min_value=1, max_value=5_000_000)


def make_tables(rows: list[list[int]]):
    years = [2031, 2032, 2033]
    lines = ["Driftsbudget", "", "tkr\t" + "\t".join(f"Budget {y}" for y in years)]
    for label, vals in zip(LABELS, rows):
        lines.append(label + "\t" + "\t".join(format_number(Decimal(v)) for v in vals))
    totals = [sum(r[i] for r in rows) for i in range(3)]
    lines.append("Summa kommunbidrag\t" + "\t".join(format_number(Decimal(t)) for t in totals))
    doc = LoadedDocument(path="gen.txt", sha256="0", meta=DocumentMeta(title="G"), text="\n".join(lines) + "\n")
    return tuple(parse_tables(doc))


tables_strategy = st.lists(st.lists(values, min_size=3, max_size=3), min_size=2, max_size=5)


@settings(max_examples=25, deadline=None)
@given(tables_strategy)
def test_shares_of_the_total_add_up_to_100_percent(rows):
    tables = make_tables(rows)
    shares = [execute(Plan(operation="share", rows=(label,), years=(2032,)), tables).result
              for label in LABELS[:len(rows)]]
    assert abs(sum(shares) - Decimal(100)) < Decimal("1e-20")


@settings(max_examples=25, deadline=None)
@given(tables_strategy)
def test_percent_change_and_its_inverse(rows):
    tables = make_tables(rows)
    up = execute(Plan(operation="percent_change", rows=(LABELS[0],), years=(2031, 2033)), tables)
    a, b = up.cells
    back = (a.value - b.value) / b.value * 100  # the change from 2033 back to 2031
    product = (1 + up.result / 100) * (1 + back / 100)
    assert abs(product - 1) < Decimal("1e-20")
    change = execute(Plan(operation="change", rows=(LABELS[0],), years=(2031, 2033)), tables)
    assert change.result == b.value - a.value == Decimal(rows[0][2] - rows[0][0])


@settings(max_examples=25, deadline=None)
@given(tables_strategy)
def test_sum_mean_max_min_rank_agree_with_plain_arithmetic(rows):
    tables = make_tables(rows)
    n = len(rows)
    col = [r[1] for r in rows]
    total = execute(Plan(operation="sum", rows=tuple(LABELS[:n]), years=(2032,)), tables)
    assert total.result == sum(col)
    mean = execute(Plan(operation="mean", years=(2032,)), tables)
    assert abs(mean.result * n - sum(col)) < Decimal("1e-20")
    assert execute(Plan(operation="max", years=(2032,)), tables).result == max(col)
    assert execute(Plan(operation="min", years=(2032,)), tables).result == min(col)
    ranked = execute(Plan(operation="rank", years=(2032,)), tables)
    assert [v for _, v in ranked.ranking] == sorted(col, reverse=True)
    over_years = execute(Plan(operation="sum", rows=(LABELS[0],), all_years=True), tables)
    assert over_years.result == sum(rows[0])


@settings(max_examples=20, deadline=None)
@given(tables_strategy)
def test_difference_is_symmetric_and_ratio_inverts(rows):
    tables = make_tables(rows)
    ab = execute(Plan(operation="difference", rows=(LABELS[0], LABELS[1]), years=(2031,)), tables)
    ba = execute(Plan(operation="difference", rows=(LABELS[1], LABELS[0]), years=(2031,)), tables)
    assert ab.result == ba.result == abs(rows[0][0] - rows[1][0])
    r1 = execute(Plan(operation="ratio", rows=(LABELS[0], LABELS[1]), years=(2031,)), tables).result
    r2 = execute(Plan(operation="ratio", rows=(LABELS[1], LABELS[0]), years=(2031,)), tables).result
    assert abs(r1 * r2 - 1) < Decimal("1e-20")


@settings(max_examples=20, deadline=None)
@given(tables_strategy)
def test_generated_totals_reconcile_exactly(rows):
    (table,) = make_tables(rows)
    assert table.checks and all(c.difference == 0 for c in table.checks)
    assert all(len(c.parts) == len(rows) for c in table.checks)


def test_execution_is_pure():
    tables = make_tables([[10, 20, 30], [1, 2, 3]])
    plan = Plan(operation="change", rows=(LABELS[0],), years=(2031, 2033))
    assert execute(plan, tables) == execute(plan, tables)
    assert execute(plan, tables).expression == "30 - 10 = 20 tkr; 20 / 10 = 200,0 %"

"""A kind of column the question says with words naming the table by its title ("i budgeten per verksamhet 2025"
of "Budget 2025 per verksamhet", whose columns are Intäkter, Kostnader and Nettokostnad) is the whole table's: the
other kind said is the column read."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.execute import execute
from assistant.budget.plan import Plan
from assistant.budget.records import CellSource, Column, Row, Table
from assistant.budget.units import Unit

SOURCE = CellSource(doc_path="v.xlsx", title="Budget per verksamhet", quote="x", start=0, end=1)
TABLE = Table(id="v#1", title="Budget 2025 per verksamhet", doc_path="v.xlsx", stated_unit=Unit.TKR, unit=Unit.TKR,
              columns=(Column("Intäkter", 2025, "Intäkter"), Column("Kostnader", 2025, "Kostnader"),
                       Column("Nettokostnad", 2025, "Nettokostnad")),
              rows=tuple(Row(label=label, values=tuple(Decimal(v) for v in values), is_total=label == "Totalt",
                             source=SOURCE)
                         for label, values in {"Äldreomsorg": ("48300", "-231700", "-183400"),
                                               "Grundskola": ("6400", "-142600", "-136200"),
                                               "Totalt": ("106300", "-742500", "-636200")}.items()))


def test_the_kind_the_title_says_is_no_column() -> None:
    # "Hur stor andel av den totala nettokostnaden i budgeten per verksamhet 2025 är äldreomsorg?"
    plan = Plan(operation="share", rows=("Äldreomsorg",), years=(2025,), column_kind="Budget",
                kinds=("Nettokostnad", "Budget"), intent=True)
    outcome = execute(plan, (TABLE,))
    assert [c.column.label for c in outcome.cells] == ["Nettokostnad", "Nettokostnad"]
    assert round(outcome.result, 1) == Decimal("28.8")


def test_a_kind_the_table_holds_stays_its_column() -> None:
    plan = Plan(operation="lookup", rows=("Äldreomsorg",), years=(2025,), column_kind="Intäkter", intent=True)
    assert execute(plan, (TABLE,)).result == Decimal("48300")

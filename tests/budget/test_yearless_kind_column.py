"""A column of a kind without a year of its own is of the table's years: "Nettokostnad" beside "Budget 2024" in a
report of 2024 holds no figure of 2020, so a change from 2020 to 2024 is read in the table of those years (a table
with the years down its first column, titled "Nettokostnad per invånare ... 2020–2024")."""
from __future__ import annotations

from assistant.budget.columns import holds
from assistant.budget.records import CellSource, Column, Row, Table
from assistant.budget.units import Unit


def _table(title: str, columns: tuple[Column, ...]) -> Table:
    return Table(id="t#1", title=title, doc_path="t.xlsx", stated_unit=Unit.TKR, unit=Unit.TKR, columns=columns,
                 rows=(Row(label="Äldreomsorg", values=tuple(None for _ in columns), is_total=False,
                                 source=CellSource("t.xlsx", title, "Äldreomsorg", 0, 11)),))


def test_a_yearless_column_holds_only_its_tables_years() -> None:
    report = _table("Driftredovisning per verksamhet, bokslut 2024",
                    (Column(label="Nettokostnad", year=None, kind="Nettokostnad"),
                     Column(label="Budget 2024", year=2024, kind="Budget")))
    assert holds(report, "Nettokostnad", (2024,))
    assert not holds(report, "Nettokostnad", (2020, 2024))
    undated = _table("Nettokostnad per verksamhet", (Column(label="Nettokostnad", year=None, kind="Nettokostnad"),))
    assert holds(undated, "Nettokostnad", (2020, 2024))  # a table naming no year of its own: any year asked

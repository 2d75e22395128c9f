"""Shares and amounts per unit do not add up over years: "den totala skattesatsen" of a row of kronor per hundred
among key figures in mnkr is no sum of its years; a row of money does add up."""
from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.budget.execute import Refusal, execute
from assistant.budget.plan import Plan
from assistant.budget.records import CellSource, Column, Row, Table
from assistant.budget.units import Unit

SOURCE = CellSource(doc_path="n.xlsx", title="Nyckeltal", quote="x", start=0, end=1)
ROWS = {"Skattesats (kr)": (Unit.KR, ("22.11", "22.11", "22.11")),
        "Årets resultat i % av skatter och bidrag": (Unit.PERCENT, ("2.1", "1.4", "0.9")),
        "Nettokostnad per invånare": (None, ("61000", "63000", "65000")),
        "Nettoinvesteringar (mnkr)": (Unit.MNKR, ("40.1", "52.3", "61.0"))}
TABLE = Table(id="n#1", title="Finansiella nyckeltal", doc_path="n.xlsx", stated_unit=Unit.MNKR, unit=Unit.MNKR,
              columns=tuple(Column(label=str(y), year=y) for y in (2022, 2023, 2024)),
              rows=tuple(Row(label=label, values=tuple(Decimal(v) for v in values), is_total=False, source=SOURCE,
                             ) for label, (_, values) in ROWS.items()))


@pytest.mark.parametrize("row", ["Skattesats (kr)", "Årets resultat i % av skatter och bidrag",
                                 "Nettokostnad per invånare"])
def test_a_rate_is_not_summed_over_years(row: str) -> None:
    with pytest.raises(Refusal):
        execute(Plan(operation="sum", rows=(row,), intent=True), (TABLE,))


def test_money_is_summed_over_years() -> None:
    outcome = execute(Plan(operation="sum", rows=("Nettoinvesteringar (mnkr)",), intent=True), (TABLE,))
    assert outcome.result == Decimal("153.4")

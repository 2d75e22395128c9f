"""A question asking what a thing costs as a whole, naming no year, that the calculator answered with a plan
period's sum of one row ("Summa 2025–2027"): a document stating the project's whole may tell otherwise."""
from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace

from assistant.arbitrate import period_for_whole
from core.types import Calculation, CalculationInput


def _figure(*columns: str, operation: str = "lookup", label: str = "Ombyggnad Ekhagens äldreboende") -> SimpleNamespace:
    calc = Calculation(operation=operation, expression="", result=Decimal("44500"), unit="tkr",
                       inputs=tuple(CalculationInput(label=label, column=c, value=Decimal("44500"), unit="tkr",
                                                     citation=1) for c in columns))
    return SimpleNamespace(refused=False, stated=False, calculation=calc, sources=())


def test_a_period_sum_for_a_whole_asked_without_years() -> None:
    question = "Vad beräknas ombyggnaden av äldreboendet kosta totalt?"
    assert period_for_whole(_figure("Summa 2025–2027"), question)
    assert period_for_whole(_figure("Budget 2025", "Plan 2026", "Plan 2027", operation="sum"), question)


def test_a_year_said_a_yearless_whole_or_no_whole_asked_stay_the_calculators() -> None:
    assert not period_for_whole(_figure("Summa 2025–2027"), "Vad kostar ombyggnaden totalt 2025–2027?")
    assert not period_for_whole(_figure("Total projektbudget"), "Vad beräknas ombyggnaden kosta totalt?")
    assert not period_for_whole(_figure("Summa 2025–2027"), "Vad kostar ombyggnaden?")
    assert not period_for_whole(_figure("Summa 2025–2027", operation="change"), "Hur mycket kostar den totalt?")


def test_the_period_said_as_a_whole_is_the_periods_sum() -> None:
    assert not period_for_whole(_figure("Summa 2025–2027"), "och hur mycket blir det totalt för hela perioden?")

"""A budget for a year a later document reports on: the prose telling what the year came to answers."""
from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace

from assistant.arbitrate import past_estimate, tells_outcome
from core.types import Calculation, CalculationInput


def _doc(date: str, town: str = "Norrby") -> SimpleNamespace:
    return SimpleNamespace(meta=SimpleNamespace(date=date, municipality=town))


def _figure(column: str, operation: str = "lookup") -> SimpleNamespace:
    calc = Calculation(operation=operation, expression="", result=Decimal("15.2"), unit="mnkr",
                       inputs=(CalculationInput(label="Årets resultat", column=column, value=Decimal("15.2"),
                                                unit="mnkr", citation=1),))
    return SimpleNamespace(refused=False, stated=False, calculation=calc,
                           sources=(SimpleNamespace(doc_path="budget.pdf"),))


DOCS = {"budget.pdf": _doc("2025-11-24"), "press.txt": _doc("2026-02-18"), "other.txt": _doc("2027-01-01", "Söderby")}


def test_a_budget_for_a_year_a_later_document_reports_on() -> None:
    assert past_estimate(_figure("Budget 2025"), "vad gjorde kommunen för resultat 2025", DOCS) == 2025


def test_a_year_no_later_document_of_the_municipality_reports_on() -> None:
    assert past_estimate(_figure("Budget 2026"), "vad blir resultatet 2026", DOCS) is None  # Söderby's is later


def test_an_outcome_a_named_kind_or_a_calculation_stays_the_calculators() -> None:
    assert past_estimate(_figure("Utfall 2024"), "vad blev resultatet 2024", DOCS) is None
    assert past_estimate(_figure("Budget 2025"), "vad var budgeterat resultat 2025", DOCS) is None
    assert past_estimate(_figure("Budget 2025", "change"), "hur mycket ökar resultatet 2025", DOCS) is None


def test_the_prose_must_state_an_outcome_with_a_sum_for_the_year() -> None:
    told = SimpleNamespace(quote="Kommunen redovisar ett resultat på 27,4 miljoner kronor för 2025, enligt det "
                                 "preliminära bokslutet.", date="2026-02-18")
    planned = SimpleNamespace(quote="Budgeten innebär ett resultat på 18,9 miljoner kronor 2026.", date="2025-11-24")
    assert tells_outcome([told], 2025)
    assert not tells_outcome([planned], 2025)
    assert not tells_outcome([SimpleNamespace(quote="Bokslutet visar ett bra resultat.", date="2026-02-18")], 2025)


def test_a_budget_read_for_the_months_passed_of_a_year() -> None:
    from assistant.arbitrate import estimate_for_months_passed

    assert estimate_for_months_passed(_figure("Budget 2025"), "hur mycket hade kommunen investerat efter augusti 2025?") \
        == 2025
    assert estimate_for_months_passed(_figure("Budget 2025"), "hur mycket investerar kommunen 2025?") is None
    assert estimate_for_months_passed(_figure("Utfall jan–aug 2025"), "vad blev resultatet efter augusti 2025?") is None


def test_a_document_of_the_year_not_a_budget_tells_what_the_months_passed_came_to() -> None:
    from assistant.arbitrate import tells_months_passed

    interim = SimpleNamespace(quote="Investeringarna under perioden uppgår till 28,7 mnkr av budgeterade 62,4 mnkr.",
                              date="2025-10-07", doc_type="interim_report")
    budget = SimpleNamespace(quote="Investeringarna uppgår till 62,4 mnkr.", date="2025-11-19", doc_type="budget")
    assert tells_months_passed([interim], 2025)
    assert not tells_months_passed([budget], 2025)
    assert not tells_months_passed([interim], 2024)

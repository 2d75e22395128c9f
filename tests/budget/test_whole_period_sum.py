"""A total row's own name said of the whole period ("investerar totalt under hela perioden 2025–2027") asks for the
period's sum; said of each year ("varje år") it asks for each year's figure."""
from __future__ import annotations

from assistant.budget.matching import _build_lexicon
from assistant.budget.plan import plan_question

LABELS = ("IT-investeringar (KS)", "Investeringsverksamheten", "Summa investeringar", "Totalt", "Totalt investeringar",
          "Totalt nämnder")


def test_the_whole_period_sums_the_years() -> None:
    plan = plan_question("Hur mycket investerar totalt under hela perioden 2025–2027?", _build_lexicon(LABELS))
    assert plan.rows == ("Totalt investeringar",) and plan.operation == "sum"


def test_each_year_of_the_period_is_read_on_its_own() -> None:
    plan = plan_question("Hur mycket investerar totalt varje år 2025–2027?", _build_lexicon(LABELS))
    assert plan.rows == ("Totalt investeringar",) and plan.operation == "lookup"

"""Two rows or more and two years in a change question: the change of the rows' sum (execute._change_of_sum)."""
from decimal import Decimal

from assistant.budget.compose import table_answer
from assistant.budget.execute import execute
from assistant.budget.plan import Plan
from tests.budget.test_operations import make_tables


def test_two_rows_and_two_years_ask_for_the_change_of_their_sum():
    tables = make_tables([[100, 110, 130], [200, 210, 230], [5, 5, 5]])
    plan = Plan(operation="percent_change", rows=("Alfanämnden", "Betanämnden"), years=(2031, 2033))
    outcome = execute(plan, tables)
    assert outcome.result == Decimal(20)  # 300 -> 360
    assert outcome.secondary == ((Decimal(60), "tkr"),)
    assert [c.value for c in outcome.cells] == [100, 200, 130, 230]
    text = table_answer(outcome, plan, "sv", None).text
    assert "ökar tillsammans med 20,0 %" in text and "från 300 tkr (100 tkr + 200 tkr) till 360 tkr" in text


def test_the_change_of_the_sum_in_money_carries_its_percentage():
    tables = make_tables([[100, 110, 130], [200, 210, 230]])
    outcome = execute(Plan(operation="change", rows=("Alfanämnden", "Betanämnden"), years=(2033, 2031)), tables)
    assert outcome.result == Decimal(60) and outcome.secondary[0] == (Decimal(20), "%")


def test_two_rows_in_one_year_are_still_their_difference():
    tables = make_tables([[100, 110, 130], [200, 210, 230]])
    outcome = execute(Plan(operation="change", rows=("Alfanämnden", "Betanämnden"), years=(2032,)), tables)
    assert outcome.operation == "difference" and outcome.result == Decimal(100)

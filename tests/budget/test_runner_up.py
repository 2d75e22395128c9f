"""The largest (or smallest) of several rows is said with the row after it, cited: how far ahead it is."""
from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.execute import execute
from assistant.budget.plan import Plan
from tests.budget.corpus_docs import corpus_book
from tests.budget.test_operations import LABELS, make_tables


def test_the_largest_row_is_said_with_the_next_one_and_both_rows_are_cited():
    answer = answer_figures("Vilken nämnd får mest 2022?", corpus_book())
    assert answer.calculation.result == Decimal(905048)
    assert "näst störst är Vård- och omsorgsnämnden med 840 609 tkr [2]" in answer.text
    assert len(answer.sources) == 2 and answer.sources[1].quote.startswith("Vård- och omsorgsnämnden")


def test_the_largest_change_is_said_with_the_next_change():
    answer = answer_figures("Vilken nämnd ökar mest mellan 2021 och 2023?", corpus_book())
    assert answer.calculation.result == Decimal(40272)
    assert "näst störst är Barn- och ungdomsnämnden med 32 630 tkr [2]" in answer.text


def test_the_runner_up_is_the_second_of_the_ranking_and_absent_for_a_ranking_or_one_row():
    tables = make_tables([[10, 20, 30], [40, 50, 60], [25, 35, 45]])
    top = execute(Plan(operation="max", years=(2032,)), tables)
    assert top.runner_up is not None and top.runner_up.row_label == LABELS[2]
    low = execute(Plan(operation="min", years=(2032,)), tables)
    assert low.runner_up.row_label == LABELS[2]
    assert execute(Plan(operation="rank", years=(2032,)), tables).runner_up is None
    assert execute(Plan(operation="max", rows=(LABELS[0],)), tables).runner_up is None  # its largest year

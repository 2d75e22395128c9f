"""English verbs of comparison and of going over a budget name what the figure is held against, as their
Swedish counterparts do ("jämfört med budget", "överskred sin budget")."""
from assistant.budget.columns import held_against, kind_words
from assistant.budget.columns import column_kind


def test_compare_with_the_budget_holds_the_figure_against_the_budget():
    assert held_against("how did it compare with the budget?") == "Budget"
    assert held_against("What was the result in comparison with the budget?") == "Budget"


def test_exceeding_a_budget_names_the_deviation():
    assert "exceed" in kind_words("By how much did the committee exceed its budget in 2023?")
    assert column_kind("By how much did the committee exceed its budget in 2023?") == "Avvikelse"

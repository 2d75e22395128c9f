from assistant.budget.naming import tables_named
from assistant.budget.store import FigureBook
from tests.budget.corpus_docs import corpus_book


def titles(question):
    return [t.title for t in tables_named(corpus_book(), question)]


def test_english_table_names_name_the_table():
    assert titles("How much does the investment budget total in 2026?") == ["Investeringsbudget"]
    assert titles("What is the capital budget for 2030?") == ["Investeringsbudget"]
    assert titles("What is the operating budget in 2024?") == ["Driftsbudget"]
    assert titles("Hur mycket investeras 2026?") == ["Investeringsbudget"]


def test_a_named_row_names_the_tables_that_hold_it():
    assert sorted(titles("How much does the executive board get in 2030?")) == ["Driftsbudget", "Investeringsbudget"]
    assert titles("What is the tax revenue in 2024?") == ["Resultatbudget"]


def test_nothing_table_like_names_no_table():
    assert titles("Who chairs the social services department?") == []
    assert tables_named(FigureBook(()), "What is the investment budget in 2026?") == []

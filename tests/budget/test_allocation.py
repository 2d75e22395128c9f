"""Extra allocations are told in prose, the tables hold the whole frame: "extra", "tillskott",
"förstärkning", "tillskjuts" ... send the question to the text amounts that give money to its subject."""
from decimal import Decimal

import pytest

from assistant.budget.allocation import asks_allocation
from assistant.budget.matching import Lexicon
from assistant.budget.plan import parse_question
from tests.budget.corpus_docs import corpus_book
from tests.budget.test_answers import ask


@pytest.mark.parametrize(("question", "value", "unit", "quote"), [
    ("Hur mycket pengar får äldreomsorgen extra i budgeten?", "18", "mnkr", "Vård- och omsorgsnämnden tilldelas 18 mnkr"),
    ("Hur mycket får samhällsbyggnadsnämnden extra för ökad busstrafik?", "900", "tkr", "900 tkr tillskjuts samhällsbyggn"),
    ("Hur mycket tillskjuts samhällsbyggnadsnämnden för ökad busstrafik 2021?", "900", "tkr", "900 tkr tillskjuts"),
    ("Vilken förstärkning får socialnämnden?", "300", "tkr", "300 tkr tillskjuts socialnämnden"),
    ("Hur mycket extra får kultur- och utbildningsnämnden för sommarjobb?", "1", "mnkr", "1 mnkr tillskjuts"),
])
def test_extra_money_comes_from_the_prose(question, value, unit, quote):
    answer = ask(question)
    assert answer is not None and not answer.refused
    assert answer.calculation.result == Decimal(value) and answer.calculation.unit == unit, answer.text
    assert answer.sources[0].quote.startswith(quote) or quote in answer.sources[0].quote
    assert "driftsbudget" not in answer.text.lower()


def test_an_allocation_to_another_subject_of_the_same_committee_is_not_chosen():
    answer = ask("Hur mycket pengar får äldreomsorgen extra i budgeten?")
    assert [v.value for v in answer.values if v.unit == "mnkr"] == [Decimal("18")]  # not the 5 mnkr LSS boende


@pytest.mark.parametrize(("question", "operation"), [
    ("Hur mycket får samhällsbyggnadsnämnden för ökad busstrafik?", "lookup"),
    ("Hur mycket får nämnden för att utöka kollektivtrafiken?", "lookup"),
    ("Hur mycket ökar samhällsbyggnadsnämndens kommunbidrag från 2021 till 2023?", "change"),
    ("Med hur många procent ökar socialnämndens kommunbidrag?", "percent_change"),
])
def test_a_purpose_is_not_an_operation(question, operation):
    lexicon = Lexicon.build(corpus_book().tables)
    assert parse_question(question, lexicon).operation == operation


@pytest.mark.parametrize(("question", "asks"), [
    ("Hur mycket extra får BUN?", True), ("Hur stort är tillskottet?", True), ("Vad satsas på busstrafiken?", True),
    ("How much additional money does the board get?", True), ("Hur mycket får socialnämnden 2022?", False),
    ("Hur mycket ökar kommunbidraget?", False),
])
def test_allocation_words(question, asks):
    assert asks_allocation(question) is asks


def test_tables_still_answer_frame_questions():
    answer = ask("Hur mycket får Vård- och omsorgsnämnden 2022?")
    assert answer.calculation.result == Decimal("840609") and answer.calculation.unit == "tkr"


@pytest.mark.parametrize("question", [
    "Hur många sommarjobb kan kommunen finansiera med S-budgetens satsning?",  # a count: retrieval answers
    "Vad säger budgeten om satsningen på sommarjobb?",
])
def test_questions_that_ask_for_no_sum_are_not_taken(question):
    assert ask(question) is None


def test_a_noun_after_a_publisher_names_the_document_not_another_topic() -> None:
    lexicon = Lexicon.build(corpus_book().tables)
    plan = parse_question("vad blir årets resultat i budgeten för 2021 i S förslag", lexicon)
    assert plan.intent and plan.operation == "lookup" and plan.rows == ("Årets resultat",)
    assert not parse_question("vad blir årets resultat i budgeten för 2021 i förslaget om feriejobb", lexicon).intent


def test_a_comparison_with_a_number_is_a_condition_not_a_difference() -> None:
    lexicon = Lexicon.build(corpus_book().tables)
    plan = parse_question("hur mycket fick kultur- och utbildningsnämnden för elever som går mer än 3 år", lexicon)
    assert plan.operation == "lookup"
    assert parse_question("hur mycket mer får socialnämnden 2023 än 2022?", lexicon).operation == "change"


@pytest.mark.parametrize("question", [
    "hur mycket får kultur- och utbildningsnämnden för elever som går mer än tre år på gymnasiet?",
    "How much extra does Kultur- och utbildningsnämnden get for students who take more than three years?",
])
def test_a_comparison_with_a_number_word_is_a_condition_too(question) -> None:
    lexicon = Lexicon.build(corpus_book().tables)
    assert parse_question(question, lexicon).operation == "lookup"


def test_elever_som_gar_mer_an_tre_ar_get_the_extra_sum_not_a_difference() -> None:
    answer = ask("Hur mycket får kultur- och utbildningsnämnden för elever som går mer än tre år på gymnasiet?")
    assert answer is not None and answer.calculation.result == Decimal("2.5"), answer.text
    assert answer.calculation.operation == "lookup"


def test_the_verb_of_a_question_names_no_topic() -> None:
    from assistant.understand.words import finite_verb_at

    assert finite_verb_at(["vad", "räknar", "s", "med"]) == 1
    assert finite_verb_at(["och", "hur", "mycket", "får", "nämnden"]) == 3
    assert finite_verb_at(["vilken", "nämnd", "får", "mest"]) == 2
    assert finite_verb_at(["hur", "många", "anställda", "har", "räddningstjänsten"]) == 3  # the counted noun first
    assert finite_verb_at(["hur", "många", "röstade", "emot"]) == 2
    assert finite_verb_at(["socialnämnden", "2022"]) is None
    lexicon = Lexicon.build(corpus_book().tables)
    plan = parse_question("Vad räknar Socialdemokraterna med i skatteintäkter för 2023?", lexicon)
    assert plan.intent and plan.rows == ("Skatteintäkter",)
    assert not parse_question("Vad är socialnämndens uppdrag?", lexicon).intent  # a noun is another topic


def test_a_compound_of_table_words_names_no_topic() -> None:
    lexicon = Lexicon.build(corpus_book().tables)
    plan = parse_question("Vad blir socialnämndens driftsram 2022?", lexicon)
    assert plan.intent and plan.rows == ("Socialnämnden",)

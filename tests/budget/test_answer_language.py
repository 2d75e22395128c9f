"""The calculator answers in the question's language as the question model (understand.language) reads it: an
English question full of Swedish committee names is English, a Swedish question with the word "budget" Swedish.
There is one language detector; the budget path used to keep its own word lists, which disagreed."""
from assistant.budget.answer import answer_figures
from assistant.budget.matching import Lexicon
from assistant.budget.plan import plan_question
from assistant.understand.language import answer_language, detect_language
from tests.budget.corpus_docs import corpus_book


def test_english_question_naming_swedish_committees_is_answered_in_english() -> None:
    answer = answer_figures("What is the combined 2023 allocation for Vård- och omsorgsnämnden and "
                            "Kultur- och utbildningsnämnden?", corpus_book(), language="sv")
    assert "thousand SEK" in answer.text and "together" in answer.text
    assert "tillsammans" not in answer.text


def test_swedish_question_with_budget_is_answered_in_swedish() -> None:
    answer = answer_figures("Socialnämndens budget 2021?", corpus_book(), language="sv")
    assert "tkr" in answer.text and "thousand SEK" not in answer.text


def test_plan_language_is_the_question_models() -> None:
    for question in ("Who gets most in 2023, Socialnämnden or Kommunstyrelsen?", "Socialnämndens budget 2021?",
                     "Wie viel bekommt Socialnämnden 2021?"):
        plan = plan_question(question, Lexicon(()))
        assert plan.language == answer_language(detect_language(question))

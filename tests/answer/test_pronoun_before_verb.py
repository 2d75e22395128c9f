""""den"/"de" point back at the earlier turn when nothing or a finite verb follows them, not as an article."""
from __future__ import annotations

import pytest

from assistant.understand.followup import is_followup, refers_back


@pytest.mark.parametrize("question, expected", [
    ("hur stor andel av den hade använts t.o.m. augusti?", True),
    ("hur mycket fick de?", True),
    ("när ska de har fått beskedet?", True),
    ("vad kostar den nya förskolan?", False),
    ("vilka är de största investeringarna?", False),
    ("när ska den stå klar?", True),  # the subject after the auxiliary of a question with its verb first
    ("kommer den att byggas?", True),
    ("när ska den nya förskolan stå klar?", False),  # an article: a definite noun follows
    ("hur många jobb räcker den till?", True),  # a preposition follows: no noun for it to be the article of
    ("vad säger de i rapporten?", True),
    # a preposition or conjunction ends an article's noun phrase: "den" is no article of "höjningen"
    ("vad var den innan höjningen?", True),
    ("vad var den före höjningen?", True),
    ("var den nya taxan högre?", False),
])
def test_den_and_de_point_back_before_a_verb_or_nothing(question: str, expected: bool) -> None:
    assert refers_back(question) is expected


def test_a_share_of_what_den_points_at_leans_on_the_earlier_turn() -> None:
    assert is_followup("hur stor andel av den hade använts t.o.m. augusti?",
                       ["Vad har kommunen för investeringsbudget 2025?"])


@pytest.mark.parametrize("question", [
    "vad var socialförvaltningens prognos för 2020 när de sparade?",
    "hur mycket fick nämnden eftersom den gick back?",
])
def test_a_pronoun_opening_a_clause_of_when_or_why_is_what_the_question_named_before_it(question: str) -> None:
    # "de" is the socialförvaltning the question itself names: it stands alone, no earlier turn's topic merged in
    assert not refers_back(question)
    assert not is_followup(question, ["hur mycket vill s lägga på personligt ombud?"])


def test_a_clause_of_when_after_no_topic_of_its_own_still_points_back() -> None:
    assert refers_back("och när de sparade?")
    assert refers_back("vad fick de när de sparade?")
    assert refers_back("vad sa hon när de beslutade?")  # "hon" is no clause's subject: the earlier turn's person
    assert refers_back("hur mycket fick nämnden när hon var ordförande?")

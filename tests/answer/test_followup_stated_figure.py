"""A noun in the definite form naming a figure the conversation stated ("pengarna", "beloppet", "summan") points
back as "det" does: "Hur mycket av pengarna läggs 2026?" after "Vad kostar nya skolan i Hjärnarp?" asks of the
school's money, though "pengarna" is a concept of its own."""
from __future__ import annotations

from assistant.understand.followup import is_followup, refers_back

HISTORY = ["Vad kostar nya skolan i Hjärnarp?", "När ska den vara klar?"]


def test_the_money_named_back_makes_a_follow_up() -> None:
    assert refers_back("Hur mycket av pengarna läggs 2026?")
    assert is_followup("Hur mycket av pengarna läggs 2026?", HISTORY)
    assert refers_back("Hur stor del av beloppet går till köket?")


def test_a_question_naming_its_own_thing_without_such_a_noun_stands_alone() -> None:
    assert not refers_back("Hur mycket investerar kommunen i skolan 2026?")
    assert not is_followup("Vad kostar den nya simhallen i Alingsås?", HISTORY)

"""A follow-up naming a body by its noun alone in a definite form ("nämndens budget") points at the body an earlier
turn named, as a pronoun would: it is a follow-up, and the body's name stands in the noun's place."""
from __future__ import annotations

from assistant.understand.bodies import bare_body
from assistant.understand.followup import is_followup, named_body

HISTORY = ["hur stor är kultur- och fritidsnämndens budget i lekeberg 2025?", "och hur mycket höjs föreningsbidragen?"]


def test_a_bare_definite_body_noun_is_no_name_of_its_own() -> None:
    assert bare_body("nämndens") == "nämnd" and bare_body("styrelsen") == "styrelse"
    assert bare_body("förvaltningen") == "förvaltning"
    assert bare_body("socialnämnden") is None and bare_body("nämnder") is None and bare_body("budgeten") is None


def test_it_leans_on_the_turn_naming_that_body() -> None:
    assert is_followup("hur mycket blir nämndens budget per invånare?", HISTORY)
    assert not is_followup("hur mycket blir nämndens budget per invånare?", ["vad kostar skolan?"])
    assert not is_followup("vad får socialnämnden 2026?", HISTORY)  # a body by its own name


def test_the_bodys_name_takes_the_nouns_place() -> None:
    assert named_body("hur mycket blir nämndens budget per invånare?", HISTORY) == \
        "hur mycket blir kultur- och fritidsnämndens budget per invånare?"
    assert named_body("hur mycket får nämnden 2026?", HISTORY) == "hur mycket får kultur- och fritidsnämnden 2026?"
    # two bodies of that noun named: which one is not told
    assert named_body("hur mycket får nämnden?", ["vad får socialnämnden och tekniska nämnden?"]) == \
        "hur mycket får nämnden?"

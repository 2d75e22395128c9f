"""Spoken pronouns that are also nouns ("dom"): no concept of the question when used as a pronoun."""
from assistant.understand.query import analyse
from assistant.understand.words import spoken_pronouns


def heads(question: str) -> list[str]:
    return [g[0] for g in analyse(question).groups]


def test_dom_as_a_pronoun_is_no_concept():
    assert "dom" not in heads("hur många var dom 2020?")
    assert "dom" not in heads("hur mycket minskar det mellan dom åren?")
    assert spoken_pronouns("vad tror dom?") == {"dom"}


def test_dom_opened_by_an_article_is_the_noun():
    assert "dom" in heads("Överklagades en dom om bygglovet?")
    assert "dom" in heads("Vilken dom meddelade förvaltningsrätten?")
    assert spoken_pronouns("Vilken dom gäller det?") == frozenset()

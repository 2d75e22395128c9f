"""The noun an interrogative determiner asks of ("vilka busslinjer"): past an attributive adjective before it, never
a verb or a pronoun after one."""
from __future__ import annotations

import pytest

from assistant.understand.words import asked_noun


@pytest.mark.parametrize(("question", "noun"), [
    ("Vilka busslinjer utökas?", "busslinjer"),
    ("Vilka finansiella mål har S för årets resultat?", "mål"),  # the adjective is no noun
    ("vilka finansiella kostnader räknar resultatbudgeten med?", "kostnader"),
    ("Vilka socialdemokratiska politiker nämns?", "politiker"),
    ("Vilka kommunala bolag finns?", "bolag"),
    ("Vilka reserverade sig mot budgetbeslutet?", None),  # a verb follows: no noun asked, not "sig"
    ("vilken är störst?", None),
])
def test_the_asked_noun_is_the_head_after_its_adjective(question: str, noun: str | None) -> None:
    assert asked_noun(question) == noun


def test_a_name_after_an_adjective_is_no_name_of_the_asked_noun() -> None:
    """"Finansiella intäkter 31 100" names no goal: the asked noun of "vilka finansiella mål" is "mål"."""
    from assistant.compose.answer import names_instance
    from assistant.retrieval.retrieve import Sentence
    from core.types import Chunk

    text = "Finansiella intäkter\t31 100\t32 000\t32 000"
    chunk = Chunk(id="c0", doc_path="corpus/d.txt", text=text, start=0, end=len(text), title="Budget")
    row = Sentence(chunk=chunk, start=0, end=len(text), text=text, score=1.0, coverage=0.5, chunk_score=1.0)
    assert not names_instance(row, "Vilka finansiella mål har S för årets resultat?", of_asked_noun=True)

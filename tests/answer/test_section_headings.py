"""A quote read with the heading of its section: a bare field line ("Ansvar: Koncernredovisningschef.") says whose
responsibility only by the heading above it, and a heading may name parties its section's sentence does not. The
heading is cited when it says what the sentence leaves unsaid, and not when it adds nothing asked."""
from __future__ import annotations

from assistant.compose.answer import asks_parties, named_parties, select_evidence
from assistant.evidence.headings import section_heading
from assistant.evidence.sentences import Sentence
from assistant.understand.query import analyse
from core.types import Chunk

PLAN = ("## Utdelning/koncernbidrag från koncernen Alingsås Energi\n\n"
        "Koncernen består av välskötta företag.\n\n**Ansvar:** Koncernredovisningschef.\n")
INITIATIVE = ("Politiskt initiativ från S, V, C och MP gällande feriearbeten\n\n"
              "Samuel Carlén (S), Lena Wollert Holmberg (V) och Marianne Bodin (MP) har gemensamt inkommit med ett "
              "politiskt initiativ gällande feriearbeten.\n")


def _sentence(passage: str, text: str, section: str, offset: int = 500) -> Sentence:
    chunk = Chunk(id="d#1", doc_path="d.md", text=passage, start=offset, end=offset + len(passage), title="Plan",
                  section=section)
    at = passage.index(text)
    return Sentence(chunk=chunk, start=offset + at, end=offset + at + len(text), text=text, score=1.0,
                    coverage=1.0, chunk_score=1.0)


def test_the_section_heading_is_a_quotable_sentence_of_the_passage_above_the_sentence() -> None:
    s = _sentence(PLAN, "Ansvar:** Koncernredovisningschef.", "Utdelning/koncernbidrag från koncernen Alingsås Energi")
    heading = section_heading(s)
    assert heading is not None and heading.text == "Utdelning/koncernbidrag från koncernen Alingsås Energi"
    assert PLAN[heading.start - 500:heading.end - 500] == heading.text
    assert section_heading(heading) is None  # the heading itself has none above it
    assert section_heading(_sentence(PLAN, "Koncernen består av välskötta företag.", "Ekonomi")) is None  # not in it


def test_a_field_line_is_cited_with_the_heading_that_says_what_it_is_of() -> None:
    q = analyse("Vem är ansvarig för utdelningen från Alingsås Energi?")
    s = _sentence(PLAN, "Ansvar:** Koncernredovisningschef.", "Utdelning/koncernbidrag från koncernen Alingsås Energi")
    chosen = select_evidence(q, [s], threshold=0.0)
    assert [c.text for c in chosen] == [s.text, "Utdelning/koncernbidrag från koncernen Alingsås Energi"]


def test_a_heading_adding_nothing_asked_is_not_cited() -> None:
    q = analyse("Vilka personer lämnade in initiativet om feriearbeten?")
    s = _sentence(INITIATIVE, INITIATIVE.split("\n\n")[1].strip(), INITIATIVE.split("\n")[0])
    assert [c.text for c in select_evidence(q, [s], threshold=0.0)] == [s.text]


def test_asked_parties_the_heading_naming_more_of_them_is_cited() -> None:
    q = analyse("Vilka partier låg bakom initiativet om feriearbeten?")
    s = _sentence(INITIATIVE, INITIATIVE.split("\n\n")[1].strip(), INITIATIVE.split("\n")[0])
    chosen = select_evidence(q, [s], threshold=0.0)
    assert [c.text for c in chosen] == [s.text, INITIATIVE.split("\n")[0]]


def test_parties_are_named_by_letter_or_word_and_asked_by_the_noun() -> None:
    assert named_parties("Politiskt initiativ från S, V, C och MP") == {"S", "V", "C", "MP"}
    assert named_parties("Anna Berg (KD) och Centerpartiet") == {"KD", "C"}
    assert named_parties("Bilaga X och tabell 3") == set()
    assert asks_parties("Vilka partier stod bakom förslaget?")
    assert asks_parties("Which parties voted against it?")
    assert not asks_parties("Vilka personer stod bakom förslaget?")

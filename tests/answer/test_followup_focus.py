"""A follow-up's own concepts are what its amount must be about ("hur många jobb räcker det till?" after "Hur mycket
avsätts till sommarjobb?"): the earlier turn's words, resolved into it, are context."""
from __future__ import annotations

from dataclasses import replace

from assistant.evidence.sentences import Sentence, TermStats
from assistant.understand.query import analyse
from core.types import Chunk


def test_a_followups_own_concept_is_what_its_amount_must_be_about() -> None:
    text = "Till sommarjobb avsätts 2 mnkr, vilket räcker till omkring 200 jobb."
    chunks = [Chunk(id="d#0", doc_path="d.txt", text=text, start=0, end=len(text), title="Budget", doc_type="budget")]
    for i in range(1, 4):  # "jobb" is a commoner word of the documents than "avsätts"
        other = f"Kommunen skapar {i} nya jobb i centrum och fler jobb på sikt."
        chunks.append(Chunk(id=f"d#{i}", doc_path="d.txt", text=other, start=100 * i, end=100 * i + len(other),
                            title="Budget", doc_type="budget"))
    stats = TermStats({c.id: c for c in chunks})
    sentence = Sentence(chunk=chunks[0], start=0, end=len(text), text=text, score=1.0, coverage=1.0, chunk_score=1.0)
    resolved = analyse("hur många jobb blir det – avsätts till sommarjobb?")
    assert stats.specific_concept(resolved, [sentence])[0] != "jobb"  # the rarest concept, when nothing is own
    own = replace(resolved, focus=("jobb",))
    assert stats.specific_concept(own, [sentence])[0] == "jobb"

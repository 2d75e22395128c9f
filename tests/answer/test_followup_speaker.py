"""A follow-up about a person asked before ("vilket mål har han satt till 2028?" after "vem är ordförande i ...?"):
the person's quote goes on past a passage's end, so the passage before a sentence counts as naming the person; and
the instance asked ("vilket mål") is sought among the sentences saying the follow-up's own words, not in a name
elsewhere (a list of other politicians)."""
from __future__ import annotations

from dataclasses import replace

from assistant.compose.answer import _slot_filler
from assistant.evidence.sentences import Sentence
from assistant.retrieval.retrieve import previous_passage
from assistant.understand.query import analyse
from core.types import Chunk

GOAL = "Utöver sparkravet har vi även ett mer långsiktigt mål, satt till 2028, att vi ska komma ned i kostnad."
OTHERS = "Samuel Carlén (S), Lena Wollert Holmberg (V) och Marianne Bodin (MP) har inkommit med ett initiativ."


def sentence(text: str, position: int) -> Sentence:
    chunk = Chunk(id=f"abc123def456-{position:04d}", doc_path="d.txt", text=text, start=0, end=len(text),
                  title="Nämnden i korthet", doc_type="pressmeddelande", position=position)
    return Sentence(chunk=chunk, start=0, end=len(text), text=text, score=1.0, coverage=1.0, chunk_score=1.0)


def test_the_passage_before_is_the_one_numbered_before() -> None:
    assert previous_passage("abc123def456-0007") == "abc123def456-0006"
    assert previous_passage("abc123def456-0000") == ""
    assert previous_passage("d#0") == ""


def test_a_followups_instance_is_sought_where_its_own_words_stand() -> None:
    q = analyse("vilket mål har Samuel Carlén satt till 2028 – Samuel Carlén är ordförande i nämnden?")
    assert q.wants_name
    followup = replace(q, followup=True, focus=("mål", "satt"))
    others, goal = sentence(OTHERS, 3), sentence(GOAL, 4)
    fills = _slot_filler(followup, [others, goal], None)
    assert fills is not None and fills(goal) and not fills(others)
    fresh = _slot_filler(q, [others, goal], None)  # no follow-up: any new name fills the slot, as before
    assert fresh is not None and fresh(others)

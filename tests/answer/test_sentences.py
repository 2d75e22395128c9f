"""assistant.sentences: sentence splitting and scoring, split out of assistant.retrieve (whose API re-exports
Sentence, NAME and amounts_in)."""
from __future__ import annotations

from assistant import retrieve, sentences
from assistant.query import analyse
from assistant.types import Chunk, Hit


def chunk(text: str) -> Chunk:
    return Chunk(id="d#0", doc_path="d.txt", text=text, start=0, end=len(text), title="Budget", doc_type="budget",
                 date="2021-01-01")


def test_retrieve_keeps_its_public_api() -> None:
    for name in ("Retriever", "Filters", "FusionWeights", "Sentence", "NAME", "amounts_in"):
        assert hasattr(retrieve, name), name
    assert retrieve.Sentence is sentences.Sentence and retrieve.amounts_in is sentences.amounts_in


def test_sentences_are_split_and_ranked_by_what_was_asked() -> None:
    text = ("Kommunen har en lång historia. Socialnämnden tilldelas 5 mnkr för ett nytt boende. "
            "Socialnämnden ska arbeta vidare.")
    c = chunk(text)
    spans = sentences.split_sentences(c)
    assert [text[s:e] for s, e in spans][1] == "Socialnämnden tilldelas 5 mnkr för ett nytt boende."
    stats = sentences.TermStats({c.id: c})
    q = analyse("Hur mycket får socialnämnden för ett nytt boende?")
    ranked = sentences.score_sentences(q, [Hit(chunk=c, score=1.0)], stats, lambda doc: text)
    assert ranked[0].text.startswith("Socialnämnden tilldelas 5 mnkr")
    assert sentences.amounts_in("Det kostar 2,5 mnkr år 2021 och 3 elever", money=True) == ["2,5"]


def test_why_questions_prefer_a_sentence_that_gives_a_reason() -> None:
    text = "Bolagen har god ekonomi. Bolagen har stark soliditet och därför föreslås en utdelning."
    c = chunk(text)
    stats = sentences.TermStats({c.id: c})
    q = analyse("Varför klarar bolagen en utdelning?")
    assert q.wants_reason
    bonus = sentences.intent_bonus(q, "Bolagen har stark soliditet och därför föreslås en utdelning.")
    assert bonus > sentences.intent_bonus(q, "Bolagen har stark soliditet och föreslås en utdelning.")

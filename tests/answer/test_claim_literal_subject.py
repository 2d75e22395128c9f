"""A claim's figure is confirmed by the sentence stating it when that sentence names the claim's subject in the
claim's own words at least as well as the best-ranked one, which may rank higher only by a paraphrase: a part of the
claimed committee's work ("individ- och familjeomsorgen" for "socialnämnden") with a figure of its own."""
from __future__ import annotations

from assistant.evidence.claim_amounts import Subject, check_amounts
from assistant.retrieval.retrieve import Sentence
from assistant.understand.query import stems
from core.types import Chunk

CLAIM = "Sandvikens socialnämnd får 56,6 mnkr mer 2025"
PART = "Individ- och familjeomsorgen får 12,6 miljoner kronor mer, bland annat för placeringar av barn och unga."
WHOLE = "I budgeten för 2025 utökas socialnämndens ram med 56,6 miljoner kronor."


def sentence(text: str, n: int, heading: str = "") -> Sentence:
    """The sentence in a passage of its own, under `heading` (the section whose committee it speaks of)."""
    passage = f"{heading}\n{text}" if heading else text
    at = len(passage) - len(text)
    chunk = Chunk(id=f"c{n}", doc_path=f"corpus/d{n}.txt", text=passage, start=0, end=len(passage), title="Budget",
                  date="2024-11-18")
    return Sentence(chunk=chunk, start=at, end=len(passage), text=text, score=1.0, coverage=0.5, chunk_score=1.0)


def overlap(words: set[str]):  # type: ignore[no-untyped-def]
    return lambda s, left_out: len((words - left_out) & set(stems(s.text))) / max(len(words - left_out), 1)


OWN = set(stems(CLAIM))  # the claim's own words


def _paraphrased(s: Sentence, left_out: frozenset[str]) -> float:
    """The part's sentence names "socialnämnd" by a paraphrase, and "får ... mer" in the claim's words: it ranks
    highest when paraphrases count in full."""
    base = overlap(OWN)(s, left_out)
    return base + (1.0 if set(stems(s.text)) & set(stems("individ familjeomsorgen")) else 0.0)


def test_a_paraphrase_alone_does_not_outrank_the_sentence_stating_the_claimed_figure() -> None:
    part, whole = sentence(PART, 1, "Socialnämnden"), sentence(WHOLE, 2)
    result = check_amounts(CLAIM, [part, whole], Subject(_paraphrased, literal=overlap(OWN)))
    assert result is not None and result.verdict == "supported", result
    assert result.evidence[0] is whole


def test_without_the_literal_reading_the_part_contradicts() -> None:
    """The same evidence judged only by the paraphrase-crediting score: the part's figure wins (the old verdict)."""
    part, whole = sentence(PART, 1, "Socialnämnden"), sentence(WHOLE, 2)
    result = check_amounts(CLAIM, [part, whole], Subject(_paraphrased))
    assert result is not None and result.verdict == "contradicted"


def test_a_wrong_figure_is_still_contradicted() -> None:
    claim = "Sandvikens socialnämnd får 40 mnkr mer 2025"
    part, whole = sentence(PART, 1, "Socialnämnden"), sentence(WHOLE, 2)
    result = check_amounts(claim, [part, whole], Subject(_paraphrased, literal=overlap(set(stems(claim)))))
    assert result is not None and result.verdict == "contradicted"

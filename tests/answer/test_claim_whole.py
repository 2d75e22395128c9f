"""A claim calling a part the whole ("totalt 38,5 miljoner") is contradicted by the whole the part's document states
of the same thing; without such a whole, or when the claim does not call its figure a whole, the part confirms it."""
from __future__ import annotations

from assistant.evidence.claim_amounts import Subject, check_amounts
from assistant.evidence.claim_figures import claim_figures, figures_in
from assistant.evidence.claim_whole import called_whole, stated_as_part
from assistant.understand.query import stems
from assistant.retrieval.retrieve import Sentence
from core.types import Chunk

PART = "Investeringar på totalt 81,3 miljoner kronor under 2025, varav 38,5 miljoner kronor till förskolan i Nyhem."
WHOLE = "Den totala projektbudgeten för förskolan är 50,5 miljoner kronor."


def sentence(text: str, n: int = 0, doc: int = 0, place: str | None = None) -> Sentence:
    chunk = Chunk(id=f"c{n}", doc_path=f"corpus/d{doc}.txt", text=text, start=0, end=len(text), title="Budget",
                  date="2024-11-26", municipality=place)
    return Sentence(chunk=chunk, start=0, end=len(text), text=text, score=1.0, coverage=0.5, chunk_score=1.0)


def word_overlap(claim: str) -> Subject:
    own = set(stems(claim))
    return Subject(lambda s, left_out: len((own - left_out) & set(stems(s.text))) / max(len(own - left_out), 1))


def test_a_figure_after_varav_is_a_part_and_totalt_before_a_claimed_figure_calls_it_whole() -> None:
    whole, part = figures_in(PART)
    assert stated_as_part(PART, part) and not stated_as_part(PART, whole)
    claim = "Mullsjö lägger totalt 38,5 miljoner på nya förskolan i Nyhem"
    assert called_whole(claim, claim_figures(claim)[0])
    plain = "Mullsjö lägger 38,5 miljoner på nya förskolan i Nyhem 2025"
    assert not called_whole(plain, claim_figures(plain)[0])


def test_a_part_claimed_as_the_whole_is_contradicted_by_the_documents_whole() -> None:
    claim = "Mullsjö lägger totalt 38,5 miljoner på nya förskolan i Nyhem"
    result = check_amounts(claim, [sentence(PART, 1), sentence(WHOLE, 2)], word_overlap(claim))
    assert result is not None and result.verdict == "contradicted"
    assert result.correct == "50,5 miljoner kronor"


def test_the_part_confirms_a_claim_that_does_not_call_it_the_whole() -> None:
    claim = "Mullsjö lägger 38,5 miljoner på nya förskolan i Nyhem"
    result = check_amounts(claim, [sentence(PART, 1), sentence(WHOLE, 2)], word_overlap(claim))
    assert result is not None and result.verdict == "supported"


def test_the_whole_in_another_document_of_the_municipality_contradicts() -> None:
    claim = "Mullsjö lägger totalt 38,5 miljoner på nya förskolan i Nyhem"
    result = check_amounts(claim, [sentence(PART, 1, place="Mullsjö"), sentence(WHOLE, 2, doc=1, place="Mullsjö")],
                           word_overlap(claim))
    assert result is not None and result.verdict == "contradicted"


def test_a_whole_of_another_municipality_or_of_another_thing_does_not_contradict() -> None:
    claim = "Mullsjö lägger totalt 38,5 miljoner på nya förskolan i Nyhem"
    elsewhere = sentence(WHOLE, 2, doc=1, place="Habo")
    other = sentence("Den totala budgeten för simhallen är 12 miljoner kronor.", 3)
    result = check_amounts(claim, [sentence(PART, 1, place="Mullsjö"), elsewhere, other], word_overlap(claim))
    assert result is not None and result.verdict == "supported"

"""A claimed surplus or deficit is checked against the sign of the result a sentence states, in the claim's year
(the document's title names the year an annual report is about), never a committee's result for the whole."""
from __future__ import annotations

import pytest

from assistant.evidence.claim_sign import check_sign
from assistant.retrieval.retrieve import Sentence
from core.types import Chunk
from tests.answer.test_claim_amounts import word_overlap


def said(text: str, title: str = "Hamnby kommun – Årsredovisning 2024", date: str = "2025-04-28", n: int = 0) -> Sentence:
    chunk = Chunk(id=f"c{n}", doc_path=f"d{n}.pdf", text=text, start=0, end=len(text), title=title, date=date)
    return Sentence(chunk=chunk, start=0, end=len(text), text=text, score=1.0, coverage=0.5, chunk_score=1.0)


RESULT = "Hamnby kommuns årets resultat blev -6,2 miljoner kronor, sämre än budget."
COMMITTEE = "Kommunstyrelsen redovisar ett överskott på 1,3 miljoner kronor."


@pytest.mark.parametrize("claim, verdict", [
    ("Hamnby kommun gick med överskott 2024", "contradicted"),
    ("Hamnby kommun gick med underskott 2024", "supported"),
])
def test_the_sign_of_the_stated_result_decides(claim: str, verdict: str) -> None:
    result = check_sign(claim, [said(COMMITTEE), said(RESULT, n=1)], word_overlap(claim).about)
    assert result is not None and result.verdict == verdict and result.correct == "-6,2 miljoner kronor"


def test_another_year_or_a_figure_in_the_claim_is_not_a_sign_claim() -> None:
    assert check_sign("Hamnby kommun gick med överskott 2022", [said(RESULT)], word_overlap("x").about) is None
    claim = "Hamnby kommun gick med ett överskott på 5 miljoner 2024"  # the figure checks decide
    assert check_sign(claim, [said(RESULT)], word_overlap(claim).about) is None


def test_a_committees_result_does_not_answer_for_the_municipality_nor_the_reverse() -> None:
    claim = "Hamnby kommun gick med överskott 2024"
    assert check_sign(claim, [said(COMMITTEE)], word_overlap(claim).about) is None
    committee_claim = "Socialnämnden gick med underskott 2024"
    assert check_sign(committee_claim, [said(RESULT)], word_overlap(committee_claim).about) is None


@pytest.mark.parametrize("claim, verdict", [
    ("Hamnby kommun gick back 2024, eller hur", "supported"),
    ("Hamnby kommun gick plus 2024", "contradicted"),
])
def test_a_sign_said_by_a_phrase_of_several_words_is_checked_too(claim: str, verdict: str) -> None:
    result = check_sign(claim, [said(COMMITTEE), said(RESULT, n=1)], word_overlap(claim).about)
    assert result is not None and result.verdict == verdict


def test_the_words_of_a_phrase_apart_say_no_sign() -> None:
    from assistant.evidence.claim_sign import says_sign

    assert says_sign("Kommunen går back med 3 miljoner", "negative")
    assert not says_sign("Det gick bra, men vi backar inte", "negative")
    assert check_sign("Hamnby kommun gick till val 2024", [said(RESULT)], word_overlap("x").about) is None


def test_a_sign_phrase_is_searched_by_the_signs_own_word() -> None:
    from assistant.evidence.claim_sign import in_sign_words

    assert in_sign_words("Hamnby kommun gick back 2024, eller hur") == "Hamnby kommun underskott 2024, eller hur"
    assert in_sign_words("Hamnby gick i plus 2024") == "Hamnby överskott 2024"
    assert in_sign_words("Hamnby gick med överskott 2024") == "Hamnby gick med överskott 2024"

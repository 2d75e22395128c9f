"""A claimed figure a sentence states only as the start of a change ("höjs från 160 miljoner kronor till 185
miljoner kronor") is what the thing was: the change's end figure contradicts a claim giving the thing the start
figure, unless the claim speaks of the change or the earlier figure, or the start figure has a year of its own."""
from __future__ import annotations

from assistant.evidence.claim_amounts import Subject, check_amounts
from assistant.evidence.claim_change import changed_to
from assistant.evidence.claim_figures import figures_in
from assistant.understand.query import stems
from assistant.retrieval.retrieve import Sentence
from core.types import Chunk

RAISED = "Bolaget har begärt att kommunens borgensram för Bostäder AB höjs från 160 miljoner kronor till 185 miljoner kronor."


def sentence(text: str) -> Sentence:
    chunk = Chunk(id="c1", doc_path="corpus/d.txt", text=text, start=0, end=len(text), title="Protokoll",
                  date="2024-11-25")
    return Sentence(chunk=chunk, start=0, end=len(text), text=text, score=1.0, coverage=0.5, chunk_score=1.0)


def word_overlap(claim: str) -> Subject:
    own = set(stems(claim))
    return Subject(lambda s, left_out: len((own - left_out) & set(stems(s.text))) / max(len(own - left_out), 1))


def test_the_start_of_a_change_is_contradicted_by_its_end() -> None:
    claim = "Bostäder AB får kommunal borgensram på 160 miljoner kronor"
    result = check_amounts(claim, [sentence(RAISED)], word_overlap(claim))
    assert result is not None and result.verdict == "contradicted"
    assert result.correct == "185 miljoner kronor"


def test_the_end_of_a_change_confirms() -> None:
    claim = "Bostäder AB får kommunal borgensram på 185 miljoner kronor"
    result = check_amounts(claim, [sentence(RAISED)], word_overlap(claim))
    assert result is not None and result.verdict == "supported"


def test_a_claim_of_the_change_or_the_earlier_figure_is_not_given_the_end() -> None:
    start = figures_in(RAISED)[:1]
    assert changed_to("borgensramen höjs från 160 miljoner kronor", start, RAISED) is None
    assert changed_to("borgensramen var tidigare 160 miljoner kronor", start, RAISED) is None
    assert changed_to("borgensramen är 160 miljoner kronor", start, RAISED) == figures_in(RAISED)[1]


def test_a_start_figure_with_its_own_year_is_no_earlier_figure_of_the_same_thing() -> None:
    text = "Resultatet har gått från -14,3 miljoner kronor 2023 till en prognos på -6,6 miljoner kronor i år."
    assert changed_to("resultatet är -14,3 miljoner kronor", figures_in(text)[:1], text) is None

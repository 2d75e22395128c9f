"""The deed a claim joins its amount to ("måste spara 7,4 miljoner") picks, among the sentences about its subject,
the one stating its figure as that deed; an auxiliary governing an infinitive tells no outcome by its ending."""
from __future__ import annotations

from assistant.evidence.amount_deed import claimed_deed
from assistant.evidence.claim_amounts import Subject, check_amounts, claims_outcome
from assistant.retrieval.retrieve import Sentence
from core.types import Chunk


def sentence(text: str, n: int) -> Sentence:
    chunk = Chunk(id=f"c{n}", doc_path=f"corpus/d{n}.txt", text=text, start=0, end=len(text), title="Mål och budget",
                  date="2024-11-25")
    return Sentence(chunk=chunk, start=0, end=len(text), text=text, score=1.0, coverage=0.5, chunk_score=1.0)


def test_the_deed_is_the_verb_right_before_the_amount() -> None:
    claim = "En politiker påstår att socialnämnden måste spara drygt 7,4 miljoner kronor. Stämmer det?"
    assert claimed_deed(claim, claim.find("7,4")) == "spara"
    noun = "Socialnämnden hade ett underskott på 7,4 miljoner kronor"
    assert claimed_deed(noun, noun.find("7,4")) == ""


SAVING = {"spara", "besparingen", "minska", "sparkravet"}


def test_the_sentence_stating_its_figure_as_the_deed_contradicts_not_one_naming_the_deed_elsewhere() -> None:
    claim = "socialnämnden måste spara 7,4 miljoner kronor"
    frame = sentence("Socialnämndens ram ökar med 13,4 miljoner kronor, trots sparkravet.", 1)
    saving = sentence("Socialnämnden ska genomföra besparingen på 4,7 miljoner kronor.", 2)
    scores = {frame.text: 0.9, saving.text: 0.8}  # the frame's sentence names more of the claim's words
    subject = Subject(lambda s, left_out: scores[s.text],
                      lambda claimed, stated: any(w in stated.lower() for w in SAVING) if claimed == "spara"
                      else claimed.lower() in stated.lower())
    result = check_amounts(claim, [frame, saving], subject)
    assert result is not None and result.verdict == "contradicted"
    assert result.evidence[0] is saving and result.correct == "4,7 miljoner kronor"


def test_a_modal_governing_an_infinitive_tells_no_outcome() -> None:
    assert not claims_outcome("socialnämnden måste spara 7,4 miljoner kronor 2025", {2025})
    assert claims_outcome("bolaget lämnade 12 miljoner kronor i utdelning 2023", {2023})
    assert not claims_outcome("nämnden behövde låna 5 miljoner kronor 2023", {2023})

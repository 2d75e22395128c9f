"""understand.coverage and the remainder of followup_figures: whether a measure (a grant, a plan of savings)
covers a gap (a deficit) is asked as the two amounts, and what remains is computed of both."""
from __future__ import annotations

from decimal import Decimal

from assistant.compose import followup_figures
from assistant.understand.coverage import asks_coverage, covered, names_gap
from core.types import Answer, Citation

PLACES = ("Ekby", "Åby")


def test_a_measure_between_the_covering_verb_and_the_gap() -> None:
    assert covered("räcker socialnämndens åtgärdsplan i ekby för att täcka underskottet som prognostiseras för 2025?",
                   PLACES) == ["Hur stort är underskottet som prognostiseras för 2025 för socialnämnden i Ekby?",
                               "Hur stort är socialnämndens åtgärdsplan i ekby 2025?"]
    # the gap is the committee's that received the grant, the last body named
    assert covered("täcker bidraget som ks i åby gav kulturnämnden i maj det underskott som rapporten visar?",
                   PLACES) == ["Hur stort är det underskott som rapporten visar för kulturnämnden i Åby?",
                               "Hur stort är bidraget som ks i åby gav kulturnämnden i maj?"]


def test_a_measure_told_by_the_statement_before_the_question_is_asked_first() -> None:
    statement = "Kulturnämnden i Åby fick ett tilläggsanslag i mars."
    assert covered(f"{statement} Hur stort underskott återstår efter det?", PLACES) == [
        f"{statement} Hur stort var det?", "Hur stort är underskott för kulturnämnden i Åby?"]
    assert covered(f"{statement} Räcker det för att täcka underskottet?", PLACES)[0] == f"{statement} Hur stort var det?"


def test_a_gap_the_earlier_part_asked_about_and_english() -> None:
    assert covered("hur mycket av det täcker åtgärdsplanen 2024?", PLACES) == ["Hur stort är åtgärdsplanen 2024?"]
    assert covered("hur mycket av underskottet i Ekby täcks av anslaget?", PLACES) == [
        "Hur stort är underskottet i Ekby?", "Hur stort är anslaget?"]
    assert covered("Does the extra grant cover the deficit in Ekby?", PLACES, "en") == [
        "How large is the deficit in Ekby?", "How large is the extra grant?"]


def test_no_coverage_without_a_measure_of_its_own_or_a_gap() -> None:
    assert covered("Kommunen ska ha sålt bolaget för att täcka underskottet?", PLACES) == []
    assert covered("Vad ska tilläggsanslaget täcka?", PLACES) == []
    assert covered("Hur stort var underskottet 2019?", PLACES) == []
    assert not asks_coverage("Hur stort var underskottet 2019?")
    assert names_gap("Hur stort är underskottet?") and not names_gap("Hur stort är anslaget?")


def _answer(text: str, quote: str, doc: str) -> Answer:
    citation = Citation(n=1, doc=doc, title=doc, quote=quote, chunk_id=f"{doc}#0")
    return Answer(question="", answer=text, citations=(citation,), composer="calculator")


TURNS = {
    "Hur stort är underskottet för socialnämnden?": _answer(
        "Enligt Rapport: -6,9 mnkr [1]: ”Socialnämnden prognostiserar ett underskott på -6,9 miljoner kronor.”",
        "Socialnämnden prognostiserar ett underskott på -6,9 miljoner kronor.", "rapport.pdf"),
    "Hur stort är tilläggsanslaget?": _answer(
        "Enligt Protokoll: 1,2 mnkr [1]: ”Socialnämnden beviljades ett tilläggsanslag på 1,2 miljoner kronor.”",
        "Socialnämnden beviljades ett tilläggsanslag på 1,2 miljoner kronor.", "protokoll.docx"),
}


def test_what_remains_of_the_gap_is_computed_whichever_turn_asked_it_first() -> None:
    question = "Räcker tilläggsanslaget för att täcka underskottet?"
    for turns in (list(TURNS), list(TURNS)[::-1]):
        answer = followup_figures.compute(question, turns, lambda q, b: TURNS[q], "sv")
        assert answer is not None and answer.calculation is not None
        assert answer.calculation.result == Decimal("5700000")
        assert answer.answer.startswith("Nej: 1,2 mnkr [2] täcker inte hela 6,9 mnkr [1]")
        assert "5,7 miljoner kronor" in answer.answer
        assert {c.doc for c in answer.citations} == {"rapport.pdf", "protokoll.docx"}


def test_a_measure_larger_than_the_gap_covers_it() -> None:
    big = {**TURNS, "Hur stort är tilläggsanslaget?": _answer(
        "Enligt Protokoll: 9 mnkr [1]: ”Socialnämnden beviljades 9 miljoner kronor.”",
        "Socialnämnden beviljades 9 miljoner kronor.", "protokoll.docx")}
    answer = followup_figures.compute("täcker anslaget underskottet?", list(big), lambda q, b: big[q], "sv")
    assert answer is not None and answer.answer.startswith("Ja:")
    assert answer.calculation.result == Decimal("-2100000")

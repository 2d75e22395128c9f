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
                   PLACES) == ["Hur stort är socialnämndens underskott som prognostiseras för 2025 i Ekby?",
                               "Hur stort är socialnämndens åtgärdsplan i ekby 2025?"]
    # the gap is the committee's that received the grant, the last body named
    assert covered("täcker bidraget som ks i åby gav kulturnämnden i maj det underskott som rapporten visar?",
                   PLACES) == ["Hur stort är kulturnämndens underskott som rapporten visar i Åby?",
                               "Hur stort är bidraget som ks i åby gav kulturnämnden i maj?"]


def test_the_gap_is_the_committees_own_and_a_document_stating_it_its_source() -> None:
    # "det underskott som delårsrapporten prognostiserar för socialnämnden" reads as a deficit of anything done for
    # the committee; its genitive owns the figure, and the report telling it is where it is read
    assert covered("täcker bidraget som ks i åby gav kulturnämnden i maj det underskott som delårsrapporten visar?",
                   PLACES)[0] == "Hur stort är kulturnämndens underskott enligt delårsrapporten i Åby?"
    assert covered("Kulturnämnden i Ekby fick ett anslag. Räcker det för att täcka avvikelsen som årsredovisningen "
                   "anger?", PLACES)[1] == "Hur stort är kulturnämndens avvikelse enligt årsredovisningen i Ekby?"
    # no committee named: the gap as said
    assert covered("hur mycket av underskottet i Ekby täcks av anslaget?", PLACES)[0] == "Hur stort är underskottet i Ekby?"


def test_a_measure_told_by_the_statement_before_the_question_is_asked_first() -> None:
    statement = "Kulturnämnden i Åby fick ett tilläggsanslag i mars."
    assert covered(f"{statement} Hur stort underskott återstår efter det?", PLACES) == [
        f"{statement} Hur stort var det?", "Hur stort är kulturnämndens underskott i Åby?"]
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


def test_the_measure_is_the_amount_decided_not_the_one_requested() -> None:
    asked, granted = ("Socialnämnden har begärt ett tilläggsanslag på 8 000 tkr.",
                      "Kommunstyrelsen beslutar att bevilja socialnämnden ett tilläggsanslag på 5 500 tkr.")
    measure = Answer(question="", answer=f"Enligt Protokoll: 8 000 tkr [1]: ”{asked}”; 5 500 tkr [2]: ”{granted}”",
                     citations=(Citation(n=1, doc="p.docx", title="p", quote=asked, chunk_id="p#0"),
                                Citation(n=2, doc="p.docx", title="p", quote=granted, chunk_id="p#1")))
    turns = {"Hur stort är tilläggsanslaget?": measure, "Hur stort är underskottet för socialnämnden?":
             TURNS["Hur stort är underskottet för socialnämnden?"]}
    answer = followup_figures.compute("Hur stort underskott återstår efter det?", list(turns)[::-1],
                                      lambda q, b: turns[q], "sv")
    assert answer is not None and answer.calculation.result == Decimal("1400000")  # 6,9 - 5,5, not 6,9 - 8,0
    assert "5 500 tkr" in answer.answer and "8 000 tkr" not in answer.answer


def test_a_gap_its_owner_has_left_if_a_measure_is_taken() -> None:
    # "har ... kvar om ... beviljas": the owner after the verb, the measure of the condition without its passive verb
    assert covered("Hur stort underskott har socialnämnden i Heby kvar om tilläggsanslaget beviljas?",
                   ("Heby",)) == ["Hur stort är socialnämndens underskott i Heby?", "Hur stort är tilläggsanslaget?"]

"""What a body said about a matter is its decision in the item of its minutes, with what the item records after it."""
from __future__ import annotations

from assistant.evidence.body_statement import body_statement, opens_with_body, speaking_bodies
from assistant.evidence.sentences import Sentence
from core.types import Chunk

MINUTES = ("## § 35 Motion om avgiftsfri kollektivtrafik\n\n"
           "Anna Ek (SD) har i en motion föreslagit att personer över 75 år ska resa avgiftsfritt.\n\n"
           "Beslut\n\nKommunstyrelsen föreslår kommunfullmäktige att avslå motionen.\n\n"
           "Reservation\n\nAnna Ek (SD) reserverar sig mot beslutet till förmån för bifall till motionen.\n\n"
           "## § 36 Anmälan av delegationsbeslut\n\nKommunstyrelsen beslutar att lägga redovisningen till handlingarna.\n")
CHUNK = Chunk(id="p-0", doc_path="protokoll.docx", text=MINUTES, start=0, end=len(MINUTES), title="Protokoll")


def sentence(text: str) -> Sentence:
    at = MINUTES.index(text)
    return Sentence(chunk=CHUNK, start=at, end=at + len(text), text=text, score=1.0, coverage=0.9, chunk_score=1.0)


MOTION = sentence("Anna Ek (SD) har i en motion föreslagit att personer över 75 år ska resa avgiftsfritt.")
DECISION = sentence("Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen.")
RESERVATION = sentence("Anna Ek (SD) reserverar sig mot beslutet till förmån för bifall till motionen.")
NEXT_ITEM = sentence("Kommunstyrelsen beslutar att lägga redovisningen till handlingarna.")


def test_the_body_named_after_the_reporting_verb_is_who_speaks() -> None:
    assert speaking_bodies("vad sa ks om motionen om gratis buss?") == {"-kommunstyrelse"}
    assert speaking_bodies("vad tycker socialnämnden om förslaget?") == {"-socialnämnd"}
    assert speaking_bodies("vad sa hon om socialnämnden?") == set()  # the body is the matter, not the speaker
    assert speaking_bodies("hur mycket får socialnämnden?") == set()


def test_a_sentence_opening_with_the_body_past_its_label_is_the_bodys() -> None:
    assert opens_with_body("Beslut: Kommunstyrelsen föreslår fullmäktige att avslå motionen.", {"-kommunstyrelse"})
    assert not opens_with_body("Anna Ek föreslår att kommunstyrelsen ska utreda saken.", {"-kommunstyrelse"})


def test_the_decision_of_the_item_is_quoted_first_with_the_reservation_after_it() -> None:
    quotes = body_statement([MOTION], [MOTION, NEXT_ITEM, RESERVATION, DECISION], {"-kommunstyrelse"},
                            lambda path: MINUTES)
    assert quotes == [DECISION, RESERVATION, MOTION]
    # a person's words or a body that decides nothing in the item: the quotes stand
    assert body_statement([MOTION], [MOTION, RESERVATION], {"-kommunstyrelse"}, lambda path: MINUTES) is None
    assert body_statement([MOTION], [MOTION, DECISION], set(), lambda path: MINUTES) is None

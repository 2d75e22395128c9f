"""Governing bodies by the noun heading their name, in any singular form (assistant/understand/bodies.py)."""
import pytest

from assistant.budget.matching import abbreviable, body_of, committee_mentions, one_body
from assistant.evidence.claims import bodies_in, governing_bodies
from assistant.retrieval.retrieve import Sentence
from assistant.understand.bodies import body_kind
from core.types import Chunk


@pytest.mark.parametrize("word, kind", [
    ("kommunstyrelsen", "committee"), ("Kommunstyrelsens", "committee"), ("överförmyndarstyrelsen", "committee"),
    ("förbundsdirektionen", "committee"), ("arbetsutskottet", "committee"), ("socialnämnds", "committee"),
    ("kommunfullmäktiges", "assembly"), ("socialförvaltningen", "administration"),
    ("kommunledningskontoret", "administration"), ("kommunen", None), ("budgeten", None),
])
def test_a_body_is_named_by_the_noun_that_ends_it(word: str, kind: str | None) -> None:
    assert body_kind(word) == kind


def test_a_board_is_a_committee_whose_administration_is_one_body_with_it() -> None:
    assert body_of("Kommunstyrelsen") == body_of("Summa kommunstyrelsen") == body_of("Kommunkontoret") == "kommun"
    assert one_body(["Kommunstyrelsen", "Kommunkontoret"]) == ["Kommunstyrelsen"]
    assert abbreviable("Förbundsdirektionen")
    question = "förbundsdirektionen och allmänna utskottet fick mer än bolagsstyrelsen"
    named = [m[0] for m in committee_mentions(question)]
    assert named == ["förbundsdirektionen", "allmänna utskottet", "bolagsstyrelsen"]


def test_claims_name_boards_and_offices_as_bodies() -> None:
    assert set(bodies_in("Förbundsdirektionen och kommunledningskontoret")) == {"-förbundsdirektion",
                                                                             "-kommunledningskontor"}
    assert not bodies_in("Direktionen beslutade")  # a bare noun refers back, names no body


def test_a_sentence_speaks_of_the_body_its_sections_heading_names() -> None:
    text = "Budgetuppföljning\nKommunstyrelsen\nNämnden redovisar ett överskott på 2,5 miljoner kronor."
    chunk = Chunk(id="d#0", doc_path="d.pdf", text=text, start=0, end=len(text), title="Delårsrapport 2025")
    at = text.index("Nämnden")
    s = Sentence(chunk=chunk, text=text[at:], start=at, end=len(text), score=1.0, coverage=1.0, chunk_score=1.0)
    assert governing_bodies(s, [s]) == {"-kommunstyrelse"}

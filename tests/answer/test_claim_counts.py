"""A claim that counts things ("två nya skolpsykologer") is contradicted by evidence counting them otherwise."""
from __future__ import annotations

from assistant.evidence.claims import check_claim
from assistant.evidence.sentences import Sentence
from core.types import Chunk

EVIDENCE = "Av beloppet går 2,35 miljoner kronor till elevhälsan, där fler kuratorer och en extra skolpsykolog anställs."


def sentence(text: str) -> Sentence:
    chunk = Chunk(id="p#0", doc_path="p.txt", text=text, start=0, end=len(text), title="Pressmeddelande",
                  doc_type="press_release", date="2024-10-16")
    return Sentence(chunk=chunk, start=0, end=len(text), text=text, score=1.0, coverage=1.0, chunk_score=1.0)


def test_the_same_noun_counted_otherwise_contradicts() -> None:
    result = check_claim("Satsningen innebär att två nya skolpsykologer anställs", [sentence(EVIDENCE)],
                         answerable=True)
    assert result.verdict == "contradicted" and result.correct == "en extra skolpsykolog"
    same = check_claim("Satsningen innebär att en ny skolpsykolog anställs", [sentence(EVIDENCE)], answerable=True)
    assert same.verdict != "contradicted"


def test_a_shared_adjective_does_not_make_two_counts_of_one_thing() -> None:
    places = sentence("Ombyggnaden av äldreboendet ger tolv nya platser för personer med demenssjukdom.")
    other = check_claim("Kommunen ska anställa 25 nya undersköterskor under 2026", [places], answerable=True)
    assert other.verdict != "contradicted"
    same = check_claim("Ombyggnaden av äldreboendet ger 14 nya platser", [places], answerable=True)
    assert same.verdict == "contradicted" and same.correct == "tolv nya platser"


def test_a_verb_after_the_counted_noun_qualifies_nothing() -> None:
    from assistant.evidence.claim_amounts import Subject, _same_counted

    subject = Subject(lambda s, _: 1.0)
    assert _same_counted(["tjänster", "minskar"], ["tjänster", "minskar"], subject)
    assert _same_counted(["nya", "platser"], ["extra", "platser"], subject)
    assert not _same_counted(["nya", "undersköterskor"], ["nya", "platser"], subject)


def test_a_compound_counts_what_its_head_names() -> None:
    from assistant.evidence.claim_amounts import Subject, _same_counted

    subject = Subject(lambda s, _: 1.0)
    assert _same_counted(["sommarjobb"], ["arbeten"], subject)  # jobs, counted by the head's synonym
    assert not _same_counted(["sommarjobb"], ["elever"], subject)

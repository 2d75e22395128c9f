"""A part asking which things ("vilka åtgärder föreslogs?") is answered by the sentence listing them, and a
follow-up part's own topic, not the first part's, ranks the sentences that fill it (compose/answer.py)."""
from __future__ import annotations

from dataclasses import replace

from assistant.compose.answer import lists_instances, select_evidence
from assistant.evidence.sentences import Sentence
from assistant.understand.query import analyse
from core.types import Chunk

MEASURES = ("De konkreta åtgärder som förvaltningen har föreslagit är en översyn av boendet, förtätning av "
            "lokalerna, höja kompetenskravet samt övergå till ett annat arbetssätt.")
QUOTE = ("Den bärande tanken i åtgärderna är en ökad professionalisering med fokus på de mest utsatta, säger Karin "
         "Alvermalm, socialchef i Alingsås kommun och fortsätter:")
OTHER = "I socialnämndens omställningspaket ingick åtgärder för lokaler, boenden och personal."


def sentence(text: str, score: float, doc: str = "p.txt") -> Sentence:
    c = Chunk(id=f"{doc}#0", doc_path=doc, text=text, start=0, end=len(text), title="P", doc_type="press_release",
              date="2020-05-18")
    return Sentence(chunk=c, start=0, end=len(text), text=text, score=score, coverage=0.9, chunk_score=1.0)


def test_a_sentence_listing_things_after_the_asked_noun_lists_its_instances() -> None:
    question = "vilka åtgärder föreslogs?"
    assert lists_instances(sentence(MEASURES, 1.0), question)
    assert not lists_instances(sentence(QUOTE, 1.0), question)  # names and a speaker are no list
    assert not lists_instances(sentence("Skola, vård och omsorg är kärnverksamheten.", 1.0), question)
    assert not lists_instances(sentence(MEASURES, 1.0), "vad föreslogs?")  # no asked noun


def test_the_listing_sentence_answers_a_which_question_before_one_naming_a_person() -> None:
    q = analyse("vilka åtgärder föreslogs?")
    assert q.wants_name
    chosen = select_evidence(q, [sentence(QUOTE, 1.0), sentence(MEASURES, 0.99)], threshold=0.1)
    assert chosen[0].text == MEASURES


def test_a_follow_up_part_is_ranked_by_its_own_topic_not_the_first_parts() -> None:
    q = analyse("vilka åtgärder föreslogs – socialnämndens omställningspaket?")
    q = replace(q, followup=True, focus=("åtgärd", "föreslog"))
    listed = sentence(MEASURES, 1.0)
    other = sentence(OTHER, 0.9, doc="o.txt")
    assert select_evidence(q, [listed, other], threshold=0.1)[0].text == MEASURES
    # a question of its own is answered by the list saying most of it
    assert select_evidence(replace(q, followup=False), [listed, other], threshold=0.1)[0].text == OTHER

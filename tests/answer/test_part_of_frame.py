"""A question asking the part of a whole ("Hur mycket av socialnämndens budget går till hemtjänsten?") is answered
only by a sentence naming the part: the frame's whole or its increase is a near miss, refused."""
from __future__ import annotations

from assistant.compose.answer import asked_part, judge_evidence, names_part
from assistant.evidence.sentences import Sentence
from assistant.understand.query import analyse
from core.types import Chunk


def _sentence(text: str, passage: str = "") -> Sentence:
    passage = passage or text
    chunk = Chunk(id="d#1", doc_path="budget.pdf", text=passage, start=0, end=len(passage), title="Budget 2025",
                  date="2024-11-25")
    at = passage.index(text)
    return Sentence(chunk=chunk, start=at, end=at + len(text), text=text, score=1.0, coverage=1.0, chunk_score=1.0)


def test_the_part_is_what_follows_till_up_to_a_word_naming_no_thing() -> None:
    assert asked_part(analyse("Hur mycket av socialnämndens budget i Vaxholm 2025 går till hemtjänsten?")) == {"hemtjänst"}
    assert asked_part(analyse("hur mycket av ramen går till gymnasieskolan 2025?")) == {"gymnasieskolan"}
    assert asked_part(analyse("Hur mycket av satsningen går till hemtjänsten i Vaxholm?")) == {"hemtjänst"}


def test_no_part_without_a_whole_or_with_a_span() -> None:
    assert not asked_part(analyse("Vad kostar bussturerna till Sollebrunn?"))  # the trips go there
    assert not asked_part(analyse("Hur mycket ökar av skatteintäkterna från budget 2025 till plan 2027?"))
    assert not asked_part(analyse("How much of the budget goes to home care?"))  # English: not the documents' words
    # "till soc" names the whole's owner when a verb follows it; the part is where the money "hamnade"
    assert not asked_part(analyse("hur mycket av det nya omställningspaketet till soc hamnade på avdelning unga?"))


def test_the_frame_or_its_increase_does_not_answer_for_the_part() -> None:
    q = analyse("Hur mycket av socialnämndens budget 2025 går till hemtjänsten?")
    passage = ("Hemtjänsten har ökat sina volymer under året. Socialnämnden får en ramökning på 12,7 miljoner "
               "kronor 2025.")
    frame = _sentence("Socialnämnden får en ramökning på 12,7 miljoner kronor 2025.", passage)
    assert not names_part(asked_part(q), frame.text)
    assert not judge_evidence(q, [frame], probability=0.9, cutoff=0.2).answerable
    part = _sentence("Av socialnämndens budget 2025 går 45,2 miljoner kronor till hemtjänsten.")
    assert judge_evidence(q, [part], probability=0.9, cutoff=0.2).answerable


def test_a_compound_of_the_part_names_it() -> None:
    assert names_part(frozenset({"hemtjänst"}), "Hemtjänstens budget är 45 miljoner kronor.")
    assert names_part(frozenset(), "Ramen ökar med 10,9 miljoner kronor.")  # no part asked: nothing to name


def test_a_verbs_particle_is_no_part_of_a_whole() -> None:
    assert not asked_part(analyse("hur mycket pengar ska man sätta av varje år till omställningsfonden?"))
    assert asked_part(analyse("Av varje hundralapp i skatt, hur mycket går till äldreomsorgen?")) == {"äldreomsorg"}
    assert asked_part(analyse("Hur stor del av investeringarna går till skolan?")) == {"skolan"}

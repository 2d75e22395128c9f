"""A proper name written as two or more capitalised words ("Alingsås Energi") is matched as a name: its words get
no synonyms of the common noun, and a named document's evidence is a sentence that writes the name."""
from __future__ import annotations

from assistant.understand.query import analyse, name_phrase_stems
from assistant.retrieval.retrieve import naming_sentences
from assistant.evidence.sentences import Sentence
from core.types import Chunk


def test_a_word_of_a_name_gets_no_synonyms_of_the_common_noun() -> None:
    assert name_phrase_stems("Hur mycket ger Alingsås Energi i utdelning?") >= {"alingsås", "energi"}
    assert name_phrase_stems("Vad hände i Maj Alingsås?") == {"alingsås"}  # a month is a date
    named = analyse("Hur mycket utdelning ger Alingsås Energi?")
    common = analyse("Hur mycket energi sparas?")
    group = next(g for g in named.groups if g[0] == "energi")
    assert group == ("energi",)
    assert len(next(g for g in common.groups if g[0] == "energi")) > 1  # the common noun keeps its synonyms


def sentence(text: str) -> Sentence:
    c = Chunk(id="p#0", doc_path="p.txt", text=text, start=0, end=len(text), title="P", doc_type="press_release",
              date="2023-02-08")
    return Sentence(chunk=c, start=0, end=len(text), text=text, score=0.0, coverage=0.0, chunk_score=0.0)


def test_the_sentences_writing_the_questions_name_are_its_evidence() -> None:
    compound = sentence("Kontoret tar fram en plan för ökad energieffektivitet.")
    name = sentence("Kontoret utreder en utdelning från  Alingsås\nEnergi.")
    assert naming_sentences("Vad sa uppdraget om Alingsås Energi?", [compound, name]) == [name]
    assert naming_sentences("vad sa uppdraget om alingsås energi?", [compound, name]) == []  # no name written

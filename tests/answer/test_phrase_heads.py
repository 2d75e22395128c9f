"""A concept said by a phrase ("årets resultat") is named by its head, in any of the forms the stemmer gives it
("resultat" -> "result", "resultatet" -> "resultat"), not by its modifier alone ("Årets investeringar"); and a
heading above a bulleted goal ("Finansiella mål") says what the goal is about."""
from __future__ import annotations

import pytest

from assistant.evidence import sentences
from assistant.evidence.headings import frame
from assistant.understand.query import analyse, phrase_head
from core.types import Chunk

GOALS = ("Det årliga ekonomiska resultatet ska uppgå till minst 4 procent av skatteintäkter. "
         "Årets investeringar ska självfinansieras genom resultat och avskrivningar.")


def chunk(text: str) -> Chunk:
    return Chunk(id="d#0", doc_path="d.txt", text=text, start=0, end=len(text), title="Budget", doc_type="budget",
                 date="2025-11-24")


def test_a_definite_form_the_stemmer_keeps_longer_is_a_form_of_the_word() -> None:
    stats = sentences.TermStats({"d#0": chunk(GOALS)})
    assert "resultat" in stats.matches("result")  # "resultatet" stems to "resultat", "resultat" to "result"
    assert "resultatmål" not in stats.matches("result")  # the vocabulary holds no such compound
    q = analyse("Hur stort ska resultatet vara?")
    said = stats.coverage(q.groups, sentences.text_stems("Det årliga ekonomiska resultatet ska uppgå till 4 procent."))
    assert said == pytest.approx(stats.coverage(q.groups, sentences.text_stems("Årets resultat är 4 procent.")))


def test_a_phrase_is_said_by_its_head_not_its_modifier() -> None:
    assert phrase_head(["året", "result"]) == "result"
    assert phrase_head(["skär", "ner"]) == "skär"  # a particle ends a verb's phrase
    group = next(g for g in analyse("Vad blev årets resultat?").groups if "result" in g)
    assert group[0] == "result" and "året" not in group
    stats = sentences.TermStats({"d#0": chunk(GOALS)})
    q = analyse("Vad blev årets resultat?")
    assert stats.coverage(q.groups, sentences.text_stems("Årets investeringar ska självfinansieras.")) == 0.0


def test_a_heading_above_a_bulleted_goal_names_what_the_goal_is_about() -> None:
    text = ("Finansiella mål\n\n- Det årliga ekonomiska resultatet ska uppgå till minst 4 procent av skatteintäkter\n"
            "- Kommunens externa låneskuld ska inte överstiga 4,0 mdkr")
    c = chunk(text)
    at = text.index("Det årliga")
    goal = sentences.Sentence(chunk=c, start=at, end=text.index("\n", at), text=text[at:text.index("\n", at)],
                              score=1.0, coverage=1.0, chunk_score=1.0)
    assert frame(goal).startswith("Budget") and "Finansiella mål" in frame(goal)
    stats = sentences.TermStats({c.id: c})
    assert stats.says(("finansiell",), goal.text, frame(goal)) and not stats.says(("finansiell",), goal.text)
    first = sentences.Sentence(chunk=c, start=0, end=15, text="Finansiella mål", score=1.0, coverage=1.0,
                               chunk_score=1.0)
    assert frame(first) == "Budget"  # a heading has nothing above it

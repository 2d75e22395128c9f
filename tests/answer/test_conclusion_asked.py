"""What a piece of work came to ("vad landade handlingsplanen i?", "vad kom utredningen fram till?") is what it
proposes: the conclusion verb names no topic, and a sentence proposing ranks above one restating the assignment."""
from __future__ import annotations

from pathlib import Path

from assistant.evidence.outcome import asks_conclusion, proposes
from assistant.understand.query import analyse
from assistant.understand.words import asks_conclusion_of, without_conclusion_verb
from tests.fakes import assistant_over


def test_a_conclusion_verb_is_read_across_an_inverted_subject() -> None:
    assert asks_conclusion_of("vad kom handlingsplanen fram till?")
    assert asks_conclusion_of("Vad landade utredningen i?")
    assert asks_conclusion_of("What did the review conclude?")
    assert not asks_conclusion_of("hur mycket landade på avdelning unga?")  # where money went, no conclusion
    assert without_conclusion_verb("vad kom handlingsplanen fram till?").split() == ["vad", "handlingsplanen", "?"]


def test_the_conclusion_verb_is_no_concept_of_the_question() -> None:
    groups = analyse("KS gav uppdrag att utreda utdelning, vad kom handlingsplanen fram till?").groups
    assert not {"kom", "fram", "framkom"} & {s for g in groups for s in g}
    assert ("utdelning", "koncernbidrag") in groups or any("utdelning" in g for g in groups)


def test_a_conclusion_is_asked_by_what_follows_the_statement_and_for_no_amount() -> None:
    assert asks_conclusion(analyse("KS ville utreda utdelningen. Vad landade handlingsplanen i?"))
    assert not asks_conclusion(analyse("Vilket belopp landade handlingsplanen i?"))  # an amount: its own sentence
    assert proposes("Därför föreslås en årlig utdelning på 10 miljoner kronor.")
    assert not proposes("Kommunstyrelsen beslutade att ge kommunledningskontoret i uppdrag att utreda utdelningen.")


def test_the_proposal_answers_not_the_restated_assignment(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "handlingsplan.md").write_text(
        "# Ekonomisk handlingsplan\n\nExempel på åtgärder som ska utredas är möjlighet till utdelning från det "
        "kommunala energibolaget.\n\nBolaget har stark soliditet och därför föreslås en årlig utdelning från "
        "energibolaget på 10 "
        "miljoner kronor.\n", encoding="utf-8")
    assistant = assistant_over(folder)
    said = assistant.ask("Utdelning från energibolaget skulle utredas. Vad kom handlingsplanen fram till?")
    assert not said.refused and "föreslås" in said.citations[0].quote, said.answer

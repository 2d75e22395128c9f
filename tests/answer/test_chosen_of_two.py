"""Which of two things is the larger ("vad är störst per år: S-budgetens pott eller handlingsplanens fond?"): each
thing's size asked as a question of its own, so each is answered from its document and cited, and the question
itself asks their difference, which tells the larger."""
from __future__ import annotations

from assistant.compose.followup_figures import asked_operation
from assistant.understand.parts import compared


def test_a_superlative_choice_between_two_things_asks_each_ones_size() -> None:
    question = "vad är störst per år: S-budgetens investeringspott för föreningslivet eller handlingsplanens fond?"
    assert compared(question) == ["Hur stort är S-budgetens investeringspott för föreningslivet?",
                                  "Hur stort är handlingsplanens fond?"]
    assert asked_operation(question) == "difference"


def test_the_noun_the_interrogative_asks_of_names_each_thing_and_a_cost_is_its_whole() -> None:
    assert compared("Vilken förskola blir dyrast – Värmlandsbro i Säffle eller Timmernabben i Mönsterås?") == [
        "Vad kostar förskola Värmlandsbro i Säffle totalt?", "Vad kostar förskola Timmernabben i Mönsterås totalt?"]


def test_municipalities_and_a_question_with_a_verb_of_its_own_are_the_calculators_comparison() -> None:
    # the places are compared with their own tables' figures (compose/place_comparison)
    assert compared("vilken kommun är störst, Flen eller Skinnskatteberg?") == []
    assert compared("vilken kommun investerar mest 2025, flen eller skinnskatteberg?") == []
    assert asked_operation("vilken kommun investerar mest 2025, flen eller skinnskatteberg?") is None

"""A statement naming a figure of one kind before a question asking a figure of another kind: each asked on its own,
from its own document, and what is asked of the two computed from both."""
from __future__ import annotations

from assistant.compose.followup_figures import asked_operation
from assistant.understand.stated_figure import figure_then_asked

FORECAST_THEN_OUTCOME = ("Orusts budget hade en prognos för årets resultat 2024. Hur mycket bättre blev det faktiska "
                         "resultatet enligt årsredovisningen?")


def test_the_statement_and_the_question_are_asked_each() -> None:
    assert figure_then_asked(FORECAST_THEN_OUTCOME) == [
        "Hur mycket hade Orusts budget en prognos för årets resultat 2024?",
        "Hur mycket blev det faktiska resultatet enligt årsredovisningen?"]
    assert figure_then_asked("Kinda budgeterade ett resultat för 2025. Vad blev utfallet?") == [
        "Hur mycket budgeterade Kinda ett resultat för 2025?", "Vad blev utfallet?"]


def test_a_statement_of_no_figure_kind_or_a_question_of_the_same_kind_is_not_cut() -> None:
    # the statement tells an event: no figure of a kind to hold the asked one against
    assert figure_then_asked("KS gav i feb 2023 klk i uppdrag att ta fram en handlingsplan. hur stor effekt bedöms "
                             "den ge?") == []
    # the question asks of the statement's kind itself
    assert figure_then_asked("Kinda budgeterade ett resultat för 2025, vad säger delårsrapporten om helåret "
                             "jämfört med budgeten?") == []
    assert figure_then_asked("Hur mycket bättre blev resultatet enligt årsredovisningen?") == []


def test_how_much_better_asks_a_difference() -> None:
    assert asked_operation("Hur mycket bättre blev det faktiska resultatet?") == "difference"
    assert asked_operation("hur mycket sämre blev resultatet?") == "difference"


def test_the_asked_figure_and_the_statement_s_are_asked_before_the_question() -> None:
    from assistant.build import Assistant

    assistant = object.__new__(Assistant)
    assistant._places = lambda: ("orust",)
    parts = assistant._with_compared([FORECAST_THEN_OUTCOME], [], "sv", None)
    assert parts == ["Hur mycket blev det faktiska resultatet enligt årsredovisningen 2024 i orust?",
                     "Hur mycket hade Orusts budget en prognos för årets resultat 2024?", FORECAST_THEN_OUTCOME]


def test_a_statement_telling_what_was_said_does_not_ask_what_was_said() -> None:
    from assistant.answering.prose import asks_said

    assert not asks_said("KS sa 2023 att man skulle utreda utdelning från Alingsås Energi. Vilket belopp landade "
                         "handlingsplanen i sen?")
    assert asks_said("Vad sa kommunstyrelsen om utdelningen från Alingsås Energi?")


def test_a_pronoun_of_the_asked_part_is_the_statements_topic() -> None:
    # "Vad blev det faktiskt?": "det" is what the statement's forecast is of, asked of its own kind
    assert figure_then_asked("Arvikas budget hade en prognos för årets resultat 2024. Vad blev det faktiskt?") == [
        "Hur mycket hade Arvikas budget en prognos för årets resultat 2024?", "Vad blev årets resultat faktiskt?"]
    # an article before the asked part's own noun points at nothing
    assert figure_then_asked("Orusts budget hade en prognos för årets resultat 2024. Hur mycket bättre blev det "
                             "faktiska resultatet?")[1] == "Hur mycket blev det faktiska resultatet?"

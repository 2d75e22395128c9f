"""A compound of a row's name said as its two words apart ("LED-belysning på gatorna" of "Gatubelysning, byte till
LED"): the front matching a row of its own is no second row (matching._compound_said_apart), and neither part is a
topic the row leaves unanswered (answer.leftover_topic via matching.compound_parts_said)."""
from __future__ import annotations

from assistant.budget.answer import leftover_topic
from assistant.budget.matching import _build_lexicon, compound_parts_said, match_rows
from assistant.budget.plan import Plan

LABELS = ("Gatubelysning, byte till LED", "Gator och vägar, beläggning", "Förskola Solrosen")


def test_the_compound_front_said_apart_is_no_second_row() -> None:
    found = match_rows("hur mycket har avsatts för byte till LED-belysning på gatorna 2026?", _build_lexicon(LABELS))
    assert [m.label for m in found] == ["Gatubelysning, byte till LED"]


def test_rows_said_apart_by_their_own_words_stay_two() -> None:
    found = match_rows("hur mycket får byte till LED och gatorna 2026?", _build_lexicon(LABELS))
    assert [m.label for m in found] == ["Gatubelysning, byte till LED", "Gator och vägar, beläggning"]


def test_the_compound_parts_said_name_the_row() -> None:
    words = ["byte", "till", "led", "belysning", "på", "gatorna"]
    assert compound_parts_said(("Gatubelysning, byte till LED",), words) == {"belysning", "gatorna"}
    assert compound_parts_said(("Förskola Solrosen",), words) == set()
    plan = Plan(operation="lookup", rows=("Gatubelysning, byte till LED",), said=("byte till LED",), years=(2026,))
    left = leftover_topic("Hur mycket pengar har avsatts för byte till LED-belysning på gatorna 2026?", plan)
    assert "belysning" not in left and "gatorna" not in left


def test_a_compound_said_whole_is_no_front_said_apart() -> None:
    # "socialnämndens ... nämndens": "socialnämndens" is the compound itself, not its front "social-" said apart
    words = ["stämmer", "socialnämndens", "underskott", "med", "nämndens", "protokoll"]
    assert compound_parts_said(("Socialnämnden",), words) == set()

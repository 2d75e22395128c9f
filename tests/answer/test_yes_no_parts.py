"""A part of a compound question asking yes or no is checked as the claim it asks about, as a whole question is."""
from __future__ import annotations


def test_a_yes_no_part_said_with_the_preamble_is_answered_by_the_evidence_that_contradicts_it(assistant) -> None:
    answer = assistant.ask("S sommarjobbssatsning: hur mycket pengar blir det totalt, hur många jobb räcker det "
                           "till och är det permanent?")
    quotes = [c.quote for c in answer.citations]
    assert any("tillfällig" in q for q in quotes)
    assert any("2 mnkr" in q for q in quotes)
    assert "Jag hittar inget" not in answer.answer

""""at most" / "at least" bound an amount, they rank nothing ("How much new borrowing may kommunstyrelsen take up at
most in 2025?" is no "largest in 2025"), and borrowing is a measure of its own: a committee's operating frame does
not state it."""
from __future__ import annotations

from assistant.budget.plan import MAX, MIN
from assistant.evidence.near_miss import measures, other_slot


def test_at_most_and_at_least_rank_nothing() -> None:
    assert MAX.search("How much new borrowing may kommunstyrelsen take up at most in 2025?") is None
    assert MIN.search("Should the result be at least 2 percent?") is None
    assert MAX.search("Which committee has the most staff?") is not None
    assert MIN.search("Which committee got the least?") is not None


def test_borrowing_is_a_measure_no_operating_frame_states() -> None:
    question = "How much new borrowing may kommunstyrelsen take up at most in 2025?"
    assert "upplåning" in measures(question)
    assert "upplåning" in measures("samt att kommunstyrelsen får uppta nya lån på högst 12 mnkr under 2025")
    assert other_slot(question, "drift") == "measure"
    assert "upplåning" not in measures("Låneskulden uppgår till 412 mnkr.")  # a debt, not a loan taken up

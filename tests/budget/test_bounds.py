""""at most" / "at least" bound an amount, they rank nothing ("How much new borrowing may kommunstyrelsen take up at
most in 2025?" is no "largest in 2025")."""
from __future__ import annotations

from assistant.budget.plan import MAX, MIN


def test_at_most_and_at_least_rank_nothing() -> None:
    assert MAX.search("How much new borrowing may kommunstyrelsen take up at most in 2025?") is None
    assert MIN.search("Should the result be at least 2 percent?") is None
    assert MAX.search("Which committee has the most staff?") is not None
    assert MIN.search("Which committee got the least?") is not None

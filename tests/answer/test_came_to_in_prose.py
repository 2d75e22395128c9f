"""A figure asked in the past tense ("vad kostade ... 2023?") that the tables hold only as a budget is answered by a
sentence saying what it came to ("som 2023 uppgick till 14,3 miljoner kronor"), not refused for want of an outcome."""
from __future__ import annotations

from pathlib import Path

from assistant.budget.columns import says_came_to
from tests.answer.small_corpus import assistant_of

BUDGET = ("# Budget 2025\n\n## Personal\n\nSamtidigt fortsätter arbetet med att minska kostnaderna för inhyrd personal, "
          "som 2023 uppgick till 14,3 miljoner kronor.\n\n## Personalkostnader\n\nBelopp i mnkr\n\n"
          "| Kostnad | Budget 2023 | Budget 2024 | Budget 2025 |\n|---|---|---|---|\n"
          "| Inhyrd personal | 12,0 | 11,0 | 9,0 |\n| Övertid | 6,0 | 5,5 | 5,0 |\n")


def test_a_past_tense_of_coming_to_states_an_outcome() -> None:
    assert says_came_to("kostnaderna för inhyrd personal, som 2023 uppgick till 14,3 miljoner kronor")
    assert not says_came_to("kostnaderna ska uppgå till 9 miljoner kronor")


def test_the_sentence_saying_what_the_year_came_to_answers(tmp_path: Path) -> None:
    answer = assistant_of(tmp_path, {"budget.md": BUDGET}).ask("vad kostade inhyrd personal 2023?")
    assert not answer.refused, answer.answer
    assert "14,3" in answer.answer

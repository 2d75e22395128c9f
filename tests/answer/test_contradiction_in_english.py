"""A contradicted claim asked in English: the document's sum of money said the English way beside its words."""
from __future__ import annotations

from assistant.answering.claims import _in_english


def test_a_sum_in_swedish_words_is_said_in_english_too() -> None:
    assert _in_english("en halv miljard") == "en halv miljard (SEK 500 million)"


def test_what_is_no_single_sum_stays_as_written() -> None:
    assert _in_english("2024") == "2024"
    assert _in_english("5 procent") == "5 procent"

"""An amount the document writes in words is stated with its figure too."""
from __future__ import annotations

from assistant.compose.answer import extract_fact, with_digits
from assistant.understand.query import analyse


def test_an_amount_in_words_gets_its_figure() -> None:
    q = analyse("Hur mycket lägger förvaltningarna på inköp per år?")
    fact = extract_fact(q, "Förvaltningarna gör inköp för cirka en halv miljard kronor per år.")
    assert fact == "en halv miljard kronor (0,5 mdkr)"


def test_figures_and_percentages_are_left_alone() -> None:
    assert with_digits("tre miljoner kronor", "en") == "tre miljoner kronor (3 million SEK)"
    assert with_digits("fem procent") == "fem procent"
    assert with_digits("några kronor") == "några kronor"

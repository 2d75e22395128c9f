"""A table row quoted as prose holds the figures of several columns: without its header the answer cannot tell
which one is asked, so it states none of them (the quote shows the row) rather than the first, which is another
year's. A row of one figure, or of equal ones, states it with its label's unit."""
from __future__ import annotations

from assistant.compose.answer import extract_fact
from assistant.understand.query import analyse


def test_a_row_of_several_columns_states_no_figure() -> None:
    q = analyse("Hur stort resultat gjorde kommunen 2024?")
    assert extract_fact(q, "| Årets resultat, mnkr | 19,2 | 13,5 | 11,8 |") is None
    assert extract_fact(q, "Årets resultat, mnkr   19,2   13,5   11,8") is None


def test_a_row_of_one_figure_states_it() -> None:
    q = analyse("Hur hög är skattesatsen?")
    assert extract_fact(q, "Skattesats (kr)  23,45  23,45") == "23,45 kr"
    assert extract_fact(q, "| Skattesats (kr) | 23,45 |") == "23,45 kr"

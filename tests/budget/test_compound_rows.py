"""The words for a table's rows count inflected, not as the first part of a compound: "nämndreserverna" are
reserves, so "hur mycket blir nämndreserverna sammanlagt?" is no sum over the committees' rows."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from tests.budget.corpus_docs import corpus_book


def test_a_compound_whose_first_part_names_the_rows_is_not_the_rows() -> None:
    book = corpus_book()
    summed = answer_figures("Hur mycket får nämnderna sammanlagt 2021?", book)
    assert summed is not None and summed.calculation is not None and "384 69" in summed.text  # the committees' sum
    other = answer_figures("Hur mycket blir nämndreserverna sammanlagt?", book)
    assert other is None or "Summa kommunbidrag" not in " ".join(s.quote for s in other.sources)

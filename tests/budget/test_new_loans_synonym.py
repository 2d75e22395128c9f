"""The cash flow statement's "Nyupptagna lån" is said "nya lån" (and "new borrowing" in English): budget_synonyms.json
rows, as every municipality's kassaflödesbudget names it."""
from __future__ import annotations

from assistant.budget.plan import plan_question
from tests.budget.test_label_words_apart import _lexicon


def test_new_loans_name_the_row_of_loans_taken_up() -> None:
    assert plan_question("hur mycket nya lån tar kommunen 2025?", _lexicon()).rows == ("Nyupptagna lån",)
    assert plan_question("how much new borrowing does the municipality plan for 2025?", _lexicon()).rows == (
        "Nyupptagna lån",)

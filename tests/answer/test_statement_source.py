"""A statement before the question names where it was said ("... säger i pressmeddelandet att Bronäs kostar 115
miljoner"), not where the asked figure must stand: "hur mycket av det är budgeterat 2026?" is the budget's cell,
and the leftover word "pressmeddelandet" is no other topic beside the row."""
from __future__ import annotations

from pathlib import Path

from tests.answer.test_change_near_miss import BUDGET
from tests.answer.small_corpus import assistant_of

NEWS = """# Nytt vård- och omsorgsboende på Bronäs

Boendet på Bronäs beräknas kosta 115 miljoner kronor och byggstarten sker i höst.
"""


def test_the_document_a_statement_cites_does_not_bound_what_is_asked(tmp_path: Path) -> None:
    answer = assistant_of(tmp_path, {"budget-2025.md": BUDGET, "pressmeddelande-bronas.md": NEWS}).ask(
        "kommunen säger i pressmeddelandet att bronäs kostar 115 miljoner, hur mycket av det är budgeterat 2026?")
    assert not answer.refused and "55,0 miljoner" in answer.answer, answer.answer

"""A year's figure asked in the past tense is what the year came to: the Assistant reads the tables of outcomes
first (an annual report's plain year columns of years ended before it was written), not the budget's column of
that year; a budget asked by name stays the budget."""
from __future__ import annotations

import json
from pathlib import Path

from tests.answer.small_corpus import assistant_of

BUDGET = """# Budget och plan 2025–2027

## Resultatbudget

Belopp i mnkr

| Post | Utfall 2023 | Budget 2024 | Budget 2025 | Plan 2026 |
| --- | --- | --- | --- | --- |
| Verksamhetens nettokostnader | -950,1 | -990,4 | -1 020,3 | -1 050,2 |
| Årets resultat | 13,5 | 13,3 | 14,1 | 11,5 |
"""
KEY_FIGURES = """# Finansiell information

## Nyckeltal 2022–2024

| Nyckeltal | 2022 | 2023 | 2024 |
| --- | --- | --- | --- |
| Årets resultat, mnkr | 19,2 | 13,5 | 11,8 |
| Soliditet, % | 30,1 | 31,0 | 30,6 |
"""
META = {"budget-och-plan.md": {"title": "Budget och plan 2025–2027", "date": "2024-11-21", "type": "budget"},
        "finansiell-information.md": {"title": "Finansiell information", "date": "2025-03-20", "type": "other"}}


def _assistant(tmp_path: Path):  # type: ignore[no-untyped-def]
    return assistant_of(tmp_path, {"budget-och-plan.md": BUDGET, "finansiell-information.md": KEY_FIGURES,
                                   "metadata.json": json.dumps(META)})


def test_a_past_years_figure_asked_in_the_past_tense_is_its_outcome(tmp_path: Path) -> None:
    assistant = _assistant(tmp_path)
    for question in ("Hur stort resultat gjorde kommunen 2024?", "vilket resultat blev det 2024?"):
        answer = assistant.ask(question)
        assert "11,8" in answer.answer and "13,3" not in answer.answer and not answer.refused
    assert "13,3" in assistant.ask("Vad är årets resultat i budget 2024?").answer  # a budget asked stays the budget


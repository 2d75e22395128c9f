"""The Assistant reads a document named by its title as the figure's source: "enligt Mål och budget 2025" names the
document, its year is no column when the question asks 2026 (the budget's 2025 loans do not join the answer)."""
from __future__ import annotations

import json
from pathlib import Path

from tests.answer.small_corpus import assistant_of

BUDGET = """# Mål och budget 2025

## Kassaflödesbudget

Belopp i mnkr

| Post | Budget 2025 | Plan 2026 | Plan 2027 |
| --- | --- | --- | --- |
| Nyupptagna lån | 35,0 | 40,0 | 30,0 |
| Amortering | -10,0 | -12,0 | -12,0 |
"""


def test_the_titles_year_is_no_column_of_the_figure(tmp_path: Path) -> None:
    meta = {"mal-och-budget.md": {"title": "Mål och budget 2025", "date": "2024-11-28", "type": "budget"}}
    assistant = assistant_of(tmp_path, {"mal-och-budget.md": BUDGET, "metadata.json": json.dumps(meta)})
    answer = assistant.ask("Hur mycket nyupptagna lån planeras 2026 enligt Mål och budget 2025?")
    assert "40,0" in answer.answer and "35,0" not in answer.answer, answer.answer

"""A later part of a question asking what a thing costs as a whole ("..., och vad kostar det totalt?"), answered
leaning on the first part, is the whole a document states rather than the plan period's years the calculator added,
as the same question asked alone is (arbitrate.period_for_whole)."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.fakes import assistant_over


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    folder: Path = tmp_path_factory.mktemp("whole") / "docs" / "norrby"
    folder.mkdir(parents=True)
    (folder / "budget.md").write_text(
        "# Budget och plan 2025–2027\n\n"
        "Det viktigaste projektet under planperioden är det nya särskilda boendet Solgläntan med 60 lägenheter.\n\n"
        "## Investeringsbudget\n\n"
        "| Mnkr | Budget 2025 | Plan 2026 | Plan 2027 |\n|---|---|---|---|\n"
        "| Särskilt boende Solgläntan | 48,0 | 62,0 | 40,0 |\n| Gator och vägar | 5,0 | 5,0 | 5,0 |\n"
        "| Summa investeringar | 53,0 | 67,0 | 45,0 |\n", encoding="utf-8")
    (folder / "pressmeddelande.md").write_text(
        "# Första spadtaget för Solgläntan\n\n"
        "Nu tas det första spadtaget för Solgläntan, kommunens nya särskilda boende. Boendet får 60 lägenheter "
        "fördelade på sex avdelningar. Den totala kostnaden beräknas till 182 miljoner kronor.\n", encoding="utf-8")
    return assistant_over(folder.parent)


def test_a_leaning_part_asking_the_whole_is_the_whole_a_document_states(assistant) -> None:  # type: ignore[no-untyped-def]
    answer = assistant.ask("hur många lägenheter blir det på solgläntan och vad kostar det totalt?")
    assert "182" in answer.answer and "150" not in answer.answer, answer.answer

"""A vote asked ("Hur röstade kommunfullmäktige om budgeten 2026?") is answered by the sentence stating its tally, not
by the budget's row of the body that voted: the tables hold no votes."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.fakes import assistant_over


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    tmp_path: Path = tmp_path_factory.mktemp("vote")
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "budget-2026.md").write_text(
        "# Budget och plan 2026–2028\n\nDriftbudget per nämnd, tkr\n\n"
        "| Nämnd | Budget 2026 | Plan 2027 | Plan 2028 |\n|---|---:|---:|---:|\n"
        "| Kommunfullmäktige | 3 420 | 3 500 | 3 580 |\n| Kommunstyrelsen | 98 000 | 99 500 | 101 000 |\n"
        "| Socialnämnden | 310 000 | 318 000 | 326 000 |\n", encoding="utf-8")
    (folder / "kf-protokoll.md").write_text(
        "# Kommunfullmäktige – protokollsutdrag 2025-11-24\n\n## § 88 Budget 2026\n\n"
        "Med 19 röster för kommunstyrelsens förslag mot 12 röster för M och SD:s förslag beslutar "
        "kommunfullmäktige enligt kommunstyrelsens förslag.\n\n## § 89 Borgensram\n\n"
        "Kommunfullmäktige beslutar att höja kommunens borgensram för Storbo AB till 180 miljoner kronor.\n",
        encoding="utf-8")
    return assistant_over(folder)


def test_the_vote_on_the_budget_is_its_tally_not_the_body_s_row(assistant) -> None:  # type: ignore[no-untyped-def]
    answer = assistant.ask("Hur röstade kommunfullmäktige om budgeten 2026?")
    assert "19 röster" in answer.answer and answer.composer != "calculator", answer.answer

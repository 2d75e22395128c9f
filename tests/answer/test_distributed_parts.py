"""A part of a compound question asking the same of two things ("för äldreomsorgen respektive för nytt LSS-boende,
och hur stor uppräkning ...?") is asked of each, as a whole question asking it would be."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.fakes import assistant_over


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    tmp_path: Path = tmp_path_factory.mktemp("distributed")
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "budget.md").write_text(
        "# Budget 2025\n\n## Grundförslaget\n\n"
        "Vård- och omsorgsnämnden tilldelas 18 mnkr permanent kommunbidrag för äldreomsorgen.\n\n"
        "Vård- och omsorgsnämnden tilldelas 5 mnkr permanent kommunbidrag för ett nytt LSS-boende.\n\n"
        "## Uppräkning\n\nNämnderna räknas upp med 75 procent av prisindex 2022.\n",
        encoding="utf-8")
    return assistant_over(folder)


def test_each_thing_of_a_distributive_part_is_answered(assistant) -> None:  # type: ignore[no-untyped-def]
    answer = assistant.ask("Hur mycket permanent kommunbidrag får vård- och omsorgsnämnden för äldreomsorgen "
                           "respektive för nytt LSS-boende, och hur stor uppräkning får nämnderna 2022?")
    assert "18 mnkr" in answer.answer and "5 mnkr" in answer.answer and "75" in answer.answer, answer.answer

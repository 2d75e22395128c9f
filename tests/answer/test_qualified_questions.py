"""A question about a part ("sjukfrånvaron bland män", understand/subset.py) is not answered by the figure of the
whole, neither by a table row nor by a sentence; the whole is still the answer when the whole is asked."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.fakes import assistant_over


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    tmp_path: Path = tmp_path_factory.mktemp("qualified")
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "arsredovisning-2024.md").write_text(
        "# Boxholms kommun årsredovisning 2024\n\n## Indikatorer\n\n"
        "| Indikator | Utfall 2023 | Utfall 2024 |\n|---|---|---|\n"
        "| Sjukfrånvaro bland medarbetare, % | 7,9 | 7,6 |\n| Andel heltidsanställda, % | 81 | 83 |\n\n"
        "## Personal\n\n"
        "Den totala sjukfrånvaron minskade till 6,9 procent av den ordinarie arbetstiden under 2025.\n\n"
        "Kommunen hade 722 tillsvidareanställda vid årets slut.\n", encoding="utf-8")
    return assistant_over(folder)


def test_the_whole_staffs_row_does_not_answer_for_the_men(assistant) -> None:  # type: ignore[no-untyped-def]
    answer = assistant.ask("Hur hög var sjukfrånvaron bland män 2024?")
    assert answer.refused and "7,6" not in answer.answer, answer.answer
    whole = assistant.ask("Hur hög var sjukfrånvaron 2024?")
    assert not whole.refused and "7,6" in whole.answer, whole.answer


def test_the_whole_staffs_sentence_does_not_answer_for_the_managers(assistant) -> None:  # type: ignore[no-untyped-def]
    answer = assistant.ask("Hur hög var sjukfrånvaron bland chefer 2025?")
    assert answer.refused and "6,9" not in answer.answer, answer.answer


def test_a_claim_about_the_managers_is_not_contradicted_by_the_total(assistant) -> None:  # type: ignore[no-untyped-def]
    answer = assistant.ask("Stämmer det att sjukfrånvaron bland chefer var 3,1 procent 2025?")
    assert answer.verdict == "not_found", answer.answer

"""A fact the named municipality's documents state in other words (its "skattesatsen" for the asked "kommunalskatten",
which only another municipality's documents write) is stated there too: coverage credits the paraphrase less, but
the named one's sentence names every concept the other's does."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.fakes import assistant_over


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    tmp_path: Path = tmp_path_factory.mktemp("paraphrase")
    folder = tmp_path / "docs"
    (folder / "hjo").mkdir(parents=True)
    (folder / "asele").mkdir()
    (folder / "hjo" / "budget-2025.md").write_text(
        "# Hjo kommun budget 2025\n\n## Skatt\n\n"
        "Kommunfullmäktige beslutade att skattesatsen för 2025 ska vara oförändrad, 23,95 kronor.\n\n"
        "I Hamnparken bygger vi en ny lekplats för 4,7 miljoner kronor.\n", encoding="utf-8")
    (folder / "asele" / "nyhet-skatt.md").write_text(
        "# Åsele kommun: så används din skatt\n\n"
        "Kommunalskatten i Åsele är 22,57 kronor år 2025.\n\n"
        "Renoveringen av simhallen slutfördes i oktober 2024 till en kostnad av 9,7 miljoner kronor.\n",
        encoding="utf-8")
    return assistant_over(folder)


def test_the_named_municipalitys_paraphrase_states_the_fact(assistant) -> None:  # type: ignore[no-untyped-def]
    answer = assistant.ask("vad är kommunalskatten i Hjo 2025?")
    assert not answer.refused and "23,95" in answer.answer, answer.answer


def test_a_fact_only_another_municipality_states_is_still_refused(assistant) -> None:  # type: ignore[no-untyped-def]
    answer = assistant.ask("Vad kostade renoveringen av simhallen i Hjo?")
    assert answer.refused, answer.answer

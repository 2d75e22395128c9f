"""The municipality a question names is its scope, not what an amount is about: "Hur många anställda har Hjo
kommun?" is answered by "Den 31 augusti hade kommunen 722 tillsvidareanställda medarbetare" in Hjo's report,
which need not name Hjo; the count given is the one of the asked noun, not "31 augusti ... kommunen"."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.fakes import assistant_over


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    tmp_path: Path = tmp_path_factory.mktemp("scope")
    folder = tmp_path / "docs"
    (folder / "hjo").mkdir(parents=True)
    (folder / "asele").mkdir()
    (folder / "hjo" / "delarsrapport-2026.md").write_text(
        "# Hjo kommun delårsrapport 2026\n\n## Hjo i siffror\n\nHjo kommun har vuxit under året.\n\n"
        "## Ekonomi\n\n" + "Skatteintäkterna ökade mer än väntat under våren och sommaren. " * 12 + "\n\n"
        "## Personal\n\nDen 31 augusti hade kommunen 722 tillsvidareanställda medarbetare, vilket motsvarar 640 "
        "årsarbetare.\n\nSjukfrånvaron var 6,9 procent under perioden.\n", encoding="utf-8")
    (folder / "asele" / "arsredovisning-2024.md").write_text(
        "# Åsele kommun årsredovisning 2024\n\n## Personal\n\nSjukfrånvaron i Åsele kommun var 7,2 procent.\n\n"
        "## Medarbetare\n\nDe anställda trivs på sina arbetsplatser.\n\n## Rekrytering\n\nKommunen har svårt att "
        "rekrytera anställda till vården.\n\n## Lön\n\nDe anställda fick höjd lön.\n\n"
        "## Lån\n\nKommunen tog upp nya lån på 8,0 miljoner kronor.\n", encoding="utf-8")
    return assistant_over(folder)


def test_a_count_is_answered_by_a_sentence_that_does_not_name_the_municipality(assistant) -> None:  # type: ignore[no-untyped-def]
    answer = assistant.ask("Hur många anställda har Hjo kommun?")
    assert not answer.refused and "722" in answer.answer, answer.answer
    assert "31 augusti" not in answer.answer.split("”")[0], answer.answer  # the fact is the count of employees


def test_a_near_miss_in_the_named_municipality_stays_refused(assistant) -> None:  # type: ignore[no-untyped-def]
    answer = assistant.ask("Hur många anställda har Åsele kommun?")
    assert answer.refused, answer.answer

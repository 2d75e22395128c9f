"""A fact stated only for another municipality is a near miss for the one the question names, even when the named
municipality's documents share a word of it; and the definite form of an -a noun ("förskolan") is the word its
documents write ("Förskola")."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.evidence.sentences import TermStats
from core.types import Chunk
from tests.fakes import assistant_over


def test_the_definite_form_of_an_a_noun_matches_the_word_the_documents_write() -> None:
    text = "Grundskola och förskola får 33 kronor av varje hundralapp."
    chunk = Chunk(id="a#0", doc_path="a.md", text=text, start=0, end=len(text), title="Skatten")
    stats = TermStats({chunk.id: chunk})
    assert stats.known(("grundskolan",)) and stats.known(("förskolan",))
    assert not stats.known(("gymnasiet",))


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    tmp_path: Path = tmp_path_factory.mktemp("elsewhere")
    folder = tmp_path / "docs"
    (folder / "hjo").mkdir(parents=True)
    (folder / "asele").mkdir()
    (folder / "hjo" / "budget-2025.md").write_text(
        "# Hjo kommun budget 2025\n\n## Investeringar\n\n"
        "Den största investeringen under planperioden är den nya förskolan i Knäpplan som beräknas kosta "
        "45,0 miljoner kronor.\n\nI Hamnparken bygger vi en ny lekplats för 4,7 miljoner kronor.\n", encoding="utf-8")
    (folder / "asele" / "arsredovisning-2024.md").write_text(
        "# Åsele kommun årsredovisning 2024\n\n## Så används skatten\n\n"
        "Förskola, grundskola och gymnasium får 33 kronor av varje hundralapp.\n\n"
        "Kommunen tog upp nya lån på 8,0 miljoner kronor för att finansiera investeringar.\n\n"
        "Renoveringen av simhallen slutfördes i oktober 2024 till en kostnad av 9,7 miljoner kronor.\n",
        encoding="utf-8")
    return assistant_over(folder)


def test_a_fact_only_another_municipality_states_is_refused(assistant) -> None:  # type: ignore[no-untyped-def]
    """Only Hjo builds a new preschool; Åsele's documents speak of preschool, loans and costs, not of that."""
    answer = assistant.ask("Hur mycket kostar den nya förskolan i Åsele?")
    assert answer.refused and not answer.citations, answer.answer
    own = assistant.ask("Hur mycket kostar den nya förskolan i Hjo?")
    assert not own.refused and "45" in own.answer, own.answer
    simhall = assistant.ask("Vad kostade renoveringen av simhallen i Åsele?")
    assert not simhall.refused and "9,7" in simhall.answer, simhall.answer

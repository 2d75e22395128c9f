"""A near miss leaves out what the question asks about: a share of a price index read from the prose by the
calculator does not answer what reviewing the kitchens saves (`answering/figures._stated_about_asked`), as the text path's own
amounts must be about the question's concepts (`answer.is_about`)."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.fakes import assistant_over


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    tmp_path: Path = tmp_path_factory.mktemp("unsaid")
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "arsredovisning-2025.md").write_text(
        "# Årsredovisning 2025\n\n## Personal\n\n"
        "Vid utgången av 2025 hade kommunen 4 178 tillsvidareanställda medarbetare.\n\n"
        "## Räddningstjänsten\n\n"
        "Räddningstjänsten ryckte ut på fler larm än året innan. Räddningstjänsten har en ny brandstation.\n",
        encoding="utf-8")
    (folder / "handlingsplan.md").write_text(
        "# Ekonomisk handlingsplan\n\n"
        "Kommunens resursfördelningsmodell har som bas att kommunbidragen räknas upp med 50 procent av prisindex.\n\n"
        + "".join(f"Förvaltningarna beskriver verksamheten i avsnitt {i} med mål och uppföljning.\n\n" for i in range(8))
        + "## Köksorganisationen\n\n"
        "Köksorganisationen ska ses över och analyseras. Det är svårt att beloppsätta åtgärderna.\n",
        encoding="utf-8")
    return assistant_over(folder)


def test_a_prose_amount_about_another_thing_is_no_saving_on_the_asked_one(assistant) -> None:  # type: ignore[no-untyped-def]
    answer = assistant.ask("Hur mycket räknar handlingsplanen med att spara på översynen av köksorganisationen?")
    assert answer.refused, answer.answer

"""A claimed amount going to something ("43 kr till skolan") is judged only by a text stating what goes to it: a
tax rate of the same kronor ("22,15 kronor per hundralapp") neither confirms nor contradicts it, in the calculator's
prose amounts (answering/claims._names_recipients) or in the text check."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.build import Assistant, open_assistant
from core.settings import Settings
from ingest.pipeline import ingest_paths
from tests.conftest import CORPUS
from tests.fakes import HashEmbedder

NEWS = """Budget 2025 antagen

Kommunfullmäktige antog budgeten för 2025. Skattesatsen blir oförändrad, 22,15 kronor per hundralapp.
Avgiften i kulturskolan höjs till 700 kronor per termin.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    corpus = tmp_path_factory.mktemp("recipients") / "corpus"
    shutil.copytree(CORPUS, corpus)  # other documents: a school is no word of every passage (TermStats.background)
    (corpus / "nyhet.txt").write_text(NEWS, encoding="utf-8")
    embedder = HashEmbedder()
    settings = Settings(data_dir=Path(corpus).parent / "data", embed_model=embedder.model_id)
    ingest_paths([corpus], settings, embedder=embedder)
    return open_assistant(settings, embedder=embedder)


def test_a_rate_does_not_contradict_what_goes_to_a_recipient(assistant: Assistant) -> None:
    answer = assistant.ask("Av varje hundralapp i skatt går 43 kr till skolan?")
    assert answer.verdict == "not_found", answer.answer


def test_the_rate_itself_is_still_judged(assistant: Assistant) -> None:
    answer = assistant.ask("Skattesatsen är 21,15 kronor per hundralapp 2025?")
    assert answer.verdict == "contradicted", answer.answer


def test_the_calculators_stated_amount_must_name_the_claimed_recipient() -> None:
    """answering/claims._names_recipients: the calculator's cited prose names what the claimed amount goes to, else the
    calculator yields to the text check."""
    from types import SimpleNamespace

    fake = SimpleNamespace(retriever=SimpleNamespace(stats=SimpleNamespace(
        present=lambda t, said: t in said, background=lambda t: t.startswith("kommun"))))
    rate = [SimpleNamespace(quote="Skattesatsen blir oförändrad, 22,15 kronor per hundralapp.")]
    going = [SimpleNamespace(quote="Av varje hundralapp går 43 kronor till skolan.")]
    claim = "Av varje hundralapp i skatt går 43 kr till skolan"
    assert not Assistant._names_recipients(fake, claim, rate)
    assert Assistant._names_recipients(fake, claim, going)
    assert Assistant._names_recipients(fake, "Skattesatsen är 22,15 kronor", rate)  # no recipient claimed
    assert Assistant._names_recipients(fake, "Bolaget delar ut 43 kronor till kommunen", rate)  # a word of every document

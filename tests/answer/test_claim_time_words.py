"""A claim's time ("vid utgången av 2023") names no subject the calculator's cited row must name: the row of the
claimed figure and year confirms it (answering/claims._about_claimed_subject leaves claims.time_stems out)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.build import Assistant, open_assistant
from core.settings import Settings
from ingest.pipeline import ingest_paths
from tests.conftest import CORPUS
from tests.fakes import HashEmbedder

REPORT = """# Årsredovisning 2023 Vansbro kommun

Vid utgången av 2023 hade kommunen 410 anställda.

Soliditeten är ett mått på kommunens långsiktiga finansiella styrka.

## Soliditet

Soliditeten har varit stabil de senaste åren. Målet för soliditeten är minst 35 procent.

## Femårsöversikt

| Nyckeltal | 2021 | 2022 | 2023 |
|---|---|---|---|
| Soliditet, % | 40,5 | 38,8 | 39,1 |
| Årets resultat, mnkr | 12,1 | 8,4 | 5,2 |
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    corpus = tmp_path_factory.mktemp("timewords") / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "arsredovisning-2023.md").write_text(REPORT, encoding="utf-8")
    for year in (2019, 2020, 2021):  # the figure's subject is commoner than the time the claim names
        (corpus / f"nyhet-{year}.txt").write_text(f"Soliditeten {year}\n\nSoliditeten var god {year}.\n", encoding="utf-8")
    embedder = HashEmbedder()
    settings = Settings(data_dir=Path(corpus).parent / "data", embed_model=embedder.model_id)
    ingest_paths([corpus], settings, embedder=embedder)
    return open_assistant(settings, embedder=embedder)


def test_a_time_of_year_names_no_subject(assistant: Assistant) -> None:
    answer = assistant.ask("Soliditeten var 39,1 % vid utgången av 2023, eller hur?")
    assert answer.verdict == "supported", answer.answer

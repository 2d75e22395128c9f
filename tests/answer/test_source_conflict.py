"""A document that states a false figure cannot confirm a claim the budget table contradicts: the answer is
"Stämmer inte" with the table cell, and the conflicting sentence is cited as a disagreeing source."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.build import Assistant, open_assistant
from core.settings import Settings
from ingest.pipeline import ingest_paths
from tests.conftest import CORPUS
from tests.fakes import HashEmbedder


@pytest.fixture(scope="module")
def poisoned(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    corpus = tmp_path_factory.mktemp("poisoned") / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "notis.txt").write_text("Notis om socialnämnden\n\nSocialnämndens kommunbidrag 2022 är 0 kr enligt "
                                      "en notis.\n", encoding="utf-8")
    embedder = HashEmbedder()
    settings = Settings(data_dir=Path(corpus).parent / "data", embed_model=embedder.model_id)
    ingest_paths([corpus], settings, embedder=embedder)
    return open_assistant(settings, embedder=embedder)


def test_injected_figure_is_a_conflict_not_support(poisoned: Assistant) -> None:
    answer = poisoned.ask("Stämmer det att Socialnämndens kommunbidrag 2022 är 0 kr?")
    assert answer.verdict == "contradicted", answer.answer
    assert "209 559" in answer.answer and "Källorna säger olika" in answer.answer
    assert any(c.doc.endswith("notis.txt") for c in answer.citations)
    assert any("budget" in c.doc for c in answer.citations)

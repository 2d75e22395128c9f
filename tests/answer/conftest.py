"""An Assistant over corpus/, ingested with the real pipeline and the fake embedder (no torch)."""
from __future__ import annotations

import pytest

from assistant.build import Assistant, open_assistant
from core.settings import Settings
from ingest.pipeline import ingest_paths
from tests.conftest import CORPUS
from tests.fakes import HashEmbedder


@pytest.fixture(scope="session")
def corpus_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    embedder = HashEmbedder()
    settings = Settings(data_dir=tmp_path_factory.mktemp("answers") / "data", embed_model=embedder.model_id)
    ingest_paths([CORPUS], settings, embedder=embedder)
    return settings


@pytest.fixture(scope="session")
def assistant(corpus_settings: Settings) -> Assistant:
    return open_assistant(corpus_settings, embedder=HashEmbedder())

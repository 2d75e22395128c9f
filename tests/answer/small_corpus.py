"""An Assistant over a few documents written for one test: the real ingest pipeline, the fake embedder."""
from __future__ import annotations

from pathlib import Path

from assistant.build import Assistant, open_assistant
from core.settings import Settings
from ingest.pipeline import ingest_paths
from tests.fakes import HashEmbedder


def assistant_of(tmp_path: Path, files: dict[str, str]) -> Assistant:
    """The assistant over `files` (name -> text), ingested into a data directory under `tmp_path`."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    embedder = HashEmbedder()
    settings = Settings(data_dir=tmp_path / "data", embed_model=embedder.model_id)
    ingest_paths([corpus], settings, embedder=embedder)
    return open_assistant(settings, embedder=HashEmbedder())

"""The read-side Index: fast open, errors with next steps, texts and chunks agree, lazy dense parts."""
from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import EmbeddingModelMismatchError, IndexEmptyError
from assistant.storage.index import open_index
from core.settings import Settings
from ingest.pipeline import embed_text, ingest_paths
from tests.conftest import CORPUS
from tests.fakes import HashEmbedder


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    settings = Settings(data_dir=tmp_path_factory.mktemp("idx") / "data")
    ingest_paths([CORPUS], settings, embedder=HashEmbedder())
    return settings


def test_empty_data_dir(tmp_path: Path) -> None:
    with pytest.raises(IndexEmptyError, match="kommun ingest corpus/"):
        open_index(Settings(data_dir=tmp_path / "nothing"))


def test_model_mismatch(built: Settings) -> None:
    with pytest.raises(EmbeddingModelMismatchError, match="fake:hash-bow-64"):
        open_index(built)  # configured: the bundled model; index: the fake one
    with pytest.raises(EmbeddingModelMismatchError):
        open_index(built, embedder=HashEmbedder(model_id="fake:another"))


def test_open_loads_no_model(built: Settings) -> None:
    index = open_index(built.with_(embed_model="fake:hash-bow-64"))  # no embedder given
    assert index._embedder is None and index._store is None  # both open on the first dense query
    assert len(index.documents) == 5 and len(index.chunks) >= 60
    assert index.lexical_search("feriearbeten", 1)  # lexical works without either
    assert index._embedder is None


def test_chunks_documents_and_texts_agree(built: Settings) -> None:
    index = open_index(built, embedder=HashEmbedder())
    for chunk in index.chunks.values():
        assert index.text(chunk.doc_path)[chunk.start:chunk.end] == chunk.text
    budget = next(d for d in index.documents.values() if d.path.endswith("budget-2021-2023-socialdemokraterna.txt"))
    assert budget.meta.title == "Budget för Alingsås kommun 2021-2023 (S)" and budget.n_tables == 3
    assert budget.n_chunks == len(index.chunks_of(budget.path))
    positions = [c.position for c in index.chunks_of(budget.path)]
    assert positions == list(range(len(positions)))  # document order


def test_dense_and_lexical_search(built: Settings) -> None:
    index = open_index(built, embedder=HashEmbedder())
    lexical = index.lexical_search("feriearbeten sommaren", 3)
    assert "feriearbeten" in index.chunks[lexical[0][0]].text.lower()
    target = index.chunks[lexical[0][0]]
    dense = index.dense_search(embed_text(target), 3)  # the exact text it was embedded from
    assert len(dense) == 3 and all(-1.0 <= s <= 1.0001 for _, s in dense)
    assert dense[0][0] == target.id and dense[0][1] == pytest.approx(1.0, abs=1e-4)
    tables = index.dense_search("Socialnämnden", 5, where={"kind": "table"})
    assert tables and all(index.chunks[c].kind == "table" for c, _ in tables)


def test_chunk_at_finds_the_chunk_holding_an_offset(built: Settings) -> None:
    index = open_index(built.with_(embed_model="fake:hash-bow-64"))
    budget = next(d for d in index.documents.values() if d.meta.doc_type == "budget")
    chunks = index.chunks_of(budget.path)
    for chunk in chunks:
        assert index.chunk_at(budget.path, chunk.start) == chunk
        assert index.chunk_at(budget.path, chunk.end - 1) == chunk
    assert index.chunk_at(budget.path, len(index.text(budget.path)) + 10) is None
    assert index.chunk_at("corpus/no-such-file.txt", 0) is None

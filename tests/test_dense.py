"""Passage vectors held in memory as one matrix: exact cosine, written by ingest, read without Chroma."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant.storage.dense import VECTORS_FILE, MatrixStore, read_vectors, write_vectors
from assistant.storage.index import open_index
from core.settings import Settings
from ingest.pipeline import embed_text, ingest_paths
from tests.conftest import CORPUS
from tests.fakes import HashEmbedder


def test_query_ranks_every_row_by_cosine_best_first() -> None:
    vectors = np.array([[1, 0, 0], [0, 2, 0], [3, 3, 0], [0, 0, -1]], dtype=np.float32)  # rows not normalised
    store = MatrixStore(["a", "b", "c", "d"], vectors)
    hits = store.query(np.array([2, 1, 0], dtype=np.float32), 3)
    assert [cid for cid, _ in hits] == ["c", "a", "b"]
    assert [s for _, s in hits] == pytest.approx([3 / np.sqrt(10), 2 / np.sqrt(5), 1 / np.sqrt(5)], abs=1e-6)
    assert len(store.query(np.ones(3, dtype=np.float32), 10)) == 4 and store.query(np.ones(3), 0) == []
    assert store.count() == 4 and store.ids() == ["a", "b", "c", "d"]


def test_equal_scores_keep_row_order_and_where_filters_by_metadata() -> None:
    meta = {"a": {"doc_path": "x"}, "b": {"doc_path": "y"}, "c": {"doc_path": "x"}}
    store = MatrixStore(["a", "b", "c"], np.ones((3, 2), dtype=np.float32), metadata=meta.__getitem__)
    assert [cid for cid, _ in store.query(np.ones(2), 3)] == ["a", "b", "c"]
    assert [cid for cid, _ in store.query(np.ones(2), 3, where={"doc_path": "x"})] == ["a", "c"]
    assert store.query(np.ones(2), 3, where={"doc_path": "z"}) == []
    with pytest.raises(ValueError, match="equality"):
        store.query(np.ones(2), 3, where={"$or": [{"doc_path": "x"}]})


def test_vectors_file_is_read_for_its_own_model_only(tmp_path: Path) -> None:
    write_vectors(tmp_path, "fake:m", ["a", "b"], np.eye(2, dtype=np.float32))
    ids, vectors = read_vectors(tmp_path, "fake:m")
    assert ids == ["a", "b"] and vectors.dtype == np.float32 and vectors.shape == (2, 2)
    assert read_vectors(tmp_path, "fake:other") is None
    assert read_vectors(tmp_path / "none", "fake:m") is None
    (tmp_path / VECTORS_FILE).write_bytes(b"not a file of vectors")
    assert read_vectors(tmp_path, "fake:m") is None


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    settings = Settings(data_dir=tmp_path_factory.mktemp("dense") / "data", embed_model=HashEmbedder().model_id)
    ingest_paths([CORPUS], settings, embedder=HashEmbedder())
    return settings


def test_ingest_writes_the_generations_vectors_and_questions_search_them_without_chroma(built: Settings) -> None:
    index = open_index(built, embedder=HashEmbedder())
    assert (index.files_dir / VECTORS_FILE).is_file()
    target = next(c for c in index.chunks.values() if "feriearbeten" in c.text.lower())
    hits = index.dense_search(embed_text(target), 3)
    assert hits[0][0] == target.id and hits[0][1] == pytest.approx(1.0, abs=1e-4)
    assert index._store is None  # Chroma was never opened
    assert index.passages.count() == len(index.chunks)


def test_an_index_without_the_file_reads_the_same_vectors_from_chroma(built: Settings) -> None:
    index = open_index(built, embedder=HashEmbedder())
    query = HashEmbedder().embed_query("Socialnämnden kommunbidrag 2022")
    from_file = index.passages.query(query, 10)
    chroma = index.store.query(query, 10)
    assert [cid for cid, _ in from_file] == [cid for cid, _ in chroma]  # exact cosine ranks as Chroma does here
    assert [s for _, s in from_file] == pytest.approx([s for _, s in chroma], abs=1e-5)
    (index.files_dir / VECTORS_FILE).rename(index.files_dir / "moved.npz")
    try:
        older = open_index(built, embedder=HashEmbedder())  # as written before the file existed
        assert older.passages.query(query, 10) == from_file  # the same vectors, the same exact cosines
        assert older._store is not None
    finally:
        (index.files_dir / "moved.npz").rename(index.files_dir / VECTORS_FILE)


def test_scores_are_computed_in_blocks_of_rows_equal_to_one_product() -> None:
    from assistant.storage import dense

    sizes: list[int] = []

    class Recording(np.ndarray):
        def __matmul__(self, other):  # type: ignore[override]
            sizes.append(self.shape[0])
            return np.asarray(self) @ other

    rng = np.random.default_rng(3)
    matrix = rng.normal(size=(dense.BLOCK * 3 + 7, 8)).astype(np.float32)
    query = rng.normal(size=8).astype(np.float32)
    scores = dense.scores_of(matrix.view(Recording), query)
    assert max(sizes) <= dense.BLOCK and len(sizes) == 4  # no product big enough for BLAS to split over threads
    assert np.allclose(np.asarray(scores), matrix @ query, atol=1e-5)


def test_best_rows_are_a_stable_sorts_first_k_with_ties_across_the_cut() -> None:
    from assistant.storage.dense import best_rows

    rng = np.random.default_rng(5)
    scores = np.round(rng.random(700), 2).astype(np.float32)  # many equal scores
    for k in (1, 5, 40, 699, 700, 900):
        assert best_rows(scores, k).tolist() == np.argsort(-scores, kind="stable")[:k].tolist()
    assert best_rows(np.ones(600, dtype=np.float32), 5).tolist() == [0, 1, 2, 3, 4]

"""A generation's passage vectors held in memory as one matrix: the dense half of retrieval by exact cosine.

Ingest writes the vectors of a generation's passages beside its chunks (`vectors.npz`: the chunk ids, the
vectors, the model id), so a reader needs neither Chroma nor its import (most of a new process's imports) to
search them. A question's nearest passages are one matrix-vector product (87 passages: microseconds; 10 000:
about a millisecond) instead of a call into Chroma (about a millisecond at any size, and approximate once a
collection outgrows its brute-force buffer). Chroma stays the store of record that ingest writes; an index
written before this file existed has its vectors read from Chroma once per process.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

VECTORS_FILE = "vectors.npz"
# rows per matrix-vector product: OpenBLAS splits a larger product over its threads, which on two busy cores wait for
# each other (10 197 rows x 384 at load 8: 16 ms as one product, 0.7 ms in blocks of 256; one thread 0.7 ms)
BLOCK = 256


def scores_of(matrix: np.ndarray, query: np.ndarray) -> np.ndarray:
    """matrix @ query, computed in blocks of BLOCK rows, each on the calling thread."""
    if len(matrix) <= BLOCK:
        return matrix @ query
    return np.concatenate([matrix[start:start + BLOCK] @ query for start in range(0, len(matrix), BLOCK)])


def best_rows(scores: np.ndarray, k: int) -> np.ndarray:
    """The positions of the k highest scores, highest first, equal scores in position order (a stable sort's
    answer), found without sorting every score."""
    if k < len(scores):
        kth = np.partition(scores, len(scores) - k)[len(scores) - k]
        candidates = np.flatnonzero(scores >= kth)
    else:
        candidates = np.arange(len(scores))
    return candidates[np.lexsort((candidates, -scores[candidates]))][:k]


class MatrixStore:
    """Passage vectors in one float32 matrix (rows L2-normalised), answering the VectorStore's reading calls:
    `query` scores every row and returns the k best by cosine, best first (ties in row order)."""

    def __init__(self, ids: Sequence[str], vectors: np.ndarray,
                 metadata: Callable[[str], Mapping[str, Any]] | None = None) -> None:
        matrix = np.asarray(vectors, dtype=np.float32).reshape(len(ids), -1) if len(ids) else np.zeros((0, 0), np.float32)
        norms = np.linalg.norm(matrix, axis=1, keepdims=True) if len(ids) else np.zeros((0, 1), np.float32)
        self.matrix = np.divide(matrix, norms, out=np.zeros_like(matrix), where=norms > 0)
        self._ids = list(ids)
        self._metadata = metadata
        self._rows_of: dict[tuple[tuple[str, Any], ...], np.ndarray] = {}

    def query(self, vector: np.ndarray, k: int, where: Mapping[str, Any] | None = None) -> list[tuple[str, float]]:
        """(id, cosine) of the k rows nearest `vector`; `where` keeps the rows whose metadata equals each value."""
        if k <= 0 or not self._ids:
            return []
        query = np.asarray(vector, dtype=np.float32).reshape(-1)
        norm = float(np.linalg.norm(query))
        if norm > 0:
            query = query / norm
        rows = self._rows(where) if where else None
        scores = scores_of(self.matrix if rows is None else self.matrix[rows], query)
        order = best_rows(scores, k)
        chosen = order if rows is None else rows[order]
        return [(self._ids[row], float(scores[i])) for row, i in zip(chosen, order)]

    def _rows(self, where: Mapping[str, Any]) -> np.ndarray:
        """The rows whose metadata has every key of `where` equal to its value (Chroma's plain equality filter)."""
        if self._metadata is None:
            raise ValueError("MatrixStore: a where-filter needs the passages' metadata")
        if any(str(key).startswith("$") or isinstance(value, Mapping) for key, value in where.items()):
            raise ValueError(f"MatrixStore: only equality filters are supported, got {dict(where)!r}")
        key = tuple(sorted(where.items()))
        if key not in self._rows_of:
            self._rows_of[key] = np.array(
                [row for row, cid in enumerate(self._ids)
                 if all(self._metadata(cid).get(name) == value for name, value in where.items())], dtype=np.int64)
        return self._rows_of[key]

    def count(self) -> int:
        return len(self._ids)

    def ids(self) -> list[str]:
        return list(self._ids)


def write_vectors(folder: Path, model_id: str, ids: Sequence[str], vectors: np.ndarray) -> None:
    """The generation's passage vectors, rows in the order of `ids`."""
    matrix = np.asarray(vectors, dtype=np.float32).reshape(len(ids), -1) if len(ids) else np.zeros((0, 0), np.float32)
    with (Path(folder) / VECTORS_FILE).open("wb") as handle:
        np.savez(handle, ids=np.array(list(ids), dtype=str), vectors=matrix, model=np.array(model_id))


def read_vectors(folder: Path, model_id: str) -> tuple[list[str], np.ndarray] | None:
    """(ids, vectors) written for this model in the generation `folder`; None when it has none (an index written
    before the file existed) or they are another model's or unreadable."""
    path = Path(folder) / VECTORS_FILE
    if not path.is_file():
        return None
    try:
        with np.load(path, allow_pickle=False) as data:
            if str(data["model"]) != model_id:
                return None
            ids, vectors = [str(i) for i in data["ids"]], np.asarray(data["vectors"], dtype=np.float32)
    except (OSError, ValueError, KeyError):
        return None
    return (ids, vectors) if len(ids) == len(vectors) else None

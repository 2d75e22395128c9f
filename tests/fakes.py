"""Tiny, exact fakes shared by the unit tests (no torch, no network)."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

import numpy as np

WORD = re.compile(r"\w+", re.UNICODE)


class HashEmbedder:
    """Deterministic hashed bag-of-words embedder: same text, same vector; shared words, closer vectors.

    Seeded with hashlib (not `hash()`), so vectors are identical across processes.
    """

    def __init__(self, dim: int = 64, model_id: str = "fake:hash-bow-64") -> None:
        self.dim = dim
        self.model_id = model_id
        self.calls = 0  # number of embed calls, to prove unchanged re-ingests embed nothing
        self.texts_embedded = 0

    def _vector(self, text: str) -> np.ndarray:
        vec = np.zeros(self.dim, dtype=np.float32)
        for word in WORD.findall(text.lower()):
            digest = hashlib.sha256(word.encode("utf-8")).digest()
            vec[int.from_bytes(digest[:4], "little") % self.dim] += 1.0
        norm = float(np.linalg.norm(vec))
        return vec / norm if norm else vec

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        self.calls += 1
        self.texts_embedded += len(texts)
        return np.stack([self._vector(t) for t in texts]) if texts else np.zeros((0, self.dim), np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return self._vector(text)


def assistant_over(folder: Path) -> Any:
    """An assistant over the documents written in `folder` (a municipality's files in a folder of its name), ingested
    with the HashEmbedder into a data folder beside it."""
    from assistant.build import open_assistant
    from core.settings import Settings
    from ingest.pipeline import ingest_paths

    embedder = HashEmbedder()
    settings = Settings(data_dir=folder.parent / "data", embed_model=embedder.model_id)
    ingest_paths([folder], settings, embedder=embedder)
    return open_assistant(settings, embedder=embedder)

"""Semantic evidence: the embedder's cosine between the question and each candidate sentence.

Passages and their sentences are embedded at ingest (assistant.storage.sentence_store); a sentence without a stored
vector (an index from before, another model) is embedded on first use and kept per process (keyed by document
and span), so it costs one embedding per process however often it is asked about. The question's vector is
the one retrieval computed (one embedding per question).
"""
from __future__ import annotations

import threading
from concurrent.futures import Future, ThreadPoolExecutor
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np

MAX_CACHED = 50_000  # sentence vectors kept (384 float32 each: about 77 MB at the limit)


class SentenceVectors:
    """Sentence vectors of one embedder: the ones stored at ingest (`stored(doc_path)` maps spans to vectors),
    the rest computed in batches on demand and cached (LRU)."""

    def __init__(self, embedder: Any, limit: int = MAX_CACHED,
                 stored: Callable[[str], Mapping[tuple[int, int], np.ndarray]] | None = None) -> None:
        self.embedder = embedder
        self.limit = limit
        self.stored = stored
        self._cache: OrderedDict[tuple[str, int, int], np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def _stored(self, key: tuple[str, int, int]) -> np.ndarray | None:
        return self.stored(key[0]).get((key[1], key[2])) if self.stored is not None else None

    def vectors(self, keys: Sequence[tuple[str, int, int]], texts: Sequence[str]) -> np.ndarray:
        found = {key: vector for key in keys if (vector := self._stored(key)) is not None}
        with self._lock:
            missing = [i for i, key in enumerate(keys) if key not in found and key not in self._cache]
        if missing:
            fresh = self.embedder.embed_documents([texts[i] for i in missing])
            with self._lock:
                for i, vector in zip(missing, fresh):
                    self._cache[keys[i]] = np.asarray(vector, dtype=np.float32)
                while len(self._cache) > self.limit:
                    self._cache.popitem(last=False)
        with self._lock:
            out = []
            for key in keys:
                if key in found:
                    out.append(found[key])
                    continue
                vector = self._cache.get(key)
                if vector is None:  # evicted by another thread meanwhile: embed alone
                    vector = np.asarray(self.embedder.embed_documents([texts[keys.index(key)]])[0], dtype=np.float32)
                else:
                    self._cache.move_to_end(key)
                out.append(vector)
        return np.vstack(out) if out else np.zeros((0, getattr(self.embedder, "dim", 0)), dtype=np.float32)

    def similarities(self, query: np.ndarray, keys: Sequence[tuple[str, int, int]], texts: Sequence[str]) -> list[float]:
        if not keys:
            return []
        return [float(s) for s in self.vectors(keys, texts) @ np.asarray(query, dtype=np.float32)]


class QueryVectors:
    """The last few question vectors, so retrieval and sentence scoring embed a question once.

    `prefetch(text)` starts the embedding on a worker thread and returns at once: the engine computes in C with
    the GIL released, so the caller's own work (reading the tables) runs on the other core meanwhile; `get(text)`
    then waits for that vector instead of embedding the text again."""

    def __init__(self, embedder_of: Any, size: int = 64) -> None:
        self._embedder_of = embedder_of
        self.size = size
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._pending: dict[str, Future] = {}
        self._worker: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()

    def prefetch(self, text: str) -> None:
        with self._lock:
            if not text.strip() or text in self._cache or text in self._pending:
                return
            self._settle()
            if self._worker is None:
                self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="query-vector")
            self._pending[text] = self._worker.submit(self._embed, text)

    def get(self, text: str) -> np.ndarray:
        with self._lock:
            vector = self._cache.get(text)
            if vector is not None:
                self._cache.move_to_end(text)
                return vector
            pending = self._pending.get(text)
        try:  # a failed prefetch raises here, in the caller, as the embedding itself would have
            vector = pending.result() if pending is not None else self._embed(text)
        finally:
            with self._lock:
                self._pending.pop(text, None)
        with self._lock:
            self._keep(text, vector)
        return vector

    def _settle(self) -> None:
        """Prefetched vectors nobody asked for yet go to the cache, so the pending ones stay few."""
        for text, future in list(self._pending.items()):
            if future.done():
                del self._pending[text]
                if future.exception() is None:
                    self._keep(text, future.result())

    def _keep(self, text: str, vector: np.ndarray) -> None:
        self._cache[text] = vector
        self._cache.move_to_end(text)
        while len(self._cache) > self.size:
            self._cache.popitem(last=False)

    def _embed(self, text: str) -> np.ndarray:
        return np.asarray(self._embedder_of().embed_query(text), dtype=np.float32)
        vector = np.asarray(self._embedder_of().embed_query(text), dtype=np.float32)
        with self._lock:
            self._cache[text] = vector
            while len(self._cache) > self.size:
                self._cache.popitem(last=False)
        return vector

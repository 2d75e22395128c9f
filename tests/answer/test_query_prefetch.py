"""The question's embedding starts before the tables are read and is computed once (QueryVectors.prefetch)."""
from __future__ import annotations

import threading

import numpy as np
import pytest

from assistant.build import Assistant
from assistant.retrieval.semantic import QueryVectors


class CountingEmbedder:
    def __init__(self, gate: threading.Event | None = None, fail: bool = False) -> None:
        self.calls: list[tuple[str, str]] = []  # (text, thread name)
        self.gate = gate
        self.fail = fail

    def embed_query(self, text: str) -> np.ndarray:
        self.calls.append((text, threading.current_thread().name))
        if self.gate is not None:
            self.gate.wait(5)
        if self.fail:
            raise RuntimeError("engine failed")
        return np.full(4, float(len(text)), dtype=np.float32)


def test_a_prefetched_vector_is_embedded_once_on_the_worker_and_returned_by_get() -> None:
    gate = threading.Event()
    embedder = CountingEmbedder(gate)
    vectors = QueryVectors(lambda: embedder)
    vectors.prefetch("hur mycket får socialnämnden?")
    vectors.prefetch("hur mycket får socialnämnden?")  # already pending: not submitted again
    gate.set()
    vector = vectors.get("hur mycket får socialnämnden?")
    assert vector.tolist() == [29.0] * 4
    assert len(embedder.calls) == 1
    assert embedder.calls[0][1].startswith("query-vector")
    vectors.get("hur mycket får socialnämnden?")
    assert len(embedder.calls) == 1


def test_an_unused_prefetch_settles_into_the_cache() -> None:
    embedder = CountingEmbedder()
    vectors = QueryVectors(lambda: embedder, size=2)
    for text in ("a", "bb", "ccc"):
        vectors.prefetch(text)
        vectors._pending[text].result()
    vectors.prefetch("dddd")  # settles the finished ones, keeping the cache within its size
    assert list(vectors._pending) == ["dddd"]
    assert list(vectors._cache) == ["bb", "ccc"]  # the oldest dropped: the cache keeps its size


def test_a_failed_prefetch_raises_in_get_and_the_next_get_embeds_again() -> None:
    embedder = CountingEmbedder(fail=True)
    vectors = QueryVectors(lambda: embedder)
    vectors.prefetch("fråga")
    with pytest.raises(RuntimeError):
        vectors.get("fråga")
    embedder.fail = False
    assert vectors.get("fråga").tolist() == [5.0] * 4
    assert len(embedder.calls) == 2


def test_the_tables_are_read_while_the_question_is_embedded(assistant: Assistant, monkeypatch) -> None:
    vectors = assistant.retriever.query_vectors
    seen: list[bool] = []
    real = Assistant._figures

    def figures(self, question, *args, **kwargs):  # type: ignore[no-untyped-def]
        with vectors._lock:
            seen.append(bool(vectors._pending) or bool(vectors._cache))
        return real(self, question, *args, **kwargs)

    vectors._cache.clear()
    monkeypatch.setattr(Assistant, "_figures", figures)
    answer = assistant.ask("Hur stort är kommunbidraget till socialnämnden 2022?")
    assert seen and seen[0], "the question's embedding had not started when the tables were read"
    assert not answer.refused

"""The embedder's ranking of passages judges the part of an English question the glossary left untranslated."""
from __future__ import annotations

import pytest

from assistant.retrieval.retrieve import Retriever, dense_spread
from assistant.understand.query import analyse
from core.types import DocumentMeta
from tests.answer.memindex import MemoryIndex
from tests.fakes import HashEmbedder


def test_cosines_are_spread_between_the_pool_lowest_and_highest() -> None:
    assert dense_spread([("a", 0.82), ("b", 0.80), ("c", 0.81)]) == pytest.approx({"a": 1.0, "b": 0.0, "c": 0.5})
    assert dense_spread([("a", 0.8)]) == {"a": 0.0}
    assert dense_spread([]) == {}


def test_the_embedder_ranks_passages_where_the_glossary_left_words_untranslated() -> None:
    docs = [("a.txt", "Kommunen hade 15 387 invånare vid årets slut.\n", DocumentMeta(title="Budget")),
            ("b.txt", "Kommunen har ett bostadsbolag.\n", DocumentMeta(title="Budget"))]
    retriever = Retriever(MemoryIndex(docs, HashEmbedder()))
    q = analyse("How many people live in the municipality?")
    assert q.untranslated > 0
    chunks = {c.doc_path: c.id for c in retriever.index.chunks.values()}
    dense = [(chunks["b.txt"], 0.80), (chunks["a.txt"], 0.82)]
    lexical = [(chunks["b.txt"], 2.0), (chunks["a.txt"], 1.0)]  # BM25 sees only the translated words
    assert retriever.fuse(analyse("Hur många finns i kommunen?"), lexical, dense, 2)[0].chunk.doc_path == "b.txt"
    assert retriever.fuse(q, lexical, dense, 2)[0].chunk.doc_path == "a.txt"
    assert analyse("Hur många bor i kommunen?").untranslated == 0.0

"""Sentence vectors are stored at ingest: a question embeds itself only, and re-ranks with the stored vectors."""
from __future__ import annotations

from pathlib import Path

import numpy as np

from assistant.storage import sentence_store
from assistant.build import open_assistant
from assistant.retrieval.semantic import SentenceVectors
from assistant.evidence.sentences import is_quotable
from core.settings import Settings
from tests.fakes import HashEmbedder


class CountingQueries(HashEmbedder):
    def __init__(self) -> None:
        super().__init__()
        self.queries = 0

    def embed_query(self, text: str) -> np.ndarray:
        self.queries += 1
        return super().embed_query(text)


def test_a_question_embeds_no_sentence(corpus_settings: Settings) -> None:
    embedder = CountingQueries()
    assistant = open_assistant(corpus_settings, embedder=embedder)
    answer = assistant.ask("Vem är socialchef i Alingsås?")
    assert answer.answer and answer.citations
    assert embedder.texts_embedded == 0 and embedder.queries == 1


def test_stored_vectors_equal_the_ones_computed_on_demand(corpus_settings: Settings) -> None:
    assistant = open_assistant(corpus_settings, embedder=HashEmbedder())
    index = assistant.retriever.index
    doc_path = next(iter(index.documents))
    stored = index.stored_sentence_vectors(doc_path)
    assert stored, "ingest stores the document's sentence vectors"
    text = index.text(doc_path)
    title = index.documents[doc_path].meta.title
    (start, end), vector = next(iter(stored.items()))
    fresh = HashEmbedder().embed_documents([sentence_store.semantic_text(title, text[start:end])])[0]
    assert np.allclose(vector, fresh)


def test_missing_or_stale_files_fall_back_to_embedding(tmp_path: Path) -> None:
    path = sentence_store.vectors_path(tmp_path, "fake:hash", "abc")
    assert sentence_store.read(path, "Titel") is None  # no file
    sentence_store.write(path, "Titel", [(0, 5), (6, 12)], np.ones((2, 4), dtype=np.float32))
    assert set(sentence_store.read(path, "Titel")) == {(0, 5), (6, 12)}
    assert sentence_store.read(path, "Ny titel") is None  # embedded with another title: not used
    path.write_bytes(b"not an npz")
    assert sentence_store.read(path, "Titel") is None

    embedder = HashEmbedder()
    stored = {"doc.txt": {(0, 5): np.full(64, 0.5, dtype=np.float32)}}
    vectors = SentenceVectors(embedder, stored=lambda doc: stored.get(doc, {}))
    out = vectors.vectors([("doc.txt", 0, 5), ("doc.txt", 6, 12)], ["stored", "fresh text"])
    assert embedder.texts_embedded == 1  # only the sentence without a stored vector
    assert np.allclose(out[0], 0.5) and np.allclose(out[1], embedder.embed_query("fresh text"))


def test_quotable_spans_skip_bare_numbers_and_units() -> None:
    assert not is_quotable("205 172 209 559")
    assert not is_quotable(" tkr ")
    assert is_quotable("Socialnämnden 205 172")


def test_length_ordered_embedding_keeps_the_texts_order() -> None:
    from assistant.retrieval.embedding import embed_in_length_order

    texts = ["en lång mening om socialnämndens budget", "kort", "mellanlång text här", ""]
    heard: list[int] = []
    vectors = embed_in_length_order(HashEmbedder(), texts, batch=2, progress=heard.append)
    assert np.allclose(vectors, HashEmbedder().embed_documents(texts))
    assert heard == [2, 2]
    assert embed_in_length_order(HashEmbedder(), [], batch=2).shape == (0, 64)


def test_a_stored_file_is_checked_by_its_title_alone(tmp_path: Path) -> None:
    path = sentence_store.vectors_path(tmp_path, "fake:hash", "abc")
    assert not sentence_store.holds(path, "Titel")
    sentence_store.write(path, "Titel", [(0, 5)], np.ones((1, 4), dtype=np.float32))
    assert sentence_store.holds(path, "Titel") and not sentence_store.holds(path, "Annan titel")

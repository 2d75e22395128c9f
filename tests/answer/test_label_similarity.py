"""The row labels' similarity to a topic, read with the index's embedder: each label embedded once per assistant,
the topic as a query; the nearest label scores highest."""
from __future__ import annotations

from types import SimpleNamespace

from assistant.answering.figures import FigureAnswering
from tests.fakes import HashEmbedder


class _Answering(FigureAnswering):
    def __init__(self, embedder: HashEmbedder) -> None:
        self.index = SimpleNamespace(embedder=embedder)


def test_labels_are_embedded_once_and_the_nearest_scores_highest() -> None:
    embedder = HashEmbedder()
    answering = _Answering(embedder)
    labels = ["Gatubelysning byte till LED", "Ombyggnad Centrumgatan"]
    first = answering._label_similarity("byte till LED", labels)
    assert first[0] > first[1]
    answering._label_similarity("Centrumgatan", labels)
    assert embedder.texts_embedded == 2

"""English words the glossary lacks, read as the corpus's Swedish words of the same origin ("financing" ->
finansiering, "capital" -> kapital, "structural" -> strukturell).

A candidate shares the English word's first letters (its spelling folded toward Swedish: "c" before a hard vowel is
"k", "ph" is "f") and is a stem the documents use; it is taken only when the embedder places it at least as near the
English word as the glossary's own pairs of shared origin (`COGNATE_SIMILARITY`, per embedder: the lowest cosine above
which the best candidate was the glossary's translation for 95 % of its one-word entries, `evals/cognate_sweep.py`).
An embedder nobody calibrated translates nothing. A word the documents use as it is ("soliditet" quoted in an English
question) is their word: it counts as fully as a translated one.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable, Sequence

from assistant.understand.query import UNTRANSLATED_WEIGHT, QueryAnalysis, stems
from assistant.understand.vocabulary import Vocabulary
from core.settings import E5_MODEL

PREFIX = 4  # letters a cognate shares with the English word: "fina" for financing/finansiering
MAX_CANDIDATES = 12  # the shortest stems of that beginning (compounds are longer): each is embedded once
COGNATE_SIMILARITY = {E5_MODEL: 0.938}  # fitted by evals/cognate_sweep.py on the glossary's one-word entries
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

Embed = Callable[[list[str]], Sequence[Sequence[float]]]


def fold(word: str) -> str:
    """An English spelling written the Swedish way, as far as the first letters go ("capital" -> "kapital")."""
    return re.sub(r"c(?![eiy])", "k", word.lower()).replace("ph", "f").replace("th", "t")


def candidates(word: str, vocabulary: Vocabulary) -> list[str]:
    """The document stems that begin like the English word, shortest first."""
    folded = fold(word)
    if len(folded) < PREFIX:
        return []
    found = [s for s in vocabulary.starting_with(folded[:PREFIX]) if len(s) >= PREFIX and s.isalpha()]
    return sorted(found, key=lambda s: (len(s), s))[:MAX_CANDIDATES]


class Cognates:
    """English word -> the Swedish stem of the same origin, or None; embeddings and answers cached per word."""

    def __init__(self, vocabulary: Vocabulary, embed: Embed, threshold: float) -> None:
        self.vocabulary = vocabulary
        self.embed = embed
        self.threshold = threshold
        self._vectors: dict[str, Sequence[float]] = {}
        self._found: dict[str, str | None] = {}

    def _vector(self, texts: list[str]) -> list[Sequence[float]]:
        new = [t for t in dict.fromkeys(texts) if t not in self._vectors]
        if new:
            self._vectors.update(zip(new, self.embed(new)))
        return [self._vectors[t] for t in texts]

    def of(self, word: str) -> str | None:
        word = word.lower()
        if word not in self._found:
            self._found[word] = self._best(word)
        return self._found[word]

    def _best(self, word: str) -> str | None:
        pool = candidates(word, self.vocabulary)
        if not pool:
            return None
        english, *swedish = self._vector([word, *pool])
        scored = [(sum(a * b for a, b in zip(english, v)), s) for s, v in zip(pool, swedish)]
        similarity, best = max(scored)
        return best if similarity >= self.threshold else None


def with_cognates(q: QueryAnalysis, cognates: Cognates) -> QueryAnalysis:
    """An English question whose untranslated words are read as the documents' words: a corpus word as it is, else
    its cognate (added to the lexical query and to its concept group, which then counts fully)."""
    if q.language != "en":
        return q
    surface = {}
    for word in WORD.findall(q.text):
        for stem in stems(word, drop_stopwords=False):
            surface.setdefault(stem, word)
    groups, weights, full, added = list(q.groups), list(q.weights), list(q.full), []
    for i, (group, weight) in enumerate(zip(groups, weights)):
        if weight != UNTRANSLATED_WEIGHT or len(group) != 1 or group[0] not in surface:
            continue
        if len(group[0]) >= PREFIX and group[0] in cognates.vocabulary:
            weights[i] = 1.0
            continue
        found = cognates.of(surface[group[0]])
        if found:
            groups[i], weights[i], full[i] = (found, group[0]), 1.0, 1
            added.append(found)
    if weights == list(q.weights):
        return q
    return replace(q, groups=tuple(groups), weights=tuple(weights), full=tuple(full),
                   lexical_text=" ".join([q.lexical_text, *added]),
                   expansion_terms=tuple(dict.fromkeys([*q.expansion_terms, *added])))

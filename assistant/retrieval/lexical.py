"""BM25 over chunks with Swedish stemming and stop words (bm25s + PyStemmer).

`tokenize` is shared: the retrieval and answer code re-score sentences with the same tokens.
Digit groups are joined first ("2 421 049" -> "2421049") so amounts match as one token.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from assistant.understand.vocabulary import Vocabulary
from core.types import Chunk
from core.years import YEAR

_DIGIT_GROUPS = re.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3}\b)")
_TOKEN = re.compile(r"(?u)\b\w+\b")
IDS_FILE = "chunk_ids.json"


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    import Stemmer

    return Stemmer.Stemmer("swedish")


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    from bm25s.stopwords import STOPWORDS_SWEDISH

    return frozenset(STOPWORDS_SWEDISH)


def join_digit_groups(text: str) -> str:
    return _DIGIT_GROUPS.sub("", text)


def tokenize(text: str) -> list[str]:
    """Lowercased Swedish Snowball stems without stop words; digit groups joined; "-" and "/" split words."""
    words = _TOKEN.findall(join_digit_groups(text).lower())
    stop = stopwords()
    kept = [w for w in words if w not in stop and w != "_"]
    return list(_stemmer().stemWords(kept))


class LexicalIndex:
    """BM25 over chunk texts (with title and section, so a document's name also finds its chunks)."""

    def __init__(self, bm25: Any, ids: list[str]) -> None:
        self.bm25 = bm25
        self.ids = ids
        self._vocabulary: Vocabulary | None = None

    def _initial(self, token: str) -> list[str]:
        """The vocabulary words that begin as `token` does (misspelt keeps the initial), grouped once."""
        if self._vocabulary is None:
            self._vocabulary = Vocabulary(getattr(self.bm25, "vocab_dict", None) or {})
        return self._vocabulary.with_initial(token[:1])

    @classmethod
    def build(cls, chunks: Iterable[Chunk]) -> "LexicalIndex":
        import bm25s

        chunks = list(chunks)
        corpus = [indexed_tokens(c) or ["_tom_"] for c in chunks]
        vocab = {t for doc in corpus for t in doc}
        corpus = [doc + [part for t in doc for part in split_compound(t, vocab)] for doc in corpus]
        bm25 = bm25s.BM25()
        if corpus:
            bm25.index(corpus, show_progress=False)
        return cls(bm25, [c.id for c in chunks])

    def search(self, text: str, k: int = 10) -> list[tuple[str, float]]:
        """Top k (chunk id, BM25 score), score > 0 only, best first."""
        tokens = tokenize(text)
        if not tokens or not self.ids or k <= 0:
            return []
        vocab = getattr(self.bm25, "vocab_dict", None) or {}
        # an unknown compound in the question ("omsorgsbudget") is searched by its known parts, an unknown word
        # one typing error from a known one ("socialnämden") by that word
        tokens = [part for t in tokens for part in ([t] if t in vocab else split_compound(t, vocab, QUESTION_LINKERS) or misspelt(t, self._initial(t)))]
        tokens = [t for t in tokens if t in vocab]
        if not tokens:
            return []
        scores = self.bm25.get_scores(tokens)
        order = sorted(range(len(self.ids)), key=lambda i: (-float(scores[i]), i))[:k]
        return [(self.ids[i], float(scores[i])) for i in order if scores[i] > 0]

    def save(self, directory: Path) -> None:
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        if self.ids:
            self.bm25.save(str(directory))
        tmp = directory / (IDS_FILE + ".tmp")
        tmp.write_text(json.dumps(self.ids), encoding="utf-8")
        tmp.replace(directory / IDS_FILE)

    @classmethod
    def load(cls, directory: Path) -> "LexicalIndex":
        import bm25s

        directory = Path(directory)
        ids = json.loads((directory / IDS_FILE).read_text(encoding="utf-8"))
        bm25 = bm25s.BM25.load(str(directory)) if ids else bm25s.BM25()
        return cls(bm25, ids)


MIN_PART = 4
MAX_COMPOUND = 64  # longer "words" (a pasted hash, a 1 MB run of letters) are not split: work stays linear


INDEX_LINKERS = ("s",)  # the index's own compounds: "investeringsbudget" -> "investering" + "budget"
QUESTION_LINKERS = ("s", "e", "a", "u", "o")  # a question's word against stems: "förskolebeslut" -> "förskol" + "beslut"


def split_compound(token: str, vocab: "set[str] | dict[str, int]", linkers: tuple[str, ...] = INDEX_LINKERS,
                   min_tail: int = MIN_PART) -> list[str]:
    """Swedish compounds: "kommunbidrag" -> ["kommun", "bidrag"] when both parts are words of the corpus.

    Tries the longest known tail first (the tail carries the meaning in Swedish compounds); the head
    may end in a linking letter (`linkers`: "investeringsbudget" -> "investering" + "budget"; a question's word
    is matched against stems, which drop a compound form's vowel: "förskolebeslut" -> "förskol" + "beslut").
    [] when no split fits. `min_tail` lets a question's word end in a shorter noun ("resultatmål" -> "resultat" +
    "mål"), tried after every longer tail.
    Each cut costs a slice and a lookup of the token's length, so tokens over MAX_COMPOUND characters
    are left whole: the work per token is bounded and an index build is linear in its input.
    """
    if len(token) < MIN_PART + min_tail or len(token) > MAX_COMPOUND or not token.isalpha():
        return []
    for cut in range(MIN_PART, len(token) - min_tail + 1):
        head, tail = token[:cut], token[cut:]
        if tail not in vocab:
            continue
        if head in vocab:
            return [head, tail]
        if head.endswith(linkers) and head[:-1] in vocab and len(head) > MIN_PART:
            return [head[:-1], tail]
    return []


MIN_TYPO = 7  # the longer of a word and its misspelling has at least this many letters: shorter ones are other words


def misspelt(token: str, vocab: "set[str] | dict[str, int] | frozenset[str]") -> list[str]:
    """The vocabulary words one typing error from `token` (a letter missing, added, wrong or two swapped:
    "socialnämd" -> "socialnämnd", "progns" -> "prognos"), with its first letter; [] for short words, numbers and
    words with no such neighbour."""
    if len(token) < MIN_TYPO - 1 or len(token) > MAX_COMPOUND or not token.isalpha():
        return []
    from assistant.budget.matching import one_typing_error

    return sorted(v for v in vocab if v[:1] == token[:1] and v != token and max(len(v), len(token)) >= MIN_TYPO
                  and one_typing_error(v, token))


def indexed_tokens(chunk: Chunk) -> list[str]:
    """The tokens BM25 indexes for a chunk. A table passage is found by its words (labels, title, column header and
    its years), never by its cells: the calculator reads those, and fifty figures would otherwise make the passage
    look long to BM25's length normalisation and bury it under prose that repeats a word once (measured on the dev
    corpora: gold passage in the top 5 0.894 -> 0.922 on questions not tuned on)."""
    tokens = tokenize(lexical_text(chunk))
    if chunk.kind != "table":
        return tokens
    return [t for t in tokens if not t.isdigit() or YEAR.fullmatch(t)]


def lexical_text(chunk: Chunk) -> str:
    parts = [chunk.title]
    if chunk.section and chunk.section not in chunk.text:
        parts.append(chunk.section)
    if chunk.context:
        parts.append(chunk.context)
    parts.append(chunk.text)
    return "\n".join(parts)

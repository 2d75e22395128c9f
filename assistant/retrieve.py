"""Hybrid retrieval: BM25 over Swedish stems + dense vectors, fused with calibrated weights, steered by the
document kind, publisher and date a question names; then sentences re-scored for the answer.

Sentences are scored lexically (stems, compound-aware) plus their chunk's fused score: passages are never
embedded at question time.
"""
from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from assistant.query import QueryAnalysis, split_compound, stems
from assistant.types import Chunk, Hit

SENTENCE_END = re.compile(r"(?<=[.!?])[\"”»)]?\s+(?=[\"“«(\-–•*]?\s*[A-ZÅÄÖ0-9])|\n+")
NUMBER = re.compile(r"(?<!\w)[-\u2212]?\d[\d \u00a0]*(?:[.,]\d+)?(?!\w)")
YEARLIKE = re.compile(r"^(19|20)\d\d$")
MAX_QUOTE = 360
PARAPHRASE_CREDIT = 0.6
UNKNOWN_HEAD_CREDIT = 0.15


@dataclass(frozen=True, slots=True)
class FusionWeights:
    """score = (lexical * bm25/max_bm25 + dense * cosine + coverage * concept coverage) * metadata boosts.

    Calibrated by a grid sweep (tests/answer/calibrate.py --sweep) on 119 Swedish and 30 English dev and
    evaluation questions: for Swedish questions the English bundled model only breaks ties (dense 0.1:
    hit@5 0.966 against 0.941 at 0.35); for English questions it helps (hit@1 0.733 against 0.667 at 0).
    """

    lexical: float = 0.75
    dense: float = 0.1
    coverage: float = 1.2
    dense_en: float = 0.5
    doc_type_boost: float = 1.6
    publisher_boost: float = 1.4
    date_boost: float = 1.3
    title_boost: float = 1.3


@dataclass(frozen=True, slots=True)
class Filters:
    """What the UI narrows a question to; empty tuples mean no restriction."""

    docs: tuple[str, ...] = ()
    doc_types: tuple[str, ...] = ()
    years: tuple[int, ...] = ()

    @classmethod
    def from_any(cls, value: "Filters | Mapping | None") -> "Filters":
        if value is None or isinstance(value, Filters):
            return value or cls()

        def many(*keys: str) -> tuple:
            out: list = []
            for key in keys:
                item = value.get(key)
                if item is None or item == "":
                    continue
                out.extend(item if isinstance(item, (list, tuple, set)) else [item])
            return tuple(out)

        years = [int(y) for y in many("year", "years")]
        low, high = value.get("year_from"), value.get("year_to")
        if low is not None or high is not None:
            low, high = int(low if low is not None else 1900), int(high if high is not None else 2100)
            years.extend(range(low, high + 1))
        return cls(docs=tuple(str(d) for d in many("doc", "docs", "doc_path", "documents")),
                   doc_types=tuple(str(t) for t in many("doc_type", "doc_types", "type", "types")),
                   years=tuple(sorted(set(years))))

    def allows(self, chunk: Chunk) -> bool:
        if self.docs and chunk.doc_path not in self.docs:
            return False
        if self.doc_types and chunk.doc_type not in self.doc_types:
            return False
        if self.years:
            year = int(chunk.date[:4]) if chunk.date and chunk.date[:4].isdigit() else None
            if year not in self.years:
                return False
        return True

    @property
    def empty(self) -> bool:
        return not (self.docs or self.doc_types or self.years)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A candidate quote: verbatim document text at [start, end) of the document's normalised text."""

    chunk: Chunk
    start: int
    end: int
    text: str
    score: float
    coverage: float  # idf-weighted share of the question's concepts found in the sentence (+ title)
    chunk_score: float


class TermStats:
    """Stems per chunk and document frequencies, for coverage and sentence scores (built once per index)."""

    def __init__(self, chunks: Mapping[str, Chunk]) -> None:
        self.chunk_stems: dict[str, frozenset[str]] = {}
        df: dict[str, int] = {}
        for cid, chunk in chunks.items():
            s = expand_stems(stems(chunk.text))
            self.chunk_stems[cid] = s
            for t in s:
                df[t] = df.get(t, 0) + 1
        self.df = df
        self.n = max(len(chunks), 1)
        self.vocab = frozenset(df)
        self._match_cache: dict[str, frozenset[str]] = {}

    def matches(self, term: str) -> frozenset[str]:
        """Vocabulary stems that count as the term: itself, and compounds ending or starting with it."""
        cached = self._match_cache.get(term)
        if cached is None:
            forms = {term}
            if term not in self.vocab and len(term) >= 6:  # definite forms the stemmer keeps: "energin"
                forms |= {term[:-len(e)] for e in ("en", "et", "na", "n", "t") if term.endswith(e)}
            if term not in self.vocab and len(term) >= 4 and term[-1] in "dt":  # känd/känt
                forms.add(term[:-1] + ("d" if term[-1] == "t" else "t"))
            found = set()
            for form in forms:
                if len(form) >= 4 and not form.isdigit():
                    found |= {v for v in self.vocab if v == form or v.endswith(form) or
                              (v.startswith(form) and len(v) - len(form) >= 3)}
                elif form in self.vocab:
                    found.add(form)
            cached = frozenset(found)
            self._match_cache[term] = cached
        return cached

    def unknown_names(self, groups: tuple[tuple[str, ...], ...]) -> list[str]:
        """Compounds the documents never mention although they know the head: "räddningsnämnden" in a
        corpus with other "nämnder". A question about such a name is about something not in the documents."""
        out = []
        for group in groups:
            parts = split_compound(group[0])
            head = parts[1:]
            if (head and not self.matches(group[0]) and not self.matches(parts[0])
                    and not any(self.matches(t) for t in group[1:] if t not in parts)):
                out.append(group[0])
        return out

    def idf(self, group: tuple[str, ...]) -> float:
        df = max((self.df.get(v, 0) for t in group for v in self.matches(t)), default=0)
        return math.log(1 + (self.n - df + 0.5) / (df + 0.5))

    def coverage(self, groups: tuple[tuple[str, ...], ...], present: frozenset[str],
                 weights: tuple[float, ...] = (), full: tuple[int, ...] = ()) -> float:
        """idf-weighted share of the concept groups found in `present`; a paraphrase (a group member after
        the first `full[i]`) earns PARAPHRASE_CREDIT of its group's weight."""
        total = found = 0.0
        for i, group in enumerate(groups):
            weight = self.idf(group) * (weights[i] if i < len(weights) else 1.0)
            exact = full[i] if i < len(full) else len(group)
            total += weight
            if any(self.matches(t) & present or t in present for t in group[:exact]):
                found += weight
            else:
                hit = [t for t in group[exact:] if self.matches(t) & present or t in present]
                if hit:
                    # an unknown compound ("räddningsnämnden") matched only by its head ("nämnd") is
                    # a name the documents do not know, not a paraphrase
                    head_only = not self.matches(group[0]) and set(hit) <= set(split_compound(group[0])[1:])
                    found += (UNKNOWN_HEAD_CREDIT if head_only else PARAPHRASE_CREDIT) * weight
        return found / total if total else 0.0


def expand_stems(words: list[str]) -> frozenset[str]:
    return frozenset(words) | frozenset(p for w in words for p in split_compound(w))


@lru_cache(maxsize=4096)
def _title_stems(title: str) -> frozenset[str]:
    return expand_stems(stems(title))


def split_sentences(chunk: Chunk) -> list[tuple[int, int]]:
    """Sentence spans as offsets into the document (chunk.start-based), trimmed of whitespace and bullets."""
    spans = []
    pos = 0
    text = chunk.text
    for m in list(SENTENCE_END.finditer(text)) + [None]:
        end = m.start() if m else len(text)
        if m and text[m.start():m.start() + 1] in "\"”»)":
            end += 1
        piece = text[pos:end]
        lead = len(piece) - len(piece.lstrip(" \t-–•*>#"))
        s, e = pos + lead, pos + len(piece.rstrip(" \t*"))
        if e - s >= 3:
            spans.extend(_cap(text, s, e))
        pos = m.end() if m else len(text)
    return [(chunk.start + s, chunk.start + e) for s, e in spans]


def _cap(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Split over-long sentences at clause boundaries (", ", "; ", " – ") so quotes stay readable."""
    if e - s <= MAX_QUOTE:
        return [(s, e)]
    out = []
    while e - s > MAX_QUOTE:
        window = text[s:s + MAX_QUOTE]
        cut = max(window.rfind(", "), window.rfind("; "), window.rfind(" – "))
        if cut < MAX_QUOTE // 3:
            cut = window.rfind(" ")
        out.append((s, s + cut))
        s = s + cut + 2
        while s < e and text[s] in " ,;–":
            s += 1
    out.append((s, e))
    return out


class Retriever:
    def __init__(self, index, weights: FusionWeights | None = None) -> None:
        self.index = index
        self.weights = weights or FusionWeights()
        self.stats = TermStats(index.chunks)

    def _boost(self, chunk: Chunk, q: QueryAnalysis) -> float:
        w = self.weights
        boost = 1.0
        if q.doc_types and chunk.doc_type in q.doc_types:
            boost *= w.doc_type_boost
        if q.publishers:
            record = self.index.documents.get(chunk.doc_path)
            who = f"{record.meta.publisher or ''} {chunk.title}".lower() if record else chunk.title.lower()
            if any(re.search(p, who) for p in q.publishers):
                boost *= w.publisher_boost
        year = int(chunk.date[:4]) if chunk.date and chunk.date[:4].isdigit() else None
        if year and year in q.years and (q.doc_types or q.month):
            boost *= w.date_boost
            if q.month and chunk.date and chunk.date[5:7] == f"{q.month:02d}":
                boost *= w.date_boost
        title = _title_stems(chunk.title)
        own = set(q.terms)
        if len(title) >= 2 and len(title & own) >= max(2, math.ceil(0.5 * len(title))):
            boost *= w.title_boost
        return boost

    def names_present(self, q: QueryAnalysis, sentence: Sentence) -> bool:
        """All proper names of the question occur in the sentence's passage or its document's title."""
        if not q.names:
            return True
        present = self.stats.chunk_stems.get(sentence.chunk.id, frozenset()) | _title_stems(sentence.chunk.title)
        return all(self.stats.matches(name) & present or name in present for name in q.names)

    def targets(self, q: QueryAnalysis) -> list:
        """One predicate per document the question names (kind, publisher, year of a named document),
        so a question about two documents gets evidence from both."""
        preds = []
        for doc_type in q.doc_types:
            preds.append(lambda c, t=doc_type: c.doc_type == t)
        for pattern in q.publishers:
            def by_publisher(c: Chunk, p: str = pattern) -> bool:
                record = self.index.documents.get(c.doc_path)
                who = f"{record.meta.publisher or ''} {c.title}".lower() if record else c.title.lower()
                return bool(re.search(p, who))
            preds.append(by_publisher)
        for year in q.doc_years:
            preds.append(lambda c, y=year: bool(c.date) and c.date[:4] == str(y))
        return preds

    def search(self, q: QueryAnalysis, k: int = 8, filters: Filters | Mapping | None = None,
               pool: int = 40, timings: dict[str, float] | None = None) -> list[Hit]:
        import time

        filters = Filters.from_any(filters)
        chunks = self.index.chunks
        if q.empty and not q.text:
            return []
        t0 = time.perf_counter()
        lexical = [(cid, s) for cid, s in self.index.lexical.search(q.lexical_text, pool)
                   if cid in chunks and filters.allows(chunks[cid])] if q.lexical_text.strip() else []
        t1 = time.perf_counter()
        dense: list[tuple[str, float]] = []
        if q.text.strip() and getattr(self.index, "store", None) is not None:
            vector = self.index.embedder.embed_query(q.text)
            where = {"doc_path": filters.docs[0]} if len(filters.docs) == 1 else None
            dense = [(cid, s) for cid, s in self.index.store.query(vector, pool, where=where)
                     if cid in chunks and filters.allows(chunks[cid])]
        t2 = time.perf_counter()
        if timings is not None:
            timings["lexical"] = round((t1 - t0) * 1000, 2)
            timings["dense"] = round((t2 - t1) * 1000, 2)
        return self.fuse(q, lexical, dense, k)

    def fuse(self, q: QueryAnalysis, lexical: list[tuple[str, float]], dense: list[tuple[str, float]],
             k: int) -> list[Hit]:
        w = self.weights
        chunks = self.index.chunks
        lex_max = max((s for _, s in lexical), default=0.0) or 1.0
        lex = {cid: s / lex_max for cid, s in lexical}
        lex_rank = {cid: i for i, (cid, _) in enumerate(lexical)}
        den = {cid: max(s, 0.0) for cid, s in dense}
        den_rank = {cid: i for i, (cid, _) in enumerate(dense)}
        dense_weight = w.dense_en if q.language == "en" else w.dense
        hits = []
        for cid in set(lex) | set(den):
            chunk = chunks[cid]
            present = self.stats.chunk_stems.get(cid, frozenset()) | _title_stems(chunk.title)
            cover = self.stats.coverage(q.groups, present, q.weights, q.full)
            score = (w.lexical * lex.get(cid, 0.0) + dense_weight * den.get(cid, 0.0) + w.coverage * cover)
            score *= self._boost(chunk, q)
            hits.append(Hit(chunk=chunk, score=score, lexical_rank=lex_rank.get(cid), dense_rank=den_rank.get(cid)))
        hits.sort(key=lambda h: (-h.score, h.chunk.id))
        return hits[:k]

    def sentences(self, q: QueryAnalysis, hits: list[Hit], limit: int = 30) -> list[Sentence]:
        """Sentences of the hits, best first: concept coverage, the chunk's fused score, what was asked."""
        if not hits:
            return []
        top = hits[0].score or 1.0
        out: list[Sentence] = []
        for hit in hits:
            text = self.index.text(hit.chunk.doc_path)
            context = _title_stems(hit.chunk.title) | _title_stems(hit.chunk.section or "")
            rel = hit.score / top
            passage = self.stats.coverage(q.groups, self.stats.chunk_stems.get(hit.chunk.id, frozenset()) | context,
                                          q.weights, q.full)
            for s, e in split_sentences(hit.chunk):
                sentence = text[s:e]
                if len(re.findall(r"[^\W\d_]{4,}", sentence)) < 1 or sentence.strip() in ("tkr", "mnkr"):
                    continue  # a table header or a row of bare numbers states nothing
                present = expand_stems(stems(sentence))
                cover = self.stats.coverage(q.groups, present | context, q.weights, q.full)
                cover = max(cover, (cover + passage) / 2)  # the passage around a sentence (a table's header) counts half
                own_cover = self.stats.coverage(q.groups, present, q.weights, q.full)
                score = 0.75 * cover + 0.15 * own_cover + 0.35 * rel + _intent_bonus(q, sentence)
                if sentence.strip() in (hit.chunk.title, hit.chunk.section):
                    score -= 0.3  # the document's own title or heading says nothing
                out.append(Sentence(chunk=hit.chunk, start=s, end=e, text=sentence, score=score,
                                    coverage=cover, chunk_score=hit.score))
        out.sort(key=lambda x: (-x.score, x.chunk.id, x.start))
        return out[:limit]


NAME = re.compile(r"\b[A-ZÅÄÖ][a-zåäöé]+ (?:[A-ZÅÄÖ][a-zåäöé]+ )?[A-ZÅÄÖ][a-zåäöé]+(?: \([A-ZÅÄÖ]{1,2}\))?")


MONTHS = r"(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)"
DATE_NUMBER = re.compile(r"^\s*" + MONTHS, re.I)
MONEY_UNIT = re.compile(r"^\s*(?:kr\b|kronor|tkr|mnkr|mdkr|mkr|miljon|miljard|tusen|procent|%)", re.I)


def amounts_in(sentence: str, money: bool = False) -> list[str]:
    """Numbers in a sentence that are not bare years or days of a month; with money=True only those
    followed by a unit of money or percent."""
    out = []
    for m in NUMBER.finditer(sentence):
        number = m.group().strip()
        after = sentence[m.end():m.end() + 14]
        if YEARLIKE.match(number) or DATE_NUMBER.match(after):
            continue
        if money and not MONEY_UNIT.match(after):
            continue
        out.append(number)
    return out


def _intent_bonus(q: QueryAnalysis, sentence: str) -> float:
    bonus = 0.0
    if q.wants_amount:
        bonus += 0.15 if amounts_in(sentence, money=q.wants_money) else -0.1
    if q.wants_person:
        bonus += 0.15 if NAME.search(sentence) else -0.05
    if q.wants_date:
        bonus += 0.1 if re.search(r"\b(19|20)\d\d\b|januari|februari|mars|april|maj|juni|juli|augusti|"
                                  r"september|oktober|november|december", sentence) else 0.0
    if len(sentence) < 25:
        bonus -= 0.1
    if len(sentence) < 80 and not re.search(r"[.!?:]\W*$|\d", sentence):
        bonus -= 0.1  # a heading, not a statement
    return bonus

"""Hybrid retrieval: BM25 over Swedish stems + dense vectors, fused with calibrated weights, steered by the
document kind, publisher and date a question names, and restricted by the UI's filters.

The sentences of the retrieved passages are scored for the answer in assistant.evidence.sentences (lexically: passages
are never embedded at question time); Sentence, NAME and amounts_in are re-exported here.
"""
from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from functools import cached_property

from assistant.storage import sentence_store
from assistant.evidence.headings import is_section_title
from assistant.understand.query import QueryAnalysis
from assistant.evidence.sentences import (  # noqa: F401  (Sentence, NAME, amounts_in, ... are part of this module's API)
    NAME, Sentence, TermStats, amounts_in, expand_stems, intent_bonus, is_contents_heading, is_quotable, is_running,
    items_before_introductions, is_statement, municipality_forms, place_stems_of, score_sentences, split_sentences, text_stems, title_stems,
)
from core.types import Chunk, Hit

RERANK = 12  # sentences re-ranked by the embedder per question


def dense_spread(dense: list[tuple[str, float]]) -> dict[str, float]:
    """Each passage's cosine placed between the pool's lowest (0) and highest (1): the embedder's ranking on the
    scale coverage uses (raw cosines of one pool lie within a few hundredths of each other)."""
    if not dense:
        return {}
    low, high = min(s for _, s in dense), max(s for _, s in dense)
    return {cid: (s - low) / (high - low) if high > low else 0.0 for cid, s in dense}


def semantic_text(s: Sentence) -> str:
    """What the embedder sees of a sentence: its document's title, then the sentence."""
    return sentence_store.semantic_text(s.chunk.title, s.text)

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
    semantic: float = 1.0  # sentence score += semantic * (cosine - best cosine among the candidates)
    municipality_boost: float = 1.4  # the question names the document's municipality (not calibrated)


@dataclass(frozen=True, slots=True)
class Filters:
    """What the UI narrows a question to; empty tuples mean no restriction."""

    docs: tuple[str, ...] = ()
    doc_types: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    municipalities: tuple[str, ...] = ()  # "Lerum": the documents' municipality metadata

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
                   years=tuple(sorted(set(years))),
                   municipalities=tuple(str(m) for m in many("municipality", "municipalities", "kommun")))

    def allows(self, chunk: Chunk) -> bool:
        if self.docs and chunk.doc_path not in self.docs:
            return False
        if self.doc_types and chunk.doc_type not in self.doc_types:
            return False
        if self.municipalities and (chunk.municipality or "").casefold() not in {
                m.casefold() for m in self.municipalities}:
            return False
        if self.years:
            year = int(chunk.date[:4]) if chunk.date and chunk.date[:4].isdigit() else None
            if year not in self.years:
                return False
        return True

    @property
    def empty(self) -> bool:
        return not (self.docs or self.doc_types or self.years or self.municipalities)

    @property
    def only_municipalities(self) -> bool:
        """Only a municipality is chosen: the calculator can still answer, from that municipality's tables."""
        return bool(self.municipalities) and not (self.docs or self.doc_types or self.years)


def rank_anchored(to_question: list[float], to_anchor: list[float], coverage: list[float],
                  bonus: list[float], shared: list[float] | None = None) -> list[int]:
    """Indices of a document's sentences, best first, for one named document of a question about several:
    similar to the question and to the other document's evidence (each cosine rescaled to 0-1 over the
    document's sentences, since an embedder's cosines crowd into a narrow band), plus the share of the question's
    concepts the sentence says, what was asked (an amount, a name) and the share of the other document's
    evidence the sentence says in the same words (`shared`, anchor_share)."""
    def scaled(values: list[float]) -> list[float]:
        low, high = min(values, default=0.0), max(values, default=0.0)
        return [(v - low) / (high - low) if high > low else 0.0 for v in values]

    q, a = scaled(to_question), scaled(to_anchor)
    words = shared or [0.0] * len(q)
    score = [q[i] + a[i] + coverage[i] + bonus[i] + words[i] for i in range(len(q))]
    return sorted(range(len(score)), key=lambda i: (-score[i], i))


REPEATED = 0.8  # stems in common over stems of either: a sentence this close to another is the same sentence


def repeats(anchor: frozenset[str], sentence: frozenset[str]) -> bool:
    """The sentence says the anchor sentence again (a document quoting another, a word or two changed)."""
    union = anchor | sentence
    return bool(union) and len(anchor & sentence) / len(union) >= REPEATED


def anchor_share(anchor: frozenset[str], sentence: frozenset[str], df: Mapping[str, int], n: int) -> float:
    """The idf-weighted share of the anchor sentence's stems that the sentence says too: two documents speaking of
    one subject share its rare words ("centralisera ... till kommunstyrelsen"), while a neighbouring sentence
    shares only the common ones. Stems no passage holds weigh nothing."""
    def weight(stem: str) -> float:
        return math.log(n / df[stem]) if df.get(stem) else 0.0

    total = sum(weight(t) for t in anchor)
    return sum(weight(t) for t in anchor & sentence) / total if total > 0 else 0.0


def naming_sentences(question: str, found: list[Sentence]) -> list[Sentence]:
    """The sentences that write every proper name of the question written as a name ("Alingsås Energi"), as
    written: a name is matched as a name, not by a compound that shares a word with it ("energieffektivitet")."""
    from assistant.understand.query import NAME_PHRASE

    phrases = [" ".join(p.lower().split()) for p in NAME_PHRASE.findall(question)]
    if not phrases:
        return []
    return [s for s in found if all(p in " ".join(s.text.lower().split()) for p in phrases)]


def place_stems(chunk: Chunk) -> frozenset[str]:
    """Stems of the chunk's municipality ("vårgård"), so "i Vårgårda" is covered by its documents."""
    return place_stems_of(chunk.municipality)


def previous_passage(chunk_id: str) -> str:
    """The id of the passage before `chunk_id` in its document (ingest.chunk numbers a document's passages:
    "<document key>-<position>"); "" for a document's first passage or an id of another form."""
    key, _, position = chunk_id.rpartition("-")
    return f"{key}-{int(position) - 1:04d}" if key and position.isdigit() and int(position) > 0 else ""


class Retriever:
    def __init__(self, index, weights: FusionWeights | None = None) -> None:
        from assistant.retrieval.semantic import QueryVectors

        self.index = index
        self.weights = weights or FusionWeights()
        self.stats = TermStats(index.chunks)
        self.query_vectors = QueryVectors(lambda: self.index.embedder)
        self._sentence_vectors = None

    @property
    def sentence_vectors(self):  # type: ignore[no-untyped-def]
        from assistant.retrieval.semantic import SentenceVectors

        if self._sentence_vectors is None:
            stored = getattr(self.index, "stored_sentence_vectors", None)
            self._sentence_vectors = SentenceVectors(self.index.embedder, stored=stored)
        return self._sentence_vectors

    @property
    def passages(self):  # type: ignore[no-untyped-def]
        """The index's passage vectors as questions search them (assistant/storage/dense.py); None for an index
        without vectors (lexical retrieval only)."""
        return getattr(self.index, "passages", None)

    @cached_property
    def _places(self) -> frozenset[str]:
        """The municipalities the indexed documents are of, as stems."""
        return frozenset(stem for c in self.index.chunks.values() for stem in place_stems(c))

    @cached_property
    def _document_chunks(self) -> tuple[Chunk, ...]:
        """One chunk of each indexed document: what `targets` predicates test (kind, date, title, place) is the
        document's, the same in each of its chunks."""
        return tuple({c.doc_path: c for c in self.index.chunks.values()}.values())

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
        if place_stems(chunk) & set(q.names or q.terms):
            boost *= w.municipality_boost
        title = title_stems(chunk.title)
        own = set(q.terms)
        if len(title) >= 2 and len(title & own) >= max(2, math.ceil(0.5 * len(title))):
            boost *= w.title_boost
        return boost

    def names_present(self, q: QueryAnalysis, sentence: Sentence) -> bool:
        """All proper names of the question occur in the sentence's passage or its document's title; in a follow-up,
        in the passage before it too (a person's quote goes on past a passage's end: "säger Samuel Carlén ... och
        fortsätter:" / "- Utöver sparkravet har vi ...", asked "vilket mål har han satt till 2028?")."""
        if not q.names:
            return True
        present = (self.stats.chunk_stems.get(sentence.chunk.id, frozenset()) | title_stems(sentence.chunk.title)
                   | place_stems(sentence.chunk))  # "i Vårgårda": the document's municipality counts as said
        if q.followup:
            present |= self.stats.chunk_stems.get(previous_passage(sentence.chunk.id), frozenset())
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
        places = self._places & set(q.names)
        if len(places) >= 2:  # "Vårgårda eller Tranemo": evidence from each municipality
            for stem in sorted(places):
                preds.append(lambda c, p=stem: p in place_stems(c))
        # a document named by what no indexed document is ("budgeten 2021-2023" read as a document of 2021, the
        # budget being dated 2020), or no document of the one municipality the question names is ("Ragundas
        # delårsrapport" when only its press release tells of it), is none of them: it has no evidence to give
        held = self.documents_of(self.named_municipality(q))
        return [p for p in preds if any(p(c) for c in held)]

    def documents_of(self, municipality: str | None) -> tuple[Chunk, ...]:
        """One chunk per document of `municipality` (and of none); of every document when it is None."""
        if municipality is None:
            return self._document_chunks
        return tuple(c for c in self._document_chunks if c.municipality in (municipality, None, ""))

    def anchored(self, q: QueryAnalysis, doc_paths: set[str], anchor: Sentence,
                 fits: Callable[[Sentence], bool] | None = None) -> Sentence | None:
        """The sentence of the named documents `doc_paths` that best answers the question and speaks of what the
        other document's evidence `anchor` speaks of: a question naming two documents is about one subject, said
        in each document in its own words ("inköp" in one, "inköpsvolym" in the other). With `fits`, only a
        sentence stating what is asked (the amount, the person) answers when the documents have one."""
        if not q.text.strip() or self.passages is None:
            return None
        found: list[Sentence] = []
        seen: set[tuple[str, int, int]] = set()
        for path in sorted(doc_paths):
            text = self.index.text(path)
            for chunk in self.index.chunks_of(path):
                for s, e in split_sentences(chunk):
                    sentence = text[s:e]
                    if (path, s, e) not in seen and is_quotable(sentence) and is_statement(sentence) \
                            and not is_running(text, sentence):
                        seen.add((path, s, e))
                        cover = self.stats.coverage(q.groups, text_stems(sentence), q.weights, q.full, q.strict)
                        found.append(Sentence(chunk=chunk, start=s, end=e, text=sentence, score=0.0,
                                              coverage=cover, chunk_score=0.0))
        # a section's heading names what the section is about; the sentences under it say what of it ("Utdelning/
        # koncernbidrag från koncernen Alingsås Energi" above "... föreslås en årlig utdelning ... på 10 miljoner")
        found = [s for s in found if not is_section_title(s)
                 and not is_contents_heading(self.index.text(s.chunk.doc_path), s.text)] or found
        if not found:
            return None
        found = naming_sentences(q.original, found) or found
        if fits is not None:
            found = [s for s in found if fits(s)] or found
        anchor_stems = text_stems(anchor.text)
        said = {id(s): text_stems(s.text) for s in found}
        # a document quoting the other's sentence word for word says nothing of its own: its other sentences answer
        found = [s for s in found if not repeats(anchor_stems, said[id(s)])] or found
        keys = [(s.chunk.doc_path, s.start, s.end) for s in found]
        texts = [semantic_text(s) for s in found]
        to_question = self.sentence_vectors.similarities(self.query_vectors.get(q.text), keys, texts)
        anchor_vector = self.sentence_vectors.vectors([(anchor.chunk.doc_path, anchor.start, anchor.end)],
                                                      [semantic_text(anchor)])[0]
        to_anchor = self.sentence_vectors.similarities(anchor_vector, keys, texts)
        shared = [anchor_share(anchor_stems, said[id(s)], self.stats.df, self.stats.n) for s in found]
        order = rank_anchored(to_question, to_anchor, [s.coverage for s in found],
                              [intent_bonus(q, s.text, s.chunk.municipality) for s in found], shared)
        best = order[0]
        return replace(found[best], similarity=to_question[best])

    @property
    def municipalities(self) -> tuple[str, ...]:
        """The municipalities of the indexed passages (their documents' metadata), sorted; read once."""
        if getattr(self, "_municipalities", None) is None:
            self._municipalities = tuple(sorted({c.municipality for c in self.index.chunks.values() if c.municipality}))
        return self._municipalities

    def named_municipality(self, q: QueryAnalysis) -> str | None:
        """The one indexed municipality the question names when the index holds several ("Vad är skattesatsen
        i Ockelbo?"); None when it names none or several (a comparison takes evidence from each)."""
        if len(self.municipalities) < 2:
            return None
        said = set(q.names or ()) | set(q.terms)
        named = [m for m in self.municipalities if any(form <= said for form in municipality_forms(m))]
        return named[0] if len(named) == 1 else None

    def scoped_stats(self, q: QueryAnalysis) -> TermStats:
        """The term statistics of the documents the question is about: those of the one municipality it names (and
        those without one), so a word only another municipality's documents use ("soliditet") is unknown here."""
        named = self.named_municipality(q)
        if named is None:
            return self.stats
        cache = self.__dict__.setdefault("_scoped_stats", {})
        if named not in cache:
            cache[named] = TermStats({cid: c for cid, c in self.index.chunks.items()
                                      if not c.municipality or c.municipality == named})
        return cache[named]

    def elsewhere(self, named: str, without_name: QueryAnalysis, k: int = 8) -> tuple[list[Sentence], list[Sentence]]:
        """(the best sentences of the municipality `named`'s documents, those of the other municipalities'), both
        for `without_name` (the question without the municipality's name: the scope is no concept of what is
        asked). What is asked may be stated only for another municipality."""
        here = self.search(without_name, k=k, within=named)
        other = self.search(without_name, k=k, within=named, others=True)
        return (self.sentences(without_name, here) if here else [],
                self.sentences(without_name, other) if other else [])

    def prefetch(self, q: QueryAnalysis) -> None:
        """Start embedding the question `search` will embed, so the caller's other work overlaps it."""
        if q.text.strip() and self.passages is not None:
            self.query_vectors.prefetch(q.text)

    def search(self, q: QueryAnalysis, k: int = 8, filters: Filters | Mapping | None = None,
               pool: int = 40, timings: dict[str, float] | None = None, within: str | None = None,
               others: bool = False) -> list[Hit]:
        import time

        filters = Filters.from_any(filters)
        chunks = self.index.chunks
        if q.empty and not q.text:
            return []
        named = within or (self.named_municipality(q) if not filters.municipalities else None)

        def allowed(chunk: Chunk) -> bool:  # "i Tingsryd": never another municipality's documents
            if others:  # the other municipalities' documents only
                return filters.allows(chunk) and bool(chunk.municipality) and chunk.municipality != named
            return filters.allows(chunk) and (named is None or not chunk.municipality or chunk.municipality == named)

        t0 = time.perf_counter()
        lexical = [(cid, s) for cid, s in self.index.lexical.search(q.lexical_text, pool)
                   if cid in chunks and allowed(chunks[cid])] if q.lexical_text.strip() else []
        t1 = time.perf_counter()
        dense: list[tuple[str, float]] = []
        if q.text.strip() and self.passages is not None:
            vector = self.query_vectors.get(q.text)
            where = {"doc_path": filters.docs[0]} if len(filters.docs) == 1 else None
            dense = [(cid, s) for cid, s in self.passages.query(vector, pool, where=where)
                     if cid in chunks and allowed(chunks[cid])]
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
        spread = dense_spread(dense)
        hits = []
        for cid in set(lex) | set(den):
            chunk = chunks[cid]
            present = (self.stats.chunk_stems.get(cid, frozenset()) | title_stems(chunk.title) | place_stems(chunk)
                       | title_stems(chunk.context or ""))
            cover = self.stats.coverage(q.groups, present, q.weights, q.full)
            # the concepts coverage cannot see (English words left untranslated) are judged by the embedder: its
            # ranking of the passages, spread over 0..1, in their share
            score = (w.lexical * lex.get(cid, 0.0) + dense_weight * den.get(cid, 0.0) + w.coverage * cover
                     + w.coverage * q.untranslated * spread.get(cid, 0.0))
            score *= self._boost(chunk, q)
            hits.append(Hit(chunk=chunk, score=score, lexical_rank=lex_rank.get(cid), dense_rank=den_rank.get(cid),
                            dense_score=den.get(cid)))
        hits.sort(key=lambda h: (-h.score, h.chunk.id))
        return hits[:k]

    def similarities(self, text: str, found: list[Sentence]) -> list[float]:
        """The embedder's cosine of `text` to each sentence (0.0 each without a vector store)."""
        if not text.strip() or self.passages is None:
            return [0.0] * len(found)
        return list(self.sentence_vectors.similarities(self.query_vectors.get(text),
                                                       [(s.chunk.doc_path, s.start, s.end) for s in found],
                                                       [semantic_text(s) for s in found]))

    def sentences(self, q: QueryAnalysis, hits: list[Hit], limit: int = 30) -> list[Sentence]:
        """Sentences of the hits, best first: scored lexically (assistant.evidence.sentences.score_sentences), then the
        best RERANK of them re-ranked with the embedder's question-sentence cosine (paraphrases, sloppy and
        English wording), each sentence carrying its similarity."""
        ranked = score_sentences(q, hits, self.stats, self.index.text, limit)
        if not ranked or not q.text.strip() or self.passages is None:
            return ranked
        head = ranked[:RERANK]
        sims = self.sentence_vectors.similarities(self.query_vectors.get(q.text),
                                                  [(s.chunk.doc_path, s.start, s.end) for s in head],
                                                  [semantic_text(s) for s in head])
        top = max(sims)
        head = [replace(s, similarity=sim, score=s.score + self.weights.semantic * (sim - top))
                for s, sim in zip(head, sims)]
        head.sort(key=lambda x: (-x.score, x.chunk.id, x.start))
        return items_before_introductions(head, self.index.text) + ranked[RERANK:]

"""What a question names that the documents do not hold: rows of another municipality, unknown committees and kinds."""
from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from assistant.arbitrate import (STRONG_TEXT)
from assistant.understand.query import (YEAR, QueryAnalysis, analyse, doc_words, names_source)
from assistant.understand.query import stems as query_stems
from assistant.evidence.sentences import (text_stems)

from assistant.answering.compound import DEFINITE_FORMS

log = logging.getLogger(__name__)


ROW_ELSEWHERE = {"sv": "Tabellerna för {0} har ingen rad för {1}; den finns bara i andra kommuners dokument.",
                 "en": "The tables for {0} have no row for {1}; it is only in other municipalities' documents."}


ELSEWHERE_GAP = 0.25  # coverage by which another municipality's evidence must beat the named one's (not calibrated)


ABOUT = re.compile(r"(?P<doc>[^\W\d_]+)\s+(?:om|about|on)\s+(?P<about>[^\W\d_]+)", re.I)


def about_documents(question: str) -> set[str]:
    """The words a kind of document is said to be about ("pressmeddelande om delårsrapporten": "delårsrapporten"),
    lowercased: the subject of the document named before, not a document the question reads."""
    from assistant.understand.query import doc_types_in

    return {m.group("about").lower() for m in ABOUT.finditer(question) if doc_types_in(m.group("doc"))}


def says_body(said: str, label: str) -> bool:
    """The question's words matched to a body's row name the body: a word of a body ("socialnämnden",
    understand.bodies.body_kind), its initials ("BUN"), or as many words as its name has parts ("kultur och fritid");
    not one word of a name of several ("barn" of "Barn- och utbildningsnämnden" in "hur många barn gick i förskola"),
    which is said of much else."""
    from assistant.budget.matching import FUNCTION_WORDS, initials, tokens
    from assistant.understand.bodies import body_kind

    words = [w for w in tokens(said) if w not in FUNCTION_WORDS]
    parts = [w for w in tokens(label) if w not in FUNCTION_WORDS]
    return any(body_kind(w) for w in words) or said.strip().lower() == initials(label).lower() \
        or len(words) >= len(parts)


class UnknownNames:
    """What a question names that the documents do not hold: rows of another municipality, unknown committees and kinds. A part of Assistant (assistant/build.py): it uses the index, the retriever and the other parts."""

    def _rows_elsewhere(self, question: str, history: Sequence[str]) -> tuple[str, str] | None:
        """(municipality, committee) when the question names one municipality and a committee that only other
        municipalities' tables have a row for: the body is known, this municipality has none of that name. Other
        rows ("Årets resultat", "Förskola") are often stated in prose or named otherwise: not judged here."""
        book = self._book_of(question, history)
        if book is None or book is self.figures:
            return None
        from assistant.budget.matching import match_rows
        from assistant.evidence.claims import roles

        bodies = tuple(roles()["bodies"])
        elsewhere = [m.label for m in match_rows(question, self.figures.index.lexicon)
                     if m.label.split()[-1].lower().endswith(bodies) and says_body(m.said, m.label)]
        if not elsewhere or match_rows(question, book.index.lexicon):
            return None
        place = book.municipalities[0]
        if self._writes_name(place, elsewhere[0]):
            return None  # "Socialförvaltningen" in its own table without years (personnel figures): the body is there
        return place, elsewhere[0]

    def _writes_name(self, place: str, label: str) -> bool:
        """Some document of the municipality writes the body's whole name (a table the calculator does not hold, a
        sentence): the municipality has that body."""
        said = re.compile(rf"(?<!\w){re.escape(label)}(?!\w)", re.I)
        return any(c.municipality == place and said.search(c.text) for c in self.index.chunks.values())

    def _prose_names(self, q: QueryAnalysis, label: str, judged: Any) -> bool:
        """The sentence the text answer would quote names the committee (every content word of its name)."""
        said = self._prose_said(q, judged())
        return bool(said) and set(query_stems(label)) <= text_stems(said)

    def _without_scope(self, q: QueryAnalysis) -> tuple[str | None, QueryAnalysis]:
        """(the one municipality the question names, the question analysed without its name: "Ockelbo kommun" is
        the scope, no word describing the subject); (None, q) when it names none or several."""
        named = self.retriever.named_municipality(q)
        if named is None:
            return None, q
        from assistant.budget.municipal import without_names

        return named, replace(analyse(without_names(q.original, [named])), followup=q.followup, strict=q.strict)

    def _unknown(self, q: QueryAnalysis, named: str | None, scope_free: QueryAnalysis) -> list[str]:
        """Names and a subject no document the question is about uses (within the municipality `named`, asked as
        `scope_free`: see _without_scope)."""
        scoped = self.retriever.scoped_stats(q)
        q = scope_free
        if named is not None:
            from assistant.evidence.sentences import asked_subject

            subject = asked_subject(q) if not q.strict else None
            if subject is not None and self.retriever.stats.known(subject) and not scoped.known_by_parts(subject) \
                    and not scoped.near(subject[0]):
                # "sjukfrånvaron i Hjo" when only Åsele's documents speak of sick leave: the word is a real one of
                # these documents, and none of the named municipality's uses it (nor a paraphrase of its group)
                return [subject[0]]
        return scoped.unknown_names(q.groups) + scoped.unknown_subject(q) + self._unnamed_committees(q, named) \
            + self._kinds_missing(q, named)

    def _kinds_missing(self, q: QueryAnalysis, named: str | None) -> list[str]:
        """The kinds of document the question names as its source ("enligt delårsrapporten") that no document of
        the municipality `named` is: what that document says cannot be read when the municipality has none."""
        if named is None or not names_source(q.original):
            return []
        held = {c.doc_type for c in self.retriever.documents_of(named)}
        # a document said after another's "om" is what that one is about ("pressmeddelandet om delårsrapporten"), no
        # source of its own
        said = set(re.findall(r"[^\W\d_]+", q.original.lower())) - about_documents(q.original)
        # a definite form names one document ("enligt delårsrapporten"); "i budget 2025" names the year's budget,
        # which a news item may report
        def definite(word: str, kind_words: list[str]) -> bool:  # "budgeten" beside "budget"; not "budget" itself
            return any(word[len(w):] in DEFINITE_FORMS for w in kind_words if w != word and word.startswith(w))

        words = doc_words()["doc_types"]
        return [kind for kind in q.doc_types if kind not in held
                and any(w in said and definite(w, words[kind]) for w in words.get(kind, ()))]

    def _unnamed_committees(self, q: QueryAnalysis, named: str | None) -> list[str]:
        """The committees a Swedish question names ("tekniska nämnden": matching.committee_mentions) that no table
        row is named by (in any language: its synonyms) and no document of the municipality it names writes, each
        word in any form, nor a word one typing error from them: a committee these documents do not have."""
        from assistant.budget.matching import committee_mentions, match_rows

        if q.language == "en":
            return []
        stats = self.retriever.scoped_stats(q)
        out = []
        for mention, _, _ in committee_mentions(q.original):
            words = [query_stems(w, drop_stopwords=False) for w in re.findall(r"[^\W\d_]+", mention)]
            if not all(words) or any(not stats.known(tuple(w)) and stats.near(w[0]) for w in words):  # a misspelt name
                continue
            if self.figures is not None and match_rows(mention, self.figures.index.lexicon):
                continue
            pattern = r"\W+".join(rf"{re.escape(w[0])}\w*" for w in words)
            if not self._documents_write(pattern, named):
                out.append(mention)
        return out

    def _documents_write(self, pattern: str, municipality: str | None = None) -> bool:
        """Some document (of the municipality, and those of none) has a phrase matching the pattern (case and
        spacing aside; each word from its start)."""
        if getattr(self, "_lowered", None) is None:  # every document's text, read once per assistant
            self._lowered = [(d.meta.municipality, " ".join(self.index.text(d.path).lower().split()))
                             for d in self.index.documents.values()]
        found = re.compile(rf"(?<!\w){pattern}")
        return any(found.search(text) for place, text in self._lowered
                   if municipality is None or not place or place == municipality)

    def _holds_named_source(self, named: str, q: QueryAnalysis) -> bool:
        """The question names a kind of document as its source ("i Ljungbys pressmeddelande") that a document of the
        municipality `named` is: what is asked is read there, whatever another municipality's documents say."""
        if not names_source(q.original):
            return False
        held = {c.doc_type for c in self.retriever.documents_of(named)}
        return bool(set(q.doc_types) & held)

    def _stated_elsewhere(self, named: str | None, scope_free: QueryAnalysis) -> bool:
        """The question names one of several municipalities (`named`), another one's documents cover it (asked as
        `scope_free`) strongly (STRONG_TEXT) and the named one's best sentences cover clearly less
        (ELSEWHERE_GAP): the asked fact is the other municipality's ("den nya förskolan i Åsele" when only Hjo
        builds one). Coverage credits a paraphrase less than the question's own word: when one of the named one's
        sentences names every concept the other's best names, if in other words ("skattesatsen" for the asked
        "kommunalskatten", which the other's documents write), the fact is stated here too."""
        if named is None or self._holds_named_source(named, scope_free):
            return False
        here, other = self.retriever.elsewhere(named, scope_free)
        best_other = max(other[:5], key=lambda s: s.coverage, default=None)
        best_here = max((s.coverage for s in here[:5]), default=0.0)
        if best_other is None or best_other.coverage < STRONG_TEXT or best_here > best_other.coverage - ELSEWHERE_GAP:
            return False
        said = _topics(self._concepts_said(scope_free, best_other))
        # the named one's sentence names every concept the other's does, or one the other's does not that is rarer
        # than those it lacks (a compound the other's documents never write, "skattehöjning", counts nothing against
        # their coverage); a year is the context of a fact, said in a sentence beside it as often as in it
        idf = self.retriever.stats.idf
        return not any(max((idf(g[:1]) for g in named - said), default=0.0) >
                       max((idf(g[:1]) for g in said - named), default=-1.0)
                       for named in (_topics(self._concepts_said(scope_free, s)) for s in here[:5]))


def _topics(groups: frozenset[tuple[str, ...]]) -> frozenset[tuple[str, ...]]:
    """The concept groups that are no year ("2025")."""
    return frozenset(g for g in groups if not YEAR.fullmatch(g[0]))

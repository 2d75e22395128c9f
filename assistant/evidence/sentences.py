"""Sentence evidence: passages cut into quotable sentences, the share of a question's concepts each one
covers (idf-weighted, compound-aware, paraphrases at partial credit), and the score that ranks them for
the answer: coverage, the passage's fused retrieval score and whether the sentence holds what was asked
(an amount, a person, a date). Nothing is embedded here: scoring is lexical over Swedish stems.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache

from assistant.understand.derivation import derivational_bases
from assistant.understand.query import QueryAnalysis, split_compound, stems, word_stems
from assistant.understand.vocabulary import Vocabulary
from core.types import Chunk, Hit
from core.years import MONTHS_SV, RELATIVE_YEARS

# a line break ends a sentence unless the next line goes on in lower case: a PDF's line wrapped mid-sentence
# ("... jämfört med 2024 då" / "skattesatsen var 22,89 kronor.") is one sentence
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”»)]?\s+(?=[\"“«(\-–•*]?\s*[A-ZÅÄÖ0-9])|\n{2,}|\n(?![ \t]*[a-zåäöé])")
# the parts of a document a number can name: "Tabell 7", "bilaga 2" (captions), "sidan 12", "Dnr 2024/31", "§ 142"
CAPTION_NOUNS = r"tabell|table|diagram|figur|figure|bild|bilaga"
# a caption's number ("Tabell 7. Balanskravsutredning, mnkr") ends no sentence: the caption is one with its title
CAPTION_NUMBER = re.compile(rf"(?:{CAPTION_NOUNS})\s*\d+[.:]", re.IGNORECASE)
# a number that refers to a part of a document is no amount
REFERENCE_BEFORE = re.compile(rf"(?:\b(?:{CAPTION_NOUNS}|sidan|sida|dnr|nr)\.?|§)\s*$", re.IGNORECASE)
# a note's number ("Not 5: Enligt SKR:s prognos", "Not 6–7:", "Noter 2"; capitalised, no English "not"), or a list
# item's or footnote's label opening the text ("5) Inklusive kostnadsutjämning"): a label, no amount
NOTE_BEFORE = re.compile(r"\b(?:Not|Noter|Note|Notes|Fotnot)\s*(?:\d+\s*[–-]\s*)?$")
LABEL_AFTER = re.compile(r"\)\s")
NUMBER = re.compile(r"(?<!\w)[-\u2212]?\d[\d \u00a0]*(?:[.,]\d+)?(?!\w)")
YEARLIKE = re.compile(r"^(19|20)\d\d$")
MAX_QUOTE = 360
PARAPHRASE_CREDIT = 0.6
FAMILY_BASE_CHARS = 6  # the shortest base whose word family counts toward coverage ("prognos", not "fakt")
# the shortest definite form read as its base's too ("taxan" is "taxa", whose stem "tax" "taxorna" shares); one of
# five letters only by a definite ending of two ("högst" is no "högs")
DEFINITE_CHARS = 5
DEFINITE_ENDINGS = ("en", "et", "na", "an", "n", "t")


def definite_bases(term: str) -> set[str]:
    """The bases a definite form the stemmer keeps may have: "energin" -> "energi", "taxan" -> "tax"."""
    return {term[:-len(e)] for e in DEFINITE_ENDINGS if term.endswith(e) and (len(e) == 2 or len(term) > DEFINITE_CHARS)}
MIN_VARIANT = 6  # shortest stem matched one letter off: shorter ones are other words ("hand"/"band")
UNKNOWN_HEAD_CREDIT = 0.15
# A sentence that holds what the question asks (the asked amount or person, or a follow-up's own topic in its own
# words) gets one and the same bonus: the follow-up's topic is what it asks, the earlier turn's words are context.
ASKED_BONUS = 0.15
SUBJECT_CHARS = 6  # a subject is a content noun: shorter stems are mostly adverbs and abbreviations ("extra", "resp")
BACKGROUND_SHARE = 0.25  # a word in a quarter of all passages is background, not what a quote should add
# an unknown subject shorter than this may be an adjective or adverb the stemmer left whole ("gratis", "strunt"),
# unless the question writes it as a definite noun after an adjective ("den nya ishallen"): a particular thing
UNKNOWN_SUBJECT_CHARS = 7
DESCRIBED_BY = 2  # known concepts besides an unknown subject that describe it well enough for the embedder to judge


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
    similarity: float | None = None  # the embedder's question-sentence cosine (None: not re-ranked)


MAX_PLANS = 512  # questions whose coverage plans are kept (a plan is a few tuples per concept)


@dataclass(frozen=True, slots=True)
class _Concept:
    """One counted concept group of a question, as coverage reads it."""

    weight: float  # idf x the group's weight in the question
    exact: tuple[tuple[str, frozenset[str]], ...]  # the members that count in full, with their vocabulary forms
    paraphrases: tuple[tuple[str, frozenset[str]], ...]  # the members that earn PARAPHRASE_CREDIT
    unknown_head: frozenset[str] | None  # the compound's head parts when the documents do not know the compound
    apart: tuple[str, ...]  # the compound's parts as corpus words (spelled_apart)
    kin: frozenset[str] = frozenset()  # the documents' compounds opening with the unknown compound's modifier
    # known only by its parts: a sentence saying it apart or by its kin gains, one that does not loses nothing (a word
    # the documents do not write never lowers a sentence's coverage)
    by_parts: bool = False
    family: frozenset[str] = frozenset()  # the vocabulary forms of the first member's word family (`relatives`)


WORD_FORM = re.compile(r"[^\W\d_]+")
LOWER_FORM = re.compile(r"(?<![^\W\d_])[a-zåäöé][^\W\d_]*")
# a capitalised word after a lower-case word or a comma in the same line: not a sentence's or a heading's first word
NAME_FORM = re.compile(r"(?<=[a-zåäö,)] )[A-ZÅÄÖÉ][a-zåäöé]{2,}(?![^\W\d_])")


RUNNING_PAGES = 2  # a line printed alike on this many pages but for its page number is a running head or footer


def furniture_lines(texts: Iterable[str]) -> frozenset[str]:
    """The running heads and footers of passages (`_masked`: "Hagfors kommun | Mål och budget 2025 Sida #"): a line
    seen on RUNNING_PAGES pages, by the page numbers it is printed with (passages overlap, so a line seen twice with
    one number may be one page's)."""
    pages: dict[str, set[str]] = {}
    for text in texts:
        for line in text.splitlines():
            shape = _masked(line)
            if "#" in shape:
                pages.setdefault(shape, set()).add(" ".join(line.split()))
    return frozenset(shape for shape, lines in pages.items() if len(lines) >= RUNNING_PAGES)


def without_furniture(text: str, furniture: frozenset[str]) -> str:
    """The text without its running heads and footers (`furniture_lines`): a word capitalised there ("Sida 1") is a
    label, not a name."""
    if not furniture:
        return text
    return "\n".join(line for line in text.splitlines() if _masked(line) not in furniture)


MIN_MODIFIER, MIN_HEAD = 3, 5  # letters of a compound's unknown first part and of its known head ("snitt" + "räntan")


class TermStats:
    """Stems per chunk and document frequencies, for coverage and sentence scores (built once per index)."""

    def __init__(self, chunks: Mapping[str, Chunk]) -> None:
        self.chunk_stems: dict[str, frozenset[str]] = {}
        df: dict[str, int] = {}
        forms: Counter[str] = Counter()
        lower: set[str] = set()
        capitalised: set[str] = set()
        furniture = furniture_lines(c.text for c in chunks.values())
        for cid, chunk in chunks.items():
            forms.update(WORD_FORM.findall(chunk.text.lower()))
            lower.update(LOWER_FORM.findall(chunk.text))
            capitalised.update(w.lower() for w in NAME_FORM.findall(without_furniture(chunk.text, furniture)))
            s = expand_stems(stems(chunk.text))
            self.chunk_stems[cid] = s
            for t in s:
                df[t] = df.get(t, 0) + 1
        self.df = df
        self.forms = frozenset(forms)  # the documents' words as written (lower case): a verb's forms (understand/verbs)
        self.form_counts = forms  # how often the documents write each (understand/diacritics: "nar" read as "när")
        # the words they write capitalised inside a sentence and never in lower case: names ("Daniel Filipsson")
        self.name_forms = frozenset(capitalised - lower)
        self.n = max(len(chunks), 1)
        self.vocab = frozenset(df)
        self._match_cache: dict[str, frozenset[str]] = {}
        self._parts: dict[str, tuple[str, ...]] = {}
        self._idf: dict[tuple[str, ...], float] = {}  # per concept group: a question's groups are scored per sentence
        self._known: dict[tuple[str, ...], bool] = {}
        self._lookup: Vocabulary | None = None
        self._plans: dict[tuple, tuple[_Concept, ...]] = {}
        self._families: dict[str, frozenset[str]] | None = None

    @property
    def lookup(self) -> Vocabulary:
        """The vocabulary by shape (prefix, suffix, length and initial), built on first use."""
        if self._lookup is None:
            self._lookup = Vocabulary(self.vocab)
        return self._lookup

    def matches(self, term: str) -> frozenset[str]:
        """Vocabulary stems that count as the term: itself, and compounds ending or starting with it."""
        cached = self._match_cache.get(term)
        if cached is None:
            forms = {term}
            if term not in self.vocab and len(term) >= DEFINITE_CHARS:  # definite forms the stemmer keeps: "energin", "taxan"
                bases = definite_bases(term)
                # a final m or n after a short vowel is doubled before the ending: "utegymmet", "programmen" are
                # "utegym", "program"
                bases |= {b[:-1] for b in bases if len(b) >= 4 and b[-1] == b[-2] and b[-1] in "mn"}
                # the base form as a document's word is stemmed: "tillskottet" -> "tillskott" -> "tillskot"
                forms |= bases | {b for base in bases for b in stems(base, drop_stopwords=False)}
            # the stemmer keeps a definite form longer than its base: "resultatet" -> "resultat", "resultat" ->
            # "result"; each is a form of the other (the vocabulary's longer stems: starting_with below)
            forms.update(b for b in stems(term, drop_stopwords=False)[:1] if b != term and term.startswith(b))
            if len(term) >= 6 and term[-2:] in ("ar", "er", "or"):  # "ansvarar" is "ansvar", stemmed "ansv"
                forms.add(term[:-2])
            if term not in self.vocab and len(term) >= 4 and term[-1] in "dt":  # känd/känt
                forms.add(term[:-1] + ("d" if term[-1] == "t" else "t"))
            found = set()
            for form in forms:
                if len(form) >= 4 and not form.isdigit():  # itself, compounds ending or starting with it
                    found.update(self.lookup.ending_with(form))
                    found.update(v for v in self.lookup.starting_with(form) if len(v) - len(form) >= 3
                                 or (v != form and stems(v, drop_stopwords=False) == [form]))
                else:
                    if form in self.vocab:
                        found.add(form)
                    if len(form) == 3 and form.isalpha():
                        # a short stem's longer definite stem: "mötena" is stemmed "möten", "möte" "möt"
                        found.update(v for v in self.lookup.starting_with(form) if len(v) - len(form) <= 2
                                     and v != form and stems(v, drop_stopwords=False) == [form])
            if not found and len(term) >= MIN_VARIANT and term.isalpha():
                # one letter off, same length: a strong verb's other vowel ("sjösatte" for "sjösätta") or a
                # typing error ("kommunstyrlsen"); an added letter is another word ("ökning", "sökning")
                found = {v for v in self.lookup.shaped(len(term), term[0]) if
                         sum(a != b for a, b in zip(v, term)) == 1}
            if not found and term not in self.vocab:  # a letter missing or added in a long word: "socialnämd"
                from assistant.retrieval.lexical import misspelt

                found = set(misspelt(term, self.lookup.with_initial(term[:1])))  # misspelt keeps the initial
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

    def unknown_subject(self, q: QueryAnalysis) -> list[str]:
        """The question's subject (its first concept after the asking words: "skattesatsen" in "Vad är
        skattesatsen 2021?", "bussbiljett" in "Vad kostar en bussbiljett till X?") when no document uses it,
        nor a word one typing error from it, and the question does not describe it in words the documents use:
        the question is about something not here. Filler and context words after the subject do not decide.
        Untranslated English words, a follow-up's and a claim's words are left to the calibrated model."""
        if q.followup or q.strict:
            return []
        group = asked_subject(q)
        if group is None or self.known_by_parts(group) or self.near(group[0]) or (
                len(group[0]) < UNKNOWN_SUBJECT_CHARS and not said_definite(q.original, group[0])):
            return []
        described = [g for g in content_groups(q, shortest=3) if g != group and self.known_by_parts(g)]
        if len(described) >= DESCRIBED_BY:
            return []  # "Vad heter ljusarrangemanget som lyser upp staden på hösten?": a paraphrase, for the model
        return [group[0]]

    def near(self, term: str) -> bool:
        """A vocabulary stem one typing error away (a misspelt known word is not an unknown subject), the error not
        a change of its first letter: a word of another first letter is another word ("badhus" is no misspelt
        "radhus"), while a letter added or dropped before it joins or splits words ("istället", "i stället")."""
        from assistant.budget.matching import one_typing_error

        return any((v[:1] == term[:1] or len(v) != len(term)) and one_typing_error(v, term) for v in self.vocab)

    def known(self, group: tuple[str, ...]) -> bool:
        """Some word of the concept group occurs in the documents (itself, or inside a compound)."""
        known = self._known.get(group)
        if known is None:
            known = self._known[group] = any(t in self.vocab or self.matches(t) for t in group) or any(
                self.matches(p) for p in split_compound(group[0])[1:] if len(p) >= 4)
        return known

    def known_by_parts(self, group: tuple[str, ...]) -> bool:
        """Known, or a compound of the documents' own parts they never write whole ("miljötillsyn": miljö, tillsyn;
        "timtaxan": taxan, and the "tim" of their "timavgift"): a word of these documents' language, not a name
        they do not know."""
        return self.known(group) or bool(self.parts(group[0]))

    def idf(self, group: tuple[str, ...]) -> float:
        idf = self._idf.get(group)
        if idf is None:
            df = max((self.df.get(v, 0) for t in group for v in self.matches(t)), default=0)
            idf = self._idf[group] = math.log(1 + (self.n - df + 0.5) / (df + 0.5))
        return idf

    def coverage(self, groups: tuple[tuple[str, ...], ...], present: frozenset[str],
                 weights: tuple[float, ...] = (), full: tuple[int, ...] = (), strict: bool = False) -> float:
        """idf-weighted share of the concept groups found in `present`; a paraphrase (a group member after
        the first `full[i]`) earns PARAPHRASE_CREDIT of its group's weight."""
        total = found = 0.0
        for group in self._coverage_plan(groups, weights, full, strict):
            if group.by_parts:
                # a compound the documents never write whole, said in their words: apart ("tillsyn ... miljö") or by
                # their compound of the same modifier ("timavgift" for "timtaxa"); a sentence saying it gains as by
                # a concept found, one that does not loses nothing
                if (group.apart and all(p in present for p in group.apart)) or not group.kin.isdisjoint(present):
                    total += group.weight
                    found += group.weight
                continue
            total += group.weight
            if any(t in present or not forms.isdisjoint(present) for t, forms in group.exact):
                found += group.weight
            else:
                hit = [t for t, forms in group.paraphrases if t in present or not forms.isdisjoint(present)]
                if hit:
                    # an unknown compound ("räddningsnämnden") matched only by its head ("nämnd") is
                    # a name the documents do not know, not a paraphrase
                    head_only = group.unknown_head is not None and set(hit) <= group.unknown_head
                    found += (UNKNOWN_HEAD_CREDIT if head_only else PARAPHRASE_CREDIT) * group.weight
                elif group.apart and all(p in present for p in group.apart):
                    found += PARAPHRASE_CREDIT * group.weight  # the documents' own words, written apart
                elif not group.family.isdisjoint(present):
                    # a word of its family: "prognostiserade" said as "Helårsprognosen för investeringar är ..."
                    found += PARAPHRASE_CREDIT * group.weight
        return found / total if total else 0.0

    def _coverage_plan(self, groups: tuple[tuple[str, ...], ...], weights: tuple[float, ...],
                       full: tuple[int, ...], strict: bool) -> tuple["_Concept", ...]:
        """What coverage needs of a question's concept groups, worked out once per question (a question's groups
        are scored against every candidate passage and sentence): the counted groups in order, their weights and
        the vocabulary forms of each member."""
        key = (groups, weights, full, strict)
        plan = self._plans.get(key)
        if plan is None:
            concepts = []
            for i, group in enumerate(groups):
                by_parts = not self.known(group) and self.known_by_parts(group)
                if not strict and not self.known(group) and not by_parts:
                    continue  # a word no document contains (filler, a typo, an unknown name) says nothing either way
                exact = full[i] if i < len(full) else len(group)
                concepts.append(_Concept(
                    weight=self.idf(group) * (weights[i] if i < len(weights) else 1.0),
                    exact=tuple((t, self.matches(t)) for t in group[:exact]),
                    paraphrases=tuple((t, self.matches(t)) for t in group[exact:]),
                    unknown_head=None if self.matches(group[0]) else frozenset(split_compound(group[0])[1:]),
                    apart=self.parts(group[0]), kin=self.kin(group[0]), by_parts=by_parts and not strict,
                    family=self._family_forms(group[0])))
            plan = tuple(concepts)
            if len(self._plans) >= MAX_PLANS:
                self._plans.clear()
            self._plans[key] = plan
        return plan

    def _family_forms(self, term: str) -> frozenset[str]:
        """The vocabulary forms of the term's word family (`relatives`), when their base is long enough to be no
        chance likeness: "prognostiserade" and "Helårsprognosen" share "prognos"; "faktiska" and "fakta" only "fakt"."""
        if max(len(b) for b in derivational_bases(term)) < FAMILY_BASE_CHARS:
            return frozenset()
        return frozenset().union(*(self.matches(r) for r in self.relatives(term)))

    def spelled_apart(self, term: str, present: frozenset[str]) -> bool:
        """The compound's parts, as the documents' own words, all stand in `present`: "välfärdsuppdrag" said as
        "uppdrag ... välfärd" (assistant.retrieval.lexical.split_compound over the corpus vocabulary)."""
        parts = self.parts(term)
        return bool(parts) and all(p in present for p in parts)

    def said_with_paraphrased_head(self, term: str, present: frozenset[str]) -> bool:
        """The compound, which the documents never write, stands in `present` with its head said by a paraphrase
        (synonyms_sv.json): "investeringspengar" as the passage's "investeringsmedel" (pengar, medel). The modifier
        says which thing, the head only what kind of word names it; another head ("investeringsbidrag" beside
        "investeringsbudget") is another thing."""
        from assistant.understand.query import synonym_index

        parts = self.parts(term)
        if len(parts) != 2 or len(parts[0]) < FAMILY_BASE_CHARS:
            return False
        modifier, head = parts
        heads = {s for other in synonym_index().get(head, ()) if " " not in other for s in stems(other)}
        return any(w.startswith(modifier) and w[len(modifier):].removeprefix("s") in heads for w in present)

    def parts(self, term: str) -> tuple[str, ...]:
        """The compound's parts when both are the documents' own words ("välfärdsuppdrag" -> välfärd, uppdrag), or
        its word and a modifier of their compounds ("timtaxan" -> tim, taxan: `_modified_word`); () otherwise
        (assistant.retrieval.lexical.split_compound over the corpus vocabulary)."""
        parts = self._parts.get(term)
        if parts is None:
            parts = self._parts[term] = tuple(split_by_vocabulary_parts(term, self.vocab)) or self._modified_word(term)
        return parts

    def _modified_word(self, term: str) -> tuple[str, ...]:
        """(modifier, word) when `term` ends in a word of the documents and opens with a modifier their own compounds
        open with ("timtaxan": "taxan", and "tim" as in "timavgift" = tim + avgift); () otherwise. A modifier too
        short to be a word of its own is a part of the documents' compounds all the same."""
        for cut in range(MODIFIER_CHARS, len(term) - MIN_WORD_PART + 1):
            head, tail = term[:cut], term[cut:]
            if tail in self.vocab and any(self._compound_head(w[cut:]) for w in self.lookup.starting_with(head)
                                          if len(w) - cut >= MIN_WORD_PART and w[cut:] != tail):
                return head, tail
        return ()

    def kin(self, term: str) -> frozenset[str]:
        """The documents' compounds opening with the modifier of `term`, a compound they never write whose modifier
        only their compounds have ("timtaxan": "timavgift"); empty otherwise."""
        if self.matches(term) or split_by_vocabulary_parts(term, self.vocab):
            return frozenset()
        parts = self._modified_word(term)
        if not parts:
            return frozenset()
        cut = len(parts[0])
        return frozenset(w for w in self.lookup.starting_with(parts[0])
                         if len(w) - cut >= MIN_WORD_PART and w[cut:] != parts[1] and self._compound_head(w[cut:]))

    def _compound_head(self, word: str) -> bool:
        """A word of the documents, or the head several of their compounds end in ("avgift": "timavgift",
        "brukningsavgift")."""
        return word in self.vocab or len(self.lookup.ending_with(word)) >= 2

    def present(self, term: str, stems_present: frozenset[str]) -> bool:
        """The term, or a compound the vocabulary counts as it, is among the stems."""
        return term in stems_present or not self.matches(term).isdisjoint(stems_present)

    def head_of(self, term: str) -> str | None:
        """The known word an unknown compound is a kind of: its last part ("välfärdsuppdrag": uppdrag), or, when
        the documents never write its modifier ("snitt" of "snitträntan"), its longest tail that is their word
        ("räntan"); None for a known term or one with no such head."""
        if self.known((term,)):
            return None
        parts = self.parts(term)
        if len(parts) >= 2:
            return parts[-1]
        for at in range(MIN_MODIFIER, len(term) - MIN_HEAD + 1):
            found = stems(term[at:], drop_stopwords=False)[:1]
            if found and self.known(tuple(found)):
                return found[0]
        return None

    def relatives(self, term: str) -> frozenset[str]:
        """The vocabulary stems of the term's word family (understand/derivation: "kritik", "kritisk" for
        "kritiser"; "budget" for "budgeter"), the term itself left out."""
        if self._families is None:
            families: dict[str, set[str]] = {}
            for v in self.vocab:
                for base in derivational_bases(v):
                    families.setdefault(base, set()).add(v)
            self._families = {base: frozenset(members) for base, members in families.items()}
        bases = derivational_bases(term)
        family = frozenset().union(*(self._families.get(base, frozenset()) for base in bases))
        return (family | (set(bases) & self.vocab)) - {term}

    def present_in_family(self, term: str, stems_present: frozenset[str]) -> bool:
        """The term, a compound counted as it, or a word of its family (`relatives`) is among the stems: a claim
        says "kritiserade" where the document says "riktar kritik mot"."""
        return self.present(term, stems_present) or not self.relatives(term).isdisjoint(stems_present)

    def background(self, term: str) -> bool:
        """The term (or a compound counted as it) is in BACKGROUND_SHARE of all passages: "kommunen", the
        municipality's name; it names no particular thing."""
        return max((self.df.get(v, 0) for v in self.matches(term)), default=0) >= BACKGROUND_SHARE * self.n

    def rarest(self, groups: tuple[tuple[str, ...], ...], n: int = 2) -> list[tuple[str, ...]]:
        """The n concept groups the documents know that fewest passages hold: a question's subject, not its filler."""
        return sorted((g for g in groups if self.known(g)), key=self.idf, reverse=True)[:n]

    def says(self, group: tuple[str, ...], text: str, title: str = "") -> bool:
        """The text (or its title) names the concept itself or a synonym, not only its compound's head."""
        present = text_stems(text) | title_stems(title)
        parts = set(split_compound(group[0])) - {group[0]}
        own = [t for t in group if t not in parts]
        return any(self.present(t, present) for t in own) or any(
            w.endswith(t) for t in own if len(t) >= 3 for w in present) or said_apart(group[0], text) \
            or self.head_with_modifier(group[0], present)
        # "köp" in "inköp": the compound's head

    def head_with_modifier(self, term: str, present: frozenset[str]) -> bool:
        """The compound's head as a word of its own and its modifier opening a word of the same text (the documents'
        own parts, `parts`): see `head_and_modifier`."""
        return head_and_modifier(self.parts(term), present)

    def specific_concept(self, q: QueryAnalysis, sentences: list[Sentence],
                         headed: bool = False) -> tuple[str, ...] | None:
        """The question's rarest concept that one of the sentences names in its own words ("köksorganisationen"
        in "Hur mycket sparar handlingsplanen på köksorganisationen?"): what an answer must be about. Years
        and concepts framed as context are left out, and so are the question's verbs (an amount is about a thing:
        "KS ville utreda utdelningen – hur mycket blev det?" asks the dividend, not the inquiry; nouns that only say
        "thing", "olika saker", are no concepts of the analysis at all); None when no sentence names any.
        `headed`: the heading of a sentence's section names it for the sentence ("Omstrukturerings-/omställningsfond"
        above "Förslagsvis avsätts ungefär 5 miljoner kronor årligen till detta")."""
        said = [group for group in self.subject_concepts(q)
                if any(self.says(group, s.text, s.chunk.section or "" if headed else "") for s in sentences)]
        return said[0] if said else None

    def unsaid_concept(self, q: QueryAnalysis, sentences: list[Sentence]) -> tuple[str, ...] | None:
        """The question's rarest concept (as `specific_concept` counts them: its topic, a word the documents know), or
        a commoner compound the question's analysis splits into parts the documents know, not in a quarter of all
        passages ("räddningstjänsten" beside "anställda"), when none of the sentences names it in any form, not even
        by a part of its compound ("fonden" for "omställningsfonden"), nor their documents' titles by the whole word:
        "What is the unemployment rate in Gothenburg?" answered by a sentence naming Göteborg as a nearby city. The
        evidence is then a near miss, about the question's commoner concepts. None when it is named, is short
        (UNSAID_CHARS: "mer", a verb read as a noun; a word the question writes whole as its stem, "i drift", is
        a noun however short, down to BARE_CHARS), a number or money itself."""
        def named(group: tuple[str, ...], s: Sentence) -> bool:
            # a word of the sentence inside the concept names it ("fonden" for "omställningsfonden"), and so does
            # one opening with the modifier of a compound the documents know only by parts ("Timavgiften" for
            # "timtaxan"); the head of another compound does not: "gymnasieskolan" names no "kulturskolan"
            own = stems(s.text)
            present = expand_stems(own)
            forms = {*group, *split_compound(group[0])}
            modifier = self.parts(group[0])[:1] if not self.known(group[:1]) else ()
            return self.says(group, s.text, s.chunk.title) or any(
                self.present(t, present) or any(t in w for w in present if len(w) >= UNSAID_CHARS)
                or any(w in t for w in own if len(w) >= UNSAID_CHARS)
                for t in forms if len(t) >= 4) or any(w.startswith(m) for m in modifier for w in own)

        written = {w.lower() for w in re.findall(r"[^\W\d_]+", q.original)}
        for i, concept in enumerate(self.subject_concepts(q)):
            if len(concept[0]) < UNSAID_CHARS and not (len(concept[0]) >= BARE_CHARS and concept[0] in written) \
                    or concept[0].isdigit() or says_money(concept) or i and (
                    self.background(concept[0]) or not set(split_compound(concept[0])) & set(concept[1:])):
                continue  # a commoner concept counts when it names a particular thing, a compound of known parts
            if not any(named(concept, s) for s in sentences):
                return concept
        return None

    def subject_concepts(self, q: QueryAnalysis) -> list[tuple[str, ...]]:
        """The question's known concepts that an amount can be about, rarest first: no year, no verb, none framed
        as context (weight below 1), no money itself ("belopp", "pengar") beside another. A compound the documents
        know only by its parts ("kulturskolan" where they write "kultur" and "skola" apart) is one too: a sentence
        not naming it, a near miss, is about something else."""
        verbs = _verb_stems(q.original) | subject_modifiers(q.original) | _inclusion_stems()
        concepts = [group for i, group in enumerate(q.groups)
                    if group and not YEARLIKE.match(group[0]) and group[0] not in verbs
                    and (self.known(group[:1]) or self.known_by_parts(group[:1]))
                    and not (q.weights and i < len(q.weights) and q.weights[i] < 1.0)]
        # a statement before what is asked tells the context ("Hemtjänsten gick över budget kraftigt 2022. Hur stort
        # blev underskottet?"): the asked words' own concepts, when they name any, are what the amount is about
        asked = _asked_stems(q.original)
        concepts = [g for g in concepts if g[0] in asked] or concepts if asked else concepts
        # money itself ("hur stort belopp blir X?") says the answer is a sum, not what it is a sum of
        concepts = [g for g in concepts if not says_money(g)] or concepts
        # a follow-up's own concepts first ("hur många jobb räcker det till?" after "Hur mycket avsätts till
        # sommarjobb?"): what it asks about; the earlier turn's are its context
        return sorted(concepts, key=lambda g: (g[0] not in q.focus, -self.idf(g[:1])))

    def asked_deeds(self, q: QueryAnalysis) -> list[tuple[str, ...]]:
        """The question's own verbs the documents use, each a word of its own (UNSAID_CHARS), none framed as
        context: the deed an amount is of ("nyupplåna" in "hur mycket får KS nyupplåna 2025?", "effektivisera"),
        which a committee's budget row does not state."""
        verbs = _verb_stems(q.original)
        return [group for i, group in enumerate(q.groups)
                if group and group[0] in verbs and len(group[0]) >= UNSAID_CHARS and self.known(group[:1])
                and not (q.weights and i < len(q.weights) and q.weights[i] < 1.0)]


@lru_cache(maxsize=1)
def _inclusion_stems() -> frozenset[str]:
    """The stems of the prepositions saying what a figure includes ("inklusive regionskatt"): no concept an amount is
    about (sentence_types.json inclusion_prepositions)."""
    from assistant.understand.query import word_stem
    from assistant.understand.words import sentence_types

    return frozenset(word_stem(w) for w in sentence_types()["inclusion_prepositions"])


def _asked_stems(question: str) -> set[str]:
    """The stems of what is asked after a statement before it (understand.parts.statement_before); none when the
    question opens with what it asks."""
    from assistant.understand.parts import statement_before

    preamble, asked = statement_before(question)
    return set(stems(asked)) if preamble else set()


def split_by_vocabulary_parts(term: str, vocab: frozenset[str]) -> list[str]:
    """The compound's two parts when both are words of `vocab` (assistant.retrieval.lexical.split_compound); its
    last part may be a short noun of the documents ("resultatmål": resultat, mål; "tillväxttak": tillväxt, tak),
    and a compound in its definite form, which the stemmer leaves on ("investeringsbeloppet"), ends in the
    documents' word without the ending ("investering", "belopp")."""
    from assistant.retrieval.lexical import QUESTION_LINKERS, split_compound as split_by_vocabulary
    from assistant.understand.words import DEFINITE_NOUN_ENDINGS

    parts = split_by_vocabulary(term, vocab, QUESTION_LINKERS, min_tail=SHORT_WORD_PART)
    if not parts and term.endswith(DEFINITE_NOUN_ENDINGS):
        parts = split_by_vocabulary(term[:-2], vocab, QUESTION_LINKERS, min_tail=SHORT_WORD_PART)
    # a compound the documents write, its head's last consonant cut by the stemmer ("regionskat"), said apart; one they
    # never write is not guessed so (the guess would make an unknown word, "kommunalskatten", theirs); a head shorter
    # than MIN_HEAD may be the stem's own letters ("skattesat[s]")
    for whole in undoubled(term) if term in vocab else ():
        parts = parts or split_by_vocabulary(whole, vocab, QUESTION_LINKERS, min_tail=MIN_HEAD)
    return parts or _split_at_stemmed_head(term, vocab)


# the consonant pairs the Swedish stemmer cuts to their first letter at a long word's end (dd, gd, nn, dt, gt, kt,
# tt): a last letter it may have taken
UNDOUBLED = {"d": "dt", "g": "dt", "n": "n", "k": "t", "t": "t"}


def undoubled(stem: str) -> tuple[str, ...]:
    """The words a stem may be of when the stemmer cut a consonant pair at its end: "regionskat" (of "regionskatt",
    "regionskatten") -> "regionskatt"; its head ("skatt") is too short for the stemmer to cut, so the compound ends in
    the documents' word only so spelled."""
    return tuple(stem + letter for letter in UNDOUBLED.get(stem[-1:], "")) if len(stem) > 6 else ()


def _split_at_stemmed_head(term: str, vocab: frozenset[str]) -> list[str]:
    """The compound's parts when its first part is a word whose stem the documents write, though not as the
    compound spells it ("tillsvidareanställd": "tillsvidare", stemmed "tillsvid" as in "anställda (tillsvidare)",
    and "anställd"); the longest known last part first, as split_compound tries them."""
    from assistant.retrieval.lexical import MIN_PART
    from assistant.understand.query import word_stem

    for cut in range(MIN_PART, len(term) - SHORT_WORD_PART + 1):
        head, tail = term[:cut], term[cut:]
        if tail in vocab and (stem := word_stem(head)) != head and len(stem) >= MIN_PART and stem in vocab:
            return [stem, tail]
    return []


MODIFIER_CHARS = 3  # the shortest modifier a compound opens with ("tim" in "timavgift")
MIN_WORD_PART = 4  # the shortest word a compound ends in (lexical.MIN_PART)
SHORT_WORD_PART = 3  # a question's compound may end in a shorter noun of the documents: "mål", "tak", "lön"
UNSAID_CHARS = 6  # a stem this long is a word of its own, not "mer", "sen" or a verb read as a noun ("hamn")
BARE_CHARS = 5  # a shorter stem the question writes as a whole word ("i drift") is a noun of its own too


def says_money(group: tuple[str, ...]) -> bool:
    """The concept the question names is money itself ("pengar", "beloppet"): any sum of money names it; a
    concept with money among its synonyms ("underskott": budget) is not."""
    from assistant.understand.query import MONEY

    head = (split_compound(group[0]) or ("", group[0]))[1] if group else ""  # not "sparkrav": a kind of demand
    return bool(head) and (head in _money_noun_stems() or bool(MONEY.match(head)))


def money_stems(q: QueryAnalysis) -> frozenset[str]:
    """The stems of the question's concepts that are money itself ("hur mycket pengar", "vilket belopp")."""
    return frozenset(g[0] for g in q.groups if says_money(g))


def money_named(money: frozenset[str], sentence: str) -> frozenset[str]:
    """`money` when the sentence states a sum of money ("ungefär 5 miljoner kronor"): a question asking for money
    itself is said by any sum, as `says_money` has it; a percentage is no sum."""
    return money if money and amounts_in(sentence, money=True, kronor=True) else frozenset()


MONEY_NOUNS = ("pengar", "medel", "belopp", "summa", "kronor", "money")  # the asked word itself, not its synonyms


@lru_cache(maxsize=1)
def _money_noun_stems() -> frozenset[str]:
    return frozenset(stems(" ".join(MONEY_NOUNS)))


def content_groups(q: QueryAnalysis, shortest: int = 4) -> list[tuple[str, ...]]:
    """The question's concepts without the asking words ("kostar", "belopp"), years and untranslated English. A money
    word naming a measure of its own ("sparar": a saving, evidence/near_miss.measures) is what is asked, a concept."""
    from assistant.evidence.near_miss import measures
    from assistant.understand.query import AMOUNT, MONEY

    return [group for i, group in enumerate(q.groups)
            if group and not YEARLIKE.match(group[0]) and not (q.weights and i < len(q.weights) and q.weights[i] < 1.0)
            and not AMOUNT.search(group[0]) and not (MONEY.match(group[0]) and not measures(group[0]))
            and len(group[0]) >= shortest]


def said_definite(question: str, stem: str) -> bool:
    """The question writes the stem as a definite noun after an adjective's weak form, as Swedish names one
    particular thing it takes to exist ("den nya ishallen", "nya ishallen" of "ishall"); not the actor of a verb
    ("sparar kommunen")."""
    from assistant.understand.words import DEFINITE_NOUN_ENDINGS

    found = re.findall(r"[^\W\d_]+", question.lower())
    return any(w.startswith(stem) and w[len(stem):] in DEFINITE_NOUN_ENDINGS and len(before) >= 3
               and before.endswith(("a", "e")) for before, w in zip(found, found[1:]))


def asked_subject(q: QueryAnalysis) -> tuple[str, ...] | None:
    """The question's first concept after the asking words and verbs: what it asks the amount, rate or fact
    of ("bussbiljett" in "Vad kostar en bussbiljett till X?"). None for a follow-up (its subject is earlier)."""
    if q.followup:
        return None
    verbs = _verb_stems(q.original) | subject_modifiers(q.original)
    from assistant.evidence.claims import roles

    parties = {t for words in roles()["parties"].values() for w in words for t in stems(w)}  # whose, not what
    kind = _named_kind(q.original)  # "vilket företag ska köpa ...": the kind of name asked, not what it is about
    groups = [g for g in content_groups(q, shortest=SUBJECT_CHARS) if g[0] not in verbs and g[0] not in parties
              and g[0] not in kind]
    return groups[0] if groups else None


def _named_kind(question: str) -> set[str]:
    """The stems of the asked noun when it is a kind of thing answered by a name, a company or a person ("vilket
    företag", "vilken entreprenör", "vilka politiker"): the answer names one, the documents need not use the word."""
    from assistant.evidence.claims import roles
    from assistant.understand.words import asked_noun, sentence_types

    noun = asked_noun(question)
    if noun is None:
        return set()
    kinds = {k for w in [*roles()["company_nouns"], *sentence_types()["person_nouns"]] for k in stems(w)}
    found = stems(noun)
    return set(found) if found and any(found[0].endswith(k) for k in kinds) else set()


HYPHENATED_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")  # a word, with the parts a hyphen joins ("VA-taxan")


def _verb_stems(question: str) -> set[str]:
    """Stems of the question's verbs by the word classes in sentence_types.json: a finite verb, a verb ending
    ("hamnade"), or an infinitive after an auxiliary ("vill S lägga på"); or a tense ending whose verb's other
    forms the corpus writes ("föreslår", "gällde": understand/verbs.py)."""
    from assistant.understand.verbs import in_corpus_paradigm
    from assistant.understand.words import finite_verb_at, is_clear_verb, is_verb, sentence_types

    types = sentence_types()
    cased = re.findall(r"[^\W\d_]+", question)
    words = [w.lower() for w in cased]
    governed = _governed_slots(cased, types)
    # a subject a hyphen joins is one word ("skulle s-budgeten räcka till"): the infinitive stands right after it
    joined = HYPHENATED_WORD.findall(question)
    auxiliaries = set(types["verbs_opening_questions"]) - {"är", "var"}
    after_joined = {joined[at + 2].lower() for at in range(len(joined) - 2)
                    if joined[at].lower() in auxiliaries and "-" in joined[at + 1]}
    perfect = _governed_slots(cased, types, PERFECT_AUXILIARIES)
    out = set()
    for i, w in enumerate(words):
        # an infinitive, active or passive ("ska lägga", "ska läggas undan"), after an auxiliary
        infinitive = (i in governed or w in after_joined) and (
            w.endswith(("a", "as")) and not w.endswith(PLURAL_DEFINITE) or _short_infinitive(w, types))
        if is_clear_verb(w) or infinitive or in_corpus_paradigm(w) or \
                (w.endswith(SUPINE_ENDINGS) and len(w) > len(SUPINE_ENDINGS[0]) + 2 and i in perfect):
            out.update(stems(w))  # "vem har skrivit förordet": the supine after "har" is a verb, no subject

    verb = finite_verb_at(words)  # verb second: "Vad räknar S med ...", "hur mycket satsar ..."
    if verb is not None:
        if not is_verb(words[verb]) and words[verb - 1] in ATTRIBUTIVE_DEGREE:
            # "hur stor utdelning föreslår ...": the noun (no verb: what the amount is about), then the verb, perhaps
            # after the noun's prepositional phrase ("hur stor utdelning från Alingsås Energi föreslår planen?")
            if verb + 1 < len(words):
                out.update(stems(words[_after_phrase(cased, verb + 1, types["prepositions"])]))
        else:
            out.update(stems(words[verb]))
    return out


def _short_infinitive(word: str, types: dict) -> bool:
    """A one-syllable infinitive ending in its long vowel ("stå", "gå", "ske", "bo"), no preposition or article."""
    return len(word) <= 3 and word[-1] in "åeoöy" and word not in types["prepositions"] and \
        word not in types["articles"]


PERFECT_AUXILIARIES = frozenset({"har", "hade", "has", "have", "had"})
# a definite plural noun ("får fritidsgårdarna"), never the infinitive an auxiliary governs ("får lägga")
PLURAL_DEFINITE = ("arna", "orna", "erna")
SUPINE_ENDINGS = ("it", "at")  # "skrivit", "beslutat", "undertecknat" (not a definite noun's "-et": "ansvaret")


def _governed_slots(cased: list[str], types: dict, auxiliaries: frozenset[str] | None = None) -> set[int]:
    """Where the infinitive an auxiliary opening a question governs may stand: right after it, after its subject
    ("ska nämnden besluta"), or after the subject's prepositional phrase ("ska fullmäktige i Härjedalen besluta").
    With `auxiliaries` ("har", "hade"): where the supine they govern may stand ("vem har skrivit förordet")."""
    auxiliary = set(types["verbs_opening_questions"]) - {"är", "var"} if auxiliaries is None else auxiliaries
    slots: set[int] = set()
    for at, word in enumerate(cased):
        head = _subject_head(cased, at + 1, types) if word.lower() in auxiliary else None
        if head is not None and head + 1 < len(cased):
            # "ska den nya sporthallen i Ed stå klar": past the subject's article, adjectives and head noun
            slots.update({head + 1, _after_phrase(cased, head + 1, types["prepositions"])})
        elif word.lower() in auxiliary and at + 2 < len(cased):
            slots.update({at + 1, at + 2, _after_phrase(cased, at + 2, types["prepositions"])})
        elif word.lower() in auxiliary:
            slots.add(at + 1)
    return slots


SUBJECT_WORDS = 4  # an article, up to two adjectives ("den nya stora sporthallen") and the head noun


def _subject_head(cased: list[str], at: int, types: dict) -> int | None:
    """Where the head noun of a subject opened by an article at `at` stands ("den nya sporthallen": "sporthallen"),
    the first word after the article in the definite form; None when no article opens a subject there."""
    from assistant.understand.words import is_definite_noun

    if at >= len(cased) or cased[at].lower() not in types["articles"]:
        return None
    for i in range(at + 1, min(at + SUBJECT_WORDS, len(cased))):
        if is_definite_noun(cased[i]):  # "sporthallen", "verket", "skolorna"
            return i
    return None


def subject_modifiers(question: str) -> set[str]:
    """Stems of the adjectives between the article and the head noun of a subject after an auxiliary ("ska det
    utbyggda avsaltningsverket ... vara klart": "utbyggda"): they describe the asked thing, which the documents may
    name without them ("verket beräknas vara färdigt"), and are no concept an answer must say."""
    from assistant.understand.words import sentence_types

    types = sentence_types()
    cased = re.findall(r"[^\W\d_]+", question)
    auxiliary = set(types["verbs_opening_questions"]) - {"är", "var"}
    out: set[str] = set()
    for at, word in enumerate(cased):
        head = _subject_head(cased, at + 1, types) if word.lower() in auxiliary else None
        between = [w.lower() for w in cased[at + 2:head]] if head is not None else []
        if between and all(w.endswith(DEFINITE_ADJECTIVE) for w in between):
            # an adjective of a definite noun phrase ends in -a or -e ("den nya", "det utbyggda"); "ett sparkrav på
            # totalt" is no such phrase
            for modifier in between:
                out.update(stems(modifier))
    return out


DEFINITE_ADJECTIVE = ("a", "e")


def _after_phrase(words: list[str], at: int, prepositions: list[str]) -> int:
    """Where the word after a noun's prepositional phrase opened at `at` stands: past the preposition, its noun
    and the capitalised words continuing a name ("från Alingsås Energi föreslår": "föreslår"); `at` itself when
    no preposition opens a phrase there."""
    if words[at].lower() not in prepositions or at + 2 >= len(words):
        return at
    end = at + 2
    while end < len(words) - 1 and words[end][:1].isupper():
        end += 1
    return end


ATTRIBUTIVE_DEGREE = ("stor", "stort", "stora", "hög", "högt", "höga")  # may qualify a noun before the verb


FINITE_COPULAS = frozenset({"är", "var", "blir", "blev", "is", "was", "becomes", "became"})


def event_verbs(question: str) -> set[str]:
    """The stems of the question's verbs that name what happens ("söka" in "När måste föreningen söka bidrag?"),
    its auxiliaries ("måste", "ska") aside: what a time asked is the time of. A state after a copula ("När ska det
    utbyggda verket vara klart?", "När blir förskolan klar?") is the event itself: the other verbs are attributes
    of its subject."""
    from assistant.understand.words import sentence_types

    types = sentence_types()
    own = question.split(" – ", 1)[0]  # a follow-up joined to the earlier question (understand.followup): its own
    # clause asks the time ("när blir den klar – kostar nya idrottshallen?": "klar", not "idrottshallen")
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", own)]
    states = {t for i, w in enumerate(words[:-1]) if w in types["copulas"]
              for t in stems(words[i + 1], drop_stopwords=False)}
    if not states and len(words) > 3 and words[1] in FINITE_COPULAS:
        # a finite copula second, right after the interrogative ("När blir nya förskolan i Västerby klar?"), has its
        # subject after it: the state ends the clause
        states = set(stems(words[-1], drop_stopwords=False))
    if states:
        return states
    auxiliaries = {t for w in types["auxiliaries"] for t in stems(w, drop_stopwords=False)}
    return _verb_stems(question) - auxiliaries


def expand_stems(words: list[str]) -> frozenset[str]:
    return frozenset(words) | frozenset(p for w in words for p in split_compound(w))


@lru_cache(maxsize=4096)
def title_stems(title: str) -> frozenset[str]:
    return expand_stems(stems(title))


@lru_cache(maxsize=1024)
def municipality_forms(name: str) -> tuple[frozenset[str], ...]:
    """The stems of a municipality's name and of its genitive ("Hjo", "Hjos"): the stemmer leaves a short
    name's genitive as it is, and "Hjos budget" names Hjo as much as "i Hjo" does."""
    return tuple(dict.fromkeys(f for f in (title_stems(name), title_stems(name + "s")) if f))


def place_stems_of(name: str | None) -> frozenset[str]:
    """Every stem that names the municipality `name` (none for a document without one)."""
    return frozenset().union(*municipality_forms(name)) if name else frozenset()


@lru_cache(maxsize=8192)
def text_stems(text: str) -> frozenset[str]:
    """A sentence's stems with its compounds' parts, computed once per sentence and process."""
    return expand_stems(stems(text))


QUOTABLE_WORD = re.compile(r"[^\W\d_]{4,}")


def is_quotable(sentence: str) -> bool:
    """A sentence that can answer: it holds a word (a table header or a row of bare numbers states nothing)."""
    return QUOTABLE_WORD.search(sentence) is not None and sentence.strip() not in ("tkr", "mnkr")


LABELLED = re.compile(r"^\W*[^\W\d_][^:\n]{1,40}:\**\s*\S")  # "Ansvar: ekonomichef", "**Tidplan:** Under 2025"
FIELD_LABEL = re.compile(r"^\W*([^\W\d_][^:\n]{1,40}?)\**:\**\s*\S")
FIELD_LABEL_WORDS = 3  # a label is a noun or two ("Tidplan", "Sammanträdesdatum", "Tid och plats"), not a clause


def field_label(sentence: str) -> str | None:
    """The label of a labelled line ("Tidplan" of "**Tidplan:** Utredning under 2024"), None for running text."""
    found = FIELD_LABEL.match(sentence)
    if found is None or len(found.group(1).split()) > FIELD_LABEL_WORDS:
        return None
    return found.group(1).strip(" *")


def field_rest(s: "Sentence") -> list["Sentence"]:
    """The sentences after a labelled line on its line: the rest of the field's value ("Ansvar: Samtliga
    förvaltningschefer får i uppdrag att ... Ekonomichef får i uppdrag att ..." names two who are responsible).
    [] when the sentence is no labelled line or its line ends with it."""
    from dataclasses import replace

    if field_label(s.text) is None:
        return []
    text, at = s.chunk.text, s.chunk.start
    out = []
    end = s.end
    for start, stop in split_sentences(s.chunk):
        if start < end:
            continue
        if text[end - at:start - at].strip() or "\n" in text[end - at:start - at]:
            break  # a new line (the next field, "Sekreterare: ...", or the next paragraph): the field ended
        out.append(replace(s, start=start, end=stop, text=text[start - at:stop - at], similarity=None))
        end = stop
    return out


def labels_time(sentence: str) -> bool:
    """A labelled line whose label names a time: a time noun of sentence_types.json, alone or as the head (last
    part) of a compound ("Tidplan:", "Period:", "Sammanträdesdatum:"). Its value is when the section's matter
    happens, whatever verb the question asks it by ("när ska det beslutas?" by "Tidplan: Utredning under 2024")."""
    from assistant.understand.words import sentence_types

    label = field_label(sentence)
    if label is None:
        return False
    times = sentence_types()["time_nouns"]
    return any(w.endswith(t) for w in re.findall(r"[^\W\d_]+", label.lower()) for t in times)
YEAR_CELL = re.compile(r"^\D*(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?\D*$")


def is_statement(sentence: str) -> bool:
    """The sentence says something an answer can rest on: not a heading ("Kontaktpersoner") nor a table's header
    row ("mnkr  Budget 2021  Plan 2022"). A row with a value, a labelled line ("Ansvar: ekonomichef") and any
    sentence of four words or more do."""
    if "\t" in sentence:
        cells = [c.strip() for c in sentence.split("\t") if c.strip()]
        return any(re.search(r"\d", c) and not YEAR_CELL.match(c) for c in cells)
    if LABELLED.match(sentence):
        return True
    words = re.findall(r"[^\W_]+", sentence)
    if len(words) >= 2 and re.search(r"[.!?]\W*$", sentence):
        return True  # "Förstärkningen är tillfällig."
    return len(words) >= 4 or (len(words) >= 2 and any(w.isdigit() for w in words))


def split_sentences(chunk: Chunk) -> list[tuple[int, int]]:
    """Sentence spans as offsets into the document (chunk.start-based), trimmed of whitespace and bullets."""
    return list(_sentence_spans(chunk))


@lru_cache(maxsize=16384)
def _sentence_spans(chunk: Chunk) -> tuple[tuple[int, int], ...]:
    """split_sentences, cut once per passage and process (a passage is retrieved by many questions)."""
    spans = []
    pos = 0
    text = chunk.text
    wraps = wrapped_breaks(text)
    for m in [m for m in SENTENCE_END.finditer(text) if m.start() not in wraps] + [None]:
        if m and _signs_with_role(text[pos:m.start()], text[m.end():]):
            continue  # "Lars Ekström (C)" over "Kommunstyrelsens ordförande": one signature
        if m and "\n\n" not in m.group() and CAPTION_NUMBER.fullmatch(text[pos:m.start()].strip(" \t-–•*>#")):
            continue
        if m and _abbreviates_before_number(text, m):
            continue  # "kl. 18.30–21.05": the abbreviation's period, no sentence's end
        if m and _continues_after_break(text, m):
            continue  # "Lokaler är kommunens näst största kostnad efter" / "personal och ...": a page's break
        end = m.start() if m else len(text)
        if m and text[m.start():m.start() + 1] in "\"”»)":
            end += 1
        piece = text[pos:end]
        lead = len(piece) - len(piece.lstrip(" \t-–•*>#"))
        if piece[lead:].count("**") % 2 and piece[:lead].endswith("**"):
            lead -= 2  # "**Ansvar:** Ekonomichef.": the bold label's opening mark stays with its closing one
        s, e = pos + lead, pos + len(piece.rstrip(" \t*"))
        if e - s >= 3:
            spans.extend(_cap(text, s, e))
        pos = m.end() if m else len(text)
    return tuple((chunk.start + s, chunk.start + e) for s, e in spans)


COLUMNS = re.compile(r"\t| {3,}")  # a table's line spaces its cells by tabs or runs of spaces


def _continues_after_break(text: str, end: re.Match[str]) -> bool:
    """The blank line falls inside a sentence of running text (a page or paragraph break the reader put there): the
    line before ends in a word (a comma ends a list's item: "att fastställa ...,"), the next line goes on in lower
    case, and neither is a table's line ("Resultatbudget" over "mnkr   Budget 2025")."""
    if "\n\n" not in end.group():
        return False
    before = text[:end.start()].rsplit("\n", 1)[-1]
    after = text[end.end():].split("\n", 1)[0]
    return bool(re.search(r"[^\W\d_]$", before)) and bool(re.match(r"[a-zåäö]", after)) \
        and not COLUMNS.search(before) and not COLUMNS.search(after)


def _abbreviates_before_number(text: str, end: re.Match[str]) -> bool:
    """The break after a period closes a written abbreviation a number follows on the same line ("kl. 18.30",
    "ca. 50", "s. 24"; sentence_types.json number_abbreviations)."""
    if "\n" in end.group() or not text[end.end():end.end() + 1].isdigit() or text[end.start() - 1:end.start()] != ".":
        return False
    word = re.search(r"(?<![\w.])([^\W\d_]+)\.$", text[max(0, end.start() - 12):end.start()])
    return word is not None and word.group(1).lower() in _number_abbreviations()


@lru_cache(maxsize=1)
def _number_abbreviations() -> frozenset[str]:
    from assistant.understand.words import sentence_types

    return frozenset(sentence_types()["number_abbreviations"])


SIGNATURE_ROLE_WORDS = 5  # a role line under a signed name is short ("Ordförande i barn- och utbildningsnämnden")


def _signs_with_role(line: str, rest: str) -> bool:
    """`line` is only a person's name, with its party or without ("Lars Ekström (C)", a contact block's "Daniel
    Filipsson"), and the next line only a role ("Kommunstyrelsens ordförande (M), gruppledare Moderaterna"): a
    signature, which says who holds the role, so the break between them ends no sentence."""
    name = NAME.fullmatch(line.strip(" \t*"))
    if name is None:
        return False
    from assistant.evidence.claims import role_nouns

    role = rest.split("\n", 1)[0].strip(" \t*")
    found = WORD_FORM.findall(role.lower())
    roles = role_nouns()
    return 0 < len(found) <= SIGNATURE_ROLE_WORDS and not re.search(r"[.!?:]\s*$", role) and any(
        w in roles or any(w.endswith(r) and len(r) >= 5 for r in roles) for w in found)


# A PDF's justified paragraph wraps at the margin: a line break after a line running to it goes on with the sentence
# even when the next line opens with a capital or a figure ("Kommundirektör är Henrik" / "Öberg.", "budgeteras
# till" / "31,4 miljoner kronor.").
WRAP_SHARE = 0.85  # a line this share of its paragraph's longest line runs to the margin
WRAP_MIN_CHARS = 60  # shorter lines are headings, list items and labels: they end where they end
NUMBER_SPLIT = re.compile(r"[^\W\d_]\s+\d{1,3}$")  # "höjs från 1" / "350 kronor": a figure's groups wrapped apart
NUMBER_GOES_ON = re.compile(r"\d{3}\s+[^\W\d_]")
GAP = re.compile(r"\s+")
SENTENCE_CLOSE = re.compile(r"[.!?](?:\s|$)")


def wrapped_breaks(text: str) -> frozenset[int]:
    """Offsets of the single line breaks in `text` that wrap a sentence of running text at the margin: the line
    before it is full (WRAP_SHARE of its paragraph's longest line, at least WRAP_MIN_CHARS, in a paragraph with
    another line as full, or before a line that ends the sentence), spaced evenly (running
    text, justified or not; a table's line spaces its columns wider than its words), and ends in a word or a comma
    ("... av Moderaterna, Kristdemokraterna," / "Centerpartiet och Liberalerna."), or in the first group of a figure
    whose next group opens the next line. Indented lines are a list's items or a table's rows, not a paragraph's."""
    out = set()
    pos = 0
    for block in re.split(r"(\n{2,})", text):
        if block.startswith("\n"):
            pos += len(block)
            continue
        lines = block.split("\n")
        width = max(len(line.rstrip()) for line in lines)
        offset = pos
        # a margin is set by two lines or more running to it; one long line among short ones is no paragraph's
        at_margin = sum(len(line.rstrip()) >= WRAP_SHARE * width for line in lines) >= 2
        for line, following in zip(lines, lines[1:]):
            offset += len(line)
            # or the next line ends the sentence the long one began ("Lånen tas upp via" / "Kommuninvest. Den ...")
            if (at_margin or SENTENCE_CLOSE.search(following)) and not line[:1].isspace() \
                    and not following[:1].isspace() and _wraps(line.strip(), following.strip(), width):
                out.add(offset)
            offset += 1
        pos += len(block)
    return frozenset(out)


def _wraps(line: str, following: str, width: int) -> bool:
    if len(line) < max(WRAP_MIN_CHARS, WRAP_SHARE * width) or not following or len(set(GAP.findall(line))) > 1:
        return False
    if line[-1].isalpha() or line[-1] == ",":  # a comma ends no sentence
        # a figure may open the next line signed ("på" / "-2,8 miljoner kronor."): a minus is no list's dash
        return following[0].isupper() or following.lstrip("-−–")[:1].isdigit()
    return bool(NUMBER_SPLIT.search(line) and NUMBER_GOES_ON.match(following))


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


RUNNING = 3  # a line printed this many times in one document is a running head or footer


def _masked(line: str) -> str:
    """The line with its page number masked ("Hjo kommun – Budget 2025    9", "12   Årsredovisning 2024"): a
    running head or footer is the same line on every page but for the number."""
    words = line.split()
    if len(words) >= 3 and words[-2].lower() in PAGE_OF and PAGE_NUMBER.fullmatch(words[-1]) \
            and PAGE_NUMBER.fullmatch(words[-3]):
        words[-3] = "#"  # "Sida 7 av 12": the page of the document's count of pages
    elif len(words) >= 2 and PAGE_NUMBER.fullmatch(words[-1]) and not PAGE_NUMBER.fullmatch(words[-2]):
        words[-1] = "#"  # not the last group of a figure ("315 670")
    elif len(words) >= 2 and PAGE_NUMBER.fullmatch(words[0]) and not words[1][:1].isdigit():
        words[0] = "#"
    return " ".join(words)


PAGE_NUMBER = re.compile(r"\d{1,3}")
PAGE_OF = ("av", "of", "/")


@lru_cache(maxsize=64)
def running_lines(text: str) -> frozenset[str]:
    """Lines a document prints again and again: running heads and footers ("Ockelbo kommun – Budget 2025")."""
    counts = Counter(_masked(line) for line in text.split("\n") if line.strip())
    return frozenset(line for line, n in counts.items() if n >= RUNNING)


# a table of contents' entry: a heading, a gap (a tab, spaces or dot leaders) and its page number; a table of contents
# lists several (one such line may be a table's row beside a heading of the same name)
CONTENTS_ENTRIES = 3
CONTENTS_ENTRY = re.compile(r"^\s*(\S.*?\S)(?:\t|\s{2,}|\s*[.…]{3,})\s*\d{1,3}\s*$")


@lru_cache(maxsize=64)
def contents(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """A document's table of contents: its entries, each a heading the document has as a line of its own further on
    with a page number after it ("Agenda 2030 och Vision 2040 – våra främsta ledstjärnor<tab>14"), and those
    headings. An entry points to its section and says nothing; a heading names what its section is about, which the
    sentences under it say."""
    lines = [line.strip() for line in text.split("\n")]
    last = {line: i for i, line in enumerate(lines)}  # where each line stands last: a heading after its entry
    found = {line: m.group(1) for i, line in enumerate(lines)
             if (m := CONTENTS_ENTRY.match(line)) and last.get(m.group(1), -1) > i}
    if len(found) < CONTENTS_ENTRIES:
        return frozenset(), frozenset()
    return frozenset(found), frozenset(found.values())


def contents_entries(text: str) -> frozenset[str]:
    """The entries of the document's table of contents (`contents`)."""
    return contents(text)[0]


def is_contents_heading(text: str, sentence: str) -> bool:
    """The sentence is a heading the document's table of contents lists (`contents`)."""
    return sentence.strip() in contents(text)[1]


def is_running(text: str, sentence: str) -> bool:
    """The sentence is a running head or footer of its document (`text`), or an entry of its table of contents: it
    says nothing."""
    return _masked(sentence) in running_lines(text) or sentence.strip() in contents_entries(text)


def score_sentences(q: QueryAnalysis, hits: list[Hit], stats: TermStats, text_of: Callable[[str], str],
                    limit: int = 30) -> list[Sentence]:
    """Sentences of the hits, best first: concept coverage, the chunk's fused score, what was asked."""
    if not hits:
        return []
    top = hits[0].score or 1.0
    money = money_stems(q)
    votes = vote_stems_asked(q)
    from assistant.evidence.outcome import asks_conclusion, asks_outcome, labelled_outcome, proposes

    outcome = asks_outcome(q)
    conclusion = asks_conclusion(q)
    from assistant.evidence.headings import lead_in_at

    out: list[Sentence] = []
    for hit in hits:
        text = text_of(hit.chunk.doc_path)
        context = title_stems(hit.chunk.title) | title_stems(hit.chunk.section or "") | \
            title_stems(hit.chunk.context or "") | place_stems_of(hit.chunk.municipality)
        # "i Ockelbo", "Hjos": the document's municipality counts as said; a table's title and header too
        rel = hit.score / top
        passage = stats.coverage(q.groups, stats.chunk_stems.get(hit.chunk.id, frozenset()) | context,
                                 q.weights, q.full, q.strict)
        furniture = running_lines(text)
        entries = contents_entries(text)
        for s, e in split_sentences(hit.chunk):
            s, e = across_edges(text, hit.chunk, s, e)
            sentence = text[s:e]
            if not is_quotable(sentence) or _masked(sentence) in furniture or sentence.strip() in entries:
                continue  # a running head or footer ("Ockelbo kommun – Budget 2025"), an entry of the contents
            present = text_stems(sentence) | money_named(money, sentence)
            matter = matter_heading(text, s)  # "reserverar sig mot beslutet": of the decision on "§ 89 Skattesats 2025"
            around = context | title_stems(matter) if matter and matter != hit.chunk.section else context
            introduced = lead_in_at(text, s, sentence)  # "- Socialnämnden: 3,2 miljoner kronor ...": its list's
            if introduced:  # introduction ("effektiviseringar om sammanlagt 6,8 miljoner kronor:") is part of what
                present = present | text_stems(introduced)  # the item says ("ska effektivisera 3,2 miljoner")
            if votes and states_vote(sentence):
                # "18 röster mot 11" says how the asked "omröstningen" went, of the matter its passage names
                # before it ("§ 85 Skattesats för 2026 ... Kommunstyrelsens förslag vinner med 18 röster mot 11")
                present |= votes | text_stems(lead_in(text, s))
            cover = stats.coverage(q.groups, present | around, q.weights, q.full, q.strict)
            cover = max(cover, (cover + passage) / 2)  # the passage around a sentence (a table's header) counts half
            own_cover = stats.coverage(q.groups, present, q.weights, q.full, q.strict)
            score = 0.75 * cover + 0.15 * own_cover + 0.35 * rel + intent_bonus(q, sentence, hit.chunk.municipality)
            if outcome:  # as an amount asked: what became of the matter is what its decision says, of all it names
                decided = labelled_outcome(text, s, sentence)
                if decided:
                    whole = stats.coverage(q.groups, text_stems(text[slice(*matter_span(text, s))]) | around,
                                           q.weights, q.full, q.strict)
                    score += 0.75 * max(0.0, whole - cover)
                    cover = max(cover, whole)
                score += ASKED_BONUS if decided else -0.1
            if conclusion:  # "vad landade handlingsplanen i?": what it proposes, as an outcome asked
                score += ASKED_BONUS if proposes(sentence) else -0.1
            if q.focus and all(stats.present(t, present) for t in q.focus):
                score += ASKED_BONUS  # a follow-up's own topic, in the sentence's own words
            if sentence.strip() in (hit.chunk.title, hit.chunk.section) or is_contents_heading(text, sentence):
                score -= 0.3  # the document's own title or heading says nothing
            out.append(Sentence(chunk=hit.chunk, start=s, end=e, text=sentence, score=score,
                                coverage=cover, chunk_score=hit.score))
    out.sort(key=lambda x: (-x.score, x.chunk.id, x.start))
    seen: set[tuple[str, int, int]] = set()  # a sentence across two passages' edge is found from both: once
    out = [x for x in out if (x.chunk.doc_path, x.start, x.end) not in seen
           and not seen.add((x.chunk.doc_path, x.start, x.end))]
    return out[:limit]


def items_before_introductions(ranked: list[Sentence], text_of: Callable[[str], str]) -> list[Sentence]:
    """A list's introduction ("nämnderna ska genomföra effektiviseringar om sammanlagt 6,8 miljoner kronor:") ranks
    just below an item of its list that covers more of the question ("Socialnämnden: 3,2 miljoner kronor ..." for
    "hur mycket ska socialnämnden effektivisera?"): the item is what it says of the one asked."""
    from assistant.evidence.headings import lead_in_at

    at = {(x.chunk.doc_path, x.text.strip()): i for i, x in enumerate(ranked)}
    out = list(ranked)
    for item in ranked:
        introduced = lead_in_at(text_of(item.chunk.doc_path), item.start, item.text)
        i = at.get((item.chunk.doc_path, introduced.strip())) if introduced else None
        if i is None or out[i].coverage >= item.coverage or out[i].score < item.score:
            continue
        out[i] = replace(out[i], score=item.score - 1e-6)
    out.sort(key=lambda x: (-x.score, x.chunk.id, x.start))
    return out


def across_edges(text: str, chunk: Chunk, s: int, e: int) -> tuple[int, int]:
    """The sentence at [s, e) of `text` (its document's text) whole, when its passage's edge cut it: a passage
    ending mid-sentence ("... och 1,5 miljoner kronor till en ny" over "spontanidrottsplats i centrum.", a
    justified line read as a table's row ends its block), or one starting mid-sentence (the lower-case
    "kommunfullmäktige hålls den 13 september 2026."), goes on in the document across the edge to the
    sentence's end or start, within one paragraph and MAX_QUOTE characters."""
    if e >= chunk.start + len(chunk.text.rstrip()) and not re.search(r"[.!?:;]\W*$", text[s:e]):
        after = re.match(r"[ \t]*\n?[ \t]*(?=[a-zåäöé])", text[e:])
        if after is not None:
            rest = text[e:e + MAX_QUOTE]
            end = SENTENCE_END.search(rest)
            stop = e + (end.start() if end else len(rest))
            if end is not None and stop - s <= MAX_QUOTE:
                e = stop
    if s <= chunk.start + len(chunk.text) - len(chunk.text.lstrip()) and text[s:s + 1].islower():
        before = text[max(0, s - MAX_QUOTE):s]
        if re.search(r"[^\s.!?:;][ \t]*\n?[ \t]*$", before) and "\n\n" not in before[-3:]:
            # read with the sentence's first letter: a line break before lower case ends no sentence
            starts = [m.end() for m in SENTENCE_END.finditer(text[s - len(before):s + 1]) if m.end() <= len(before)]
            if starts and e - (s - len(before) + starts[-1]) <= MAX_QUOTE:
                s = s - len(before) + starts[-1]
    return s, e


# a name's words apart by one space, the wider spaces of a justified line or the break of a wrapped one ("Henrik\nÖberg");
# a name opening a line is not wrapped: a line of its own ("Daniel Filipsson" over "Kommunstyrelsens ordförande (M)")
_NAME_GAP = r"(?:[ \t]+\n?|\n)[ \t]*"
_LINE_GAP = r"[ \t]+"
_WORD = r"[A-ZÅÄÖ][a-zåäöé]+"
_FIRST = rf"{_WORD}(?:-{_WORD})?"  # a first name may be hyphenated ("Lars-Göran Fransson")
NAME = re.compile(rf"(?:(?<![^\n]){_FIRST}{_LINE_GAP}(?:{_WORD}{_LINE_GAP})?{_WORD}"
                  rf"|(?<=[^\n])\b{_FIRST}{_NAME_GAP}(?:{_WORD}{_NAME_GAP})?{_WORD})"
                  r"(?: \([A-ZÅÄÖ]{1,2}\))?")


MONTHS = "(?:" + "|".join(MONTHS_SV) + ")"
# a day of a month, also the first of a range or pair of days: "2–30 april", "den 10 och 17 april"
DATE_NUMBER = re.compile(r"^\s*(?:(?:[-–—]|och|,)\s*\d{1,2}\s+)?" + MONTHS, re.I)
MONEY_UNIT = re.compile(r"^\s*(?:kr\b|kronor|tkr|mnkr|mdkr|mkr|miljon|miljard|tusen|procent|%)", re.I)


# a day of the week or the weekend, in any form ("på lördagar", "lördagskvällar", "under helgerna"): a time of the week
WEEKDAYS = r"(?:(?:mån|tis|ons|tors|fre|lör|sön)dag|helg)\w*"
TIME = re.compile(r"\b(?:(?:19|20)\d\d|" + MONTHS + r"|årligen|varje år|halvåret|kvartal\w*|våren|hösten|"
                  r"sommaren|vintern|" + WEEKDAYS + r")\b", re.I)  # a sentence that says when
# a day of a month, with its year ("den 18 november 2024", "2024-11-18") or without ("måndagen den 18 november")
DAY_DATE = re.compile(r"\b\d{1,2}\s+" + MONTHS + r"\b", re.I)
FULL_DATE = re.compile(DAY_DATE.pattern + r"\s+(?:19|20)\d\d\b", re.I)  # with its year; "2024-11-18": ISO_DATE


def time_said(q: QueryAnalysis, sentence: str) -> float:
    """What the time a sentence states adds when "when" is asked: most for a whole date, less for a day without its
    year ("i går, måndagen den 18 november"), less again for any other time; a year the question names itself
    ("när antogs budgeten för 2025?") tells no time of the asked event."""
    if FULL_DATE.search(sentence) or ISO_DATE.search(sentence):
        return 0.2
    if DAY_DATE.search(sentence):
        return 0.12
    own = [str(y) for y in q.years]
    rest = re.sub(r"\b(?:" + "|".join(own) + r")\b", " ", sentence) if own else sentence
    return 0.1 if TIME.search(rest) else 0.0


# a sentence that gives a reason; "beror" may take adverbs before its "på" ("beror främst på", "beror till stor del på")
CAUSAL = re.compile(r"\b(därför|eftersom|på grund av|med anledning av|beror(?:\s+[^\W\d_]+){0,3}?\s+på|"
                    r"till följd av|i syfte att|since|because|due to)\b", re.I)


def asked_amounts(q: QueryAnalysis, sentence: str, place: str | None = None, anyones: bool = False) -> list[str]:
    """The numbers in a sentence that can answer the question's "how much / how many": not those of an owner the
    question does not ask ("Region Dalarnas skattesats på 11,81 kronor"), nor their total (amount_owner.elsewhere;
    `place`: the sentence's municipality, whose own figures are asked; `anyones`: those too), nor a part of the asked
    thing ("100 kronor av din kommunalskatt": amount_owner.parts_of_asked)."""
    from assistant.evidence.amount_owner import elsewhere, parts_of_asked
    from assistant.understand.words import asks_duration, asks_kronor

    from assistant.budget.plan import SHARE

    # "vad kostar vattnet": a sum of money answers, "8 procent" does not; "hur stor andel": "en procent" answers
    skip = frozenset() if anyones else elsewhere(q, sentence, place)
    if not SHARE.search(q.original):  # "100 kronor av din kommunalskatt": a part of the asked thing, not its value
        skip |= parts_of_asked(q, sentence)
    if not q.wants_count and not CHANGED.search(q.original):  # a level asked (no count): a level, not the change
        skip |= moved_from(sentence)
    if not asks_duration(q.original):  # "på över 20 år": how long, which a "hur mycket" does not ask
        skip |= durations(sentence)
    return amounts_in(sentence, money=q.wants_money, count=q.wants_count,
                      kronor=q.wants_money and asks_kronor(q.original), share=bool(SHARE.search(q.original)),
                      skip=skip)


def durations(sentence: str) -> frozenset[int]:
    """Where the numbers stating a stretch of time stand ("den största investeringen på över 20 år": 20)."""
    from assistant.understand.words import DURATION_UNIT

    return frozenset(m.start() for m in amount_matches(sentence) if DURATION_UNIT.match(sentence, m.end()))


# a verb of change: "höjs med 0,30 kronor från 22,41 till 22,71 kronor" states a change, its start and its end
CHANGED = re.compile(r"\b(?:höj|sänk|ök|minsk|stig|steg|sjunk|sjönk|väx|förändr|ändr|rais|increas|decreas|cut|lower)"
                     r"\w*", re.I)
_MOVE_TO = re.compile(r"\btill\s+(?=[-\u2212]?\d)(?!(?:19|20)\d\d(?!\d|[,.]\d))", re.I)  # not "till 2025"
# the change itself: its verb right before "med" ("höjs med 0,30"; not "utfaller med 24 ja-röster")
_MOVE_BY = re.compile(CHANGED.pattern + r"\s+med\s+(?=[-\u2212]?\d)", re.I)


def moved_from(sentence: str) -> frozenset[int]:
    """Where the amount of a change stands in a sentence saying a figure changes by it to a level ("höjs med 0,30
    kronor från 22,41 till 22,71 kronor": 0,30), when it says the level it goes to: a question asking the level is
    answered by a level (the end, or the start when it asks an earlier time: compose/answer.extract_fact), one asking
    the change by the change. Empty when the sentence states no such move."""
    if not _MOVE_TO.search(sentence):
        return frozenset()
    return frozenset(m.end() for m in _MOVE_BY.finditer(sentence))


PERCENT_AFTER = re.compile(r"\s*(?:%|procent|percent)", re.I)


ISO_DATE = re.compile(r"(?<![\d-])(?:19|20)\d\d-[01]\d-[0-3]\d(?![\d-])")  # "2024-11-01": a date, no amount


def amount_matches(text: str) -> list[re.Match]:
    """The numbers of a text that are amounts: not bare years, not days of a month, not parts of a date, not the
    number of a page, table or note, nor a label opening the text ("5) ..."). Worked out once per text (a question's
    candidate sentences are read by many checks: 25 631 calls for 755 texts over 100 dev questions)."""
    return list(_amount_matches(text))


@lru_cache(maxsize=8192)
def _amount_matches(text: str) -> tuple[re.Match, ...]:
    dates = [d.span() for d in ISO_DATE.finditer(text)]
    return tuple(m for m in NUMBER.finditer(text)
                 if not YEARLIKE.match(m.group().strip()) and not DATE_NUMBER.match(text[m.end():m.end() + 14])
                 and not REFERENCE_BEFORE.search(text[max(0, m.start() - 12):m.start()])
                 and not NOTE_BEFORE.search(text[max(0, m.start() - 14):m.start()])
                 and not (not text[:m.start()].strip() and LABEL_AFTER.match(text, m.end()))
                 and not any(a <= m.start() < b for a, b in dates))


BASE_BEFORE = re.compile(r"(?<!\w)(?:per|of every|av varje)\s*$", re.IGNORECASE)  # the base a rate is per
# a hundred kronor divided ("Fördelning av 100 kronor i kommunalskatt", "Så fördelas 100 kronor", "Av 100 kronor går
# 41 kronor till skolan"): the base the parts are of, as "per hundra kronor" is a rate's ("en höjning av 100 kronor"
# is an amount)
HUNDRED_BASE = re.compile(r"(?:^\s*(?:av|of)\s+|\b(?:fördelning|breakdown|distribution)\s+(?:av|of)\s+|"
                          r"\b(?:fördelas|fördelat|fördelade|divided)\s+)(?:100|hundra|a\s+hundred|one\s+hundred)\s+"
                          r"(?:kr|kronor|sek)\b", re.I)
BASE_REACH = 40  # characters before an amount within which its "per" stands (PDF layout text spaces words apart)


def amounts_in(sentence: str, money: bool = False, count: bool = False, kronor: bool = False,
               share: bool = False, skip: frozenset[int] = frozenset()) -> list[str]:
    """Numbers in a sentence (_amounts_in, worked out once per sentence and options: one answer asks it of the same
    candidate sentences again and again, 11 261 calls for 2 650 sentences over 100 dev questions)."""
    return list(_amounts_in(sentence, money, count, kronor, share, frozenset(skip)))


@lru_cache(maxsize=8192)
def _amounts_in(sentence: str, money: bool, count: bool, kronor: bool, share: bool,
                skip: frozenset[int]) -> tuple[str, ...]:
    """Numbers in a sentence that are not bare years or days of a month; with money=True only those
    followed by a unit of money or percent, with count=True only those that are not (a number of things),
    with kronor=True no percentages; with share=True (the question asks a share) a percentage written in
    words too ("minst en procent"); the amounts starting at `skip` are left out. A number the line wrap broke is one
    (numbers_unwrapped)."""
    from assistant.budget.numbers import numbers_unwrapped

    sentence = numbers_unwrapped(sentence)
    out = []
    for m in amount_matches(sentence):
        if m.start() in skip or BASE_BEFORE.search(sentence, max(0, m.start() - BASE_REACH), m.start()) or \
                _hundred_base(sentence, m.start()):
            continue  # "kommunalskatt per 100 kronor": the base a rate is per, no amount stated
        number = m.group().strip()
        after = sentence[m.end():m.end() + 14]
        if money and not MONEY_UNIT.match(after):
            continue
        if count and MONEY_UNIT.match(after):
            continue
        if kronor and PERCENT_AFTER.match(after):
            continue
        out.append(number)
    if count:  # a count in words before what it counts: "tre nya förskolor" ("en", "ett" are articles as often)
        out.extend(m.group(1) for m in _count_words().finditer(sentence))
    if not count:  # sums of money written in words: "en halv miljard kronor" (a share in words is not a sum)
        from assistant.budget.amounts import AMOUNT

        # the base a rate is per, in words as in digits ("22,21 kronor per hundra kronor"), states no amount either
        out.extend(m.group("word") for m in AMOUNT.finditer(sentence)
                   if m.group("word") and (share and not kronor or not re.match(r"proc|perc|%", m.group("unit"), re.I))
                   and not BASE_BEFORE.search(sentence, max(0, m.start() - BASE_REACH), m.start())
                   and not _hundred_base(sentence, m.start()))
    return tuple(out)


def _hundred_base(sentence: str, at: int) -> bool:
    """The amount at `at` is the hundred kronor a whole is divided as (HUNDRED_BASE)."""
    return any(m.start() <= at < m.end() for m in HUNDRED_BASE.finditer(sentence))



@lru_cache(maxsize=1)
def _count_words() -> re.Pattern[str]:
    """A number word (budget.numbers.NUMBER_WORDS, one word, not an article) followed by a word it counts."""
    from assistant.budget.numbers import NUMBER_WORDS

    words = "|".join(w for w in NUMBER_WORDS if " " not in w and w not in ("en", "ett", "a", "an", "one", "halv"))
    return re.compile(rf"(?<![\w-])({words})(?=\s+[^\W\d_]{{3,}})", re.I)


ADJECTIVE_ENDINGS = ("lig", "ligt", "liga", "isk", "iskt", "iska", "al", "alt", "ala")  # "statlig", "kommunalt"


def head_and_modifier(parts: tuple[str, ...], present: frozenset[str]) -> bool:
    """A compound's (modifier, head) said by the head as a word of its own and the modifier opening a word of the same
    text: "Höjningen ger 4,7 miljoner kronor i ökade skatteintäkter" speaks of the "skattehöjning". Each part
    PART_CHARS long at least; the compound itself does not count as its modifier's word."""
    if len(parts) != 2 or min(len(p) for p in parts) < PART_CHARS:
        return False
    modifier, head = parts
    return head in present and any(w.startswith(modifier) and not w.endswith(head) for w in present)


def said_apart(compound: str, text: str) -> bool:
    """The compound written as two words, its modifier made an adjective before its head ("ett statligt bidrag" for
    "statsbidrag", "kommunala bidrag" for "kommunbidrag"), or its head, a preposition and its modifier ("avtal om
    skolskjuts" for "skolskjutsavtal"): a compound the vocabulary cannot split is split by the text's own words."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    parts = split_compound(compound)
    if len(parts) == 2 and len(parts[0]) >= 4:
        modifier, head = parts
        if any(a.startswith(modifier) and a[len(modifier):] in ADJECTIVE_ENDINGS and list(stems(b)[:1]) == [head]
               for a, b in zip(words, words[1:])):
            return True
    return parts_said_near(compound, words)


LINKING_PREPOSITIONS = frozenset({"om", "för", "av", "till", "på", "med", "i", "inom", "vid"})
APART_WORDS = 2  # the modifier stands at most this many words after the preposition ("avtal om ny skolskjuts")
PART_CHARS = 4  # each part this long at least: "avtal", "skolskjuts"; not "el", "vatten" in "elvattenavtal"


def parts_said_near(compound: str, words: list[str]) -> bool:
    """The compound's head, a preposition and its modifier ("avtal om skolskjuts" for "skolskjutsavtal", "kostnader
    för bemanning" for "bemanningskostnader"): how Swedish writes a compound out; together the parts are all of it (a
    linking "s" or "e" between them allowed). The modifier as a noun of its own elsewhere ("Staten ger ett bidrag")
    does not say it."""
    found = [(i, stem) for i, w in enumerate(words) for stem in stems(w)[:1] if len(stem) >= PART_CHARS]
    for i, head in found:
        if not compound.endswith(head) or len(compound) - len(head) < PART_CHARS \
                or i + 1 >= len(words) or words[i + 1] not in LINKING_PREPOSITIONS:
            continue
        modifier = compound[:-len(head)]
        for j, first in found:
            if i + 2 <= j <= i + 1 + APART_WORDS and modifier.startswith(first) \
                    and len(modifier) - len(first) <= 2 and set(modifier[len(first):]) <= set("se"):
                return True
    return False


def relative_years(text: str, doc_year: int | None) -> set[int]:
    """The years a text names relative to its document's year: "förra året" in a press release from 2020 is
    2019."""
    if doc_year is None:
        return set()
    return {doc_year + shift for words, shift in RELATIVE_YEARS if re.search(words, text, re.I)}


def _person_bonus(q: QueryAnalysis, sentence: str) -> float:
    """What naming people adds to a sentence asked "who": ASKED_BONUS for the one person it names; a list of several
    ("Övriga närvarande: A, kommundirektör; B, ekonomichef; C, sekreterare") shares it among them, as a statement about
    one ("Kommundirektör är A.") says more of who holds what; a question asking for several ("vilka ...") takes a list
    whole. A question asking parties ("vilka partier reserverade sig?") is answered as well by a sentence naming the
    parties ("Ledamöterna för Socialdemokraterna och Vänsterpartiet reserverar sig") as by one naming their people."""
    from assistant.understand.words import asks_parties_by_noun, asks_plural

    if not NAME.search(sentence):
        if asks_parties_by_noun(q.original) and _names_parties(sentence):
            return ASKED_BONUS
        return -0.05
    return ASKED_BONUS if asks_plural(q.original) else ASKED_BONUS / max(len(people_listed(sentence)), 1)


def _names_parties(sentence: str) -> bool:
    """The sentence names a party by a word of it ("Vänsterpartiet", "moderaterna"; assistant/data/roles_sv.json)."""
    from assistant.compose.answer import asked_parties
    from assistant.evidence.claims import roles

    return bool(asked_parties(sentence, roles()["parties"]))


ROLE_AFTER = re.compile(r",\s*([^\W\d_]+)")


def people_listed(sentence: str) -> set[str]:
    """The people a sentence names each with a party or a role right after the name ("Anneli Svensson (S)",
    "Henrik Öberg, kommundirektör"): the members of a list of people; a place or a company is none."""
    from assistant.evidence.claims import roles

    known = frozenset(r.lower() for r in roles()["roles"])
    out = set()
    for m in NAME.finditer(sentence):
        role = ROLE_AFTER.match(sentence, m.end())
        if m.group().endswith(")") or (role is not None and role.group(1).lower() in known):
            out.add(" ".join(m.group().split()))
    return out


LEAD_IN = 400  # characters of a passage before a vote's tally that name what was voted on


# a line that opens a matter: a markdown heading (DOCX, HTML and Markdown readers write headings so) or, in a PDF's
# minutes, a paragraph's number ("§ 118 Dnr KS 2025/214", "§ 5  Åtgärdsplan för ekonomi i balans 2025")
_MATTER_LINE = re.compile(r"^(?:#{1,6}[ \t]+\S.*|§[ \t]*\d+(?![\d.,]).*)$", re.MULTILINE)
MATTER_LINE_WORDS = 12  # a longer line opening with "§ 201." is running text citing a paragraph


def _title_like(line: str, words: int) -> bool:
    line = line.strip()
    return bool(line) and not line.endswith((".", "?", "!", ",", ";", ":")) and len(line.split()) <= words


@lru_cache(maxsize=64)
def matter_headings(text: str) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """Offsets and labels of the lines of a document that open a matter, in order. A paragraph's number alone on its
    line with a reference ("§ 118 Dnr KS 2025/214") takes the title on the line below it as well."""
    found = []
    for m in _MATTER_LINE.finditer(text):
        line = m.group()
        if line.startswith("#"):
            found.append((m.start(), line.lstrip("#").strip()))
            continue
        if not _title_like(line, MATTER_LINE_WORDS):
            continue
        following = text[m.end() + 1:].lstrip("\n").split("\n", 1)[0]
        label = f"{line.strip()} {following.strip()}" if _title_like(following, 8) else line.strip()
        found.append((m.start(), label))
    return tuple(at for at, _ in found), tuple(label for _, label in found)


def matter_span(text: str, at: int) -> tuple[int, int]:
    """Where the matter `at` stands in begins and ends: from the nearest line opening a matter above it to the next
    one (from the document's start when none stands above it)."""
    starts, _ = matter_headings(text)
    i = bisect_right(starts, at) - 1
    return (starts[i] if i >= 0 else 0), (starts[i + 1] if i + 1 < len(starts) else len(text))


def matter_heading(text: str, at: int) -> str:
    """The nearest line above `at` in its document that opens a matter (matter_headings): what the section the
    position stands in is about, however many sub-headings, labels and reference lines stand between ("## § 89
    Skattesats 2025" above "Dnr KS 2024/213", "Beslut" and "Reservation" over "Lena Sandström (KD) reserverar sig
    mot beslutet."). "" when none stands above it."""
    starts, labels = matter_headings(text)
    i = bisect_right(starts, at) - 1
    return labels[i] if i >= 0 else ""


def lead_in(text: str, at: int) -> str:
    """The text of at most LEAD_IN characters before `at`, from the last top-level heading within them ("# § 85
    Skattesats för 2026"): what the section the position stands in is about."""
    before = text[max(0, at - LEAD_IN):at]
    heading = before.rfind("\n# ")
    return before[heading + 1:] if heading >= 0 else before


def vote_stems_asked(q: QueryAnalysis) -> frozenset[str]:
    """The vote words a question asking how a vote went names ("hur röstade fullmäktige", "what was the vote"), with
    their Swedish translations (roles_sv.json `vote_words`, any form); empty when it names none."""
    return _vote_stems_asked(q.original, q.expansion_terms)


@lru_cache(maxsize=64)
def _vote_stems_asked(question: str, expansion_terms: tuple[str, ...]) -> frozenset[str]:
    """vote_stems_asked of one question, stemmed once (every sentence scored asks it)."""
    from assistant.evidence.claim_vote import vote_stems

    asked = word_stems(question) & vote_stems()
    return frozenset(asked | (vote_stems() & set(expansion_terms))) if asked else frozenset()


def asks_vote(q: QueryAnalysis) -> bool:
    return bool(vote_stems_asked(q))


def states_vote(sentence: str) -> bool:
    """The sentence states a vote's tally ("Med 4 röster mot 3 beslutar ...", "omröstningen slutade 23–18")."""
    from assistant.evidence.claim_vote import split_vote

    return bool(split_vote(sentence))


def intent_bonus(q: QueryAnalysis, sentence: str, place: str | None = None) -> float:
    """What the sentence offers of what is asked: an amount (the whole, when a whole is asked), a person, a time."""
    from assistant.evidence.claim_whole import states_whole
    from assistant.evidence.companies import asks_company, names_company
    from assistant.evidence.near_miss import asks_whole

    bonus = 0.0
    if q.wants_amount:
        amounts = asked_amounts(q, sentence, place)
        bonus += ASKED_BONUS if amounts else -0.1
        if amounts and asks_whole(q.original) and states_whole(sentence):
            bonus += ASKED_BONUS  # "hur mycket sparar de totalt": "besparingar på totalt 9,5 miljoner", not a part
    if q.wants_person:
        bonus += _person_bonus(q, sentence)
    if q.wants_date:
        bonus += time_said(q, sentence)
    if q.wants_reason:
        bonus += 0.1 if CAUSAL.search(sentence) else 0.0
    if q.wants_name and asks_company(q.original):  # as an amount asked: "vilken byggfirma bygger förskolan" is
        bonus += ASKED_BONUS if names_company(sentence) else -0.1  # answered by "Entreprenör | Bergslagens Bygg AB"
    if asks_vote(q):
        bonus += ASKED_BONUS if states_vote(sentence) else -0.1  # as an amount asked: the tally answers
    if len(sentence) < 25:
        bonus -= 0.1
    if len(sentence) < 80 and not re.search(r"[.!?:]\W*$|\d", sentence):
        bonus -= 0.1  # a heading, not a statement
    return bonus

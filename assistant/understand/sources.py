"""The documents a question names as its source, and the bodies it names only as their authors.

"Enligt KS-protokollet, hur mycket ökar kultur- och fritidsnämndens ram?" asks a figure of the minutes of the
municipal board: "protokollet" is the kind of document (doc_type_words.json), "KS" (written out "kommunstyrelsen"
before analysis) the body whose minutes they are, no row whose figure is asked. So is a body's meeting named by
its date ("ombudgeteringen i Tierps KS 11 mars"). A kind of document counts when a preposition of source
("enligt", "i", "från", "according to") leads to it; its word may be a compound of a body or a generic
document noun ("KS-protokollet", "budgetdokumentet").

    named_sources(text)        # NamedSource(kinds, bodies, spans): what the question names as its source
    without_source_bodies(text)  # the text with the bodies named only as authors dropped
    without_meeting_authors(text)  # the same, only for a body's own records (minutes): the calculator's question
    without_source_phrases(text)  # the text without them
    source_phrases(text)       # where "enligt ..." names the source, whatever its words, or "i ..." a document
                               # ending its clause ("i Mål och budget?"): no topic of the figure
    says_sources_differ(text)  # "jag har sett olika siffror i olika dokument": each document's own figure is asked
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.understand.bodies import body_kind

SOURCE = re.compile(r"\b(?:i|enligt|från|in|according\s+to)\s+", re.I)
WORD = re.compile(r"[^\W\d_]+(?:[-:][^\W\d_]+)*", re.I)
SOURCE_REACH = 3  # words after the preposition that may still name the source ("i Tierps KS 11 mars")
DAY_MONTH = r"(?:den\s+)?\d{{1,2}}\s+(?:{months})\b"
ISO_DATE = r"(?:19|20)\d\d-\d\d-\d\d"
MEETING_KIND = "minutes"  # a body's meeting named by its date: its minutes hold what was decided
ACCORDING = re.compile(r"\b(?:enligt|according\s+to)\s+", re.I)
# a preposition after "i"/"in" begins a phrase of its own ("in under budget", "i över tio år"): no source follows
OTHER_PREPOSITIONS = frozenset({"under", "över", "inom", "utan", "mot", "bland", "mellan", "over", "within", "below",
                                "above", "without", "against", "among", "between"})
CLAUSE_END = re.compile(r"[,;:?!]|\.(?:\s|$)|$")
SOURCE_PHRASE_REACH = 5  # words a phrase naming the source may have ("enligt kommunens sida om ekonomin")


# "olika siffror", "skilda uppgifter", "different figures": the question tells that its sources state different ones
DIFFERING_SOURCES = re.compile(
    r"\b(?:olika|skilda|motstridiga|different|differing|conflicting)\s+"
    r"(?:siffr\w*|uppgift\w*|belopp\w*|dokument\w*|källor\w*|tal|figures?|numbers?|documents?|sources?)\b", re.I)


@dataclass(frozen=True, slots=True)
class NamedSource:
    kinds: tuple[str, ...] = ()  # doc_types named as the source ("minutes", "annual_report")
    words: tuple[str, ...] = ()  # the word naming each kind, as written ("KS-protokollet", "budgeten")
    bodies: tuple[str, ...] = ()  # the bodies whose documents they are, as written ("kommunstyrelsen")
    spans: tuple[tuple[int, int], ...] = ()  # where each body is written as an author, to drop for the figures

    def __bool__(self) -> bool:
        return bool(self.kinds)


@lru_cache(maxsize=1)
def _kind_words() -> tuple[dict[str, str], tuple[str, ...], tuple[str, ...]]:
    """(kind word -> doc_type, generic document nouns, month names)."""
    from assistant.understand.query import doc_words

    data = doc_words()
    kinds = {w: t for t, ws in data["doc_types"].items() for w in ws}  # "press release", "annual report" too
    generic = tuple(w for w in data["documents"] if " " not in w and w.isalpha())
    return kinds, generic, tuple(data["months"])


@lru_cache(maxsize=1)
def body_records() -> frozenset[str]:
    """The kinds of document a body keeps of its own meetings (minutes): a body named with one is its author."""
    from assistant.understand.query import doc_words

    return frozenset(doc_words().get("body_records", ()))


def kind_of_word(word: str) -> str | None:
    """The kind of document a word names: itself a kind word ("protokollet"), a compound ending with one after a
    hyphen ("KS-protokollet", "kommunstyrelsen-protokollet") or a kind word compounded with a generic document
    noun ("budgetdokumentet")."""
    kinds, generic, _ = _kind_words()
    low = word.lower()
    head = low.rsplit("-", 1)[-1]
    if head in kinds:
        return kinds[head]
    for noun in generic:
        if low.endswith(noun) and low[:-len(noun)] in kinds:
            return kinds[low[:-len(noun)]]
    return None


def _is_body(word: str) -> bool:
    """A body's name, or its initials ("KS": the text may not have been written out yet)."""
    from assistant.understand.abbreviations import expand

    return body_kind(word) is not None or body_kind(expand(word)) is not None


def _adjacent(words: list[re.Match[str]]) -> list[re.Match[str]]:
    """The words up to the first written between them ("i Hallsberg, hur": "Hallsberg")."""
    kept = words[:1]
    for w in words[1:]:
        if w.string[kept[-1].end():w.start()].strip():
            break
        kept.append(w)
    return kept


def named_sources(text: str) -> NamedSource:
    """The kinds of document the text names as its source and the bodies named only as their authors: the body of
    a compound ("kommunstyrelsen-protokollet"), a genitive before the kind word ("kommunstyrelsens protokoll") and a
    body followed by a meeting's date ("i Tierps kommunstyrelsen 11 mars", a meeting: its minutes)."""
    _, _, months = _kind_words()
    dated = re.compile(r"\s+(?:" + DAY_MONTH.format(months="|".join(months)) + "|" + ISO_DATE + ")", re.I)
    kinds: list[str] = []
    said: list[str] = []
    bodies: list[str] = []
    spans: list[tuple[int, int]] = []
    for lead in SOURCE.finditer(text):
        words = _adjacent(list(WORD.finditer(text, lead.end()))[:SOURCE_REACH])
        for i, w in enumerate(words):
            word = w.group()
            if word.lower() in OTHER_PREPOSITIONS:
                break  # "come in under budget": what follows is the other preposition's, no source
            kind = kind_of_word(word)
            if kind is None and i + 1 < len(words) and kind_of_word(words[i + 1].group()) is None:
                # a kind written in two words, neither a kind alone ("according to the news article")
                pair = f"{word} {words[i + 1].group()}"
                kind = _kind_words()[0].get(pair.lower())
                word = pair if kind is not None else word
            if kind is not None:
                kinds.append(kind)
                said.append(word)
                modifier = word.rsplit("-", 1)[0] if "-" in word else ""
                if modifier and _is_body(modifier):  # "kommunstyrelsen-protokollet"
                    bodies.append(modifier)
                    spans.append((w.start(), w.start() + len(modifier) + 1))
                elif i and _is_body(words[i - 1].group()):  # "kommunstyrelsens protokoll"
                    bodies.append(words[i - 1].group())
                    spans.append((words[i - 1].start(), w.start()))
                break
            if _is_body(word) and dated.match(text, w.end()):  # "i Tierps kommunstyrelsen 11 mars"
                kinds.append(MEETING_KIND)
                said.append(word)
                bodies.append(word)
                spans.append((w.start(), w.end()))
                break
    return NamedSource(tuple(kinds), tuple(said), tuple(dict.fromkeys(bodies)), tuple(dict.fromkeys(spans)))


def source_phrases(text: str) -> tuple[tuple[int, int], ...]:
    """Where the text names where its figure is written: "enligt"/"according to" and the words after it up to the end
    of its clause ("enligt nyckeltalsfilen?", "enligt kommunens sida om ekonomin?", "Enligt KS-protokollet, hur ...").
    A longer stretch goes on with the clause itself ("enligt budgeten ska nämnden spara ..."): no phrase."""
    spans = []
    for lead in ACCORDING.finditer(text):
        end = CLAUSE_END.search(text, lead.end()).start()
        if 0 < len(WORD.findall(text[lead.end():end])) <= SOURCE_PHRASE_REACH:
            spans.append((lead.start(), end))
    for lead in SOURCE.finditer(text):  # "i Mål och budget?", "in its Mål och budget?": a document's title or kind
        end = CLAUSE_END.search(text, lead.end()).start()  # ending the clause names where, as "enligt" does
        words = WORD.findall(text[lead.end():end])
        # one document: "i pressmeddelandet med Habos investeringsbudget" holds two against each other
        if 0 < len(words) <= SOURCE_PHRASE_REACH and (kind_of_word(words[-1]) is not None and not any(
                kind_of_word(w) for w in words[:-1]) or _file_with(words)) \
                and not any(start <= lead.start() < stop for start, stop in spans):
            spans.append((lead.start(), end))
    return tuple(spans)


# what a file is said to hold: "i excelfilen med nettokostnad per verksamhet", "in the spreadsheet with ..."
HOLDING = frozenset({"med", "om", "över", "with", "on", "about"})


def _file_with(words: list[str]) -> bool:
    """The words name a file by what it holds ("excelfilen med nettokostnad per verksamhet"): a document noun, then
    what it is said to hold."""
    _, generic, _ = _kind_words()
    return len(words) >= 3 and words[0].lower() in generic and words[1].lower() in HOLDING


def without_source_phrases(text: str) -> str:
    """The text without the phrases naming where its figures are written (`source_phrases`: "enligt kommunstyrelsens
    protokoll i september", "enligt budgeten per verksamhet"): what is asked, without where it is said."""
    for start, end in reversed(source_phrases(text)):
        text = text[:start] + " " + text[end:]
    return text


def without_source_bodies(text: str, source: NamedSource | None = None) -> str:
    """The text without the bodies it names only as the authors of its source ("enligt protokollet" for "enligt
    kommunstyrelsen-protokollet"): they say which document, not which row's figure."""
    source = named_sources(text) if source is None else source
    for start, end in sorted(source.spans, reverse=True):
        text = text[:start] + text[end:]
    return re.sub(r"\s{2,}", " ", text)


def without_meeting_authors(text: str) -> str:
    """The text without a body named as the author of its source when the source is a record a body keeps of its
    meetings ("enligt KS-protokollet" -> "enligt protokollet"): the body says which document, not which row's
    figure. Other sources keep their bodies ("i socialnämndens budget" is the committee's frame)."""
    source = named_sources(text)
    if not source.bodies or not set(source.kinds) <= body_records():
        return text
    return without_source_bodies(text, source)


def quotes_kind(text: str, kinds: tuple[str, ...]) -> bool:
    """The text says what a document of one of `kinds` states: "enligt handlingsplanen", "handlingsplanen, som anger
    att", "budgeten visar" (a word of the kind, doc_type_words.json, and a reporting verb, sentence_types.json). A
    news item or a committee's summary reporting the named document speaks for it as its own pages do."""
    pattern = _quoting(tuple(sorted(kinds)))
    return pattern is not None and pattern.search(text) is not None


@lru_cache(maxsize=64)
def _quoting(kinds: tuple[str, ...]) -> re.Pattern | None:
    from assistant.understand.query import doc_words
    from assistant.understand.words import sentence_types

    words = sorted({w for k in kinds for w in doc_words()["doc_types"].get(k, ())}, key=len, reverse=True)
    if not words:
        return None
    said = "|".join(re.escape(w) for w in words)
    verbs = "|".join(re.escape(v) for v in sentence_types()["reporting_verbs"])
    return re.compile(rf"(?:\b(?:enligt|according\s+to)\s+(?:{said})\b|\b(?:{said}),?\s+(?:som\s+|which\s+)?(?:{verbs})\b)",
                      re.I)


def says_sources_differ(text: str) -> bool:
    """The question tells that its documents state the asked figure differently ("Jag har sett olika siffror i olika
    dokument", "different figures"): each document stating it answers with its own, though none is named."""
    return bool(DIFFERING_SOURCES.search(text))

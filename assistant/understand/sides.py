"""The two sides of a comparison across documents or kinds of figure, each asked as a question of its own.

"hur mycket lägre blir investeringarna 2025 enligt delårsrapportens prognos jämfört med mål och budget?" sets the
interim report's forecast against the budget document's figure of the same thing; "hur mycket lägre blev
kontraktssumman för förskolan än vad som står i investeringsbudgeten?" the press release's contract sum against the
investment budget's row; "hur mycket sämre blir resultatet 2025 enligt delårsprognosen jämfört med utfallet 2024?" a
forecast against an outcome. The later side names only where or as what its figure is read (a document, a kind of
figure, a year): it is of the first side's thing, read there ("investeringarna 2025 enligt mål och budget").

    thing_of(side)          # the side's words less its sources, kinds of document and figure, and years
    other_side(a, b)        # b as a side of its own: a's thing read where and as what b says, or b itself
"""
from __future__ import annotations

import re

from assistant.budget.matching import table_kinds
from core.years import YEAR

WORD = re.compile(r"[^\W\d_][\w-]*")


def _kind_word(word: str) -> bool:
    """A word naming a kind of figure a value column holds ("utfallet", "prognosen", "budgeten": an outcome or an
    estimate) or a kind of document ("delårsrapporten"); a deviation ("underskottet") is a figure of its own."""
    from assistant.budget.columns import ESTIMATE_KINDS, OUTCOME_KINDS, stated_kinds
    from assistant.understand.query import doc_types_in

    return bool(stated_kinds(word) & {*OUTCOME_KINDS, *ESTIMATE_KINDS} or doc_types_in(word))


# a document named as where a figure is written, within a side ("i Ljungbys pressmeddelande om delårsrapporten", "i
# Mjölbys nyhet på webben"): a preposition of source, a word or two, the kind of document, what it is about or where
SOURCE_LEAD = re.compile(r"\b(?:i|enligt|från|in|according\s+to)\s+", re.I)
DOCUMENT_REACH = 3  # words from the preposition to the kind of document ("i Ljungbys pressmeddelande")
ABOUT = re.compile(r"\s+(?:om|på|från|about|on)\s+[^\W\d_][\w-]*", re.I)
DANGLING = re.compile(r"(?:^|\s+)(?:\b(?:för|i|om|på|av|till|från|enligt|med|for|in|of|on|to|from)\b\s*)+$", re.I)


def _source_spans(side: str) -> list[tuple[int, int]]:
    """Where the side names the document its figure is read in: the phrases understand.sources finds ("enligt
    delårsrapportens prognos", "i Mål och budget") and a document named within it (IN_DOCUMENT)."""
    from assistant.understand.query import doc_types_in
    from assistant.understand.sources import source_phrases

    spans = list(source_phrases(side))
    for lead in SOURCE_LEAD.finditer(side):
        if any(a <= lead.start() < b for a, b in spans):
            continue
        for word in list(WORD.finditer(side, lead.end()))[:DOCUMENT_REACH]:
            if doc_types_in(word.group()):
                about = ABOUT.match(side, word.end())
                spans.append((lead.start(), about.end() if about else word.end()))
                break
    return sorted(spans)


def thing_of(side: str) -> str:
    """What the side's figure is of: its words less the phrases naming its source ("enligt delårsrapportens
    prognos", "i investeringsbudgeten"), the words naming a kind of figure or document, and its years
    ("investeringarna 2025 enligt delårsrapportens prognos" -> "investeringarna")."""
    kept = side
    for start, end in sorted(_source_spans(side), reverse=True):
        kept = kept[:start] + " " + kept[end:]
    kept = YEAR.sub(" ", kept)
    words = [m.group() for m in WORD.finditer(kept) if not _kind_word(m.group())]
    return DANGLING.sub("", " ".join(words))


def _document_name(side: str) -> bool:
    """The side is a document's name or kind, its last word naming a kind of document ("mål och budget",
    "årsredovisningen", "budgetdokumentet"): where a figure is read, of no thing of its own ("Mål" asks no goal)."""
    from assistant.understand.sources import named_sources

    words = WORD.findall(DANGLING.sub("", YEAR.sub(" ", side)))
    return bool(words) and not _source_spans(side) and bool(named_sources(f"enligt {words[-1]}"))


def _names_own_thing(side: str) -> bool:
    from assistant.understand.followup import own_topic

    return not _document_name(side) and bool(own_topic(thing_of(side)))


def _where(side: str) -> str:
    """The words of the side saying where and as what its figure is read: its source phrases, else the whole side
    when it is a document's name ("mål och budget": "enligt mål och budget"), and its words naming a kind of figure
    ("utfallet"), in the order said."""
    spans = _source_spans(side)
    bare = DANGLING.sub("", YEAR.sub(" ", side)).strip()
    if not spans and _document_name(side):
        return f"enligt {bare}"
    outside = side
    for start, end in sorted(spans, reverse=True):
        outside = outside[:start] + " " + outside[end:]
    kinds = [m.group() for m in WORD.finditer(YEAR.sub(" ", outside)) if _kind_word(m.group())]
    return " ".join([*kinds, *(side[a:b].strip() for a, b in spans)])


def other_side(a: str, b: str) -> str:
    """The later side `b` as a question's subject of its own: when it names no thing of its own, only where or as
    what its figure is read ("mål och budget", "vad som står i investeringsbudgeten", "utfallet 2024"), the first
    side's thing with b's years (else a's) and b's source or kind ("investeringarna 2025 enligt mål och budget",
    "resultatet 2024 utfallet"); b itself otherwise."""
    if _names_own_thing(b):
        return b
    if not _names_own_thing(a):  # two kinds of one figure ("helårsprognosen för 2024" against "prognosen i
        # budgetdokumentet"): b of a's years when it names none
        years = YEAR.findall(a) if not YEAR.search(b) else []
        return " ".join([b, *dict.fromkeys(years)])
    where = _where(b)
    if not where:
        return b
    years = YEAR.findall(b) or YEAR.findall(a)
    thing = thing_of(a)
    if table_kinds(where):  # b's table names its measure: a's measure word is a's document's ("kontraktssumman")
        thing = _object_of(thing) or thing
    return " ".join(part for part in (thing, " ".join(dict.fromkeys(years)), where) if part)


OBJECT = re.compile(r"\s(?:för|till|åt|av|for|of)\s+(?P<thing>.+)$", re.I)


def _object_of(thing: str) -> str:
    """What a measure is of, said after "för"/"till"/"av" ("kontraktssumman för förskolan i Tallbacken": "förskolan
    i Tallbacken"), when that names a topic of its own; "" otherwise ("ram för": no thing after it)."""
    from assistant.understand.followup import own_topic

    found = OBJECT.search(thing)
    return found.group("thing").strip() if found and own_topic(found.group("thing")) else ""


# a kind of figure said as a document's ("enligt delårsrapportens prognos", "i budgetens plan"): the document and the kind
OWNED_KIND = re.compile(r"\b(?P<lead>enligt|i|från)\s+(?P<doc>[^\W\d_][\w-]*?)s\s+(?P<kind>[^\W\d_][\w-]*)\s*$", re.I)
ASK_KIND = "Vad är {kind} för {thing} {lead} {doc}?"


def asked(side: str) -> str:
    """The question asking the side's figure: its size ("Hur stort är investeringarna 2025 enligt mål och budget?"),
    or, for a kind of figure said as a document's at its end ("investeringarna 2025 enligt delårsrapportens prognos"),
    that kind of the thing in that document, as documents state it ("Vad är prognosen för investeringarna 2025
    enligt delårsrapporten?")."""
    from assistant.understand.query import doc_types_in

    found = OWNED_KIND.search(side)
    thing = side[:found.start()].strip() if found else ""
    if found is None or not thing or not _kind_word(found.group("kind")) or not doc_types_in(found.group("doc")):
        return f"Hur stort är {side}?"
    kind = found.group("kind").lower()
    return ASK_KIND.format(kind=kind if kind.endswith(("en", "et", "n")) else f"{kind}en", thing=thing,
                           lead=found.group("lead").lower(), doc=found.group("doc"))

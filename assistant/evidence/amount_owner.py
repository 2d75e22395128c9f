"""Whose figure an amount is: a sentence may state the asked measure of several owners, or of their sum.

"Tillsammans med Region Dalarnas skattesats på 11,81 kronor blir den totala skattesatsen i Älvdalen 34,65 kronor"
states two tax rates, neither of them Älvdalen's own: the first is owned by the named body before its measure noun
(a genitive proper name, "Region Dalarnas skattesats"), the second is the total of the parts the sentence adds
("den totala skattesatsen"). A question asking the measure without naming that body, or a total, is answered by
neither; another sentence stating the asked owner's figure ("Skattesatsen höjs till 22,84 kronor.") answers it.

    elsewhere(q, sentence, place) -> frozenset[int]   # where the amounts owned by another or summed from parts start

The measure noun of an amount is the last word before it, since the amount before it, naming a concept of the
question ("skattesats", "kommunalskatten"). Its owner is the run of capitalised words right before it ending in a
genitive -s that is not the sentence's first word ("Region Dalarnas"; a sentence-initial "Kommunens" is any noun).
The owner is asked when the question names it, or it names the place of the document (`place`). A total is an
aggregate adjective before the measure noun ("den totala", "sammanlagda"), counted only when the sentence names a
part of it too (an amount of a named owner): "Den totala kostnaden för bygget är 40 mnkr" is the cost asked.
"""
from __future__ import annotations

import re

from assistant.understand.query import QueryAnalysis, stems, word_stem

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# an adjective saying the sum of parts: "totala", "sammanlagda", "samlade", "sammantagna"
AGGREGATE = re.compile(r"(?:total|sammanlag[dt]|samlad|samlat|sammantag)\w*", re.I)
_GENITIVE = re.compile(r"(?<!\w)[A-ZÅÄÖ]\w*s(?!\w)")  # a word that may end an owner's name ("Dalarnas")
NEAR = 4  # stems this long match as a compound's first part or head ("kommunal" ~ "kommunalskat")


def _related(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= NEAR and (a.startswith(b) or b.startswith(a) or a.endswith(b)
                                                       or b.endswith(a)))


def _names(words: list[str], said: set[str]) -> bool:
    return any(_related(w, s) for w in words for s in said)


def _asked_terms(q: QueryAnalysis) -> set[str]:
    return {t for group in q.groups for t in group if len(t) >= NEAR} | {t for t in q.terms if len(t) >= NEAR}


def elsewhere(q: QueryAnalysis, sentence: str, place: str | None = None) -> frozenset[int]:
    """The start of each amount of `sentence` that is the figure of an owner the question does not ask (a named
    body's genitive before its measure noun), or the total of such parts when the question asks no total."""
    from assistant.evidence.sentences import amount_matches, place_stems_of
    from assistant.evidence.table_rows import is_table_line

    # no capitalised genitive after the first word: no owner, so no amount of another's and no total of parts
    # (asked for every candidate sentence of every question: the common case costs one regex search)
    if not any(sentence[:g.start()].strip() for g in _GENITIVE.finditer(sentence)) or is_table_line(sentence):
        return frozenset()
    asked = _asked_terms(q)
    said = set(stems(q.original)) | set(q.names) | set(place_stems_of(place))
    owned, totals, parted, before = set(), set(), False, 0
    for m in amount_matches(sentence):
        words = list(_WORD.finditer(sentence, before, m.start()))
        before = m.end()
        at = next((i for i in range(len(words) - 1, -1, -1) if _names([word_stem(words[i].group())], asked)), None)
        if at is None:
            continue
        owner = _owner(words[:at], sentence)
        parted = parted or bool(owner)
        if owner and not _names(stems(" ".join(owner)), said):
            owned.add(m.start())
        elif _aggregate(words[:at]):
            totals.add(m.start())
    if not parted or AGGREGATE.search(q.original):
        return frozenset(owned)
    return frozenset(owned | totals)


def _owner(words: list[re.Match], sentence: str) -> list[str]:
    """The capitalised words right before a measure noun ending in a genitive ("Region Dalarnas"); [] when the
    word before it is none, or the sentence's first word (any noun is capitalised there)."""
    if not words or not re.fullmatch(r"[A-ZÅÄÖ]\w*s", words[-1].group()) or not sentence[:words[-1].start()].strip():
        return []
    run = [words[-1].group()]
    for w in reversed(words[:-1]):
        if not w.group()[0].isupper():
            break
        run.insert(0, w.group())
    return run


def _aggregate(words: list[re.Match]) -> bool:
    """The measure noun is qualified as a sum: "den totala skattesatsen", "sammanlagda"."""
    return bool(words) and bool(AGGREGATE.fullmatch(words[-1].group()))

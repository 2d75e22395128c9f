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
part of it too (an amount of a named owner, a named body it includes: "inklusive Region Örebro län", the parts it is
made of: "varav", or the parts said before it: "därmed"): "Den totala kostnaden för bygget är 40 mnkr" is the cost
asked.
"""
from __future__ import annotations

import re

from assistant.understand.query import QueryAnalysis, stems, word_stem

# a total said with the named part it includes ("den totala skattesatsen, inklusive Region Örebro län"), with the
# parts it is made of ("34,04 kronor, varav 22,56 kronor går till kommunen"), or as the sum of the parts the
# sentences before it named ("Den totala skattesatsen i Åmål blir därmed 33,89 kronor")
TOTAL_OF_PARTS = re.compile(r"\b(?:inklusive|inkl\.?|including|incl\.?)\s+[A-ZÅÄÖ]|\b(?i:tillsammans med|together with)\s"
                            r"|\b(?:därmed|varav|thereby|of which)\b")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# an adjective saying the sum of parts: "totala", "sammanlagda", "samlade", "sammantagna"
AGGREGATE = re.compile(r"(?:total|sammanlag[dt]|samlad|samlat|sammantag)\w*", re.I)
# a word that may end an owner's name ("Dalarnas"), or a name's last common noun after it ("Region Örebro läns")
_GENITIVE = re.compile(r"(?<!\w)[A-ZÅÄÖ]\w*(?:\s+[a-zåäö]\w*)?s(?!\w)")
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

    # no capitalised genitive after the first word nor a named body included: no owner, so no amount of another's
    # and no total of parts
    # (asked for every candidate sentence of every question: the common case costs one regex search)
    owned = any(sentence[:g.start()].strip() for g in _GENITIVE.finditer(sentence))
    own_part = asks_own_part(q)
    if not (owned or TOTAL_OF_PARTS.search(sentence) or own_part and AGGREGATE.search(sentence)) \
            or is_table_line(sentence):
        return frozenset()
    places = set(place_stems_of(place))
    asked = _asked_terms(q) - places  # the measure noun, not the place named beside it ("skattesatsen i Lekeberg")
    said = set(stems(q.original)) | set(q.names) | places
    owned, totals, parted, before = set(), set(), False, 0
    for m in amount_matches(sentence):
        words = list(_WORD.finditer(sentence, before, m.start()))
        before = m.end()
        at = next((i for i in range(len(words) - 1, -1, -1) if _names([word_stem(words[i].group())], asked)
                   and not PLACE_NOUN.fullmatch(words[i].group())), None)
        if at is None:
            # "regionskatten till Region Dalarna på 11,64 kronor": another measure, of an owner named right before
            # the amount, that the question does not name
            owner = _owner_after(words[-4:], last=True)
            if owner and not _names(stems(" ".join(owner)), said):
                owned.add(m.start())
            continue
        owner = _owner(words[:at], sentence)
        parted = parted or bool(owner)  # a genitive owner names one part; a place after the noun need not
        owner = owner or _owner_after(words[at + 1:])  # "skattesatsen i Leksand"
        if owner and not _names(stems(" ".join(owner)), said):
            owned.add(m.start())
        elif _aggregate(words[:at]):
            totals.add(m.start())
    parted = parted or own_part or bool(TOTAL_OF_PARTS.search(sentence))
    if not parted or AGGREGATE.search(q.original):
        return frozenset(owned)
    return frozenset(owned | totals)


# the noun naming the place itself ("i Tierps kommun"): never the measure noun, though a compound's first part
# ("kommunalskatten") begins like it
PLACE_NOUN = re.compile(r"kommun(?:en|s|ens)?|municipality", re.I)
# the municipality named as the owner of the measure asked ("kommunalskatten", "den kommunala skattesatsen", "the
# municipal tax rate"): one owner's part of what a total adds up
OWN_MEASURE = re.compile(r"\b(?:kommunal|municipal)", re.I)


def asks_own_part(q: QueryAnalysis) -> bool:
    """The question asks the municipality's own measure, no total: a total of owners ("Den totala skattesatsen i
    Arvika är 33,56 kronor", the region's rate included) is not it, even where the parts are said in another
    sentence ("Av dessa går 22,38 kronor till Arvika kommun")."""
    return bool(OWN_MEASURE.search(q.original)) and not AGGREGATE.search(q.original)


def _owner(words: list[re.Match], sentence: str) -> list[str]:
    """The capitalised words right before a measure noun ending in a genitive ("Region Dalarnas"), or a name's last
    common noun in the genitive after them ("Region Örebro läns"); [] when the word before it is none, or the
    sentence's first word (any noun is capitalised there)."""
    if not words or not words[-1].group().endswith("s"):
        return []
    common = not words[-1].group()[0].isupper()
    named = words[:-1] if common else words  # "Region Örebro läns": the name ends before "läns"
    if not named or not named[-1].group()[0].isupper() or not sentence[:named[-1].start()].strip():
        return []
    run = [w.group() for w in words[len(named) - 1:]]
    for w in reversed(named[:-1]):
        if not w.group()[0].isupper():
            break
        run.insert(0, w.group())
    return run


# a preposition placing a measure with its owner named after it ("regionskatten till Region Dalarna", "skattesatsen
# i Rättvik", "the tax rate of Leksand")
OWNER_PREPOSITIONS = frozenset({"till", "i", "för", "hos", "in", "of", "for"})


def _owner_after(words: list[re.Match], last: bool = False) -> list[str]:
    """The capitalised name right after the measure noun and a preposition, before the amount ("skattesatsen i
    Leksand är 22,1"): whose measure the amount is; [] when none is named there. `last`: the name is the one ending
    `words` but for one linking word before the amount ("till Region Dalarna på 11,64")."""
    if last:
        k = next((i for i in range(len(words) - 1, 0, -1) if words[i - 1].group().lower() in OWNER_PREPOSITIONS
                  and words[i].group()[0].isupper()), None)
        if k is None or len(words) - k > 3 or any(not w.group()[0].isupper() for w in words[k:-1]):
            return []
        words = words[k - 1:]
    if len(words) < 2 or words[0].group().lower() not in OWNER_PREPOSITIONS:
        return []
    run = []
    for w in words[1:]:
        if not w.group()[0].isupper():
            break
        run.append(w.group())
    rest = words[1 + len(run):]
    if run and run[-1].endswith("s") and rest and rest[0].group().islower() and len(rest[0].group()) > 2:
        return []  # "Länsstyrelsen i Jämtlands län": the name goes on in a common noun, the body's own name
    return run


def _aggregate(words: list[re.Match]) -> bool:
    """The measure noun is qualified as a sum: "den totala skattesatsen", "sammanlagda"."""
    return bool(words) and bool(AGGREGATE.fullmatch(words[-1].group()))


# an amount said as a part of something ("100 kronor av din kommunalskatt", "10 procent of the budget"): its unit,
# "av"/"of", at most two words (a determiner, a possessive, an adjective) and the noun it is a part of
_UNIT_WORD = r"(?:kr\b\.?|kronor|tkr|mnkr|mdkr|mkr|miljon\w*|miljard\w*|tusen|procent|%)"
PART_OF_AFTER = re.compile(r"\s*" + _UNIT_WORD + r"(?:\s+" + _UNIT_WORD + r")?\s+(?:av|of)\s+([^\W\d_]+(?:\s+[^\W\d_]+){0,2})", re.I)
ASKS_PART = re.compile(r"(?<!\w)(?:av|of)(?!\w)", re.I)  # "hur mycket av skatten ...": the question asks a part


def parts_of_asked(q: QueryAnalysis, sentence: str) -> frozenset[int]:
    """The start of each amount the sentence says as a part of the asked thing ("Tabellen visar hur 100 kronor av
    din kommunalskatt fördelas" for "hur hög är kommunalskatten": 100 kronor of it, no value of the tax): an amount,
    its unit, "av" and the asked noun within three words. None when the question asks a part itself ("hur mycket
    av skatten går till skolan")."""
    from assistant.evidence.sentences import amount_matches
    from assistant.understand.query import stop_words

    if ASKS_PART.search(q.original):
        return frozenset()
    asked = _asked_terms(q)
    out = set()
    for m in amount_matches(sentence):
        found = PART_OF_AFTER.match(sentence, m.end())
        noun = next((w for w in found.group(1).lower().split() if w not in stop_words()), "") if found else ""
        if noun and _names([word_stem(noun)], asked):  # the first word after the determiners: "din kommunalskatt"
            out.add(m.start())
    return frozenset(out)

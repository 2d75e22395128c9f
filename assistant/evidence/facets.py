"""Facets: what a question asks of its topic beyond naming it, which the evidence answering it must state.

A question the documents do not answer is often a facet of one they do: the split of a stated total ("hur mycket av
pengarna till Smedsgården går till köket och utemiljön?" when the budget gives the preschool's whole), one of two
groups asked apart ("sjukfrånvaron för kvinnor respektive män" when only the total is given), how a vote went ("hur
många röster för och emot?" when the minutes give only the decision). The topic is there, so retrieval and the
answerability model pass; the answer would quote the whole, the total or the decision. Each facet is read from the
question's own words, and an answer whose quotes do not state it is a near miss, refused with a message naming what
the documents leave out.

- parts: what a whole is asked split into: the thing after the "till" of "hur mycket av W går till P" (the last one:
  "pengarna till Smedsgården" names the whole), each of "A och B" there, each side of "fördelas mellan A och B".
- own: the words a question distributed over two things ("för kvinnor respektive män": understand.parts.distribute)
  gives each of its parts apart from the other: the answer to "för kvinnor" names the women.
- measure: the measure an interrogative determiner asks the value of ("vilken genomsnittlig ränta ...?": a family of
  data/measures.json, evidence/near_miss.measures): the answer's quote names that measure, not only the topic ("närma
  sig genomsnittet för jämförbara kommuner" states no interest rate).
- subject: a name the question gives its subject in lower case that the documents write only as a name ("gällö
  skola"), said by no passage the answer quotes (read in answering/prose.py: the documents' own writing decides).
- vote: how a vote went ("hur röstade ...", "hur många röster för och emot"): its tally, or its being unanimous; not
  asked by "vilka röstade emot?" (who).

    asked_facets(question, whole="") -> tuple[Facet, ...]   # `whole`: the user's question a part was cut from
    states_facet(facet, texts, quoted) -> bool               # `quoted`: a function telling a text names stems
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

PARTS, OWN, VOTE, MEASURE, SUBJECT = "parts", "own", "vote", "measure", "subject"
MIN_STEM = 3  # a part named by a shorter stem ("är") is no thing


@dataclass(frozen=True, slots=True)
class Facet:
    """One facet a question asks: its kind, the question's words for it (for the message), and the stems each of
    its parts is named by (every part must be named; a vote has none: a tally states it)."""

    kind: str
    said: str
    parts: tuple[frozenset[str], ...] = ()


# a quantity of a whole ... "till" a part: "hur mycket av pengarna", "hur stor del av", "av varje hundralapp"
_PART_OF = re.compile(r"(?:^|\b(?:mycket|del|delen|andel|andelen|kronor|procent))\s*av\b", re.I)
_TILL = re.compile(r"\btill\s+(?!\d)", re.I)
_JOINED = re.compile(r"\s*(?:,|\boch\b|\bsamt\b|\brespektive\b)\s*", re.I)


def _stems_of(phrase: str) -> frozenset[str]:
    from assistant.understand.query import stems
    from assistant.understand.words import municipality_names

    words = [w for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", phrase) if w.lower() not in municipality_names()]
    return frozenset(t for t in stems(" ".join(words)) if len(t) >= MIN_STEM)


def _phrase_parts(phrase: str) -> tuple[frozenset[str], ...]:
    """Each coordinated part of a phrase ("köket och utemiljön" -> {kök}, {utemiljö}); () when a part names
    nothing."""
    parts = tuple(_stems_of(p) for p in _JOINED.split(phrase) if p.strip())
    return parts if parts and all(parts) else ()


def _recipient_phrase(question: str) -> str:
    """What "hur mycket av W går till P" asks the part of the whole going to: the words after the last "till" past
    the "av" (a "till" inside the whole's own name, "pengarna till Smedsgården", names the whole) up to a closed-class
    word other than a conjunction, a clear verb or the question's end; "" when the question asks no part of a
    whole."""
    from assistant.evidence.amount_stretch import closed_words
    from assistant.understand.words import is_clear_verb

    of = _PART_OF.search(question)
    if of is None:
        return ""
    tills = list(_TILL.finditer(question, of.end()))
    if not tills:
        return ""
    kept = []
    for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+|[,?!.]", question[tills[-1].end():]):
        low = w.lower()
        if low in ("och", "samt", "respektive", ","):
            kept.append(w)
            continue
        if w.isdigit() or low in closed_words() or not w[0].isalnum() or (kept and is_clear_verb(low)):
            break
        kept.append(w)
    while kept and kept[-1].lower() in ("och", "samt", "respektive", ","):
        kept.pop()
    return " ".join(kept).replace(" ,", ",")


def _split_between(question: str) -> tuple[str, tuple[frozenset[str], ...]]:
    from assistant.compose.answer import SPLIT_BETWEEN

    m = SPLIT_BETWEEN.search(question)
    if m is None:
        return "", ()
    a, b = _stems_of(m.group("a")), _stems_of(m.group("b"))
    parts = (a - b, b - a)  # "avdelning vuxna och avdelning unga": the words telling them apart
    return (f"{m.group('a')} och {m.group('b')}", parts) if all(parts) else ("", ())


def own_words(question: str, whole: str) -> str:
    """The words the part `question` was given apart from the other parts when `whole` was distributed over two
    things (understand.parts.distribute: "för kvinnor respektive män" -> "kvinnor" for the women's part); "" when
    `question` is no such part."""
    from assistant.understand.parts import distribute, split_question

    if not whole or whole == question:
        return ""
    for part in split_question(whole).standalone() or [whole]:
        spread = distribute(part)
        if len(spread) > 1 and question in spread:
            others = {w.lower() for p in spread if p != question for w in re.findall(r"[^\W\d_]+", p)}
            return " ".join(w for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", question) if w.lower() not in others)
    return ""


UNIT = re.compile(r"(?:kr|kronor|tkr|mnkr|mdkr|mkr|sek|miljon\w*|miljard\w*|tusen\w*|procent\w*|percent|"
                  r"million\w*|billion\w*)", re.I)


def _names_unit_or_document(words: str) -> bool:
    """The words a part has of its own name a unit ("i kronor och i procent": two forms of one figure) or a kind of
    document ("enligt S-budgeten respektive handlingsplanen": two sources of one figure), not two things."""
    from assistant.understand.query import doc_types_in

    return any(UNIT.fullmatch(w) for w in words.split()) or bool(doc_types_in(words))


def asks_tally(question: str) -> bool:
    """The question asks how a vote went: a vote word (roles_sv.json `vote_words`, any form) asked by "hur" ("hur
    röstade fullmäktige", "hur många röster för och emot", "med hur många röster") or "what was the vote"; not who
    voted ("vilka partier röstade emot?")."""
    from assistant.evidence.claim_vote import vote_stems
    from assistant.understand.query import word_stems

    if not word_stems(question) & vote_stems():
        return False
    return re.search(r"\b(?:hur|how|what\s+was\s+the\s+vote)\b", question, re.I) is not None and \
        re.search(r"\b(?:vilk[aet]|vem|vilket\s+parti|which|who)\b", question, re.I) is None


def asked_facets(question: str, whole: str = "") -> tuple[Facet, ...]:
    """The facets a Swedish question asks (see the module's doc); `whole` is the user's question when `question` is
    a part cut from it."""
    out: list[Facet] = []
    recipient = _recipient_phrase(question)
    parts = _phrase_parts(recipient) if recipient else ()
    if parts:
        out.append(Facet(PARTS, recipient, parts))
    else:  # the part named after another verb: "hur många av bostäderna blir hyresrätter?" (understand/subset.py)
        from assistant.understand.subset import part_words

        out += [Facet(PARTS, word, (_stems_of(word),)) for word in part_words(question) if _stems_of(word)]
    said, between = _split_between(question)
    if between:
        out.append(Facet(PARTS, said, between))
    own = own_words(question, whole)
    if own and _stems_of(own) and not _names_unit_or_document(own):
        out.append(Facet(OWN, own, (_stems_of(own),)))
    noun = measured_noun(question)
    if noun:
        from assistant.evidence.near_miss import measures

        out.append(Facet(MEASURE, noun, (frozenset(measures(noun)),)))
    if asks_tally(question):
        out.append(Facet(VOTE, question))
    return tuple(out)


# an adjective before its noun, besides words.ATTRIBUTIVE_ENDINGS' inflected ones: "genomsnittlig", "årlig"
ADJECTIVE_ENDINGS = ("lig", "ligt")


def measured_noun(question: str) -> str:
    """The noun an interrogative determiner asks the value of when it names a measure (data/measures.json: "vilken
    genomsnittlig ränta" -> "ränta", "vilken skattesats"), past an attributive adjective; "" for any other noun
    ("vilket projekt", "vilka partier": a thing is answered by its name)."""
    from assistant.evidence.near_miss import measures
    from assistant.understand.words import ATTRIBUTIVE_ENDINGS, sentence_types, words

    found = words(question)
    asking = sentence_types()["determiner_interrogatives"]
    at = next((i for i, w in enumerate(found[:-1]) if w in asking), None)
    if at is None:
        return ""
    noun = found[at + 1]
    if noun.endswith(ATTRIBUTIVE_ENDINGS + ADJECTIVE_ENDINGS) and at + 2 < len(found):
        noun = found[at + 2]
    return noun if measures(noun) else ""


def states_facet(facet: Facet, texts: Sequence[str], named: Callable[[frozenset[str], str], bool]) -> bool:
    """Some text states the facet: names every part (`named(stems, text)`: the text names one of the stems, in any
    form), or states a vote's tally or calls the decision unanimous."""
    if facet.kind == MEASURE:
        from assistant.evidence.near_miss import measures

        return any(measures(t) & facet.parts[0] for t in texts)
    if facet.kind == VOTE:
        from assistant.evidence.claim_vote import says_unanimous
        from assistant.evidence.sentences import states_vote

        return any(states_vote(t) or says_unanimous(t) for t in texts)
    return any(all(named(part, t) for part in facet.parts) for t in texts)


def names_stems(stems: frozenset[str], text: str) -> bool:
    """The text names one of the stems, inflected or as a compound's part ("utemiljöer", "storköket"); a stem of
    three letters only as a word or a compound's part of its own ("män", not "mängden")."""
    from assistant.evidence.sentences import expand_stems
    from assistant.understand.query import stems as text_stems

    present = expand_stems(text_stems(text))
    for term in stems:
        if term in present:
            return True
        if len(term) > MIN_STEM and any(w.startswith(term) or w.endswith(term) or _inflected(w, term)
                                        for w in present if len(w) >= 4):
            return True
        if _said_apart(term, present):
            return True
    return False


MODIFIER_LETTERS = 3  # the shortest modifier of a compound said apart ("vux" of "vuxenavdelning": "avdelning vuxna")
MIN_HEAD = 5  # the shortest head a compound is said apart by ("avdelning"; not "ing" or "en")


def _said_apart(term: str, present: frozenset[str]) -> bool:
    """The compound stands in the text as its head and its modifier, apart and in any order ("vuxenavdelningen" as
    "avdelning vuxna"): the head a word of the text, the modifier another word's opening but for an inflection's
    letters."""
    for cut in range(MODIFIER_LETTERS, len(term) - MIN_HEAD + 1):
        head, modifier = term[cut:], term[:cut]
        if head in present or any(_inflected(w, head) for w in present if len(w) >= MIN_HEAD):
            opening = modifier[:max(MODIFIER_LETTERS, len(modifier) - INFLECTION)]
            if any(w.startswith(opening) and w not in (head, term) for w in present):
                return True
    return False



INFLECTION = 2  # letters an inflection may add or drop at a word's end ("utemiljön", "utemiljöer", "utemiljö")


def _inflected(word: str, term: str) -> bool:
    """Two forms of one word: one opens the other and they differ by an inflection's letters at most."""
    short, long = sorted((word, term), key=len)
    return len(short) >= 4 and long.startswith(short) and len(long) - len(short) <= INFLECTION


NEAR_MISS = {
    PARTS: {"sv": "Dokumenten delar inte upp det på {said}: ”{title}” anger bara helheten.",
            "en": "The documents do not split it into {said}: “{title}” gives only the whole."},
    OWN: {"sv": "Dokumenten anger det inte för {said} särskilt: ”{title}” anger det bara utan den uppdelningen.",
          "en": "The documents do not give it for {said} separately: “{title}” gives it only without that split."},
    SUBJECT: {"sv": "Dokumenten anger det inte för {said}: ”{title}” talar om något annat.",
              "en": "The documents do not state it for {said}: “{title}” is about something else."},
    MEASURE: {"sv": "Dokumenten anger ingen {said} för det: ”{title}” nämner ämnet men inte den.",
              "en": "The documents state no {said} for it: “{title}” mentions the topic but not that."},
    VOTE: {"sv": "Dokumenten redovisar inga röstsiffror för det: ”{title}” anger bara beslutet.",
           "en": "The documents give no vote count for it: “{title}” gives only the decision."},
}


def near_miss_text(facet: Facet, title: str, language: str) -> str:
    """The refusal naming the facet the documents leave out and the document that comes nearest."""
    return NEAR_MISS[facet.kind]["en" if language == "en" else "sv"].format(said=facet.said.rstrip("?"), title=title)

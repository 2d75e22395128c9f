"""What a sentence says of each amount it states: the stretch of words that belongs to the amount, its years and
whether it is an outcome or an estimate.

A sentence stating two figures says of each its own year and kind: "har gått från -14,3 miljoner kronor förra året
till en prognos på -6,6 miljoner kronor i år" states an outcome of last year and a forecast of this year. An amount's
stretch is the words leading to it since the first joining word after the amount before it (its subject and kind:
"en prognos på") and the words trailing it up to the first joining word before the next amount (its time: "förra
året"). A table row (evidence.table_rows.is_table_line) has no such stretches: its columns say each cell's year and kind.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import dropwhile

from assistant.budget.columns import states_outcome
from assistant.evidence.table_rows import is_table_line
from assistant.evidence.sentences import amount_matches, relative_years
from core.years import years_in

# words that join two statements of one sentence: what follows speaks of the next amount
JOINS = re.compile(r"[,;:]|\s(?:och|till|men|medan|mot|jämfört med|samt|varav|vilket|and|to|while|against|but|"
                   r"compared with|whereas)\s", re.I)


@dataclass(frozen=True, slots=True)
class StatedAmount:
    number: str          # as written ("-6,6")
    stretch: str         # the words that belong to it, the amount included
    years: frozenset[int]  # the years its stretch names, relative ones ("i år") by the document's year
    estimate: bool       # its stretch says budget, plan, forecast or target, and no outcome
    at: int = -1         # where the number starts in the sentence


def stated_amounts(text: str, doc_year: int | None) -> list[StatedAmount]:
    """Each amount of a prose sentence with its own stretch; [] for a table row."""
    if is_table_line(text):
        return []
    found = amount_matches(text)
    out = []
    for i, m in enumerate(found):
        start = 0
        if i:
            join = JOINS.search(text, found[i - 1].end(), m.start())
            start = join.end() if join else m.start()
        end = len(text)
        if i + 1 < len(found):
            join = JOINS.search(text, m.end(), found[i + 1].start())
            end = join.start() if join else found[i + 1].start()
        stretch = text[start:end]
        years = frozenset(years_in(stretch)) | frozenset(relative_years(stretch, doc_year))
        out.append(StatedAmount(number=m.group().strip(), stretch=stretch.strip(), years=years,
                                estimate=not states_outcome(stretch), at=_number_start(m)))
    return out


def of_years(amounts: list[StatedAmount], years: set[int]) -> list[StatedAmount]:
    """The amounts said of one of `years`: those whose stretch names one, else those naming no year of their own
    (the sentence's year speaks for them); all of them when no year is asked."""
    if not years:
        return amounts
    named = [a for a in amounts if a.years & years]
    return named or [a for a in amounts if not a.years]


def states_outcome_of(text: str, doc_year: int | None, years: set[int]) -> bool:
    """The text states an outcome of one of the asked `years` (all years when none is asked): a prose sentence
    when one of its amounts of those years is no estimate in its own words; a table row or a sentence without
    amounts when it says an outcome or no estimate at all (its columns judge a row's cells)."""
    amounts = stated_amounts(text, doc_year)
    if not amounts:
        return states_outcome(text)
    return any(not a.estimate for a in of_years(amounts, years))


def names_year_of_amount(text: str, doc_year: int | None, years: set[int]) -> bool:
    """An amount of the prose sentence names one of the asked `years` in its own words ("i år" in a document of
    that year); False when none is asked."""
    return bool(years) and any(a.years & years for a in stated_amounts(text, doc_year))


def only_estimates(text: str, doc_year: int | None, numbers: set[str], years: set[int]) -> bool:
    """Every amount of `numbers` the prose sentence states of the asked `years` is an estimate (a budget, a
    forecast, a target): it does not answer what the outcome was. False for a table row or when no such amount
    is stated."""
    asked = [a for a in of_years(stated_amounts(text, doc_year), years) if a.number in numbers]
    return bool(asked) and all(a.estimate for a in asked)


# the words leading to an amount since the clause's start: a comma, colon or semicolon, or the sentence's start
_CLAUSE_START = re.compile(r"[,;:(]\s*")
_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+")
# "ett sparkrav på 41 miljoner", "en satsning om 5 mnkr", "två avdelningar för 6,2 miljoner": the noun before is the
# amount's
GOVERNING = ("på", "om", "för")
COMPLEMENT = ("totalt", "sammanlagt", "ytterligare", "cirka")
# a verb and "till", or a copula, says the amount of its subject: "beräknas till", "resultatet blev 5 mnkr"; after a
# verb without them the amount is the subject itself ("Förslagsvis avsätts 5 miljoner kronor")
HOLDING = ("har", "hade", "får", "fick")  # a verb of having before the holder of the amount after it
COPULAS = ("till", "är", "var", "blir", "blev", "uppgår", "uppgick", "landar", "landade", "hamnar", "hamnade",
           "kosta", "kostar", "kostade",  # what a thing costs is its amount
           "från")  # the level a change starts at: "Låneskulden beräknas öka från 412 mnkr" is the debt's


def leading_subjects(text: str) -> list[frozenset[str]]:
    """For each amount of a prose sentence, the stem of the noun the sentence says it is the value of: the noun
    governing it ("ett sparkrav på totalt 41 miljoner" -> {"sparkrav"}) or its clause's subject when the amount is
    what a verb says of it ("Nyupplåningen 2027 beräknas till 15,0 miljoner kronor" -> {"nyupplåning"}); empty when
    the sentence names none ("900 tkr tillskjuts ...", "Den uppgår till 5 mnkr": told elsewhere; "i slutet av
    mandatperioden ska 30 miljoner": an adverbial, no subject). [] for a table row."""
    if is_table_line(text):
        return []
    out = []
    for m in amount_matches(text):
        before = text[:m.start()]
        starts = list(_CLAUSE_START.finditer(before))
        clause = before[starts[-1].end():] if starts else before
        out.append(frozenset(_subject_of(_TOKEN.findall(clause))))
    return out


# after an amount and its unit, "till" names what the amount goes to: "43 kronor till förskola och skola", "2,35
# miljoner kronor till elevhälsan"; a number or a year after it is another amount or a time ("från 10 till 12 mnkr")
_UNIT_WORDS = re.compile(r"(?:\s*(?:kr\b\.?|kronor|tkr|mnkr|mdkr|mkr|miljon\w*|miljard\w*|tusen|million\w*|"
                         r"billion\w*|sek\b|procent\b|%))*", re.I)
_TOWARDS = re.compile(r"(?:\s+[^\W\d_]+){0,4}?\s+(?:till|to)\s+(?!\d)", re.I)  # "21,90 kronor av varje hundralapp går till"
# a noun right after an amount's unit, no verb, preposition or comparison between ("6,1 miljoner kronor hemtjänsten")
_OWNER_AFTER = re.compile(r"\s+(?=(?!(?:och|eller|samt|men|som|i|på|till|för|från|av|om|per|mot|med|mer|"
                          r"mindre|lägre|högre|än|var|varav|vilket|år|året|and|or|in|on|to|for|from|of|per|more|"
                          r"less|than|a|the)\b)[^\W\d_])", re.I)
_LIST_JOIN = re.compile(r"^\s+[^\d;:.]+?(?:,|\s(?:och|samt|respektive|and))\s*$", re.I)
_PHRASE_END = re.compile(r"[,;:.()]|\s(?:och|men|medan|samt|varav|vilket|som|and|but|which)\s", re.I)


def recipients(text: str) -> list[frozenset[str]]:
    """For each amount of a prose sentence, the stems of what it goes to when the words right after it say so
    ("går ungefär 43 kronor till förskola och skola" -> {"förskol"}: the phrase ends at the first joining word);
    empty when they do not ("uppgår till 22,26 kronor per hundralapp", "ökar från 10 till 12 mnkr"). [] for a
    table row."""
    from assistant.understand.query import stems

    closed = _word_classes()["closed"]
    return [frozenset(t for w in _TOKEN.findall(text[span[0]:span[1]]) if w.lower() not in closed and not w.isdigit()
                      for t in stems(w)) if span else frozenset()
            for span in recipient_spans(text)]


def asked_recipient(question: str) -> str:
    """What a question asks the money going to: the words after its "till"/"to" up to the first joining word
    ("Hur mycket av satsningen går till elevhälsan?" -> "elevhälsan"); "" when it names none ("till 2025"). The "to"
    of a compound preposition ("according to the budget", "compared to 2024") names a source or another side."""
    from assistant.understand.words import sentence_types

    governing = frozenset(sentence_types()["infinitive_verbs"])  # "plan to invest": an infinitive, no recipient
    found = next((m for m in re.finditer(r"\b(?<!according )(?<!compared )(?:till|to)\s+(?!\d)", question, re.I)
                  if not (m.group().lower().startswith("to") and _word_before(question, m.start()) in governing)),
                 None)
    if found is None:
        return ""
    stop = _PHRASE_END.search(question, found.end())
    return re.sub(r"[?!]", "", question[found.end():stop.start() if stop else len(question)]).strip()


# where the words naming what money comes from end: a phrase's end, or the preposition of its recipient or purpose
_GIVER_END = re.compile(rf"{_PHRASE_END.pattern}|\s(?:till|to|för|for)\s", re.I)


def asked_giver(question: str) -> str:
    """What a question asks the money coming from: the words after its "från"/"from" up to the next phrase or
    preposition ("hur mkt fick X från arvsfonden till simhallen?" -> "arvsfonden"); "" when it names none ("från
    2024")."""
    found = re.search(r"\b(?:från|from)\s+(?!\d)", question, re.I)
    if found is None:
        return ""
    stop = _GIVER_END.search(question, found.end())
    return re.sub(r"[?!]", "", question[found.end():stop.start() if stop else len(question)]).strip()


_CAUSED_BY = re.compile(r"\b(?:beror|berodde|berott|bero|orsakades|orsakas|förklaras|förklarades)\s+(?:på|av)\s+"
                        r"|\bpå grund av\s+|\bp\.?g\.?a\.?\s+|\b(?:due to|caused by|because of)\s+", re.I)


def asked_cause(question: str) -> str:
    """What a question asks the part of an amount caused by: the words after "berodde på", "på grund av", "due to"
    up to the next phrase ("hur mycket av underskottet berodde på bemanningssjuksköterskorna?" ->
    "bemanningssjuksköterskorna"); "" when it names none."""
    found = _CAUSED_BY.search(question)
    if found is None:
        return ""
    stop = _GIVER_END.search(question, found.end())
    return re.sub(r"[?!]", "", question[found.end():stop.start() if stop else len(question)]).strip()


def _word_before(text: str, at: int) -> str:
    words = text[:at].split()
    return words[-1].lower() if words else ""


def _number_start(m: re.Match) -> int:
    """Where the amount match's number starts: past the space the match may open with."""
    return m.start() + len(m.group()) - len(m.group().lstrip())


def recipient_at(text: str, at: int) -> str:
    """The head words of what the amount starting at `at` goes to, up to the first closed-class word past its article
    ("43 kr till skolan i Mjölby" -> "skolan", "120 miljoner till en ny simhall" -> "ny simhall"); "" when the words after it name nothing it goes to, or when a phrase of another
    preposition than the amount's own "av" stands before "till" ("1,2 miljoner för busstrafik till Sollebrunn": the
    traffic goes there, the money goes to the traffic)."""
    for m, span in zip(amount_matches(text), recipient_spans(text)):
        if span and abs(_number_start(m) - at) <= 1:
            from assistant.budget.amounts import PER_YEAR

            # its rate ("om året") is the amount's own too
            between = {w.lower() for w in _TOKEN.findall(PER_YEAR.sub(" ", text[m.end():span[0]]))} - \
                {"till", "to", "av", "of"}
            if between & _word_classes()["prepositions"]:
                return ""
            words = _TOKEN.findall(text[span[0]:span[1]])
            # an article opens the noun phrase it goes to ("till en ny simhall"): the phrase, not its end
            words = list(dropwhile(lambda w: w.lower() in _articles(), words))
            closed = _word_classes()["closed"]
            head = next((i for i, w in enumerate(words) if w.lower() in closed), len(words))
            return " ".join(words[:head])
    return ""


def recipient_spans(text: str) -> list[tuple[int, int] | None]:
    """For each amount of a prose sentence, where the phrase naming what it goes to stands (see `recipients`);
    None for an amount without one. [] for a table row."""
    if is_table_line(text):
        return []
    out: list[tuple[int, int] | None] = []
    found = amount_matches(text)
    # a list of allotments, each amount followed by what it is of ("Av underskottet avser 6,1 miljoner kronor
    # individ- och familjeomsorgen och 3,7 miljoner kronor hemtjänsten"): the noun after each amount names it
    ends = [_UNIT_WORDS.match(text, m.end()).end() for m in found]
    direct = [_OWNER_AFTER.match(text, end) for end in ends]
    # listed: two amounts each followed by its noun, the first's phrase joined to the next amount by a conjunction
    # ("... individ- och familjeomsorgen och 3,7 ..."; not "12,7 miljoner kronor efter att realisationsvinster på 0,6")
    listed = any(direct[i] is not None and direct[i + 1] is not None
                 and _LIST_JOIN.search(text[ends[i]:found[i + 1].start()]) for i in range(len(found) - 1))
    for i, m in enumerate(found):
        towards = _TOWARDS.match(text, _UNIT_WORDS.match(text, m.end()).end()) or (direct[i] if listed else None)
        if towards is None:
            out.append(None)
            continue
        end = found[i + 1].start() if i + 1 < len(found) else len(text)
        stop = _PHRASE_END.search(text, towards.end(), end)
        out.append((towards.end(), stop.start() if stop else end))
    return out


def _subject_of(words: list[str]) -> list[str]:
    from assistant.understand.query import stems

    types = _word_classes()
    i, governed, linked = len(words) - 1, False, False
    while i >= 0:  # past the words between the amount and its noun: approximators, verbs, years, "till", "på"
        low = words[i].lower()
        if low in GOVERNING:
            governed = True
        elif not (low in types["skip"] or low in COMPLEMENT or low in COPULAS or low.isdigit()
                  or _is_verb(low, types) or _governed_infinitive(words, i, types)):
            break
        linked = linked or low in COPULAS
        i -= 1
    if i < 0:
        return []
    noun = words[i].lower()
    before = [w.lower() for w in words[:i]]
    if not (governed or linked) and before and before[-1] in HOLDING and noun not in types["closed"]:
        return stems(noun)  # "hade kommunen 4 178 anställda": the holder the count is of
    if noun in types["closed"] or _is_verb(noun, types) or not (governed or linked):
        return []
    owner = before[-1] if before and _determines(before[-1]) else ""  # "Årets resultat": no verb before it
    verbs = before[:-1] if owner else before
    if not governed and (any(_is_verb(w, types) or w in ("att", "som") for w in verbs)
                         or (before and before[-1] in types["prepositions"])):
        return []  # not the clause's subject: an object or an adverbial ("av mandatperioden")
    return stems(noun) + _owner_stems(owner)


def _governed_infinitive(words: list[str], i: int, types: dict) -> bool:
    """words[i] is an infinitive the verb right before it governs ("öka" in "Låneskulden beräknas öka från 412
    mnkr", "minska" in "Kostnaderna ska minska med 3 mnkr"): a verb, however few forms of it the word lists know."""
    return i > 0 and words[i].lower().endswith("a") and _is_verb(words[i - 1].lower(), types)


def _owner_stems(genitive: str) -> list[str]:
    """The stems of the thing a genitive names as the noun's owner ("Avtalets värde": the agreement's), a time
    ("Årets resultat") owning nothing the amount is about."""
    from assistant.evidence.claims import time_stems
    from assistant.understand.query import stems

    return [t for t in stems(genitive[:-1]) if t not in time_stems()] if genitive else []


# a definite neuter noun's genitive ("Årets resultat", "landets kommuner") ends as a supine does ("beslutats"):
# right before the noun it determines it, it is no verb
NEUTER_GENITIVE = "ets"


def _determines(word: str) -> bool:
    """The word, right before a noun, is a genitive determining it ("Årets resultat blev 15,7 miljoner kronor": the
    result is the amount's subject, not an object of a verb)."""
    return word.endswith(NEUTER_GENITIVE)


def _is_verb(word: str, types: dict) -> bool:
    from assistant.understand.query import AMOUNT

    return word in types["verbs"] or bool(AMOUNT.fullmatch(word)) or word.endswith(types["endings"])


@lru_cache(maxsize=1)
def closed_words() -> set[str]:
    """Articles, pronouns, prepositions, question words and words of time: words that name no thing."""
    return _word_classes()["closed"]


def _articles() -> frozenset[str]:
    from assistant.understand.words import sentence_types

    return frozenset(sentence_types()["articles"])


def _word_classes() -> dict:
    from assistant.understand.words import sentence_types

    t = sentence_types()
    return dict(
        verbs=set(t["finite_verbs"]) | set(t["auxiliaries"]) | set(t["reporting_verbs"]),
        endings=tuple(e for e in t["verb_endings"] if len(e) >= 3 and e != "ats") + ("as", "ts", "es"),
        skip={w for k in ("approximators", "time_of_year", "qualifiers") for w in t[k]},
        prepositions=set(t["prepositions"]),
        closed={w for k in ("articles", "anaphors", "prepositions", "interrogatives", "time_nouns", "approximators",
                            "time_of_year") for w in t[k]} | {"det", "detta", "vi", "man", "den", "de"})

"""Question analysis: language, Swedish stems, query expansion (synonyms, English glossary, compounds),
and the metadata a question names (document kind, publisher, year, month), all driven by data files.
"""
from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from types import MappingProxyType

from assistant.budget.numbers import NUMBER_WORDS
from assistant.understand.language import answer_language, detect_language
from assistant.understand.boundaries import has_word, word_pattern
from core.years import RELATIVE_YEARS, YEAR, years_in

YEAR_WEIGHT = 0.5  # a year usually qualifies the fact asked for rather than being it
UNTRANSLATED_WEIGHT = 0.3  # an English word the glossary lacks: weak evidence either way
FRAMING_WEIGHT = 0.5  # "proposed", "ny": frames the topic rather than naming it (synonyms_sv.json "framing")
MAX_QUERY_CHARS = 500  # longer questions are cut for retrieval (time per question stays bounded)
WORD = re.compile(r"\w+(?:-\w+)*-?", re.UNICODE)
TOKEN = re.compile(r"\w+", re.UNICODE)
DIGIT_GROUP = re.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3}\b)")
DOC_YEAR_BEFORE = re.compile(r"\b((?:19|20)\d\d)(?:\s+års)?\s+(?:press release|pressmeddelande\w*|budget\w*|action plan|"
                             r"handlingsplan\w*|committee summary|meeting|sammanträde\w*|protokoll\w*)", re.I)
DOC_YEAR = re.compile(r"(?:pressmeddelande\w*|handlingsplan\w*|budget\w*|sammanträde\w*|protokoll\w*|"
                      r"\w*sammanfattning\w*|uppdrag\w*|beslut\w*|"
                      r"press release|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|"
                      r"november|december|january|february|march|may|june|july|august|october|"
                      r"\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|okt|oct|nov|dec)\.?)"  # "jan 2024": a month abbreviated
                      r"\s+(?:från|i|av|den|from|in|of|dated)?\s*(?:\d{1,2}\s+\w+\s+)?((?:19|20)\d\d)\b", re.I)
RANGE_END = re.compile(r"\s*[-–]\s*((?:19|20)?\d\d)\b")  # "budget 2025-2027", "2025–27": the period's last year


def _years_of_range(text: str, found: re.Match) -> set[int]:
    """The year a document word names (DOC_YEAR's group) and, when a period follows it ("Mål och budget 2025-2027"),
    the period's last year, unless the text names that year again (asked: "budget 2021-2023 ... till 2023")."""
    first = int(found.group(1))
    end = RANGE_END.match(text, found.end())
    if end is None:
        return {first}
    last = int(end.group(1)) if len(end.group(1)) == 4 else first // 100 * 100 + int(end.group(1))
    again = len(re.findall(rf"(?<!\d){last}(?!\d)", text)) > 1
    return {first} if again or not first < last <= first + 10 else {first, last}


PARTY_BEFORE_BUDGET = re.compile(r"(?:\(|\b)(S|M|V|C|L|KD|SD|MP)\)?(?:-|:s\s+|\s+)budget", re.UNICODE)
PARTY_NAMES = {"S": "socialdemokraterna", "M": "moderaterna", "V": "vänsterpartiet", "C": "centerpartiet",
               "L": "liberalerna", "KD": "kristdemokraterna", "SD": "sverigedemokraterna", "MP": "miljöpartiet"}

SWEDISH_LETTER = re.compile(r"[åäöÅÄÖ]")  # no English word has them
ENGLISH_STOP = frozenset("""
a an the and or of to in on at by for from with about as is are was were be been being do does did have has
had will would can could should may might shall what which who whom whose how much many when where why this
that these those it its there their they them he she his her we our you your i me my not no yes true false
say said says tell told expect expected according than then also any some all more most less least per
plan claim fact check document documents municipality town get gets got give gives given there's isn't
big large larger small high low new old many much its itself us say says stated state states
through into onto during while within via upon later against versus between out each every
""".split())

WHO = re.compile(r"\b(vem|vilka personer|vilken person|who|whom|vem sa|vem säger)\b", re.I)
AMOUNT = re.compile(r"\b(hur mycket|hur många|hur stor|hur stort|hur hög|hur högt|belopp|summa|siffra|siffran|siffror|siffrorna|kostar|kosta|kostade|kostat|how much|"
                    r"how many|how large|how high|amount|vad uppgår|uppgår|hur mycket pengar|rate|andel|nivå|"
                    # a verb whose object is a sum: "vad vill S lägga på ...", "vad lägger S på ..." (the subject
                    # between the verb and its particle), "what will they spend on ..."
                    r"lägga på|lägger (?:\w+ )?på|satsa på|satsar (?:\w+ )?på|avsätta|avsätter|tillföra|tillför|spend|spending|allocate|"
                    # what is paid or priced is a sum: "vad får kommunen betalt för tomten", "vad är priset"
                    r"betalt|pris|priset|prislapp|prislappen|price|price tag|värt|worth|"
                    # what someone earns is a sum: "vad tjänar kommundirektören?"
                    r"tjänar|tjänade|earn|earns|earned)\b",
                    re.I)
# a verb of investing asks a sum of money as "kostar" does ("hur mycket investerar Rättvik i ..."); its noun
# ("investeringsbudgeten") stays a concept of the question, as MONEY's words do not
INVESTS = re.compile(r"\b(?:investera[rst]?|investerade|investerat|invests?|invested|investing)\b", re.I)


def _asks_duration(text: str) -> bool:
    """How long or how old (understand.words.asks_duration): a number of years answers, no sum of money, whatever
    money word the question names ("hur länge sedan var det en så stor investering?")."""
    from assistant.understand.words import asks_duration

    return asks_duration(text)


MONEY = re.compile(r"\b(kost\w*|pengar|belopp\w*|kronor|budget\w*|satsa\w*|spar\w*|tilldela\w*|betalt|pris|priset|"
                   # what something is worth, or costs more or less than before: a sum of money
                   r"värt|dyr\w*|billig\w*|"
                   r"mnkr|tkr|miljon\w*|procent|cost\w*|money|funding|spend\w*|save\w*|percent)", re.I)
# "hur många sommarjobb": a number of things (not "hur många kronor/miljoner", which asks for money)
COUNT = re.compile(r"\b(?:hur många|how many|antal\w*|number of)\b(?!\s+(?:\w+\s+)?(?:kronor|kr|miljon\w*|miljard\w*|"
                   r"mnkr|tkr|procent\w*|sek|million\w*|billion\w*|per cent|percent\w*)\b)", re.I)
# "vad kostar en grundskoleelev", "hur mycket dyrare": asks what something costs, a sum of money, never a count
PRICED = re.compile(r"\b(?:kost(?:ar|a|ade|at|nad\w*)|dyr\w*|billig\w*|costs?|costing|expensive|cheap\w*)\b", re.I)
# "Vad säger dokumenten om ...": an overview, where a quote from a further document is welcome
OVERVIEW = re.compile(r"\b(vad säger|vad står|vad skriver|vad sägs|dokumenten|handlingarna|what do|what does|say about|"
                      r"the documents|sammanfatta|summari[sz]e|överblick|overview)\b", re.I)
WHY = re.compile(r"\b(varför|av vilken anledning|hur kommer det sig|why|for what reason)\b", re.I)
WHEN = re.compile(r"\b(när|vilket datum|vilken dag|when|what date)\b", re.I)


@lru_cache(maxsize=1)
def _stemmer():  # PyStemmer is a small C extension: cheap to import, but only load it once
    import Stemmer

    return Stemmer.Stemmer("swedish")


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """The Swedish stop words retrieval drops (bm25s's list and question words)."""
    from bm25s.stopwords import STOPWORDS_SWEDISH
    from assistant.understand.words import sentence_types

    # every Swedish interrogative of the closed class asks, none is a concept ("varifrån ska kostnaden tas?")
    asking = frozenset(sentence_types()["interrogatives"]) - ENGLISH_STOP
    return frozenset(STOPWORDS_SWEDISH) | asking | {"hur", "vad", "vem", "vilka", "vilken", "vilket", "när", "mycket", "ska", "skall",
                                           "stor", "stort", "stora", "vill", "få", "får", "fick", "gör", "göra",
                                           "gjort", "egentligen", "ungefär", "totalt", "också",
                                           "många", "heter", "hette", "handlar", "gäller", "innebär", "betyder",
                                           "står", "nämns", "sägs", "anges", "beskrivs", "kallas", "ju",
                                           "enligt", "stämmer", "sant", "finns", "kommer",
                                           # spoken forms of stop words ("något", "någon", "några"), "båda" and
                                           # the distributive "respektive" ("2021 resp 2023")
                                           "nåt", "nån", "nåra", "båda", "bägge", "respektive",
                                           # a preposition bm25s keeps: it joins concepts, it is none
                                           # ("sjukfrånvaron bland chefer": understand/subset.py reads it)
                                           # and the long form of "mot" ("röstade emot")
                                           "bland", "emot",
                                           # the concessive adverbs joining two clauses ("men tillstyrkte ändå")
                                           "ändå", "dock", "däremot", "emellertid", "likväl"}


@lru_cache(maxsize=1)
def _stop_stems() -> frozenset[str]:
    """Stop words by their stem: "ville" is "vill", a stop word, though the list holds only "vill"."""
    return frozenset(_stemmer().stemWords(sorted(stop_words())))


def _load(name: str) -> dict:
    return json.loads(resources.files("assistant.data").joinpath(name).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def glossary() -> dict[str, list[str]]:
    return {k: v for k, v in _load("glossary_en_sv.json").items() if not k.startswith("_")}


@lru_cache(maxsize=1)
def _glossary_patterns() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    """(phrase lowercased, its pattern, the Swedish word) for every glossary phrase, longest first, inflected as
    the retrieval's translation reads it ("chairs" is "chair", `ENGLISH_ENDINGS`); compiled once (the re module's
    cache holds 512 patterns, fewer than the glossary's)."""
    table = glossary()
    return tuple((phrase.lower(), re.compile(rf"(?<!\w){re.escape(phrase)}{ENGLISH_ENDINGS}(?!\w)", flags=re.I),
                  table[phrase][0])
                 for phrase in sorted(table, key=len, reverse=True))


def glossary_spans(text: str) -> list[tuple[int, int]]:
    """Where the text says the glossary's English phrases (in_swedish), as (start, end), each occurrence."""
    lowered = text.lower()
    return [m.span() for phrase, pattern, _ in _glossary_patterns() if not phrase.isascii() or phrase in lowered
            for m in pattern.finditer(text)]


def in_swedish(text: str) -> str:
    """The text's English glossary phrases replaced by their first Swedish word, longest first ("head of social
    services" -> "socialchef", "inhabitants" -> "invånare"): an English question in the documents' words.
    A shorter phrase overlapping a replaced one names the same thing ("municipal tax" + "tax rate" in "municipal
    tax rate" -> "kommunalskatt"): its other words go with it, never translated on their own ("rate" -> "andel").
    An ASCII text skips the phrases it does not contain (for ASCII, ignoring case is comparing lower case)."""
    lowered = text.lower() if text.isascii() else None
    taken = [False] * len(text)
    spans: list[tuple[int, int, str]] = []  # (start, end, replacement) of each phrase taken
    for phrase, pattern, swedish in _glossary_patterns():
        if lowered is not None and phrase.isascii() and phrase not in lowered:
            continue
        for m in pattern.finditer(text):
            covered = [taken[i] for i in range(m.start(), m.end()) if not text[i].isspace()]
            if all(covered):
                continue
            if any(covered):  # overlapping a phrase taken: its free words go with that phrase
                if " " not in phrase:
                    continue
                free = [i for i in range(m.start(), m.end()) if not taken[i]]
                spans.append((free[0], free[-1] + 1, ""))
            else:
                spans.append((m.start(), m.end(), swedish))
            for i in range(m.start(), m.end()):
                taken[i] = True
    for start, end, swedish in sorted(spans, reverse=True):
        text = text[:start] + swedish + text[end:]
    return " ".join(text.split()) if any(not sw for _, _, sw in spans) else text


@lru_cache(maxsize=1)
def synonym_index() -> dict[str, tuple[str, ...]]:
    """stem of a word or phrase -> the other members of its groups."""
    index: dict[str, set[str]] = {}
    for group in _load("synonyms_sv.json")["groups"]:
        for member in group:
            key = " ".join(stems(member, drop_stopwords=False))
            index.setdefault(key, set()).update(m for m in group if m != member)
    return {k: tuple(sorted(v)) for k, v in index.items()}


@lru_cache(maxsize=1)
def body_abbreviations() -> dict[str, str]:
    """"ks" -> "Kommunstyrelsen": the abbreviations of committees the calculator's row names list
    (budget_synonyms.json, members written in capitals), so "till KS" keeps the body as a topic word."""
    rows = _load("budget_synonyms.json").get("rows", {})
    return {m.lower(): label for label, members in rows.items() for m in members
            if isinstance(m, str) and re.fullmatch(r"[A-ZÅÄÖ]{2,4}", m)}


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def _time_of_year_stems() -> frozenset[str]:
    """The stems of the Swedish words naming a part of a year ("slutet", "början": sentence_types.json) that the
    glossary translates to: the list's English words ("summer", stemmed as "summa" is) are no Swedish concept's."""
    from assistant.understand.words import sentence_types

    swedish = {w for words in glossary().values() for phrase in words for w in phrase.lower().split()}
    return frozenset(s for w in sentence_types()["time_of_year"] if w in swedish
                     for s in stems(w, drop_stopwords=False))


@lru_cache(maxsize=1)
def framing_stems() -> frozenset[str]:
    return frozenset(s for w in _load("synonyms_sv.json").get("framing", ()) for s in stems(w, drop_stopwords=False))


@lru_cache(maxsize=1)
def particles() -> tuple[str, ...]:
    return tuple(_load("synonyms_sv.json").get("particles", ()))


@lru_cache(maxsize=1)
def direction_particles() -> MappingProxyType:
    """A direction said after a verb of motion -> the particle its compounds write ("från" -> "ut")."""
    return MappingProxyType(dict(_load("synonyms_sv.json").get("direction_particles", {})))


@lru_cache(maxsize=1)
def particle_stems() -> frozenset[str]:
    """The stems of the particles: a particle verb's particle ("skära ner", "ordnas ihop") is part of its verb."""
    return frozenset(s for p in particles() for s in stems(p, drop_stopwords=False))


@lru_cache(maxsize=1)
def adjacent_particles() -> tuple[str, ...]:
    return tuple(_load("synonyms_sv.json").get("adjacent_particles", ()))


def phrase_head(words: Sequence[str]) -> str:
    """The head of a phrase of stems: a noun phrase's last word ("årets resultat": "result", "särskilt boende":
    "boend"), a verb's when a particle ends the phrase ("skära ner": "skär"); what the phrase is a kind of, which a
    sentence saying only the modifier ("Årets investeringar") does not name."""
    ending = particle_stems()
    return next((w for w in reversed(words) if w not in ending), words[0])


def _particle_forms(text: str, stem: str) -> list[str]:
    """"räknas ... upp" -> "uppräkn" (uppräkning): the particle joined to the verb, as nouns write it; a particle
    that is a preposition too only right after a verb ("sättas av" -> "avsätt", not "del av" -> "avdel")."""
    if len(stem) < 3 or stem.isdigit():  # "köper ... in" -> "inköp"
        return []
    forms = [p + stem for p in particles() if re.search(r"(?<!\w)" + p + r"(?!\w)", text, re.I)]
    from assistant.understand.words import governed_verbs, is_verb

    for p in adjacent_particles():
        before = [w.lower() for w in re.findall(r"([^\W\d_]+)\s+" + p + r"(?!\w)", text, re.I)]
        verbs = [w for w in before if is_verb(w) or w in governed_verbs(text)]
        if any(stem in stems(word, drop_stopwords=False) for word in verbs):
            forms.append(p + stem)
    return forms


@lru_cache(maxsize=1)
def doc_words() -> dict:
    """doc_type_words.json, its "documents" words joined by the words naming a document by its file: a file format
    alone ("excel", "pdf:en") or compounded with a noun for a file or sheet ("excelfilen", "pdf-filen", "excel
    file"). Such a word says which document, as "dokumentet" does, never what the fact is about."""
    data = dict(_load("doc_type_words.json"))
    return {**data, "documents": list(data["documents"]) + file_words(data.get("files", {}))}


def file_words(files: dict) -> list[str]:
    """A file format and its compounds with the nouns for a file ("excel", "excelfilen", "pdf-filen")."""
    formats, nouns = files.get("formats", ()), files.get("nouns", ())
    return [*formats, *(f + joint + n for f in formats for n in nouns for joint in ("", "-", " "))]


# the number words a question may count its asked things with ("vilka två ...": budget.numbers.NUMBER_WORDS)
COUNTED = {w: int(v) for w, v in NUMBER_WORDS.items() if " " not in w and v == int(v) and 2 <= v <= 10}
ASKED_COUNT = re.compile(rf"\b((?:vilka|which|what)\s+)({'|'.join(COUNTED)})\b", re.I)


def asked_items(text: str) -> tuple[int, str]:
    """(how many things the question asks for, the question without that number): "Vilka två resultatmål ...?"
    asks for two goals; "två" is their count, no word to find in the evidence. (0, text) when it names none."""
    match = ASKED_COUNT.search(text)
    if match is None:
        return 0, text
    return COUNTED[match.group(2).lower()], text[:match.start(2)] + text[match.end(2):]


SOURCE_BEFORE = re.compile(r"\b(?:i|enligt|från|in|according\s+to)\s+((?:[^\W\d_][\w-]*\s+){0,2}[^\W\d_][\w-]*)",
                           re.I)


def names_source(text: str) -> bool:
    """The question names a document as where something is said ("i pressmeddelandet från 2023", "enligt
    handlingsplanen", "in the action plan"), not only as what it asks about ("hur röstade de om budgeten 2025?"):
    a word for a kind of document or its publisher (data/doc_type_words.json; a kind in any inflection) after a
    preposition of source."""
    from assistant.understand.words import is_clear_verb, opens_with_verb

    data = doc_words()
    kinds = [w for ws in data["doc_types"].values() for w in ws if " " not in w] + list(data["documents"])
    publishers = {w for ws in data["publishers"].values() for w in ws}
    for match in SOURCE_BEFORE.finditer(text):
        for word in match.group(1).lower().split():
            # the phrase ends at a verb: "när ks i dorotea behandlade budgeten", "fullmäktige i vara antog budgeten"
            # (a strong past tense, "antog", no ending tells) name no source
            if is_clear_verb(word) or opens_with_verb(word):
                break
            if word in publishers or any(word.startswith(kind) for kind in kinds if len(kind) >= 5):
                return True
    return False


TOPIC_BEFORE = re.compile(r"\b(?:om|angående|mot|about|regarding|against)\s+((?:[^\W\d_][\w-]*\s+)?[^\W\d_][\w-]*)", re.I)


WHEN_CLAUSE_WORDS = 4  # words of a clause telling when read for its verb: "när budgeten för 2025 klubbades"


@lru_cache(maxsize=1)
def _when_decided() -> tuple[re.Pattern[str], frozenset[str], frozenset[str]]:
    """A clause telling when (sentence_types.json temporal_conjunctions) with its first words, the stems of the
    verbs of adopting a matter (decision_words) and the auxiliaries."""
    from assistant.understand.words import sentence_types

    kinds = sentence_types()
    words = "|".join(re.escape(w) for w in kinds["temporal_conjunctions"])
    clause = re.compile(rf"\b(?:{words})\s+((?:[^\W\d_][\w-]*|\d+)(?:\s+(?:[^\W\d_][\w-]*|\d+)){{0,{WHEN_CLAUSE_WORDS - 1}}})",
                        re.I)
    return clause, frozenset(t for w in kinds["decision_words"] for t in word_stems(w)), frozenset(kinds["auxiliaries"])


def _when_decided_matches(text: str) -> list[re.Match[str]]:
    """The clauses telling when a matter was decided ("när budgeten klubbades": the meeting adopting the budget,
    which the minutes record; not "när budgeten togs fram", which dates the budget's own account). A clause's subject
    comes before its verb: "när antogs budgeten?", "när ska budgeten antas?" ask when."""
    clause, decided, auxiliaries = _when_decided()
    return [m for m in clause.finditer(text) if (words := m.group(1).split()) and words[0].lower() not in auxiliaries
            and not word_stems(words[0]) & decided and word_stems(" ".join(words[1:])) & decided]


def decided_kinds(text: str) -> frozenset[str]:
    """Stems of the document-kind words of a clause telling when a matter was decided (`_when_decided_matches`):
    they date what is asked by the meeting, naming neither its source nor a concept its evidence must say."""
    kinds = {w for ws in doc_words()["doc_types"].values() for w in ws if " " not in w}
    return frozenset(t for match in _when_decided_matches(text) for word in match.group(1).lower().split()
                     if word in kinds for t in stems(word))


def topic_kinds(text: str) -> frozenset[str]:
    """Stems of the document-kind words a question asks about rather than names as its source: a kind after a
    preposition of topic ("besluta om budgeten", "röstade om Mjölbys budget") is what the fact asked is about,
    a concept its evidence says, not only which document holds it ("i budgeten", "enligt protokollet"); so is a kind
    a vote or reservation is against, or a figure is compared with ("reserverade sig mot budgeten", "avvikelse mot
    budget"): the matter of the minutes, the column of the annual report."""
    kinds = {w for ws in doc_words()["doc_types"].values() for w in ws if " " not in w}
    return frozenset(t for match in TOPIC_BEFORE.finditer(text) for word in match.group(1).lower().split()
                     if word in kinds for t in stems(word))


def _named_as_source(text: str, kinds: tuple[str, ...]) -> tuple[str, ...]:
    """The kinds of document the text names other than only as the topic of what is asked (topic_kinds: "hur
    röstade fullmäktige om budgeten?" asks of the vote on it, which the minutes hold, not of the budget document):
    each kind with a word of it written somewhere else than right after a preposition of topic. A question naming
    a source of another kind keeps them all ("enligt nyheten om budgeten": the budget holds what the news reports)."""
    topics = [m.span(1) for m in (*TOPIC_BEFORE.finditer(text), *_when_decided_matches(text))]
    if not topics:
        return kinds
    words = doc_words()["doc_types"]

    def elsewhere(word: str) -> bool:
        return any(not any(a <= m.start() < b for a, b in topics)
                   for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.I))

    sources = tuple(k for k in kinds if any(elsewhere(w) for w in words.get(k, ())))
    # "enligt nyheten om budgeten": the topic of a document named as the source may hold what it reports
    return kinds if sources else ()


@lru_cache(maxsize=1)
def _compound_heads() -> tuple[tuple[str, ...], tuple[str, ...]]:
    data = _load("compounds_sv.json")
    heads = sorted({_stemmer().stemWord(h) for h in data["heads"]}, key=len, reverse=True)
    return tuple(heads), tuple(data["linkers"])


def normalise(text: str) -> str:
    text = DIGIT_GROUP.sub("", text.replace("\u2212", "-"))
    return re.sub(r"\s+", " ", text).strip()


def stems(text: str, *, drop_stopwords: bool = True) -> list[str]:
    """Swedish Snowball stems of the words in `text`, digit groups joined ("2 421 049" -> "2421049")."""
    return list(_stems(text, drop_stopwords))


@lru_cache(maxsize=65536)
def _stems(text: str, drop_stopwords: bool) -> tuple[str, ...]:
    """`stems`, kept per text: the same sentences and row labels are stemmed again for every question."""
    words = [w.lower() for w in TOKEN.findall(normalise(text))]
    if not drop_stopwords:
        return tuple(_stemmer().stemWords(words))
    stop = stop_words()
    words = [w for w in words if w not in stop]
    stop_stems = _stop_stems()
    return tuple(s for s in _stemmer().stemWords(words) if s not in stop_stems)


@lru_cache(maxsize=4096)
def word_stem(word: str) -> str:
    """The stem of one word, stop words included ("höjer", "höjs" and "höja" share one)."""
    found = stems(word.lower(), drop_stopwords=False)
    return found[0] if found else word.lower()


@lru_cache(maxsize=4096)
def word_stems(text: str) -> frozenset[str]:
    """The stems of every word of `text`, stop words included: which words it uses in any form."""
    return frozenset(stems(text.lower(), drop_stopwords=False))


@lru_cache(maxsize=16384)
def split_compound(stem: str) -> tuple[str, ...]:
    """'kommunbidrag' -> ('kommun', 'bidrag'); a stem that ends in no known head -> (). Worked out once per stem
    (35 377 calls for 2 027 stems over 100 dev questions)."""
    heads, linkers = _compound_heads()
    for head in heads:
        if stem.endswith(head) and len(stem) - len(head) >= 3:
            modifier = stem[: -len(head)].rstrip("-")
            if len(modifier) > 4 and modifier[-1] in linkers:
                modifier = modifier[:-1]
            return (_stemmer().stemWord(modifier), head)
    return ()


def vague_head(stem: str) -> str | None:
    """The first part of a compound whose head only says "thing" (sentence_types.json vague_nouns):
    "körkortsgrej" -> "körkort", "bussgrejen" -> "buss"; None for any other word."""
    for noun in sorted(vague_stems(), key=len, reverse=True):
        if len(noun) >= 3 and stem.endswith(noun) and len(stem) - len(noun) >= 4:
            modifier = stem[:-len(noun)].rstrip("-")
            return modifier[:-1] if modifier.endswith("s") and len(modifier) > 5 else modifier
    return None


def short_adjective_base(stem: str) -> str | None:
    """The base form of a short word the stemmer leaves whole ("nya" -> "ny", "fria" -> "fri": too short for its
    suffix rules), so "den nya förskolan" is said by "Ny förskola"; None for any other stem."""
    if 3 <= len(stem) <= 4 and stem.endswith("a") and stem.isalpha() and _stemmer().stemWord(stem) == stem:
        return stem[:-1]
    return None


@lru_cache(maxsize=1)
def vague_stems() -> frozenset[str]:
    """The stems of the nouns that only say "thing" (sentence_types.json vague_nouns: "saker", "grejen")."""
    from assistant.understand.words import sentence_types

    return frozenset(stems(" ".join(sentence_types()["vague_nouns"]), drop_stopwords=False))


@dataclass(frozen=True, slots=True)
class QueryAnalysis:
    original: str
    text: str  # cleaned and truncated: what retrieval sees
    language: str  # detected: "sv", "en", "de", ...
    answer_language: str  # "sv" or "en"
    lexical_text: str  # text plus expansions, for BM25
    terms: tuple[str, ...]  # stems of the question's own content words
    expansion_terms: tuple[str, ...]  # stems added by synonyms, glossary and compound splitting
    groups: tuple[tuple[str, ...], ...] = ()  # concepts to find in evidence: each a tuple of alternative stems
    weights: tuple[float, ...] = ()  # per group; untranslated English words count less
    full: tuple[int, ...] = ()  # per group: how many leading members count fully (the rest are paraphrases)
    doc_types: tuple[str, ...] = ()
    publishers: tuple[str, ...] = ()  # regexes matched on a document's publisher and title
    years: tuple[int, ...] = ()
    doc_years: tuple[int, ...] = ()  # years that date a named document ("pressmeddelandet från 2023")
    month: int | None = None
    wants_person: bool = False
    wants_amount: bool = False
    wants_date: bool = False
    wants_money: bool = False  # an amount of money or a percentage, not a count
    wants_count: bool = False  # "hur många elever": a number of things, which a sum of money does not answer
    wants_overview: bool = False  # "Vad säger dokumenten om ...": quotes from further documents are welcome
    wants_reason: bool = False  # "Varför ...": a sentence giving a reason (därför, eftersom) answers it
    wants_name: bool = False  # "på vilken skola ...": a named instance (a proper name) answers it
    items: int = 0  # "vilka två resultatmål ...": how many things are asked (0: not said)
    focus: tuple[str, ...] = ()  # a follow-up's own topic stems ("busslinj" in "Vilka busslinjer gäller det?")
    names: tuple[str, ...] = ()  # stems of proper names in the question (capitalised mid-sentence)
    followup: bool = False  # merged with the previous question: its topic words need not all be in the evidence
    own: str = ""  # a follow-up's own words, before the earlier turn's topic was merged into `original`
    strict: bool = False  # a claim: every concept counts, also words no document contains (they make it unsupported)

    @property
    def empty(self) -> bool:
        return not self.terms and not self.expansion_terms

    @property
    def asks_no_figure(self) -> bool:
        """Who, which named thing, when or why, and no amount, sum or count ("vilket företag fick bygga ...?"): what
        the tables lack is no reason to refuse it."""
        return (self.wants_name or self.wants_person or self.wants_date or self.wants_reason) and not (
            self.wants_amount or self.wants_money or self.wants_count)

    @property
    def untranslated(self) -> float:
        """The share of an English question's concepts the glossary left untranslated ("people", "live"): what the
        Swedish documents' words cannot show, so only the cross-lingual embedder judges it."""
        if self.language != "en" or not self.groups:
            return 0.0
        return sum(w == UNTRANSLATED_WEIGHT for w in self.weights) / len(self.groups)


def _phrase_hits(text_lower: str, phrases: dict[str, list[str]]) -> list[str]:
    """Longest-first phrase matching on word boundaries; each character is used by one phrase only."""
    found: list[str] = []
    taken = [False] * len(text_lower)
    for phrase in sorted(phrases, key=len, reverse=True):
        if phrase not in text_lower:
            continue
        for m in word_pattern(phrase).finditer(text_lower):
            if not any(taken[m.start():m.end()]):
                taken[m.start():m.end()] = [True] * (m.end() - m.start())
                found.extend(phrases[phrase])
    return found


def doc_types_in(text: str) -> tuple[str, ...]:
    """The kinds of document a text names ("budgeten", "årsredovisningen")."""
    return _doc_hints(text)[0]


def party_compounds(text: str) -> list[tuple[str, str, str]]:
    """(party letter, the compound, its head) for each word joining a word for a party's members to a word for a
    kind of document ("sossebudgeten", "moderatbudgeten": roles_sv.json parties, doc_type_words.json kinds)."""
    from assistant.evidence.claims import roles

    kinds = {w for ws in doc_words()["doc_types"].values() for w in ws if " " not in w}
    members = [(letter, m) for letter, ms in roles()["parties"].items() for m in ms if " " not in m and len(m) >= 4]
    found = []
    for word in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text.lower()):
        for letter, member in members:
            head = word[len(member):].lstrip("-") if word.startswith(member) else ""
            if head in kinds:
                found.append((letter, word, head))
                break
    return found


def _doc_hints(text: str) -> tuple[tuple[str, ...], tuple[str, ...], int | None]:
    data = doc_words()
    lower = text.lower()
    types = tuple(dict.fromkeys(_phrase_hits(lower, {w: [t] for t, ws in data["doc_types"].items() for w in ws})))
    publishers = {p for p, ws in data["publishers"].items() for w in ws  # "sossarnas": a genitive names them too
                  if len(w) > 1 and has_word(lower, w, "s?")}
    for m in PARTY_BEFORE_BUDGET.finditer(text):
        name = PARTY_NAMES[m.group(1)]
        publishers.add(f"{name}|\\({m.group(1).lower()}\\)")
    kinds = {w: t for t, ws in data["doc_types"].items() for w in ws if " " not in w}
    for letter, _, kind in party_compounds(lower):  # "sossebudgeten": the party's budget, as "S-budgeten" is
        publishers.add(f"{PARTY_NAMES[letter]}|\\({letter.lower()}\\)")
        if kinds.get(kind) and kinds[kind] not in types:
            types += (kinds[kind],)
    month = None
    for word, number in data["months"].items():
        if re.search(r"(?<!\w)" + word + r"(?!\w)", lower):
            month = number
            break
    return types, tuple(sorted(publishers)), month


ENGLISH_ENDINGS = "(?:s|es|d|ed|ing)?"  # a glossary phrase inflected: "savings", "reduced", "forecasting"


def _glossary_groups(text: str) -> tuple[list[str], list[tuple[str, ...]], str, list[int]]:
    """English text -> (Swedish words, one group of stems per matched phrase, the text left unmatched, how many of
    each group's stems translate it exactly). A translation is a Swedish word like any: its paraphrases
    (synonyms_sv.json, "skola" -> "grundskola", "barn- och utbildningsnämnden") join its group after the exact
    stems, at the partial credit a Swedish question's paraphrases get.

    Phrases match longest first; a word a longer phrase took is not matched again, and a shorter phrase that
    overlaps a taken one names the same thing ("municipal tax" + "tax rate" in "municipal tax rate"): its
    translation joins that phrase's group and its remaining words are taken with it, never left to a one-word
    translation of their own ("rate" -> "andel")."""
    lower = text.lower()
    taken = [-1] * len(lower)  # per character: the group whose phrase took it (-1: free)
    words: list[str] = []
    groups: list[tuple[str, ...]] = []
    exact: list[int] = []
    table = glossary()
    for phrase in sorted(table, key=len, reverse=True):
        if phrase not in lower:
            continue
        for m in word_pattern(phrase, ENGLISH_ENDINGS).finditer(lower):
            owners = {taken[i] for i in range(m.start(), m.end()) if not lower[i].isspace()}
            if -1 not in owners:  # inside what a longer phrase took
                continue
            joined = next((g for g in owners if g >= 0), None) if " " in phrase else None
            if len(owners) > 1 and joined is None:  # a one-word phrase cannot straddle a taken one
                continue
            group = tuple(dict.fromkeys(s for w in table[phrase] for s in stems(w)))
            if not group:
                continue
            if joined is not None:
                words.extend(table[phrase])
                groups[joined] = tuple(dict.fromkeys([*groups[joined], *group]))
                index = joined
            elif group in groups:
                words.extend(table[phrase])
                index = groups.index(group)
            elif (parts := _swedish_groups(table[phrase])) is not None:
                # "second biggest" -> "näst största": each concept of the one Swedish phrase is asked, as a Swedish
                # question asks them, not either of its words
                words.extend(table[phrase])
                for part in parts:
                    if part not in groups:
                        groups.append(part)
                        exact.append(1)
                index = groups.index(parts[-1])
            else:
                words.extend(table[phrase])
                paraphrases = translated_paraphrases(table[phrase])
                words.extend(paraphrases)
                groups.append(tuple(dict.fromkeys([*group, *(s for w in paraphrases for s in stems(w))])))
                exact.append(len(group))
                index = len(groups) - 1
            for i in range(m.start(), m.end()):
                taken[i] = index
    rest = "".join(" " if owner >= 0 else ch for ch, owner in zip(lower, taken))
    return words, groups, rest, exact


def _swedish_groups(translation: Sequence[str]) -> list[tuple[str, ...]] | None:
    """The groups a Swedish question gives the one Swedish phrase a glossary entry translates to, when it gives
    several ("näst största": "näst" and "störst", both asked); None for a translation of one concept, of
    alternatives ("gymnasiet", "gymnasieskola") or of a phrase the Swedish analysis keeps whole ("årets resultat")."""
    if len(translation) != 1 or " " not in translation[0].strip() or detect_language(translation[0]) != "sv":
        return None
    groups = [g for g in analyse(translation[0]).groups if g]
    return groups if len(groups) > 1 else None


def translated_paraphrases(translation: Sequence[str]) -> list[str]:
    """The Swedish paraphrases (synonyms_sv.json) of the one-word members of a glossary translation ("skola",
    "skolan"), none of a phrase's (which of its words a paraphrase would stand for is unknown)."""
    index = synonym_index()
    found = [p for w in translation if " " not in w.strip()
             for p in index.get(" ".join(stems(w, drop_stopwords=False)), ())]
    return [p for p in dict.fromkeys(found) if p not in translation]


@lru_cache(maxsize=1)
def _context_stems() -> frozenset[str]:
    """Stems that name a document or its date rather than the fact asked for."""
    data = doc_words()
    words = [w for ws in data["doc_types"].values() for w in ws] + list(data["months"])
    words += [w for ws in data["publishers"].values() for w in ws]
    from assistant.understand.words import sentence_types

    # "i respektive dokument": a generic document word and a distributive point at the documents the question names
    words += list(data.get("documents", ())) + list(sentence_types()["distributives"])
    return frozenset(s for w in words for s in stems(w))


def _names(text: str, language: str) -> tuple[str, ...]:
    """Proper names the evidence must mention: capitalised words inside the sentence (English ones through
    the glossary). Names of months, parties and documents are context, not names."""
    words = re.findall(r"(?<=[\w,)] )([A-ZÅÄÖ][a-zåäöé]{2,})", text)
    table = glossary()
    phrase_words = {w for key in table if " " in key for w in key.split()}
    context = _context_stems()
    out: list[str] = []
    for word in words:
        low = word.lower()
        if low in doc_words()["months"]:
            continue
        if language == "en":
            if low in table and " " not in low:
                out.extend(stems(table[low][0])[:1])
            elif low not in phrase_words:
                out.extend(stems(word, drop_stopwords=False))
        else:
            out.extend(stems(word))
    return tuple(s for s in dict.fromkeys(out) if s not in context)


HOW_MUCH = re.compile(r"\b(hur mycket|hur många|hur stor|hur stort|hur stora|hur hög|hur högt|how much|how many|"
                      r"how large|how high)\b", re.I)


CLAUSE_BOUNDARY = re.compile(r"[,.;:!?()]|\s[–—-]\s")  # a punctuation mark or a dash between words


def _wants_time(text: str) -> bool:
    """The question asks when: "när" or "when" as the interrogative heading its clause ("När ...?", "..., och senast
    när ska den vara klar?"), not as the conjunction of a clause inside it ("Satt S i opposition när de skrev
    budgeten?" asks yes or no), or a date or day asked by name ("vilket datum")."""
    from assistant.understand.abbreviations import expand
    from assistant.understand.words import asks_time_by_noun, heads_clause

    if asks_time_by_noun(text):
        return True
    text = expand(text)  # "o när": "och när"
    return any(
        m.group(1).lower() not in ("när", "when") or heads_clause(CLAUSE_BOUNDARY.split(text[:m.start()])[-1])
        for m in WHEN.finditer(text))


def _wants_person(text: str) -> bool:
    """The question asks who: "vem" (or "who") as the interrogative heading its clause ("Vem ansvarar ...?", "...,
    och vem ska ...?"), not opening a clause inside another's ("vad säger budgeten om vem som ska ansvara för
    lokalplaneringen?" asks what it says), or a noun or verb asking for people."""
    from assistant.understand.abbreviations import expand
    from assistant.understand.words import asks_person_by_noun, asks_who_by_verb, heads_clause

    text = expand(text)
    return any(heads_clause(CLAUSE_BOUNDARY.split(text[:m.start()])[-1]) and not _which_of_named(text, m.end())
               for m in WHO.finditer(text)) or asks_person_by_noun(text) or asks_who_by_verb(text)


def _which_of_named(text: str, at: int) -> bool:
    """"vem" ranking things the question names two or more of ("jämför ... socialnämnden i Vaggeryd och
    omsorgsnämnden i Markaryd, vem har störst underskott?"): which of them, not a person. The ranking words are the
    calculator's (plan.MAX, plan.MIN and the comparatives of size and worth)."""
    from assistant.budget.plan import COMPARATIVES, MAX, MIN, WORTH_COMPARATIVES
    from assistant.understand.bodies import body_kind

    clause = CLAUSE_BOUNDARY.split(text[at:])[0]
    ranked = MAX.search(clause) or MIN.search(clause) or \
        re.search(rf"\b(?:{COMPARATIVES}|{WORTH_COMPARATIVES})\b", clause, re.I)
    return bool(ranked) and sum(1 for w in re.findall(r"[^\W\d_]+", text) if body_kind(w)) >= 2


def _wants_name(text: str) -> bool:
    from assistant.understand.words import asks_instance_by_noun

    return asks_instance_by_noun(text) and not _wants_person(text) and not _wants_time(text) and \
        not _wants_amount(text)


# a compound whose head is the amount itself ("investeringsbeloppet", "investeringssumman") asks for it as "beloppet"
# does; its modifier says what the amount is of
AMOUNT_COMPOUND = re.compile(r"\b[^\W\d_]{3,}(?:belopp|summ[ao])[^\W\d_]*", re.I)


def _wants_amount(text: str) -> bool:
    """An amount is asked by "hur mycket" and its kin, by a cue noun ("nivå", "andel") or a compound ending in one
    ("investeringsbeloppet"), or by a determiner before a noun naming a quantity ("vad hade bolaget för
    omsättning": words.asks_amount_by_noun), unless the question asks for a time ("till vilket år ska kostnaderna
    vara i nivå med ...")."""
    from assistant.understand.words import asks_amount_by_noun

    if not AMOUNT.search(text) and not asks_amount_by_noun(text) and not AMOUNT_COMPOUND.search(text):
        return False
    return bool(HOW_MUCH.search(text)) or not _wants_time(text)


NAME_PHRASE = re.compile(r"\b[A-ZÅÄÖ][a-zåäöé]{2,}(?:\s+[A-ZÅÄÖ][a-zåäöé]{2,})+\b")


def name_phrase_stems(text: str) -> set[str]:
    """Stems of the words of proper names written as two or more capitalised words ("Alingsås Energi", "Karin
    Alvermalm"); month names are dates, not names."""
    months = set(doc_words()["months"])
    return {s for phrase in NAME_PHRASE.findall(text) for w in phrase.split() if w.lower() not in months
            for s in stems(w, drop_stopwords=False)}


def without_month_spans(text: str, said: str = " ") -> str:
    """The text with its spans of months ("januari–augusti 2024", "jan-aug") replaced by `said`: a span is the
    period a figure covers, not the month a document is dated in, and its year is the period's, not a
    document's."""
    from assistant.budget.layout import MONTH_PERIOD

    return MONTH_PERIOD.sub(said, text)


def span_months(text: str) -> list[str]:
    """The months that open and close the text's spans of months, as Swedish documents write them ("jan-aug":
    "januari", "augusti"): an interim report says its period by them ("Under januari–augusti har ...") or as
    "perioden"."""
    from assistant.budget.layout import MONTH_PERIOD

    months = doc_words()["months"]
    written = {n: w for w, n in reversed(list(months.items()))}  # the first name of each number: the Swedish one
    found = [re.findall(r"[^\W\d_]+", m.group().lower()) for m in MONTH_PERIOD.finditer(text)]
    return [written[months[w]] for words in found for w in words if w in months]


@lru_cache(maxsize=1024)
def analyse(question: str) -> QueryAnalysis:
    """The question's analysis (a frozen record of tuples), computed once per text: one answer analyses the same
    text several times (the question, each part, a follow-up's own topic: 532 calls for 235 texts over 100 dev
    questions), and the analysis depends on the text and the bundled word lists only."""
    text = normalise(question or "")[:MAX_QUERY_CHARS]
    language = detect_language(text)
    extra: list[str] = []
    groups: list[tuple[str, ...]] = []
    proper: set[str] = set()
    items, asked = asked_items(text)
    # a span of months is the period a figure covers: the concept "perioden", said by its months too
    period_months = span_months(asked)
    asked = without_month_spans(asked, " period " if language == "en" else " perioden ")
    exact: list[int] = []
    if language == "en":
        from assistant.understand.gloss import term_words, without_glosses

        # "the election committee (Valnämnd)": the documents' own term, not its English gloss, and at full weight
        # and a word written with å, ä or ö ("nämnden för arbete, kompetens och välfärd") is Swedish: the documents'
        # own word, at full weight; the Swedish function words around it ("för", "och") are no concepts
        terms = {w.lower() for w in term_words(asked)} | {
            w.lower() for w in TOKEN.findall(asked) if SWEDISH_LETTER.search(w)}
        extra, groups, rest, exact = _glossary_groups(without_glosses(asked))
        kept = [w for w in TOKEN.findall(rest)
                if w not in ENGLISH_STOP and w not in stop_words() and (len(w) > 2 or w.isdigit() or w in terms)]
        own = stems(" ".join(kept), drop_stopwords=False)
        from assistant.understand.words import municipality_names

        names = {w.lower() for w in re.findall(r"(?<=[\w,] )[A-ZÅÄÖ]\w+", text)}  # capitalised mid-sentence
        # a municipality's name is a name wherever it stands ("Säffle says ...", "Mjölby's budgeted figure")
        names |= {w.lower() for w in re.findall(r"[A-ZÅÄÖ][\wåäö-]+", text) if w.lower() in municipality_names()}
        proper = set(stems(" ".join(names | terms), drop_stopwords=False))
    else:
        from assistant.understand.words import spoken_pronouns, without_asked_degree, without_conclusion_verb

        pronouns = spoken_pronouns(asked)
        own = [s for s in stems(without_conclusion_verb(without_asked_degree(asked))) if s not in pronouns]
    syn = synonym_index()
    in_names = name_phrase_stems(text)
    abbreviations = body_abbreviations()
    context = _context_stems() - topic_kinds(text)
    decided = decided_kinds(text)
    doc_types, publishers, month = _doc_hints(without_month_spans(text))
    doc_types = _named_as_source(text, doc_types)
    party_documents = {t for _, word, _ in party_compounds(text) for t in stems(word)}  # "sossebudgeten"
    if doc_types or publishers or month:  # "the economic action plan", "the press release": which document, as in Swedish
        # a phrase translated with a document's word ("balanced budget": "budget i balans") asks the rest of it
        kept = [(g, n) for g, n in zip(groups, exact) if not set(g[:n]) <= context]
        exact = [n - len(set(g[:n]) & context) if g[0] in context else n for g, n in kept]
        groups = [tuple(t for t in g if t not in context) if g[0] in context else g for g, _ in kept]
    # a part of the year a glossary phrase says in Swedish ("at the end of": "slutet") says when, as a year does
    weights = [YEAR_WEIGHT if set(g) <= _time_of_year_stems() else 1.0 for g in groups]
    full = list(exact)  # a glossary translation is exact, its paraphrases partial
    from assistant.understand.parts import context_years

    dated = without_month_spans(text)
    doc_years = {y for m in DOC_YEAR.finditer(dated) for y in _years_of_range(dated, m)} | \
        {int(y) for y in DOC_YEAR_BEFORE.findall(dated)} | context_years(text)
    # "nästa år", "förra året": a time, as a year is, not the topic asked about
    from assistant.budget.columns import time_words, to_date_word

    to_date = {t for w in TOKEN.findall(text) if to_date_word(w.lower()) for t in stems(w, drop_stopwords=False)}
    # "fram till augusti", "efter juni": the words of a period up to a month say when too
    to_date |= {t for w in time_words(text) for t in stems(w, drop_stopwords=False)}
    relative = {t for pattern, _ in RELATIVE_YEARS for m in re.finditer(pattern, text, re.I)
                for t in stems(m.group(), drop_stopwords=False)}
    skip = 0
    for i, stem in enumerate(own):
        if skip:
            skip -= 1
            continue
        alternatives: list[str] = []
        body = abbreviations.get(stem)
        if body and re.search(r"(?<!\w)" + stem.upper() + r"(?!\w)", text):  # "KS": the body it abbreviates
            extra.append(body)
            alternatives.append(stem)
            stem = stems(body)[0]
        for n in (3, 2, 1):  # multi-word synonyms first ("skära ner")
            if stem in in_names:
                break  # a word of a name ("Alingsås Energi") is the name, not the common noun's synonyms
            found = syn.get(" ".join(own[i:i + n]), ())
            if found:
                extra.extend(found)
                alternatives.extend(s for w in found for s in stems(w))
                skip = n - 1
                if n > 1:  # a phrase ("årets resultat") is said by its head, not by its modifier alone ("årets")
                    stem = phrase_head(own[i:i + n])
                break
        if (doc_types or publishers or month) and (stem in context or stem in party_documents):
            continue
        if stem in decided:  # "när budgeten klubbades" dates the question by the meeting
            continue
        if stem.isdigit() and int(stem) in doc_years:
            continue
        # "VA", "IT": a name written in capitals (one letter, "S", is a party: the document's publisher, no concept)
        acronym = len(stem) == 2 and re.search(r"(?<!\w)" + re.escape(stem.upper()) + r"(?!\w)", text)
        if len(stem) <= 2 and not stem.isdigit() and not alternatives and stem not in proper and not acronym:
            continue  # "nå", "ge": too short to carry the question
        if stem in vague_stems():
            continue  # "säger olika saker": a noun saying only "thing" names nothing asked
        vague = vague_head(stem)
        if vague:  # "körkortsgrejen": the thing is "körkort"
            stem = vague
        if stem == "period" and period_months:
            alternatives.extend(s for m in period_months for s in stems(m, drop_stopwords=False))
        parts = split_compound(stem)
        if language != "en":
            alternatives.extend(_particle_forms(text, stem))
        same = short_adjective_base(stem) if language != "en" else None
        group = tuple(dict.fromkeys([stem, *([same] if same else []), *alternatives, *parts[::-1]]))
        if group not in groups:  # head, then modifier
            groups.append(group)
            weak = language == "en" and not stem.isdigit() and not alternatives and stem not in proper
            # "i år", "hittills": when the asked figure is of, as a year says, not what it is
            weights.append(UNTRANSLATED_WEIGHT if weak else YEAR_WEIGHT if YEAR.fullmatch(stem) or stem in relative
                           or stem in to_date else 1.0)
            full.append(2 if same else 1)
    framing = framing_stems()
    weights = [FRAMING_WEIGHT if set(g) & framing else w for g, w in zip(groups, weights)]
    compound_parts = [p for s in own for p in split_compound(s)]
    expansion = [s for s in dict.fromkeys(stems(" ".join(extra)) + compound_parts) if s not in own]
    lexical_text = " ".join([text, *extra, *compound_parts])
    years = years_in(text)
    return QueryAnalysis(
        original=question or "", text=text, language=language, answer_language=answer_language(language),
        lexical_text=lexical_text, terms=tuple(dict.fromkeys(own)), expansion_terms=tuple(expansion),
        groups=tuple(groups), weights=tuple(weights), full=tuple(full),
        doc_types=doc_types, publishers=publishers, years=years, month=month,
        doc_years=tuple(sorted(doc_years)),
        wants_person=_wants_person(text), wants_amount=_wants_amount(text),
        wants_date=_wants_time(text),
        wants_money=bool(MONEY.search(text) or INVESTS.search(text)) and not COUNT.search(text)
        and not _asks_duration(text),
        names=_names(text, language), wants_count=bool(COUNT.search(text)),
        wants_overview=bool(OVERVIEW.search(text)), wants_reason=bool(WHY.search(text)),
        wants_name=_wants_name(text), items=items,
    )


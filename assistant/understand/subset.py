"""The words that narrow what a claim or question speaks of to a part of it.

"sjukfrånvaron bland chefer" is the sick leave of one group, not of all staff; "VA-taxan" is one tax among the
municipality's taxes. A figure stated without the qualifier ("Den totala sjukfrånvaron ... 7,4 procent", "50
procent av taxan") is about the broader thing: it neither confirms nor contradicts a figure about the part, nor
answers a question about it. Two forms of qualifier, both grammar, not phrasings:

- the word a partitive preposition governs (sentence_types.json "partitives": "bland chefer", "hos kvinnor");
- the first part of a compound written with a hyphen ("VA-taxan", "IT-kostnaderna"), which names what kind of
  the head it is.

Municipality names and years are the scope of a question, not a qualifier (other checks judge them).
"""
from __future__ import annotations

import re
from collections.abc import Callable

from assistant.understand.words import municipality_names, sentence_types
from core.years import MONTHS_EN, MONTHS_SV

# "VA-taxan", "IT-kostnaderna": letters, a hyphen, letters (not "barn- och", not "2021-2023")
HYPHEN_COMPOUND = re.compile(r"(?<![\w-])([^\W\d_]{2,})-([^\W\d_]{2,})(?![\w-])")
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d\S*|[^\w\s]")
NOUN_PHRASE = 3  # the words after a partitive that may form its noun phrase ("bland de anställda")
GENITIVE = ("ens", "ets", "ns", "nas")  # "kommunens", "landets", "kommuns", "chefernas": a modifier before the head


def subset_words(text: str, language: str = "sv") -> tuple[str, ...]:
    """The qualifiers of the text, lower case, in order: each partitive's noun and each hyphen compound's first
    part ("Sjukfrånvaron bland chefer" -> ("chefer",); "höjer VA-taxan" -> ("va",))."""
    adverbs = "|".join(re.escape(a) for a in sentence_types()["partitive_adverbs"])
    tokens = WORD.findall(re.sub(rf"(?<!\w)(?:{adverbs})(?!\w)", " ", text, flags=re.I))
    partitives = set(sentence_types()["partitives"])
    found = [head for i, token in enumerate(tokens) if token.lower() in partitives
             for head in [_head(tokens[i + 1:i + 1 + NOUN_PHRASE])] if head]
    places = municipality_names()
    if language != "en":  # a unit's name after it is Swedish word order ("which verksamhetsområde has")
        found += [name for i, token in enumerate(tokens) for name in [_unit_name(token, tokens[i + 1:])] if name]
    if language != "en":  # English writes adjectives with a hyphen ("full-year", "fact-check")
        found += [m.group(1).lower() for m in HYPHEN_COMPOUND.finditer(text)
                  if not _months(m) and not _place(m.group(0).lower(), places)]
    return tuple(dict.fromkeys(w for w in found if w not in places and w.rstrip("s") not in places))


UNIT_ENDINGS = ("en", "ar", "arna", "er", "erna", "et", "t")  # "avdelningen", "enheterna", "verksamhetsområdet"
NAMING = ("för", "for")  # "avdelningen för vuxna": the preposition before a unit's name


def _unit_name(token: str, after: list[str]) -> str:
    """The name a unit noun of a body's organisation is followed by ("avdelning vuxna" -> "vuxna", "enheten för
    ekonomiskt bistånd" -> "ekonomiskt"): the base form takes the name right after it, any form one after "för".
    "" when the token is no unit noun, or what follows names nothing ("avdelningen fick", "avdelningens budget")."""
    low = token.lower()
    unit = next((u for u in sentence_types()["unit_nouns"] if low.startswith(u)), None)
    if unit is None or not after:
        return ""
    ending = low[len(unit):]
    if after[0].lower() in NAMING and (not ending or ending in UNIT_ENDINGS):
        return _head(after[1:1 + NOUN_PHRASE])
    return _head(after[:1]) if not ending else ""


def _place(word: str, places: frozenset[str]) -> bool:
    """A municipality's name written with a hyphen ("Dals-Ed", "Upplands-Bros"): the question's scope, no compound."""
    return word in places or (word.endswith("s") and word[:-1] in places)


def _months(m: re.Match[str]) -> bool:
    """Both parts are months written short, in Swedish or English: "jan-aug" is a span of months, no compound."""
    return all(len(p) >= 3 and any(month.startswith(p.lower()) for month in (*MONTHS_SV, *MONTHS_EN))
               for p in m.groups())


def _head(phrase: list[str]) -> str:
    """The head of the noun phrase a partitive governs: the first word after its articles ("de anställda");
    "" when a stop word, a figure or punctuation follows the partitive ("bland dem"), or a genitive names the
    holder ("bland kommunens medarbetare", "Boxholms kommuns anställda": all of the holder's, which the checks of
    municipalities and committees judge, not a part)."""
    from assistant.understand.query import stop_words

    articles = set(sentence_types()["articles"])
    places = municipality_names()
    for word in phrase:
        low = word.lower()
        if low in articles:
            continue
        if not low[0].isalpha() or low in stop_words() or low.rstrip("s") in places or low.endswith(GENITIVE):
            return ""
        return low
    return ""


def subset_groups(text: str, groups: tuple[tuple[str, ...], ...],
                  language: str = "sv") -> tuple[tuple[str, ...], ...]:
    """Each qualifier of the text as a concept group: the analysis' group holding its stem (with its synonyms and
    compounds), else the stem alone; an abbreviation also by the head of what it stands for ("ifo": "individ- och
    familjeomsorgen", "ks": "kommunstyrelsen", data/abbreviations_sv.json)."""
    from assistant.understand.abbreviations import expansion
    from assistant.understand.query import body_abbreviations, stems

    out = []
    for word in subset_words(text, language):
        own = stems(word, drop_stopwords=False)
        if not own:
            continue
        group = next((g for g in groups if own[-1] in g), (own[-1],))
        full = stems(expansion(word) or body_abbreviations().get(word, ""))
        out.append(tuple(dict.fromkeys([*group, *full[-1:]])))
    return tuple(dict.fromkeys(out))


PART_REACH = 8  # the words after "av" within which the clause's finite verb follows the whole
# a copula takes the part itself after it ("blir hyresrätter", "är VA"); another verb takes it after a preposition
# ("går till hemtjänsten", "finansieras med statsbidrag"): a verb followed by its subject ("räknas kommunbidragen
# upp", "beviljade kommunstyrelsen") or an object says no part
PART_COPULAS = frozenset({"är", "var", "blir", "blev"})
PARTICIPLE_ENDINGS = ("ad", "at", "ade", "ts", "tt", "dd")  # "är avgiftsfinansierad": how, not which part
WEAK_ADJECTIVE = ("a", "e")  # "den nya förskolan", "själva byggentreprenaden": the noun comes after


def part_words(text: str, language: str = "sv") -> tuple[str, ...]:
    """The part asked of a whole: "hur många av bostäderna i Västerhöjden blir hyresrätter?", "hur mycket av
    investeringen i reningsverket finansieras med statsbidrag?" ask how much of the whole is the part named by the
    noun after the clause's finite verb and its prepositions ("hyresrätter", "statsbidrag"), lower case. A figure of
    the whole ("120 bostäder") does not answer it. () when the question asks no part so: its verb is an auxiliary
    before the clause's subject ("hur stor andel ... ska nämnderna budgetera"), takes its subject after it ("hur
    stor del av prisindex räknas kommunbidragen upp med") or is a copula before a participle ("är
    avgiftsfinansierad": how, not which part)."""
    from assistant.understand.query import stop_words
    from assistant.understand.words import is_verb

    if language == "en":
        return ()
    kinds = sentence_types()
    asking = [tuple(a.split()) for a in kinds["part_interrogatives"]]
    auxiliaries = set(kinds["auxiliaries"])
    skipped = set(kinds["prepositions"]) | set(kinds["partitives"])
    places = municipality_names()
    tokens = WORD.findall(text)
    low = [t.lower() for t in tokens]
    out = []
    for i, word in enumerate(low):
        if word != "av" or not any(tuple(low[max(0, i - len(a)):i]) == a for a in asking):
            continue
        verb = None
        for j in range(i + 2, min(len(low) - 1, i + 1 + PART_REACH)):
            if not (low[j].isalpha() and low[j].rstrip("s") not in places and is_verb(low[j])):
                continue
            if low[j] in auxiliaries - PART_COPULAS:
                break  # "hade förbrukats", "ska tas": the subject or the main verb comes after
            if low[j] in PART_COPULAS or low[j + 1] in skipped:
                verb = j
                break
        if verb is None:
            continue
        k = verb + 1
        while k < len(low) and low[k] in skipped:
            k += 1
        phrase = tokens[k:k + NOUN_PHRASE]
        head = _head(phrase)
        at = [w.lower() for w in phrase].index(head) if head else -1
        if head.endswith(WEAK_ADJECTIVE) and at + 1 < len(phrase) and phrase[at + 1].isalpha() \
                and phrase[at + 1].lower() not in stop_words():
            head = phrase[at + 1].lower()  # "nya förskolan": the noun after the adjective
        if head and not (low[verb] in PART_COPULAS and head.endswith(PARTICIPLE_ENDINGS)):
            out.append(head)
    return tuple(dict.fromkeys(out))


ACRONYM = 4  # a qualifier this short may be the initials of the words it stands for ("VA": "vatten och avlopp")
PREFIX = 3  # a qualifier this long is said by a word it begins ("vuxen": "vuxna", "vuxenavdelningen")


def says_qualifier(says: Callable[..., bool], group: tuple[str, ...], text: str, title: str = "") -> bool:
    """The text (or its title) says the qualifier: `says` (TermStats.says: the concept or a synonym), a word
    beginning with its stem (the qualifier is a compound's first part, or inflected: "vuxen-avdelningen" by
    "avdelning vuxna"), or, for a short one, consecutive words its letters begin ("VA" by "vatten och avlopp",
    conjunctions and other stop words between them skipped)."""
    from assistant.understand.query import stems

    if says(group, text, title):
        return True
    said = stems(f"{text} {title}")
    stem = group[0]
    if len(stem) >= PREFIX and any(w.startswith(stem) for w in said):
        return True
    if not stem.isalpha() or len(stem) > ACRONYM:
        return False
    return _spelled(stem, said)


def _spelled(acronym: str, words: list[str]) -> bool:
    n = len(acronym)
    return any("".join(w[0] for w in words[i:i + n]) == acronym for i in range(len(words) - n + 1))

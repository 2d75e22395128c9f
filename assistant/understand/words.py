"""Closed word classes of Swedish and English questions (assistant/data/sentence_types.json): interrogatives,
request verbs, verbs that open a yes/no question, conjunctions that open a follow-up, confirmation tags,
prepositions that may stand before an interrogative ("till vilket år"). Language data, not phrasings.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

# "hur mycket pengar ...", "vad kostar ...": a sum of money answers, a percentage does not
# and "hur mycket dyrare blir taxan": more kronor, not the percentage it is raised by
KRONOR = re.compile(r"\b(pengar|kronor|kr|tkr|mnkr|mkr|miljon\w*|miljard\w*|sek|money|kostar|kosta|kostade|dyrare|"
                    r"billigare|värt|worth)\b", re.I)
PERCENT_WORD = re.compile(r"procent|%|percent", re.I)


def asks_kronor(question: str) -> bool:
    """The question asks a sum of money in kronor, not a percentage."""
    return bool(KRONOR.search(question)) and not PERCENT_WORD.search(question)


def asks_percent(question: str) -> bool:
    """The question asks a percentage ("hur många procent ska årets resultat vara?"), not a sum of kronor."""
    return bool(PERCENT_WORD.search(question)) and not KRONOR.search(question)


# a stretch of time after a number ("på över 20 år", "i sex månader", "for 3 years"): a duration or an age
DURATION_UNIT = re.compile(r"\s*(?:år|års|månader|månaders|veckor|veckors|years?|months?|weeks?)\b", re.I)
# the question asks a stretch of time or an age: "hur länge", "hur gammal", "how long", or counts the units of one
# ("hur många år", "how many months")
_ASKS_DURATION = re.compile(r"\b(?:hur\s+(?:länge|gammal|gamla)|how\s+(?:long|old)|ålder\w*|age)\b"
                            r"|\b(?:hur\s+många|how\s+many)\s+(?:år|månader|veckor|years|months|weeks)\b", re.I)


def asks_duration(question: str) -> bool:
    """The question asks how long something lasts or how old it is: a number of years, months or weeks answers it,
    and only it (a "hur mycket" is not answered by "på över 20 år")."""
    return bool(_ASKS_DURATION.search(question))


WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d[\d\s,.]*")


@lru_cache(maxsize=1)
def sentence_types() -> dict:
    return json.loads(resources.files("assistant.data").joinpath("sentence_types.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def municipality_names() -> frozenset[str]:
    """Sweden's municipalities (data/kommuner.txt), lower case."""
    text = resources.files("assistant.data").joinpath("kommuner.txt").read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip())


def names_municipality(word: str) -> bool:
    """The word is a municipality's name, or its genitive ("arvika", "åtvidabergs")."""
    low, places = word.lower(), municipality_names()
    return low in places or (low.endswith("s") and low[:-1] in places)


def words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def after_openers(found: list[str]) -> list[str]:
    """The words after the conjunctions that open a clause or a follow-up ("och", "men", "and")."""
    openers = sentence_types()["followup_openers"]
    start = 0
    while start < len(found) and found[start] in openers:
        start += 1
    return found[start:]


def heads_clause(before: str) -> bool:
    """The words of a clause before an interrogative ("..., och senast", "vem ansvarar och från") end with the
    conjunction opening it, or the clause's start, and at most two prepositions or adverbs: the interrogative asks
    the clause's question; after any other word it is a conjunction ("satt S i opposition när ...")."""
    kinds = sentence_types()
    found = words(before)
    prepositions = set(kinds["prepositions"]) | set(kinds["adverbs_before_interrogatives"])
    for _ in range(2):
        if found and found[-1] in prepositions:
            found.pop()
    return not found or found[-1] in kinds["followup_openers"]


def opens_hypothetical(text: str) -> bool:
    """The sentence opens with a conditional conjunction and a personal pronoun ("Om jag lägger ihop ...", "Om du
    tjänar 30 000 kronor i månaden betalar du ..."): the speaker's supposition or a worked example, no fact stated of
    the world (sentence_types.json conditional_conjunctions, personal_pronouns)."""
    kinds = sentence_types()
    found = re.findall(r"[^\W\d_]+", text.lower())[:2]
    return len(found) == 2 and found[0] in kinds["conditional_conjunctions"] and found[1] in kinds["personal_pronouns"]


def illustrates(text: str) -> bool:
    """The sentence works an example: it opens with a supposition ("Om du tjänar 30 000 kronor i månaden betalar du
    ...": opens_hypothetical) or with a supposed person for its subject ("Den som tjänar 30 000 kronor i månaden
    betalar ungefär 6 660 kronor", sentence_types.json supposed_persons), the person placed by a phrase before its
    relative ("En person i Laxå som tjänar ..."), an indefinite one by a phrase of its own ("En person med en
    månadslön på 30 000 kronor betalar ..."), perhaps with its relative the object of an opening preposition ("För en
    person som tjänar 30 000 kronor i månaden blir kommunalskatten ungefär 6 000 kronor"; "För en person med en
    månadsinkomst på 30 000 kronor innebär höjningen cirka 80 kronor mer per månad" tells the rise per person); its
    figures illustrate, they state none. So does a clause after "att" opening so ("Skattehöjningen innebär att den som
    tjänar 35 000 kronor i månaden betalar 70 kronor mer")."""
    return any(_opens_example(clause) for clause in (text, *THAT_CLAUSE.split(text)[1:]))


THAT_CLAUSE = re.compile(r"\batt\s+", re.IGNORECASE)  # a that-clause's opening: its subject follows


def _opens_example(text: str) -> bool:
    """The text opens a worked example (illustrates)."""
    if opens_hypothetical(text):
        return True
    kinds = sentence_types()
    found = re.findall(r"[^\W\d_]+", text.lower())[:1 + PERSON_WORDS + PLACED_BY]
    # the supposed person the object of an opening preposition, with its relative: "För en person som tjänar ..."
    governed = bool(found[:1]) and found[0] in kinds["prepositions"]
    found = found[1 if governed else 0:][:PERSON_WORDS + PLACED_BY]
    for person in kinds["supposed_persons"]:
        *noun, relative = person.split()
        if found[:len(noun)] != noun:
            continue
        rest = found[len(noun):]
        if rest[:1] == [relative]:
            return True
        # a preposition and its object (one or two words) between the person and its relative: "i Laxå", "i kommunen";
        # an indefinite person ("en person", not "den") needs no relative: "En person med en månadslön på 30 000 kronor"
        if rest[:1] and rest[0] in kinds["prepositions"] and (len(noun) > 1 and not governed or
                                                             relative in rest[2:PLACED_BY + 1]):
            return True
    return False


PERSON_WORDS = 3  # the longest supposed person ("en person som")
PLACED_BY = 3  # a phrase placing the person: a preposition and at most two words ("i Laxå", "i Ale kommun")


def supposes(text: str) -> bool:
    """The text speaks of a supposed case anywhere in it ("hur mycket betalar den som tjänar 30 000 kronor?", "vad
    betalar jag om jag tjänar ..."): a worked example answers it."""
    kinds = sentence_types()
    found = re.findall(r"[^\W\d_]+", text.lower())
    joined = f" {' '.join(found)} "
    return any(f" {person} " in joined for person in kinds["supposed_persons"]) or any(
        a in kinds["conditional_conjunctions"] and b in kinds["personal_pronouns"] for a, b in zip(found, found[1:]))


def opens_question(clause: str) -> bool:
    """The clause is phrased as a question: an interrogative first (after a conjunction and at most two
    prepositions or adverbs: "och till vilket år ...", "och senast när ..."), or a verb first ("och är det
    permanent?")."""
    kinds = sentence_types()
    found = after_openers(words(clause))
    if _verb_first(found):
        return True
    prepositions = set(kinds["prepositions"]) | set(kinds["adverbs_before_interrogatives"])
    for word in found[:3]:
        if word in kinds["interrogatives"] or word in kinds["interrogatives_initial"]:
            return True
        if word not in prepositions:
            return False
    return False


def asks_yes_no(question: str) -> bool:
    """A question that opens with its verb ("Är det permanent?", "och blev det nåt sånt?"): it asks yes or no."""
    return _verb_first(after_openers(words(question)))


def _verb_first(found: list[str]) -> bool:
    """A question's verb first: one that opens questions, or another finite verb with its subject after it ("Säger
    handlingsplanen samma sak?"), not a preposition or "att" ("säger i pressmeddelandet att ...": a statement whose
    subject was said before)."""
    if len(found) < 2:
        return False
    kinds = sentence_types()
    return found[0] in kinds["verbs_opening_questions"] or (
        opens_with_verb(found[0]) and found[1] not in kinds["prepositions"] and found[1] != "att")


# particles that make a compound verb of a finite verb: "uppgår", "uppgick", "förstår", "anger", "ingår", "avvek"
VERB_PARTICLES = ("upp", "in", "ut", "av", "till", "över", "fram", "bort", "om", "på", "ned", "ner", "för", "be",
                  "an", "mot", "sam", "efter", "under")


def opens_with_verb(word: str) -> bool:
    """The word is a finite verb a question may open with: one of sentence_types.json's question-opening, finite or
    strong past verbs, or one of them compounded with a particle ("avvek" of "vek", "uppgick" of "gick"); no word
    whose ending alone looks finite ("budgeterade intäkter" is a participle and its noun)."""
    kinds = sentence_types()
    verbs = {*kinds["verbs_opening_questions"], *kinds["finite_verbs"], *kinds["strong_past"]}
    return word in verbs or any(word.startswith(p) and word[len(p):] in verbs for p in VERB_PARTICLES)


def spoken_pronouns(text: str) -> frozenset[str]:
    """The spoken pronouns the text uses as pronouns ("hur många var dom 2020?", "mellan dom åren"), not as the
    noun an article or "vilken" opens ("en dom", "vilken dom")."""
    kinds = sentence_types()
    nouns_after = set(kinds["articles"]) | set(kinds["determiner_interrogatives"])
    found = words(text)
    return frozenset(w for i, w in enumerate(found) if w in kinds["spoken_pronouns"]
                     and not (i and found[i - 1] in nouns_after))


def is_verb(word: str) -> bool:
    """A finite verb by sentence_types.json (one of its finite verbs, or a word with a verb ending), or by its
    tense ending and the other forms of its verb in the corpus being read ("föreslår", "gällde":
    understand/verbs.py)."""
    from assistant.understand.verbs import in_corpus_paradigm

    kinds = sentence_types()
    return word in kinds["finite_verbs"] or word.endswith(tuple(kinds["verb_endings"])) or in_corpus_paradigm(word)


def is_clear_verb(word: str) -> bool:
    """A finite verb beyond doubt: one of sentence_types.json's finite verbs or the s-passive of one ("läggs" of
    "lägger"), or a verb ending of three letters or more ("hamnade"), but not "-ats" ("skattesats" is a noun)."""
    kinds = sentence_types()
    endings = tuple(e for e in kinds["verb_endings"] if len(e) >= 3 and e != "ats")
    return word in finite_verb_forms() or word.endswith(endings)


@lru_cache(maxsize=1)
def finite_verb_forms() -> frozenset[str]:
    """The finite verbs of sentence_types.json and the s-passive of each present-tense one: "höjer" -> "höjs",
    "sänker" -> "sänks", "ökar" -> "ökas", "lägger" -> "läggs" ("Avfallstaxan i Arjeplog höjs med 8 procent")."""
    verbs = sentence_types()["finite_verbs"]
    out = set(verbs)
    for verb in verbs:
        if verb.endswith("er") and len(verb) >= 5:
            out.add(verb[:-2] + "s")
        elif verb.endswith("ar") and len(verb) >= 4:
            out.add(verb[:-1] + "s")
    return frozenset(out)


GOVERNED_ENDINGS = ("a", "as", "at", "it", "ats", "its", "ad", "ade", "tt")  # infinitive, supine, participle


def governed_verbs(text: str) -> list[str]:
    """The verbs an auxiliary governs (sentence_types.json auxiliaries): "sälja" in "Tingsryd ska sälja sitt
    bostadsbolag", "skrota" in "S vill skrota ...", "budgeterat" in "har budgeterat för det" — what a claim
    says is done, not that it is wanted or has happened. Stop words and a further auxiliary may stand between
    ("kommer att öka", "ska ha sålt"); a noun phrase after the verb ("har ett mål") governs no verb."""
    from assistant.understand.query import stop_words

    kinds = sentence_types()
    auxiliaries, articles = set(kinds["auxiliaries"]), set(kinds["articles"])
    stop = stop_words()
    found = words(text)
    out = []
    for i, word in enumerate(found):
        if word not in auxiliaries:
            continue
        for nxt in found[i + 1:i + 4]:
            if nxt[0].isdigit() or nxt in articles:
                break
            if nxt in auxiliaries or nxt in stop:
                continue
            if len(nxt) >= 4 and nxt.endswith(GOVERNED_ENDINGS):
                out.append(nxt)
            break
    return list(dict.fromkeys(out))


INFINITIVE_MARKERS = ("att", "to")


def infinitives(text: str) -> list[str]:
    """The verbs the infinitive marker governs ("återinföra" in "för att återinföra personligt ombud") besides the
    ones an auxiliary does (`governed_verbs`): what the claim says is done, a deed, never the thing it is done to.
    A word after "att" ending as an infinitive does ("-a"); a noun opening a clause ("att skolan") does not."""
    found = words(text)
    marked = [nxt for word, nxt in zip(found, found[1:]) if word in INFINITIVE_MARKERS and len(nxt) >= 4
              and nxt.endswith("a") and not nxt[0].isdigit()]
    return list(dict.fromkeys([*governed_verbs(text), *marked]))


# an adjective before its noun: "socialdemokratiska", "nuvarande", "finansiella", "kommunala"
ATTRIBUTIVE_ENDINGS = ("iska", "ska", "iga", "ade", "ella", "ala")


def determined_nouns(question: str) -> list[str]:
    """The words right after an interrogative determiner ("vilka politiker", "which year"), and the noun after an
    attributive adjective standing there ("vilka socialdemokratiska politiker": "politiker" too)."""
    kinds = sentence_types()
    found = words(question)
    out = []
    for i, word in enumerate(found[:-1]):
        if word in kinds["determiner_interrogatives"]:
            out.append(found[i + 1])
            if found[i + 1].endswith(ATTRIBUTIVE_ENDINGS) and i + 2 < len(found):
                out.append(found[i + 2])
            marked = party_marked(found[i + 1])
            if marked is not None:  # "vilka S-politiker": "politiker" too
                out.append(marked[1])
    return out


def party_marked(word: str) -> tuple[str, str] | None:
    """(party letter, person noun) of a person noun marked with a party's letter ("S-politiker", "sd-ledamoten",
    "M-ordföranden": roles_sv.json parties and roles, sentence_types.json person nouns); None for any other word
    ("S-budgeten" names a document, "VA-taxan" no party)."""
    from assistant.evidence.claims import roles

    letter, hyphen, noun = word.partition("-")
    if not hyphen or letter.upper() not in roles()["parties"] or "-" in noun:
        return None
    titles = tuple(r for r in roles()["roles"] if len(r) >= 4)
    people = set(sentence_types()["person_nouns"])
    return (letter.upper(), noun) if noun.lower() in people or noun.lower().startswith(titles) else None


def party_letters(question: str) -> set[str]:
    """The letters of the parties whose people the question names by a marked noun ("vilka S-politiker ...")."""
    return {marked[0] for marked in map(party_marked, words(question)) if marked is not None}


def asked_noun(question: str) -> str | None:
    """The noun after the question's first interrogative determiner ("vilka busslinjer" -> "busslinjer"), past an
    attributive adjective before it ("vilka finansiella mål" -> "mål"); None when a verb or a preposition follows it
    ("vilken är störst", "vilka av ...")."""
    determined = determined_nouns(question)
    if not determined:
        return None
    def nominal(word: str) -> bool:
        return not is_verb(word) and word not in sentence_types()["prepositions"] and word.isalpha()

    noun = determined[0]
    if not nominal(noun):  # "vilka reserverade sig": a verb, no noun
        return None
    if len(determined) > 1 and noun.endswith(ATTRIBUTIVE_ENDINGS) and nominal(determined[1]):
        return determined[1]
    return noun


def asks_person_by_noun(question: str) -> bool:
    """An interrogative determiner before a noun naming people, a party, a party's member or a role: "vilka
    politiker ...", "vilket parti ...", "vilken centerpartist ...", "vilken chef ...", "which party ..." ask who,
    as "vem" does. Roles come from assistant/data/roles_sv.json (a title ending in one of them, "ekonomichefen",
    counts)."""
    from assistant.evidence.claims import roles

    if set(words(question)) & {"han", "hon", "hen", "he", "she"}:
        return False  # "vilket parti är han med i?" asks about someone already named, not who
    people = set(sentence_types()["person_nouns"])
    titles = tuple(r for r in roles()["roles"] if len(r) >= 4)
    return any(b in people or b.startswith(titles) and len(b) - max(len(t) for t in titles if b.startswith(t)) <= 2
               or b.endswith(("chef", "chefen")) or names_party_member(b) for b in determined_nouns(question) + _called(question))


NAMING_VERBS = frozenset({"heter", "hette", "hetat"})  # "vad heter ekonomichefen": the name asked is a person's


def asks_what_called(question: str) -> bool:
    """The question asks what someone or something is called ("vad heter ekonomichefen?"): a name answers, not the
    role or title the question already says."""
    return bool(_called(question))


def _called(question: str) -> list[str]:
    """The noun whose name "vad heter" asks ("vad heter ekonomichefen som ...": "ekonomichefen"); a role there asks
    who holds it, as "vilken chef" does."""
    found = words(question)
    return [found[i + 2] for i in range(len(found) - 2) if found[i] == "vad" and found[i + 1] in NAMING_VERBS]


MEMBER_ENDINGS = ("", "en", "er", "ar")  # "centerpartist", "miljöpartisten", "socialdemokrater"


def asks_who_by_verb(question: str) -> bool:
    """"Vilka" as the subject of a finite verb asks who, as "vem" does: "Vilka reserverade sig mot beslutet?",
    "vilka röstade nej?" (before a noun it is a determiner: "vilka projekt ...")."""
    found = words(question)
    return any(w == "vilka" and is_clear_verb(nxt) and not _names_things(found[k + 2:])
               for k, (w, nxt) in enumerate(zip(found, found[1:])))


PREDICATE_WORDS = 4  # the words after "vilka var de ..." that may name what is asked


def _names_things(after: list[str]) -> bool:
    """After "vilka" and a copula, a definite noun phrase naming no people says what is asked: "vilka var de största
    investeringsprojekten" asks which projects, "vilka var de som röstade nej" and "vilka är de förtroendevalda"
    ask who."""
    from assistant.evidence.claims import roles

    types = sentence_types()
    if not after or after[0] not in types["articles"] or after[1:2] == ["som"]:
        return False
    people = set(types["person_nouns"])
    titles = tuple(r for r in roles()["roles"] if len(r) >= 4)
    phrase = after[1:1 + PREDICATE_WORDS]
    return bool(phrase) and not any(w in people or w.startswith(titles) or names_party_member(w) for w in phrase)


def names_party_member(noun: str) -> bool:
    """The noun names a member of a party ("centerpartist", "socialdemokrater", "miljöpartisten"): roles_sv.json
    party words that name a person (a party's name ends in "-et"/"-na"/"-ns": "centerpartiet", "moderaterna")."""
    from assistant.evidence.claims import roles

    members = {w for words in roles()["parties"].values() for w in words
               if " " not in w and not w.endswith(("et", "ets", "na", "nas", "ern", "erns"))}
    return any(noun == m + e for m in members for e in MEMBER_ENDINGS)


def asks_people_by_noun(question: str) -> bool:
    """An interrogative determiner before a noun naming people or parties ("vilka politiker", "vilket parti",
    "which members"): named people answer, not a role or a body."""
    people = set(sentence_types()["person_nouns"])
    return any(b in people for b in determined_nouns(question))


def asks_parties_by_noun(question: str) -> bool:
    """An interrogative determiner before a noun naming parties ("vilka partier", "which party"): a sentence naming
    the parties answers as well as one naming their people."""
    parties = set(sentence_types()["party_nouns"])
    return any(b in parties for b in determined_nouns(question))


def asks_plural(question: str) -> bool:
    """The question asks for several: "vilka ...", "which politicians ...", "who were ..."."""
    low = question.lower()
    return bool(re.search(r"\bvilka\b|\b(?:which|what)\s+\w+s\b|\bwho\s+(?:were|are)\b", low))


def asks_speaker(question: str) -> bool:
    """"Who" asked with a reporting verb ("vem sa det?", "vem uttalade sig i pressmeddelandet?", "who said that?",
    "vilka politiker citeras i pressmeddelandet?"): the one who spoke answers, a person by name, not the body the
    statement is about."""
    from assistant.understand.query import WHO

    reporting = set(sentence_types()["reporting_verbs"]) | set(sentence_types()["quoting_verbs"])
    return bool(WHO.search(question) or asks_people_by_noun(question)) and any(w in reporting for w in words(question))


def asks_quoted(question: str) -> bool:
    """Who is quoted ("vilka S-politiker citeras i pressmeddelandet?", "who is quoted?"): the person a text quotes,
    not one it only names."""
    quoting = set(sentence_types()["quoting_verbs"])
    return asks_speaker(question) and any(w in quoting for w in words(question))


def asks_what_said(question: str) -> bool:
    """What someone said is asked, not who said it ("vad sa hon om äldreomsorgen?", "what did he say?"): a reporting
    verb without "who"."""
    reporting = set(sentence_types()["reporting_verbs"])
    return any(w in reporting for w in words(question)) and not asks_speaker(question)


def asks_instance_by_noun(question: str) -> bool:
    """An interrogative determiner before a noun ("på vilken skola", "vilket bolag", "which school"): the
    question asks for a named instance of it (a person, a time or an amount is asked by its own nouns)."""
    kinds = sentence_types()
    noun = asked_noun(question)
    return noun is not None and len(noun) >= 3 and noun not in kinds["time_nouns"] and noun not in kinds["person_nouns"]


COUNTING = ("många", "many")  # a degree word always followed by the counted noun
DEGREE = ("mycket", "många", "stor", "stort", "stora", "hög", "högt", "höga", "länge", "ofta", "much", "many")
_ASKED_DEGREE = re.compile(rf"\b(hur)\s+(?:{'|'.join(DEGREE)})\b", re.I)


def without_asked_degree(question: str) -> str:
    """The question without the degree word its "hur" asks by ("hur hög är kommunalskatten" -> "hur är
    kommunalskatten"): "hur hög", like "hur stor", asks for a figure; "hög" names nothing the answer is about."""
    return _ASKED_DEGREE.sub(r"\1", question)


SUBJECT_WORDS = 3  # words of an inverted subject between a verb and its particle ("kom handlingsplanen fram till")


@lru_cache(maxsize=1)
def _conclusion_phrases() -> tuple[re.Pattern, ...]:
    """sentence_types.json's conclusion verbs as patterns whose words an inverted subject may stand between ("vad
    landade handlingsplanen i?"); the words between are the groups."""
    gap = rf"((?:\W+[^\W\d_]+){{0,{SUBJECT_WORDS}}}?)\W+"
    return tuple(re.compile(r"\b" + gap.join(map(re.escape, phrase.split())) + r"\b", re.I)
                 for phrase in sentence_types()["conclusion_verbs"])


def asks_conclusion_of(text: str) -> bool:
    """The text asks what a piece of work came to by a conclusion verb ("vad kom utredningen fram till?")."""
    return any(p.search(text) for p in _conclusion_phrases())


def without_conclusion_verb(text: str) -> str:
    """The text without the words of its conclusion verb, the subject between them kept ("vad kom handlingsplanen
    fram till?" -> "vad handlingsplanen ?"): they frame what is asked, a proposal, and name nothing it is about
    ("kom" and "fram" are said by any "ta fram")."""
    for pattern in _conclusion_phrases():
        text = pattern.sub(lambda m: " " + " ".join(g.strip() for g in m.groups() if g.strip()) + " ", text)
    return text


def finite_verb_at(found: list[str]) -> int | None:
    """Where a Swedish question's finite verb stands (verb second): right after its opening interrogative
    ("vad räknar S med ..."), after "hur" and its degree word ("hur mycket får ..."), after a determiner's noun
    ("vilken nämnd får ..."). None when the question does not open with an interrogative."""
    kinds = sentence_types()
    offset = len(found) - len(after_openers(found))
    found = found[offset:]
    if not found or found[0] not in kinds["interrogatives"]:
        return None
    if found[0] == "hur" and len(found) > 1 and found[1] in DEGREE:
        # "hur många anställda har": the counted noun before the verb; "hur många röstade": the verb itself
        at = 2 + (len(found) > 2 and (found[2] == "pengar" or found[1] in COUNTING and not is_verb(found[2])))
    elif found[0] in kinds["determiner_interrogatives"]:
        at = 2
    else:
        at = 1
    return offset + at if at < len(found) else None


DO_SUPPORT = frozenset({"do", "does", "did"})


def bare_verb_at(found: list[str]) -> int | None:
    """Where an English question's lexical verb stands when "do" carries its tense ("what net result does the
    budget show for 2022", "how much did Pajala actually invest in 2024"): the word before the first preposition
    after the auxiliary and its subject, else the question's last word. None when no interrogative opens the
    question or no "do" follows it: the verb asks, it names no topic, as a Swedish question's finite verb."""
    kinds = sentence_types()
    offset = len(found) - len(after_openers(found))
    found = found[offset:]
    if not found or found[0] not in kinds["interrogatives"]:
        return None
    aux = next((i for i, w in enumerate(found) if w in DO_SUPPORT), None)
    if aux is None:
        return None
    end = next((i for i in range(aux + 2, len(found)) if found[i] in kinds["prepositions"]), len(found))
    return offset + end - 1 if end - 1 > aux + 1 else None


def _split_determined(question: str) -> list[str]:
    """The noun of a split interrogative "vad ... för" ("vad hade bolaget för omsättning", "vad har S för mål"),
    which asks as "vilken omsättning" does: the word after the first "för" a few words past "vad", and the noun
    after an attributive adjective standing there."""
    found = words(question)
    out = []
    for i, word in enumerate(found):
        if word != "vad":
            continue
        at = next((j for j in range(i + 2, min(i + SPLIT_REACH, len(found) - 1)) if found[j] == "för"), None)
        if at is not None:
            out.append(found[at + 1])
            if found[at + 1].endswith(ATTRIBUTIVE_ENDINGS) and at + 2 < len(found):
                out.append(found[at + 2])
    return out


SPLIT_REACH = 7  # "vad" and its verb, a subject of a few words, then "för"


def asks_amount_by_noun(question: str) -> bool:
    """A determiner, or a split "vad ... för", before a noun naming a quantity (sentence_types.json measure_nouns,
    as the head of a compound too): "vilken omsättning hade bolaget", "vad hade bolaget för nettoomsättning" ask
    an amount, as "hur stor" does. The nouns are indefinite: "vad får kommunen för resultatet" is no such question;
    the subject of "vad" and a copula is the one whose value is asked, definite too ("vad blev resultatet")."""
    measures = tuple(sentence_types()["measure_nouns"])
    return any(noun.endswith(measures) for noun in determined_nouns(question) + _split_determined(question)) or any(
        noun.endswith(measures) or _indefinite(noun).endswith(measures) for noun in _copular_subject(question))


FINITE_COPULAS = ("är", "var", "blev", "blir", "is", "was", "were")  # "vad blev ...", "what was ..."
DEFINITE_ENDINGS = ("erna", "arna", "na", "en", "et", "n", "t")  # "resultatet", "budgeten", "kostnaderna"
# a noun's definite form for sure: "nämnden", "beslutet", "skolan", "nämnderna" (not "totalt", "stort", "kronor")
DEFINITE_NOUN_ENDINGS = ("en", "et", "an", "na")


def is_definite_noun(word: str) -> bool:
    """The word has a definite noun's ending after a stem of two letters or more ("sporthallen", "verket")."""
    return len(word) >= 4 and word.lower().endswith(DEFINITE_NOUN_ENDINGS)


SUBJECT_REACH = 4  # "vad blev Bjurholms årets resultat": genitives before the subject's noun


def _copular_subject(question: str) -> list[str]:
    """The noun a "vad" + copula question asks the value of ("vad blev resultatet", "vad är Tranemos budget",
    "vad blev Bjurholms årets resultat", "vad är Säters budgeterade resultat", "what was the deficit"): the first
    word after the copula that is no genitive, article nor attributive adjective or participle before a noun,
    within a few words."""
    found = words(question)
    articles = set(sentence_types()["articles"])
    out = []
    for i, word in enumerate(found[:-2]):
        if word not in ("vad", "what") or found[i + 1] not in FINITE_COPULAS:
            continue
        for j in range(i + 2, min(i + 2 + SUBJECT_REACH, len(found))):
            noun = found[j]
            if noun in articles or noun.endswith("s") and len(noun) > 3 and not noun.endswith("ss"):
                continue  # "the", "Bjurholms", "årets": who or when, the noun comes after
            if noun.endswith(ATTRIBUTIVE_ENDINGS) and j + 1 < len(found) and found[j + 1] not in articles \
                    and not is_verb(found[j + 1]):
                continue  # "budgeterade", "faktiska": an attributive adjective or participle, the noun comes after
            if found[j + 1:j + 2] not in (["av"], ["of"]):  # "resultatet av utredningen" is what it showed
                out.append(noun)
            break
    return out


def _indefinite(noun: str) -> str:
    """The noun without a definite ending ("resultatet" -> "resultat", "kostnaderna" -> "kostnader")."""
    return next((noun[:-len(e)] for e in DEFINITE_ENDINGS if noun.endswith(e) and len(noun) - len(e) >= 4), noun)


def asks_time_by_noun(question: str) -> bool:
    """An interrogative determiner before a time noun: "till vilket år ...", "which year ..."."""
    times = set(sentence_types()["time_nouns"])
    return any(b in times for b in determined_nouns(question))

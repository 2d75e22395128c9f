"""Follow-up questions ("Och 2023?", "Vem sa det?", "Och för socialnämnden?") resolved against the earlier
questions of the conversation, without an LLM: the previous question's topic is merged with the new
question's slots (years, committee names, who/what/how much).
"""
from __future__ import annotations

import json
import re
from itertools import takewhile
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from assistant.budget.plan import BY_HOW_MUCH, CHANGE, DIFFERENCE, SUM, THAN, YEAR_AFTER, YEAR_BEFORE
from assistant.understand.bodies import head_pattern
from assistant.understand.query import YEAR, analyse
from assistant.understand.words import is_definite_noun, sentence_types
from core.years import DATED_YEAR, years_in

LEAD = re.compile(r"^\s*(och|men|samt|än|också|and|but|also|what about|how about|vad gäller|hur är det med)\b[\s,]*",
                  re.I)
# pronouns that point back at an earlier turn ("dom": spoken "de"/"dem"); "den"/"de" only standing alone ("Vem leder den?"), not as articles
PRONOUN = re.compile(r"\b(?:det|detta|dessa|denna|dess|deras|dem|dom|hen|han|hon|där|då|it|that|this|they|them|its|"
                     r"their|he|she|there|then)\b|\b(?:den|de)\b(?=\s*(?:[?.!,]|$))", re.I)
# the personal pronouns that point at a person named earlier (closed word class, both languages), by their case:
# the person's name stands in the pronoun's place, with a genitive's s for the possessive ones
PERSONAL = re.compile(r"\b(?:han|hon|hen|hans|hennes|hens|honom|henne|he|she|him|his|her|hers)\b", re.I)
POSSESSIVE = frozenset({"hans", "hennes", "hens", "his", "hers"})
BEFORE_WORD = re.compile(r"\b(?:den|de)\s+(\w+)", re.I)  # "den"/"de" and the word after them
# "det"/"it" as a dummy subject refers to nothing: "kostar det att bygga", "finns det", "does it cost to build"
EXPLETIVE = re.compile(r"\b(?:finns|fanns|krävs) det\b|\bdet (?:finns|fanns|krävs)\b|\bdet\b(?=[^?.!]*\b(?:att|som)\b)|"
                       r"\bit\b(?=[^?.!]*\b(?:to|that)\b)|\bthere (?:is|are|was|were)\b", re.I)


# "hur många platser blir det?": after a noun the question asks of, "blir det" is a dummy subject; "hur mycket blir
# det per invånare?" names nothing before it, so "det" is the figure the conversation named
BLIR_DET = re.compile(r"\bblir det\b", re.I)


def _dummy_blir(question: str) -> str:
    """The question without a "blir det" whose clause names a topic of its own before it."""
    found = BLIR_DET.search(question)
    if found is None:
        return question
    clause = re.split(r"[,;:–]", question[:found.start()])[-1]
    return question[:found.start()] + question[found.end():] if own_topic(clause) else question


def _name_item() -> str:
    """One noun of a committee named by its areas ("nämnden för arbete, kompetens och välfärd", "miljö- och
    byggfrågor"): a word of no closed class (no question word, verb, article, conjunction) and no body's name, so
    "nämnden för kultur och fritid och vad fick den?" ends at "fritid"."""
    types = sentence_types()
    closed = {*types["interrogatives"], *types["interrogatives_initial"], *types["finite_verbs"],
              *types["auxiliaries"], *types["articles"], *types["followup_openers"], *types["prepositions"], "att"}
    words = "|".join(sorted(map(re.escape, closed), key=len, reverse=True))
    return rf"(?!(?:{words})\b)(?![^\W\d_]*{head_pattern()}\b)[^\W\d_]+(?:-(?=\s))?"


_ITEM = _name_item()
# the words a coordinated compound shares its head with: "vård- och " in "vård- och omsorgsnämnden", "kultur-, fritids- och "
_SHARED_HEAD = r"(?:[^\W\d_]+-(?:,\s*[^\W\d_]+-)*\s+(?:och|&)\s+)?"
ENTITY = re.compile(rf"\b(?:nämnden för {_ITEM}(?:(?:, | och ){_ITEM})*|{_SHARED_HEAD}[\w-]+nämnden?s?|"
                    rf"kommunstyrelsen?s?|kommunfullmäktiges?|{_SHARED_HEAD}[\w-]+förvaltningen?s?)", re.I)
INTENT = re.compile(r"\b(vem|vilka|vilken|vilket|vad|hur|när|varför|var|who|what|which|how|when|why|where)\b", re.I)
SAME_YEAR = re.compile(r"\b(?:samma år(?:et)?|det året|det år|that year|the same year)\b", re.I)
# "i fjol", "förra året", "last year": in a follow-up, the year before the one the earlier turn named
LAST_YEAR = re.compile(r"\b(?:i fjol|ifjol|förra året|last year)\b", re.I)
RELATIVE_YEAR = ((YEAR_BEFORE, -1), (LAST_YEAR, -1), (YEAR_AFTER, 1), (SAME_YEAR, 0))
# a year said as the other side of a comparison ("ökar den mot 2025?", "jämfört med 2023", "since 2020")
AGAINST_YEAR = re.compile(r"\b(?:mot|jämfört (?:med|mot)|än|sedan|från|than|compared (?:to|with)|since|from|versus|vs)"
                          r"\s+(?:(?:år|året|year)\s+)?((?:19|20)\d\d)\b", re.I)
# "mellan de åren", "båda åren", "between those years": the years the conversation named, all of them
THOSE_YEARS = re.compile(r"\b(?:(?:de|dessa|båda|bägge)(?:\s+(?:två|2))?\s+år(?:en)?|(?:those|these|both)(?:\s+(?:two|2))?"
                         r"\s+years)\b", re.I)
# "gånger större", "times as much": a comparison by a factor ("hur många gånger har de mötts?" counts, compares nothing)
TIMES = re.compile(r"\b(?:gånger|times)\s+(?:så|mer|större|mindre|högre|lägre|fler|färre|as|more|larger|bigger|"
                   r"higher|lower|smaller|greater)\b", re.I)
MAX_TOPIC_WITH_PRONOUN = 3  # "Varför anser man att bolagen klarar det?": a pronoun plus a narrow topic


@lru_cache(maxsize=1)
def slot_stems() -> frozenset[str]:
    data = json.loads(resources.files("assistant.data").joinpath("followup_words.json").read_text(encoding="utf-8"))
    return frozenset(data["slots"])


# what a figure is asked per ("per invånare", "per elev"), like "i procent", is the unit of the asked figure, no topic
# (a lower-case word after it: "Per Holm" is a name)
PER_UNIT = re.compile(r"\b[Pp]er\s+[a-zåäöéü]+")


def own_topic(question: str) -> list[tuple[str, ...]]:
    """The question's own topic: its concepts minus slot words (who said, how much, share), the calculator's words
    for a sum ("tillsammans", "sammantaget", "combined": what to do with the figures named, like "totalt") and
    years."""
    from assistant.understand.abbreviations import expand

    slots = slot_stems()
    text = PER_UNIT.sub(" ", SUM.sub(" ", expand(question)))  # "hur mkt": "hur mycket"; "per invånare": a unit
    return [g for g in analyse(text).groups if g and g[0] not in slots and not YEAR.fullmatch(g[0])]


def names_own_thing(question: str) -> bool:
    """The question has a topic of its own beyond a year said relative to the earlier turn's ("hur mycket mer än
    året innan i procent?" names none: "året innan" is when)."""
    for pattern, _ in RELATIVE_YEAR:
        question = pattern.sub(" ", question)
    return bool(own_topic(question))


def names_own_measure(question: str, places: Sequence[str] = ()) -> bool:
    """The follow-up names a thing of its own that is no committee, no municipality and no time ("och sjukfrånvaron?"
    after "hur många tillsvidareanställda ...?"): a measure in place of the earlier one, not the earlier measure of
    another body ("och kulturnämnden?") or at another time ("och ett halvår senare?")."""
    times = sentence_types()["time_nouns"]
    return any(len(group[0]) > 3 and not any(group[0].endswith(t) for t in times)
               for group in own_topic(ENTITY.sub(" ", without_places(question, places))))


def points_back(question: str) -> bool:
    """The question (a follow-up, or a later part of one question) points back at what was answered before: a
    pronoun ("vad kostar den?") or no thing of its own ("hur mycket mer än året innan?"); a part naming its own
    thing ("..., och hur mycket kommunbidrag får socialnämnden 2021 i S-budgeten?") asks of that thing."""
    return refers_back(question) or not names_own_thing(question)


def without_verbs(question: str) -> str:
    """The question without its finite verbs: what it does ("röstade", "stod för") is no topic, so "hur många
    röstade emot?" names nothing of its own and "vilken verksamhet stod för största delen av det?" one noun."""
    from assistant.understand.words import is_clear_verb

    return re.sub(r"[^\W\d_]+", lambda m: " " if is_clear_verb(m.group().lower()) else m.group(), question)


def names_only_kind(question: str) -> bool:
    """The question names nothing but a kind of figure and the period it covers ("vad var budgeterat?", "och
    prognosen?", "vad är prognosen för helåret?"): which figure of the thing the conversation is about; a period
    ("helåret", "jan–aug", "efter augusti") says when, like a year, and names no topic."""
    from assistant.budget.columns import kind_words

    kinds = set(kind_words(question))
    rest = " ".join(w for w in without_periods(question).split() if w.strip("?.!,;:()").lower() not in kinds)
    return bool(kinds) and not own_topic(rest)


def without_periods(text: str, to_date: bool = False) -> str:
    """The text without the periods of a year it names ("jan–aug", "efter augusti", "helåret"); with to_date,
    without its words of the time so far too ("hittills")."""
    from assistant.budget.columns import PERIODS, to_date_word

    for pattern in PERIODS:
        text = pattern.sub(" ", text)
    if to_date:
        text = re.sub(r"[^\W\d_]+", lambda m: " " if to_date_word(m.group().lower()) else m.group(), text)
    return re.sub(r"\s{2,}", " ", text)


def refers_back(question: str) -> bool:
    """A pronoun that points at an earlier turn (a dummy "det ... att" / "it ... to" does not); "den"/"de" point
    back when nothing follows them or a finite verb, a preposition or the "än" of a comparison does ("hur stor andel
    av den hade använts?", "hur många jobb räcker den till?", "hur mycket sämre är den än budget?"), not as the
    article of a noun ("den nya förskolan")."""
    from assistant.understand.words import is_clear_verb

    text = EXPLETIVE.sub(" ", question)
    text = _dummy_blir(text)
    prepositions = set(sentence_types()["prepositions"])
    return any(PERSONAL.fullmatch(m.group(0)) or not _clause_subject(text, m.start())
               for m in PRONOUN.finditer(text)) or _names_stated_figure(text) or any(
        (is_clear_verb(m.group(1).lower()) or m.group(1).lower() in prepositions or m.group(1).lower() in THAN_WORDS
         or _inverted_subject(text, m))
        and not _clause_subject(text, m.start()) for m in BEFORE_WORD.finditer(text))


def _names_stated_figure(text: str) -> bool:
    """A noun in the definite form that names a figure the conversation stated ("Hur mycket av pengarna läggs
    2026?", "av beloppet", "summan"; sentence_types.json `anaphors`) points back as "det" does."""
    nouns = {w for w in sentence_types()["anaphors"] if not PRONOUN.fullmatch(w)}
    return any(w.lower() in nouns for w in re.findall(r"[^\W\d_]+", text))


THAN_WORDS = frozenset({"än", "than"})  # a comparison's other side follows: no noun an article could open
NOUN_PHRASE_WORDS = 3  # "den nya stora förskolan": an article's adjectives and its noun


def _inverted_subject(text: str, found: re.Match[str]) -> bool:
    """"den"/"de" right after an auxiliary ("när ska den stå klar?", "när blir de klara?"): the subject of a question
    with its verb first, a pronoun, unless a noun in its definite form follows within a few words, which the word
    is then the article of ("ska den nya förskolan stå klar"). An article's noun phrase holds no preposition or
    conjunction: "vad var den innan höjningen?" asks of what "den" was before the rise."""
    types = sentence_types()
    before = re.search(r"([^\W\d_]+)\s*$", text[:found.start()])
    if before is None or before.group(1).lower() not in types["auxiliaries"]:
        return False
    after = re.findall(r"[^\W\d_]+", re.split(r"[?.!,;:]", text[found.start(1):], maxsplit=1)[0])
    return not opens_noun_phrase(after)


def opens_noun_phrase(after: Sequence[str]) -> bool:
    """The words after "den"/"det" make it an article: a noun in the definite form within a noun phrase's reach, before
    any preposition or conjunction ("den nya förskolan"; not "den innan höjningen")."""
    types = sentence_types()
    outside = {*types["prepositions"], *types["temporal_conjunctions"], *types["causal_conjunctions"]}
    phrase = takewhile(lambda w: w.lower() not in outside, after[:NOUN_PHRASE_WORDS])
    return any(is_definite_noun(w) for w in phrase)


def _clause_subject(text: str, at: int) -> bool:
    """The pronoun at `at` opens a clause telling when or why (sentence_types.json: temporal and causal
    conjunctions) after words naming a topic of their own: "vad var socialförvaltningens prognos för 2020 när de
    sparade?" -- "de" is the socialförvaltning named before it in the question, no earlier turn. A personal pronoun
    ("när hon var ordförande") is left to point at the person an earlier turn named."""
    types = sentence_types()
    before = text[:at].rstrip()
    conjunction = re.search(r"([^\W\d_]+)$", before)
    if conjunction is None or conjunction.group(1).lower() not in {
            *types["temporal_conjunctions"], *(c for c in types["causal_conjunctions"] if " " not in c)}:
        return False
    return bool(own_topic(before[:conjunction.start()]))


def shares_topic(question: str, history: Sequence[str]) -> bool:
    """The question names something an earlier turn named ("hela paketet" after "omställningspaket")."""
    from assistant.evidence.sentences import text_stems

    said = text_stems(" ".join(h for h in history if h))
    return any(t in said for group in own_topic(question) for t in group if len(t) >= 4)


def antecedent(question: str, history: Sequence[str]) -> int:
    """The earlier turn a follow-up leans on: the latest that names what the follow-up names of its own topic
    ("vem sa det där om sparkravet?" after a turn about the sparkrav and one about the balance), else the last."""
    from assistant.evidence.sentences import text_stems

    own = {t for group in own_topic(question) for t in group if len(t) >= 4}
    for i in range(len(history) - 1, -1, -1):
        if own & text_stems(history[i]):
            return i
    return len(history) - 1


def is_followup(question: str, history: Sequence[str]) -> bool:
    """A question that leans on the previous turn because it lacks a topic of its own: elliptic ("Och 2023?",
    "Och för socialnämnden?"), only slot words ("Vem sa det?", "Hur mycket är det i procent?"), or a pronoun
    pointing back with at most a narrow topic ("Vilka busslinjer gäller det?"). A question that names its own
    topic ("Vad kostar en ny simhall i Alingsås?", "Vem är socialchef?") stands alone, whatever came before."""
    if not any(h and h.strip() for h in history) or not question.strip():
        return False
    if LEAD.match(question) or shifted_year(question, history[-1]) is not None or compares_one_side(question) \
            or those_years(question, history) is not None:
        return True
    topic = own_topic(without_verbs(question))
    if not topic or asks_attribute_only(question) or names_only_kind(question) \
            or names_only_instance(question, history[-1]):
        return True
    return (refers_back(question) and len(topic) <= MAX_TOPIC_WITH_PRONOUN) or names_earlier_body(question, history)


def names_earlier_body(question: str, history: Sequence[str]) -> bool:
    """The question points at a body an earlier turn named by its noun alone in a definite form ("hur mycket blir
    nämndens budget per invånare?" after "hur stor är kultur- och fritidsnämndens budget 2025?"), as a pronoun
    would; a body named by its own name ("socialnämnden") is a topic of its own."""
    from assistant.understand.bodies import bare_body

    # "nämnden för arbete, kompetens och välfärd" is a body's own name
    bare = {noun for w in re.findall(r"[^\W\d_]+", ENTITY.sub(" ", question)) if (noun := bare_body(w))}
    return bool(bare) and any(bare_body(w) is None and any(noun in w.lower() for noun in bare)
                              for earlier in history for w in re.findall(r"[^\W\d_]+", earlier))


def names_only_instance(question: str, earlier: str) -> bool:
    """The question names nothing but a committee, after a turn asking which ones of a kind ("Vilka nämnder får
    permanent kommunbidrag ...?" ... "hur mycket får vård- och omsorgsnämnden?"): it asks of one of them what the
    earlier turn is about."""
    from assistant.understand.words import asks_instance_by_noun

    return bool(ENTITY.search(question)) and asks_instance_by_noun(earlier) and not own_topic(ENTITY.sub(" ", question))


def compares_one_side(question: str) -> bool:
    """A comparison asked by how much or how many times that names no other side ("hur många gånger större är
    VON:s bidrag?", "how much more does X get?"): what it is held against is what the conversation named."""
    return bool((BY_HOW_MUCH.search(question) or TIMES.search(question)) and not names_other_side(question))


def names_other_side(question: str) -> bool:
    """The comparison names what it is held against ("än socialnämndens", "jämfört med 2021", "than 2023"); a
    pronoun there ("jämfört med det", "än den", "than that") points at what the conversation named, no side of its
    own."""
    return any(not PRONOUN.match(question[m.end():].lstrip()) for m in THAN.finditer(question))


def against_year_before(question: str) -> bool:
    """The comparison holds the figure against the year before its own ("hur mycket bättre är det än året innan?",
    "than last year"): the other side is the earlier figure's year before, not a thing of its own."""
    return any(YEAR_BEFORE.match(question, m.end() + 1) or LAST_YEAR.match(question, m.end() + 1)
               for m in THAN.finditer(question))


def keeps_earlier_year(question: str) -> bool:
    """A comparison by how much naming one year and no other side ("hur mycket mer blir det 2023?", "how much
    more is it in 2023?"): the earlier turn's year is the other side, so it stays beside the new one."""
    return bool(BY_HOW_MUCH.search(question)) and not names_other_side(question) and \
        len(set(YEAR.findall(question))) == 1


def asks_attribute_only(question: str) -> bool:
    """An elliptic question that is only an interrogative phrase, without a verb ("på vilken skola?", "i vilket
    år?", "which school?"): it asks which one of what the conversation is about."""
    from assistant.understand.words import after_openers, is_verb, sentence_types, words

    kinds = sentence_types()
    found = after_openers(words(question))
    if found and found[0] in kinds["prepositions"]:
        found = found[1:]
    return 2 <= len(found) <= 3 and found[0] in kinds["determiner_interrogatives"] and not any(
        is_verb(w) for w in found[1:])


def shifted_year(question: str, earlier: str) -> tuple[re.Match, int] | None:
    """A year said relative to the earlier turn's ("året innan", "året efter", "samma år", "det året") as the
    phrase and the year it means; None when the question names no such year or the earlier turn no year."""
    if YEAR.search(question):
        return None
    years = YEAR.findall(earlier)
    for pattern, shift in RELATIVE_YEAR:
        found = pattern.search(question)
        if found and years:
            return found, int(years[-1]) + shift
    return None


def compares_with_year(question: str) -> bool:
    """A change or difference asked against the years it names ("hur mycket ökar den i procent mot 2025?"): the
    earlier turn's year is the other side, so it stays."""
    against = set(AGAINST_YEAR.findall(question))
    return bool(against) and against == set(YEAR.findall(question)) and bool(
        CHANGE.search(question) or DIFFERENCE.search(question) or BY_HOW_MUCH.search(question))


def those_years(question: str, history: Sequence[str]) -> tuple[re.Match, str] | None:
    """The years a plural "de åren" / "those years" points at, as the phrase and the years written out ("2021 och
    2025"): every year the earlier turns named, in order; None when the question names a year of its own or the
    conversation named fewer than two."""
    found = THOSE_YEARS.search(question)
    years = sorted(years_in(" ".join(history)))
    if found is None or YEAR.search(question) or len(years) < 2:
        return None
    joiner = " and " if found.group(0).lower().endswith("years") else " och "
    return found, ", ".join(map(str, years[:-1])) + joiner + str(years[-1])


def _places_named(text: str, places: Sequence[str]) -> list[str]:
    return [p for p in places if re.search(rf"(?<!\w){re.escape(p)}s?(?!\w)", text, re.I)]


def without_places(text: str, places: Sequence[str]) -> str:
    """The text without the municipalities it names ("i Sandviken", "Sandvikens") among `places`."""
    for place in _places_named(text, places):
        text = re.sub(rf"(?:\b(?:i|in|för|for)\s+)?(?<!\w){re.escape(place)}s?(?!\w)", "", text, flags=re.I)
    return text


def resolve(question: str, history: Sequence[str], places: Sequence[str] = (), names_only: bool = False) -> str:
    """The question made standalone for retrieval (the original is kept for display). What the follow-up
    names replaces what the earlier turn named of the same kind: its years (a year said relative to the
    earlier turn's, "året innan", becomes that year), its committees and its municipality (one of `places`,
    the municipalities of the indexed documents: "Och i Ockelbo då?").

    A follow-up that asks its own thing passes on to the next turn only what it named, not what it asked:
    names_only keeps of a follow-up with an interrogative just its years, committees and places, so "och hur
    mycket ökar den i procent?" after "hur mycket är det per invånare?" does not ask per invånare again."""
    history = [h for h in history if h and h.strip()]
    if not is_followup(question, history):
        return question
    turn = antecedent(question, history)
    previous = resolve(history[turn], history[:turn], places, names_only=bool(INTENT.search(question)))
    new = LEAD.sub("", question).strip()
    base = previous
    named = those_years(new, history)
    if named is not None:  # "mellan de åren" after "... 2021?", "och 2025?": between 2021 and 2025
        found, years = named
        new = f"{new[:found.start()]}{years}{new[found.end():]}"
    relative = shifted_year(new, previous)
    if relative is not None:
        found, year = relative
        new = f"{new[:found.start()]}{year}{new[found.end():]}"
    # a change "till året efter" is between the earlier turn's year and the shifted one: both stay
    between = relative is not None and relative[1] != int(YEAR.findall(previous)[-1]) and bool(
        CHANGE.search(new) or DIFFERENCE.search(new) or THAN.search(new)) or compares_with_year(new) \
        or keeps_earlier_year(new)
    if (relative is not None or YEAR.search(new)) and not between:
        base = YEAR.sub("", DATED_YEAR.sub("", base))  # "31 dec 2024" goes with its year
    if _places_named(new, places):
        base = without_places(base, places)
    if without_periods(new) != new:  # "för helåret" after "jan–aug", "efter augusti": the new period replaces the old
        base = without_periods(base, to_date=True)
    new = named_body(named_person(new, previous), history)
    parallel = None if YEAR.search(new) or _places_named(new, places) or ENTITY.search(new) or INTENT.search(new) \
        else in_place_of_parallel(new, base)
    if parallel is not None:  # "och för barn?" after "vad kostar entré för vuxna i lessebo?": barn in vuxna's place
        base = parallel
    new_entities = ENTITY.findall(new)
    if new_entities:
        base = ENTITY.sub("", base)
    if INTENT.search(new):  # the new question asks its own thing: keep the old topic, drop the old asking
        base = INTENT.sub("", base)
        base = re.sub(r"^\W*(är|var|mycket|stort|stor|många|ska|kan)\b", "", base.strip(), flags=re.I)
    base = re.sub(r"\s+", " ", base).strip(" ?.!,–")
    if names_only and INTENT.search(new):  # its asking was answered in its turn: what it named stays
        new = " ".join(named_things(new, places))
        return f"{new} – {base}?" if new and base else (new or base)
    return f"{new.rstrip('?.! ')} – {base}?" if base else new


MAX_PHRASE_WORDS = 4  # "för vård och omsorg": a follow-up's phrase is a few words


@lru_cache(maxsize=1)
def _phrase_stops() -> frozenset[str]:
    """Words that end a prepositional phrase's noun: another preposition, a question word, an article-free verb
    comes later ("för vuxna i lessebo": "i" opens the next phrase)."""
    types = sentence_types()
    return frozenset(w.lower() for key in ("prepositions", "interrogatives", "interrogatives_initial", "finite_verbs",
                                             "auxiliaries", "followup_openers") for w in types[key])


def _phrase_words(text: str) -> list[str]:
    """The words of a prepositional phrase's noun at the start of `text`, up to a stop word, a number or a mark."""
    words = []
    for m in re.finditer(r"[^\W\d_]+(?:-[^\W\d_]*)?|\S", text):
        w = m.group()
        if not w[0].isalpha() or w.lower() in _phrase_stops():
            break
        words.append(w)
    return words


def in_place_of_parallel(new: str, earlier: str) -> str | None:
    """An elliptic follow-up that is one prepositional phrase ("och för barn?", "till avdelning unga då?") asks the
    earlier question again with its phrase of the same preposition replaced ("vad kostar entré för vuxna i
    lessebo?" -> "vad kostar entré för barn i lessebo?"): the earlier question with the new phrase in the old one's
    place; None when the follow-up is no such phrase or the earlier question has no one phrase of that preposition."""
    fragment = re.sub(r"\b(?:då|then)\s*[?.!]*\s*$", "", new.strip()).strip(" ?.!,")
    found = re.match(r"([^\W\d_]+)\s+(.+)$", fragment)
    if found is None or found.group(1).lower() not in sentence_types()["prepositions"]:
        return None
    phrase = _phrase_words(found.group(2))
    if not phrase or len(phrase) > MAX_PHRASE_WORDS or " ".join(phrase) != " ".join(found.group(2).split()):
        return None
    slots = [(m, _phrase_words(earlier[m.end():]))
             for m in re.finditer(rf"(?<!\w){re.escape(found.group(1))}\s+", earlier, re.I)]
    slots = [(m, words) for m, words in slots if words]
    if len(slots) != 1:
        return None
    m, words = slots[0]
    end = m.end()
    for w in words:  # the old phrase's words as written, with the spaces between them
        end = earlier.index(w, end) + len(w)
    return f"{earlier[:m.end()]}{found.group(2).strip()}{earlier[end:]}"


def restated(question: str, history: Sequence[str], places: Sequence[str] = ()) -> str | None:
    """The earlier question asked again with the follow-up's phrase in place of its parallel one
    (in_place_of_parallel: "och för barn?" after "vad kostar entré för vuxna 2025?" is "vad kostar entré för barn
    2025?"), a question of its own the tables can be asked without the conversation; None for any other
    follow-up, or when the earlier question leans on one before it."""
    history = [h for h in history if h and h.strip()]
    if not history or not is_followup(question, history) or is_followup(history[-1], history[:-1]):
        return None
    new = LEAD.sub("", question).strip()
    if YEAR.search(new) or _places_named(new, places) or ENTITY.search(new) or INTENT.search(new):
        return None
    return in_place_of_parallel(new, history[-1])


def named_things(question: str, places: Sequence[str] = ()) -> list[str]:
    """What a question names that a later follow-up keeps: its committees, municipalities and years, in order."""
    found = [(m.start(), m.group()) for m in ENTITY.finditer(question)]
    found += [(m.start(), m.group()) for p in _places_named(question, places)
              for m in re.finditer(rf"(?<!\w){re.escape(p)}s?(?!\w)", question, re.I)]
    found += [(m.start(), m.group()) for m in YEAR.finditer(question)]
    return [text for _, text in sorted(found)]


def named_body(question: str, history: Sequence[str]) -> str:
    """The follow-up with the body its bare noun points at in the noun's place ("hur mycket blir nämndens budget per
    invånare?" after "hur stor är kultur- och fritidsnämndens budget 2025?": "... kultur- och fritidsnämndens budget
    ..."), from the latest earlier turn naming one body of that noun; unchanged otherwise."""
    from assistant.understand.bodies import bare_body

    named = [m.span() for m in ENTITY.finditer(question)]  # "nämnden för arbete, ...": a body's own name
    for found in re.finditer(r"[^\W\d_]+", question):
        noun = bare_body(found.group())
        if noun is None or any(a <= found.start() < b for a, b in named):
            continue
        for earlier in reversed(history):
            names = {" ".join(m.group().split()) for m in ENTITY.finditer(earlier) if noun in m.group().lower()}
            names = {n[:-1] if n.lower().endswith(("ens", "ets")) or n.lower().endswith(noun + "s") else n
                     for n in names}  # the name's own form, without a genitive's s
            if any(bare_body(w) == noun for w in re.findall(r"[^\W\d_]+", earlier)):
                break  # the earlier turn says the noun alone too ("tekniska nämnden"): which body is not told
            if len(names) == 1:
                name = names.pop()
                said = f"{name}s" if found.group().lower().endswith("s") and not name.endswith("s") else name
                return f"{question[:found.start()]}{said}{question[found.end():]}"
            if names:
                break
    return question


def named_person(question: str, earlier: str) -> str:
    """The follow-up with the person its personal pronoun points at in the pronoun's place ("vilket parti är han
    gruppledare för" after "Daniel Filipsson är kommunstyrelsens ordförande": "vilket parti är Daniel Filipsson
    gruppledare för"), when the earlier turn names one person and the follow-up none; unchanged otherwise."""
    from assistant.evidence.sentences import NAME

    pronouns = list(PERSONAL.finditer(question))
    people = {re.sub(r"\s*\([^)]*\)$", "", " ".join(m.group().split())) for m in NAME.finditer(earlier)}
    if len(pronouns) != 1 or len(people) != 1 or NAME.search(question):
        return question
    name = people.pop()
    pronoun = pronouns[0]
    said = f"{name}s" if pronoun.group().lower() in POSSESSIVE else name
    return f"{question[:pronoun.start()]}{said}{question[pronoun.end():]}"

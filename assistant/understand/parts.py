"""A question with several parts ("hur stort är sparkravet ..., och till vilket år ska ...?", "S sommarjobb:
hur mycket pengar blir det, hur många jobb räcker det till och är det permanent?") as its parts.

Clauses are cut at commas, conjunctions, dashes, colons and sentence ends; a clause that opens like a question
(assistant.understand.words.opens_question) starts a new part, any other clause continues the one before it
("nämnden för arbete, kompetens o välfärd" stays one). Clauses before the first question are its preamble
("S sommarjobbssatsning:", "Socialnämnden tog bort personligt ombud för att spara."), said with the first part.
A part needs a topic of its own ("och när?" stays with the part before it) unless the preamble gives every part
its topic ("nämndbuffertarna – hur mycket blir det och senast när ska de vara på plats?").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from assistant.understand.words import (after_openers, asked_noun, is_clear_verb, is_verb, municipality_names,
                                        opens_question, sentence_types, words)
from assistant.understand.sources import says_sources_differ
from core.years import YEAR

BOUNDARY = re.compile(r"[?!.]\s+|:\s+|;\s*|,\s*|\s+[–—-]\s+|\s+(?=(?:och|samt|and)\s)", re.I)


@dataclass(frozen=True, slots=True)
class Parts:
    preamble: str  # statements before the first question: context, not asked
    questions: tuple[str, ...]

    def standalone(self) -> list[str]:
        """The parts as questions of their own; the preamble names what all of them ask about ("Omställningsfonden:
        hur mycket ..., och var ska pengarna komma ifrån?"), so it goes with each, except a part with a subject
        of its own that a stated preamble is not about (_own_subject). A later part whose interrogative
        determiner stands without its noun ("..., och vilken hade störst överskott?") takes the noun of the
        first part's ("Vilken nämnd ..."): "vilken nämnd hade störst överskott?"."""
        questions = shared_predicate(list(self.questions))
        said = unframed(self.preamble)
        parts = [q if _own_subject(q, self.preamble) else f"{said} {q}".strip() for q in questions] \
            if self.preamble else questions
        noun = asked_noun(parts[0])
        parts = [parts[0], *(_of_year(q, parts[0]) for q in parts[1:])]
        return [parts[0], *(named_body(_elided(q, noun, parts[0]) if noun else q, parts[0]) for q in parts[1:])]

    def preamble_names_topic(self, places: tuple[str, ...] = ()) -> bool:
        """The preamble names what every part asks about ("S sommarjobbssatsning: ..., hur många jobb räcker det
        till?"), so no part's "det" leans on the first part; a preamble naming only the municipality (one of
        `places`: "ragunda: vad kostade köket ..., och när invigdes det?") leaves "det" to the first part's topic."""
        from assistant.budget.municipal import without_names

        return len(self.questions) > 1 and bool(self.preamble) and has_topic(without_names(self.preamble, places))


def unframed(preamble: str) -> str:
    """The preamble without the words counting the parts ("Två saker från resultatbudgeten plan 2022:" ->
    "resultatbudgeten plan 2022:"): a number word and a vague noun ("saker", "grejer") say how many things are
    asked, nothing any part asks about; the preposition after them goes too."""
    from assistant.understand.query import COUNTED

    kinds = sentence_types()
    found = re.match(r"\s*([^\W\d_]+)\s+([^\W\d_]+)\s*", preamble)
    if found is None or found.group(1).lower() not in COUNTED or found.group(2).lower() not in kinds["vague_nouns"]:
        return preamble
    rest = preamble[found.end():]
    after = re.match(r"([^\W\d_]+)\s+", rest)
    return rest[after.end():] if after and after.group(1).lower() in kinds["prepositions"] else rest


def committees(text: str) -> set[str]:
    """The committees and administrations the text names ("KS" written out), in their base form."""
    from assistant.understand.abbreviations import expand
    from assistant.understand.followup import ENTITY

    return {re.sub(r"s$", "", m.lower()) for m in ENTITY.findall(expand(text))}


def named_body(part: str, first: str) -> str:
    """A later part naming its body by the bare noun ("..., och vad är nämndens totala kommunbidrag 2021?") means
    the one body of that noun the first part names by its name ("vård- och omsorgsnämnden"): the part with that
    name in its place, the noun's genitive kept; unchanged when the first part names none or several."""
    from assistant.understand.bodies import ENDINGS, body_nouns

    nouns = "|".join(sorted(map(re.escape, body_nouns()), key=len, reverse=True))
    endings = "|".join(ENDINGS)
    bare = re.search(rf"(?<![\w-])({nouns})({endings})(?![\w-])(?!\s+för\s)", part, re.I)
    if bare is None:
        return part
    noun = bare.group(1).lower()
    named = {m.group(0).lower(): m.group(0) for m in re.finditer(
        rf"(?:[^\W\d_]+-\s+(?:och|&)\s+)?[^\W\d_]+{noun}(?:{endings})?(?![\w-])", first, re.I)}
    if len(named) != 1:
        return part
    name = re.sub(r"(?<=[^s])s$", "", next(iter(named.values())))  # its base: "socialnämndens" -> "socialnämnden"
    genitive = bare.group(2).lower().endswith("s") and not name.endswith("s")
    return f"{part[:bare.start()]}{name}{'s' if genitive else ''}{part[bare.end():]}"


def _own_subject(part: str, preamble: str) -> bool:
    """The part stands without a preamble stating something (it has a verb: "Simon Waern var vice ordförande i
    KS 2023."): the statement introduces the parts, what it tells is not what a part asks about when the part
    names a committee of its own ("hur mycket ville hans parti ge socialnämnden ...?") or a topic of its own
    without pointing back at the statement ("S vill återinföra ombudet som nämnden drog in när de sparade. ...
    vad vill S lägga på ombudet?": the statement's saving is not the asked sum). A part pointing back ("Vilket
    parti tillhör hon?") or without a topic of its own leans on it. A preamble without a verb ("handlingsplanen:",
    "Två saker om feriejobben:") names what every part asks about."""
    from assistant.understand.followup import own_topic, refers_back

    if first_verb(YEAR.sub(" ", preamble)) is None:
        return False
    if committees(part) - committees(preamble):
        return True
    return not refers_back(part) and bool(own_topic(part)) and not _names_scope(preamble)


def _names_scope(preamble: str) -> bool:
    """The statement names a municipality or a year (data/kommuner.txt, any year): the scope of every part, which
    a part standing alone would lose ("Ockelbo höjde skatten 2024. Vad blev resultatet ...?")."""
    names = municipality_names()
    return bool(YEAR.search(preamble)) or any(w in names or (w.endswith("s") and w[:-1] in names)
                                               for w in re.findall(r"[^\W\d_]+", preamble.lower()))



def first_verb(text: str) -> int | None:
    """Where the part's first finite verb starts (a word of sentence_types' finite verbs, or one with a verb
    ending; "skattesats" is a noun), None for a part without one ("Vilken skattesats")."""
    return next((m.start() for m in re.finditer(r"[^\W\d_]+", text) if is_clear_verb(m.group(0).lower())), None)


def shared_predicate(parts: list[str]) -> list[str]:
    """A part that is only an interrogative noun phrase asks with the predicate of the next part, itself opened
    by an interrogative determiner: "Vilken skattesats och vilket budgeterat resultat har Ockelbo för 2025?" ->
    "Vilken skattesats har Ockelbo för 2025?"."""
    dets = "|".join(map(re.escape, sentence_types()["determiner_interrogatives"]))
    bare = re.compile(rf"^\s*(?:{dets})\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*[?.!]?\s*$", re.I)
    opened = re.compile(rf"^\s*(?:{dets})\b", re.I)
    out = list(parts)
    for i in range(len(out) - 2, -1, -1):
        after = first_verb(out[i + 1])
        if bare.match(out[i]) and first_verb(out[i]) is None and opened.match(out[i + 1]) and after is not None:
            out[i] = f"{out[i].rstrip('?.! ')} {out[i + 1][after:]}"
    return out


def _clauses(question: str) -> list[str]:
    pieces, start = [], 0
    for match in BOUNDARY.finditer(question):
        pieces.append(question[start:match.end()])
        start = match.end()
    pieces.append(question[start:])
    return [p for p in pieces if p.strip()]


def has_topic(clause: str) -> bool:
    """The clause names what it asks about: a concept of its own, or a kind of table ("vad har den i
    investeringsbudgeten?": a document's word, no concept, but another table than the first part's)."""
    from assistant.budget.matching import table_kinds
    from assistant.understand.followup import own_topic

    return bool(own_topic(clause)) or bool(table_kinds(clause))


def _of_year(part: str, first: str) -> str:
    """A part asking nothing but the first part's question of another year ("..., och vad var den 2024?") as that
    question of its year ("Vad är skattesatsen 2024?"); any other part as it is: one asking a change against its year
    ("..., and how much is that up from 2024?") asks it of the first part's figure (followup.compares_with_year)."""
    from assistant.understand.followup import compares_with_year
    from core.years import YEAR, years_in

    if has_topic(part) or _computes(part) or not _other_year(part, first) or compares_with_year(part):
        return part
    own, earlier = years_in(part), years_in(first)
    if len(own) != 1 or len(earlier) != 1:
        return part
    return YEAR.sub(lambda m: str(own[0]) if int(m.group()) == earlier[0] else m.group(), first)


def _other_year(clause: str, first: str) -> bool:
    """The clause asks the first part's question of a year of its own ("..., och vad var den 2024?"): it names a year
    the first part does not, and no topic (its "den" is the first part's)."""
    from core.years import years_in

    own = set(years_in(clause))
    return bool(own) and clause is not first and not own <= set(years_in(first))


def _aggregates(question: str) -> bool:
    """The question asks one figure over the things it names: their sum, mean, share, ranking or comparison."""
    from assistant.budget.plan import DIFFERENCE, MAX, MIN, RANK, SUM

    return bool(_computes(question) or COMPARING.search(question) or any(
        p.search(question) for p in (DIFFERENCE, MAX, MIN, RANK, SUM)))


def _concepts(phrase: str) -> bool:
    """The phrase names a concept of the question analysis (a slot word such as "resultat" counts)."""
    from assistant.understand.query import analyse

    return bool(analyse(phrase).groups)


def _computes(clause: str) -> bool:
    """The clause asks for a figure computed over what the question names ("vad är snittet per år?", "hur stor andel
    är det?", "hur mycket är det per invånare?"): a question of its own even without a topic, which it takes from
    the first part."""
    from assistant.budget.plan import MEAN, RATIO, SHARE
    from assistant.budget.stated_counts import per_word

    return bool(MEAN.search(clause) or SHARE.search(clause) or RATIO.search(clause) or per_word(clause))


def _finish(text: str) -> str:
    """The part as a question of its own: no leading conjunction (it would read as a follow-up), a "?"."""
    text = text.strip().rstrip(",;:–—- ").strip()
    first = text.split(maxsplit=1)
    if len(first) == 2 and not after_openers([first[0].lower()]):
        text = first[1]
    return text if text.endswith(("?", "!", ".")) else text + "?"


COORDINATED = re.compile(r"\b((?:(?:vice|förste|andre|deputy)\s+)?[^\W\d_]+)\s+(?:och|samt|and|&)\s+"
                         r"((?:(?:vice|förste|andre|deputy)\s+)?[^\W\d_]+)\b", re.I)


def _same_class(a: str, b: str) -> bool:
    """Two asked things of one kind: two roles ("ordförande och vice ordförande") or two kinds of table
    ("kommunbidrag och investeringar"); not two words of one name ("kultur och utbildning")."""
    from assistant.budget.matching import table_kinds
    from assistant.evidence.claims import role_nouns

    vocab = role_nouns()
    if a.split()[-1].lower() in vocab and b.split()[-1].lower() in vocab:
        return a.lower() != b.lower()
    kinds_a, kinds_b = table_kinds(a), table_kinds(b)
    return len(kinds_a) == 1 and len(kinds_b) == 1 and kinds_a != kinds_b


def distribute(question: str) -> list[str]:
    """A question asking the same thing of two things, as one question for each: two of one kind ("vem är
    ordförande och vice ordförande i kommunstyrelsen?" -> "vem är ordförande i ...?", "vem är vice ordförande
    i ...?"), two names around a distributive word ("i Tingsryd respektive Ockelbo"), two phrases each opened
    by a paired conjunction ("dels för X och dels för Y", "dels för X, dels för Y") or by the same preposition
    ("för X och för Y"); phrases said after the question's end ("Vad fick nämnden? dels för X, dels för Y") end it."""
    shared = _shared_attribute(question) or _same_head(question)
    if shared:
        return shared
    for pair in (_paired, _listed, _coordinated):
        found = pair(question)
        if found is not None:
            start, end, *phrases = found
            head, tail = question[:start], question[end:]
            if re.search(r"[?!.]\s*$", head) and not tail.strip():
                # said after the question ("Vad fick nämnden? dels för X, dels för Y"): each phrase ends it
                head, tail = re.sub(r"\s*[?!.]\s*$", " ", head), "?"
            return [f"{head}{phrase}{tail}" for phrase in phrases]
    return [question]


def _shared_attribute(question: str) -> list[str]:
    """"Tillhör A och B samma parti?": whether two things, often named in different documents, share one attribute,
    as the attribute asked of each ("Vilket parti tillhör A?", "Vilket parti tillhör B?"), so each is answered
    from its own document and cited; [] for any other question. The two things are cut at the first conjunction
    that leaves a topic on both sides ("nämnden för arbete, kompetens och välfärd" stays whole)."""
    kinds = sentence_types()
    same = "|".join(map(re.escape, kinds["sameness"]))
    verbs = "|".join(map(re.escape, kinds["verbs_opening_questions"]))
    match = re.match(rf"\s*(?P<verb>{verbs})\s+(?P<things>.+?)\s+(?P<prep>[^\W\d_]+\s+)?(?:{same})\s+"
                     rf"(?P<noun>[^\W\d_]+)(?P<rest>[^?]*)\??\s*$", question, re.I)
    if match is None or match.group("noun").lower() in kinds["vague_nouns"]:
        return []  # "samma sak": nothing named to ask of each
    things = match.group("things")
    for joint in re.finditer(r"\s+(?:och|samt)\s+", things, re.I):
        a, b = things[:joint.start()], things[joint.end():]
        if has_topic(a) and has_topic(b):
            break
    else:
        return []
    noun, verb, prep = match.group("noun"), match.group("verb").lower(), (match.group("prep") or "").strip()
    which = "vilket" if f"{noun.lower()}et" in kinds["person_nouns"] else "vilken"  # "partiet": a neuter noun
    tail = f" {prep}" if prep else ""
    return [f"{which.capitalize()} {noun} {verb} {thing.strip()}{tail}{match.group('rest').rstrip()}?"
            for thing in (a, b)]


TRAILING_PHRASE = re.compile(r"\s*,?\s+(?:och|samt|and)\s+((?:[^\W\d_][\w-]*\s+){1,2}([^\W\d_][\w-]*))\s*[?.!]?\s*$",
                             re.I)
MODIFIERS = 2  # words before a noun that may modify it ("det årliga resultatet", "årets resultat")


def _same_head(question: str) -> list[str]:
    """A noun phrase said last after a conjunction ("..., och det strukturella resultatet?") whose head noun an
    earlier phrase of the question has too ("hur många procent ska årets resultat vara", "för det årliga
    resultatet och ..."): the question asked of each phrase, the last in the earlier one's place; [] for any other
    question, or one asking a figure over both ("skillnaden mellan årets resultat och det strukturella")."""
    from assistant.understand.query import word_stem

    question, tail = _without_shared_place(question)
    last = TRAILING_PHRASE.search(question)
    if last is None or _aggregates(question) or opens_question(last.group(1)) or \
            any(is_verb(w) for w in words(last.group(1))):
        return []
    head = word_stem(last.group(2))
    stop = set(sentence_types()["prepositions"]) | set(sentence_types()["interrogatives"])
    before = question[:last.start()]
    found = [m for m in re.finditer(r"[^\W\d_][\w-]*", before) if _one_noun(word_stem(m.group()), head)]
    if not found:
        return []
    start = found[-1].start()
    for m in reversed([m for m in re.finditer(r"[^\W\d_][\w-]*", before[:start])][-MODIFIERS:]):
        if is_verb(m.group().lower()) or m.group().lower() in stop:
            break
        start = m.start()
    earlier = before[start:found[-1].end()]
    if earlier.lower() == last.group(1).lower():
        return []
    end = "?" if not question.rstrip().endswith((".", "!")) else question.rstrip()[-1]
    first = before.rstrip(" ,") + tail + (end if not before.rstrip().endswith(("?", ".", "!")) else "")
    return [first, f"{before[:start]}{last.group(1)}{before[found[-1].end():]}".rstrip(" ,") + tail + end]


def _without_shared_place(question: str) -> tuple[str, str]:
    """The question without a phrase opened by a preposition said after the last of two joined things ("the annual
    result and the structural result in the S budget?": "in the S budget"), and that phrase, said with each; the
    question itself and "" when its last words are no such phrase or hold a verb."""
    preps = "|".join(map(re.escape, sentence_types()["prepositions"]))
    match = re.search(rf"\s+((?:{preps})\s+[^?.!,;:]{{1,40}}?)(\s*[?.!]?\s*)$", question, re.I)
    if match is None or any(is_verb(w) for w in words(match.group(1))) or \
            not re.search(r"\s(?:och|samt|and)\s", question[:match.start()], re.I):
        return question, ""
    return question[:match.start()] + match.group(2), " " + match.group(1)


def _one_noun(a: str, b: str) -> bool:
    """Two stems of one noun: the stemmer cuts a bare form further than its definite one ("result", "resultat")."""
    short, long = sorted((a, b), key=len)
    return len(short) >= 4 and long.startswith(short) and len(long) - len(short) <= 3


PHRASE = r"[^\W\d_][^?.!,;:]{0,60}?"  # a few words, no clause boundary


def _paired(question: str) -> tuple | None:
    """Two phrases opened by one paired conjunction ("dels ... och dels ...") or two or more by one preposition
    ("för årets resultat, för det strukturella resultatet och för låneskulden"): (start, end, *phrases)."""
    kinds = sentence_types()
    paired = "|".join(map(re.escape, kinds["paired_conjunctions"]))
    # the second phrase joined by a conjunction or by a comma alone ("dels för X, dels för Y")
    match = re.search(rf"\b(?:{paired})\s+({PHRASE})(?:,?\s+(?:och|samt|and)|,)\s+(?:{paired})\s+({PHRASE})"
                      rf"(?=\s*[?.!;]|$)", question, re.I)
    if match:
        return match.start(), match.end(), match.group(1), match.group(2)
    preps = "|".join(map(re.escape, kinds["prepositions"]))
    # "för X och för Y", "för X respektive för Y"
    joins = "|".join(["och", "samt", "and", *map(re.escape, kinds["distributives"])])
    item = rf"(?:(?!\b(?:{joins})\b){PHRASE})"
    match = re.search(rf"\b({preps})\s+{item}(?:\s*,\s*\1\s+{item})*,?\s+(?:{joins})\s+\1\s+{PHRASE}"
                      rf"(?=\s*[?.!;]|$)", question, re.I)
    if match is None:
        return None
    prep = match.group(1)
    phrases = [p.strip() for p in re.split(rf"(?:\s*,\s*|,?\s+(?:{joins})\s+)(?={re.escape(prep)}\s)",
                                           match.group(0), flags=re.I)]
    if any(YEAR.fullmatch(p[len(prep):].strip()) for p in phrases):
        return None  # "för 2021 och för 2022": one question over two years, the calculator's
    return (match.start(), match.end(), *phrases)


DEFINITE = re.compile(r"(?:en|et|na|ns|ets|ens|nas)$", re.I)  # a Swedish noun's definite or genitive ending


def _listed(question: str) -> tuple | None:
    """Three or more things listed after one preposition, the question's last words ("om årets resultat, det
    strukturella resultatet och den externa låneskulden?"): (start, end, *phrases, the preposition with each). A
    thing is a phrase of two or more words or a noun in its definite form ("resultatet, soliditeten och
    låneskulden"); a list of bare words is one name ("nämnden för arbete, kompetens och välfärd")."""
    if _aggregates(question):
        return None  # "hur mycket får X, Y och Z sammanlagt?": one figure over the three, the calculator's
    preps = "|".join(map(re.escape, sentence_types()["prepositions"]))
    item = r"[^\W\d_](?:(?!\b(?:och|samt|and)\b)[^?.!,;:]){0,40}?"  # a few words, no conjunction
    match = re.search(rf"\b({preps})\s+({item}(?:\s*,\s*{item})+),?\s+(?:och|samt|and)\s+({item})(?=\s*[?.!;]|$)",
                      question, re.I)
    if match is None:
        return None
    things = [t.strip() for t in match.group(2).split(",")] + [match.group(3).strip()]
    if any(not t or YEAR.search(t) or not (len(t.split()) >= 2 or DEFINITE.search(t)) or not _concepts(t)
           or first_verb(t) is not None or opens_question(t) for t in things):  # noun phrases, not clauses
        return None
    prep = match.group(1)
    return (match.start(), match.end(), *(f"{prep} {t}" for t in things))


def _coordinated(question: str) -> tuple[int, int, str, str] | None:
    """Two words of one kind joined by a conjunction, or any two joined by a distributive word."""
    distributive = "|".join(map(re.escape, sentence_types()["distributives"]))
    match = re.search(rf"(?<![\w-])([^\W\d_][\w-]*)\s+(?:{distributive})\.?\s+([^\W\d_][\w-]*)(?![\w-])",
                      question, re.I)
    preps = sentence_types()["prepositions"]
    if match and not {match.group(1).lower(), match.group(2).lower()} & set(preps):  # not "i respektive dokument"
        return _repeated_head(question, match) or (match.start(), match.end(), match.group(1), match.group(2))
    match = COORDINATED.search(question)
    if match is None or not _same_class(match.group(1), match.group(2)):
        return None
    return match.start(), match.end(), match.group(1), match.group(2)


HEAD_WORDS = 2  # words a phrase may have before the distributive word ("avdelning vuxna respektive avdelning unga")


def _repeated_head(question: str, match: re.Match[str]) -> tuple[int, int, str, str] | None:
    """The word after the distributive repeats a word just before it ("till avdelning vuxna respektive avdelning
    unga"): two phrases opened by that word, the second as long as the first; None when no word repeats."""
    before = list(re.finditer(r"[^\W\d_][\w-]*", question[:match.start(1)]))[-HEAD_WORDS:]
    head = next((m for m in before if m.group().lower() == match.group(2).lower()), None)
    if head is None:
        return None
    length = len(words(question[head.start():match.end(1)]))
    after = list(re.finditer(r"[^\W\d_][\w-]*", question[match.start(2):]))[:length]
    if len(after) < length:
        return None
    end = match.start(2) + after[-1].end()
    return head.start(), end, question[head.start():match.end(1)], question[match.start(2):end]


def split_question(question: str) -> Parts:
    """The question's parts; a question that is not compound is one part (its preamble kept in place)."""
    preamble = ""
    current = ""
    parts: list[str] = []
    shared = False  # a preamble with a topic ("nämndbuffertarna –") is what every part asks about
    for clause in _clauses(question):
        # "..., har sett olika siffror i S-budgeten och handlingsplanen": a clause telling that the sources differ
        # says where the figure is read, it asks nothing of its own (the verb first is no yes/no question here)
        asks = (opens_question(clause) and not says_sources_differ(clause)) or \
            (not current and _elliptical(clause, preamble))
        if asks and (not current or shared or has_topic(clause) or _computes(clause) or _other_year(clause, current)
                     or _asks_by_own_verb(clause, current)):
            if current:
                parts.append(current)
            current = clause
        elif current:
            current += clause
        else:
            preamble += clause
            shared = has_topic(preamble)
    if current:
        parts.append(current)
    if not parts:
        return listed_asks(question) or Parts(preamble="", questions=(question,))
    if len(parts) < 2 or not (shared or all(has_topic(p) or _computes(p) or _other_year(p, parts[0])
                                            or (i > 0 and _asks_by_own_verb(p, parts[i - 1]))
                                            for i, p in enumerate(parts))):
        return Parts(preamble="", questions=(question,))
    return Parts(preamble=preamble.strip(), questions=tuple(_finish(p) for p in parts))


def _asks_by_own_verb(clause: str, before: str) -> bool:
    """A question clause after another asks a thing of its own by a verb of its own ("hur många lägenheter får det
    och vad kostar det totalt?": what it costs, of the thing the clause before asks of), though it names no topic."""
    if not (opens_question(before) and opens_question(clause)):
        return False
    own, earlier = _asking_verb(clause), _asking_verb(before)
    if own is None or earlier is None:
        return False
    return clause[own:].split(maxsplit=1)[0].lower() != before[earlier:].split(maxsplit=1)[0].lower()


def _asking_verb(clause: str) -> int | None:
    """Where the question clause's finite verb starts: a verb beyond doubt (`first_verb`), else a word the corpus
    being read writes in other forms of its verb ("begärde": "begära", "begärt"; understand/verbs.py)."""
    from assistant.understand.verbs import in_corpus_paradigm

    found = first_verb(clause)
    if found is not None:
        return found
    return next((m.start() for m in re.finditer(r"[^\W\d_]+", clause) if in_corpus_paradigm(m.group(0).lower())),
                None)


LEAD = re.compile(r":\s+|\s+[–—-]\s+")  # what ends a preamble naming what the asked phrases are of
LIST_JOINT = re.compile(r"\s*,\s*|,?\s+(?:och|samt|and)\s+", re.I)


def _elliptical(clause: str, preamble: str) -> bool:
    """A clause asked by its "?" alone, after a preamble that names what it is of ("investeringsbudgeten 2024 –
    totalen? och hur mycket av det ..."): a noun phrase without a verb naming a concept, even a slot word such as
    "totalen", which asks for that figure."""
    return bool(preamble) and LEAD.search(preamble[-3:] if preamble.endswith(" ") else preamble + " ") is not None \
        and clause.rstrip().endswith("?") and _concepts(clause) and first_verb(clause) is None


def listed_asks(question: str) -> Parts | None:
    """Noun phrases listed after a preamble, the question's only words after it ("ljusnarsberg 2023: årets resultat,
    balanskravsresultat och låneskulden vid årets slut?", "Två saker från resultatbudgeten: årets resultat och
    finansnettot?"): each phrase asks for its figure, the preamble said with each. None when a phrase has a verb or
    no topic of its own, when one name runs over the list's commas ("nämnden för arbete, kompetens och välfärd") or
    when the question asks one figure over them all ("..., sammanlagt?")."""
    from assistant.understand.followup import ENTITY

    leads = list(LEAD.finditer(question))
    if not leads or not question.rstrip().endswith("?"):
        return None
    head, tail = question[:leads[-1].end()], question[leads[-1].end():].rstrip(" ?")
    if any(LIST_JOINT.search(m.group(0)) for m in ENTITY.finditer(tail)) or _aggregates(tail):
        return None
    items = [i.strip() for i in LIST_JOINT.split(tail)]
    if len(items) < 2 or any(not i or YEAR.fullmatch(i) or not has_topic(i) or first_verb(i) is not None
                             or opens_question(i) for i in items):
        return None
    return Parts(preamble=head.strip(), questions=tuple(f"{i}?" for i in items))


def statement_before(question: str) -> tuple[str, str]:
    """(the statement before the question, what is asked): "KS ville 2023 att man skulle utreda utdelningen –
    hur mycket blev förslaget?" tells what KS wanted, then asks. A preamble without a verb ("Socialnämnden 2022:
    hur mycket får den?") names what is asked: ("", question), as for a question without a preamble."""
    clauses = _clauses(question)
    first = next((i for i, c in enumerate(clauses) if opens_question(c)), None)
    if not first:
        return "", question
    preamble, asked = "".join(clauses[:first]), "".join(clauses[first:])
    # an auxiliary is a finite verb too ("Nämnden skulle 2024 utreda en avgift"): the statement tells what happened
    auxiliaries = set(sentence_types()["auxiliaries"])
    if first_verb(YEAR.sub(" ", preamble)) is None and not auxiliaries.intersection(words(preamble)) \
            and not _full_sentence(preamble):
        return "", question
    if _only_source(preamble):  # "According to the minutes from March 2025, what ...?": where, not what happened
        return "", question
    return preamble, asked


def _only_source(preamble: str) -> bool:
    """The preamble is a phrase naming where the figure is written and nothing else (sources.source_phrases)."""
    from assistant.understand.sources import source_phrases

    text = preamble.strip(" ,;:–-")
    return any(start == 0 and not text[end:].strip(" ,;:–-") for start, end in source_phrases(text))


STATEMENT_WORDS = 4  # "Kommunstyrelsen bad 2023 om en utredning.": a sentence, though "bad" is no verb known


def _full_sentence(text: str) -> bool:
    """The text is a sentence of its own, ended by a full stop and of a few words: a statement, whether or not
    its verb is one the word lists know (an irregular past tense: "bad", "gav", "låg")."""
    said = words(YEAR.sub(" ", text))
    # a sentence opened by an imperative ("Jämför årets resultat för A och B.") requests what is asked: no statement
    return text.rstrip().endswith(".") and len(said) >= STATEMENT_WORDS \
        and said[0].lower() not in sentence_types()["requests"]


def context_years(question: str) -> set[int]:
    """Years said only in the statement before the question (statement_before): they date what the statement
    tells (a document of that year reports it), not what is asked."""
    preamble, asked = statement_before(question)
    return {int(y) for y in YEAR.findall(preamble)} - {int(y) for y in YEAR.findall(asked)}


def _elided(question: str, noun: str, first: str) -> str:
    """A part that leaves out the first part's noun asks within its frame: the noun, and its years when the part
    names none ("..., och vilken hade störst överskott?" after "Vilken nämnd hade störst underskott 2023")."""
    completed = with_noun(question, noun)
    years = list(dict.fromkeys(YEAR.findall(first)))
    if completed == question or not years or YEAR.search(question):
        return completed
    return f"{completed.rstrip('?.! ')} {' '.join(years)}?"


def with_noun(question: str, noun: str) -> str:
    """The question with `noun` after an interrogative determiner that a verb follows directly."""
    kinds = sentence_types()
    dets = "|".join(kinds["determiner_interrogatives"])
    match = re.search(rf"\b({dets})\s+([^\W\d_]+)", question, re.I)
    if match is None or not is_verb(match.group(2).lower()):
        return question
    return f"{question[:match.end(1)]} {noun}{question[match.end(1):]}"


def share_scope(parts: list[str], places: tuple[str, ...]) -> list[str]:
    """Later parts said within the first part's place (one of `places`, the municipalities of the indexed
    documents) when they name none of their own ("Vad budgeteras årets resultat 2025 i Vårgårda, och vilken
    skattesats gäller?": the tax rate in Vårgårda), and within the year closing the first part (share_year)."""
    if len(parts) < 2:
        return parts
    parts = share_year(parts)
    named = [p for p in places if any(_names(part, p) for part in parts)]
    if len(named) != 1:  # none, or each part its own ("Vad får X i Lerum, och vad får Y i Tranemo?")
        return parts
    from assistant.understand.language import detect_language

    within = "in" if detect_language(" ".join(parts)) == "en" else "i"  # "..., and how big was the drop?": in English
    return [p if any(_names(p, q) for q in places) else f"{p.rstrip('?.! ')} {within} {named[0]}?" for p in parts]


# the year closing a part as the time of all it asks ("... i Vaxholm 2025", "... för 2025"), not a year a noun or
# a span starts or ends at ("uppdrag från 2023", "till 2025 i Vårgårda")
CLOSING_YEAR = re.compile(r"(?<!\bfrån )(?<!\bsedan )(?<!\btill )(?<!\bfrom )(?<!\bsince )(?<!\buntil )"
                          + YEAR.pattern + r"(?:/\d\d)?\s*[?.!]?\s*$", re.I)  # "läsåret 2024/25": a year over New Year
OWN_TIME = re.compile(r"\b(?:när|då|vilket år|vilka år|when|which year|what year|året (?:innan|före|efter)|"
                      r"föregående år\w*|följande år\w*|nästa år|förra året|i år|i fjol|the year (?:before|after)|"
                      r"the (?:previous|prior|following) year|next year|last year|this year)\b", re.I)


def share_year(parts: list[str]) -> list[str]:
    """Later parts asked within the year that closes the first part ("vad är skattesatsen i Vaxholm 2025 och hur
    stort blir resultatet?": the result of 2025) when they name no time of their own. A year a noun or a span
    starts or ends at stays with its part ("Vilket uppdrag från 2023 ..., och hur stor utdelning ...?")."""
    closing = CLOSING_YEAR.search(parts[0]) if len(parts) > 1 and len(YEAR.findall(parts[0])) == 1 else None
    if closing is None or _names_topic_document(parts[0][:closing.start()]):
        return parts
    year = closing.group(1)  # "läsåret 2024/25": the year it starts in, as the tables name its column
    return [parts[0], *(p if YEAR.search(p) or OWN_TIME.search(p) else f"{p.rstrip('?.! ')} {year}?"
                        for p in parts[1:])]


def _names_topic_document(before: str) -> bool:
    """The words before a closing year end in a document asked about ("röstade fullmäktige om budgeten", "about the
    budget": understand.query.topic_kinds): the year names that document ("budgeten 2026"), not the time of what
    the other parts ask ("..., och vilken borgensram fick bostadsbolaget?")."""
    from assistant.understand.query import TOPIC_BEFORE, topic_kinds

    last = list(TOPIC_BEFORE.finditer(before))
    return bool(last) and not before[last[-1].end():].strip() and bool(topic_kinds(last[-1].group(0)))


# superlatives in their definite form too ("det högsta resultatet", "den lägsta skattesatsen")
COMPARING = re.compile(r"\b((?:mest|minst|högst|lägst|störst|flest)a?|skillnad\w*|jämför\w*|mer|mindre|högre|lägre|flest|fler|färre|"
                       r"större|vilken kommun|vilka kommuner|most|least|highest|lowest|difference|compare\w*|more|less|"
                       r"higher|lower|larger|bigger|smaller|greater|which municipality)\b", re.I)


# the municipalities spoken of together by their common noun, definite ("kommunerna", "de två kommunerna", "båda
# kommunerna", "the two municipalities"), or asked which of them ("vilken kommun", "which municipality"): the ones
# the documents are of
COLLECTIVE_PLACES = re.compile(r"\b(?:(?:de\s+)?(?:två|båda)\s+)?kommunerna\b|"
                               r"\b(?:the|both)\s+(?:two\s+)?municipalities\b|"
                               r"\b(?:vilken|vilka)\s+kommun(?:er)?\b|\bwhich\s+municipalit(?:y|ies)\b", re.I)


def with_places_named(question: str, places: tuple[str, ...]) -> str:
    """A question speaking of "kommunerna" without naming any, asked of documents of two municipalities, or asking
    which municipality of documents of two or more, as it would be said naming them ("Vilken av kommunerna hade
    flest invånare ...?" -> "Vilken av kommunerna Flen och Skinnskatteberg hade flest invånare ...?"; "vilken
    kommun hade flest invånare 2023?"), so each is asked and compared as when named; the question as it is
    otherwise (it names one, or the documents are of one municipality, or of more than two for "kommunerna")."""
    from assistant.budget.municipal import names_said

    found = COLLECTIVE_PLACES.search(question)
    asks_which = found is not None and found.group(0).lower().startswith(("vilk", "which"))
    if found is None or len(places) < 2 or (len(places) != 2 and not asks_which) or names_said(question, places):
        return question
    english = found.group(0).lower().startswith(("the", "both", "which"))
    joined = " and " if english else " och "
    return f"{question[:found.end()]} {', '.join(places[:-1])}{joined}{places[-1]}{question[found.end():]}"


def per_place(question: str, places: tuple[str, ...]) -> list[str]:
    """A question asking the same of two or more municipalities without comparing them ("Vad är skattesatsen 2025
    i Tingsryd respektive Ockelbo?") as one question for each ("... i Tingsryd?", "... i Ockelbo?"); a comparison
    ("Vilken kommun lägger mest ...?") stays one question for the calculator to compare."""
    found = sorted((m.start(), m.end() + len(_qualifier(question, m.end())), p) for p in places
                   for m in re.finditer(rf"(?<![\w]){re.escape(p)}(?:'?s)?(?![\w])", question, re.I))
    # what a preamble before a colon says ("Compare the equity ratio: what is ...?") frames the question after it
    asked = question[question.rfind(": ") + 2:] if ": " in question else question
    if len(found) < 2 or COMPARING.search(asked):
        return [question]
    between = [question[a[1]:b[0]] for a, b in zip(found, found[1:])]
    if asks_which(asked) and AMONG.search(question[:found[0][0]]):
        return [question]  # "Vilken av kommunerna Säter och Norberg hade bäst ...?": a choice among the places
    if asks_which(asked) and all(ALTERNATIVE.fullmatch(gap) for gap in between[-1:]):
        return [question]  # "Vem gick bäst 2023, Gnosjö eller Sotenäs?": a choice between them, one comparison
    if len(found) == 2 and not COORDINATOR.fullmatch(between[0]):
        return _noun_left_out(question, found) or [question]
    if not all(COORDINATOR.fullmatch(gap) for gap in between):
        return [question]  # the names are not one coordinated group
    start, end = found[0][0], found[-1][1]
    lead = re.search(r"\b(?:i|för|hos|in|for)\s+$", question[:start], re.I)
    head = question[:lead.start() if lead else start].rstrip()
    tail = ACROSS.sub("", question[end:])  # "..., tillsammans?": the places' figures added, not each place's own
    word = lead.group(0).strip() if lead else "i"
    return [f"{head} {word} {question[a:b].strip()}{tail}" for a, b, _ in found]


# an adverb adding the figures of the places a question names ("vad budgeterar A och B för resultat 2025,
# tillsammans?"): it is said of them together, so no one place's question says it (summed_over_places)
ACROSS = re.compile(r"(?:\s*,)?\s*\b(?:tillsammans|sammanlagt|sammantaget|together|combined|altogether|in total)\b",
                    re.I)


def summed_over_places(question: str, parts: list[str]) -> bool:
    """The question asks the places' figures added up: per_place cut it into one question for each place and
    dropped the adverb that adds them."""
    return len(parts) > 1 and bool(ACROSS.search(question)) and not any(ACROSS.search(p) for p in parts)


def _noun_left_out(question: str, found: list[tuple[int, int, str]]) -> list[str]:
    """The second place's clause with its noun left out, said after the first's ("what is Mjölby's budgeted figure
    for 2025 and Härjedalen's at 31 August 2024?"): one question for each, the second with the first's head ("what
    is Härjedalen's at 31 August 2024?"), when the question still names a topic without the places; [] when the
    second place is not in such a clause (a verb after it, or no coordinator before it)."""
    from assistant.budget.municipal import without_names

    (a_start, _, _), (b_start, _, _) = found
    gap = re.search(r"\s*(?:,\s*)?\b(?:och|samt|and|vs\.?|versus)\s*$", question[:b_start], re.I)
    tail = question[b_start:]
    if gap is None or any(is_clear_verb(w) for w in words(tail)):
        return []
    first = question[:gap.start()].rstrip(" ,") + "?"
    second = question[:a_start] + tail
    places = tuple(p for _, _, p in found)
    return [first, second] if has_topic(without_names(second, places)) else []


# the places as what "vilken av" / "which of" chooses among ("vilken av kommunerna Säter och Norberg", "which of
# Säter and Norberg"): said right before the first place
AMONG = re.compile(r"\b(?:av|of|among|between)\s+(?:(?:de|the)\s+)?(?:(?:två|båda|two|both)\s+)?"
                   r"(?:kommunerna|municipalities)?\s*$", re.I)
ALTERNATIVE = re.compile(r"\s*,?\s*(?:eller|or)\s*", re.I)  # "A eller B": one of them, not each


def asks_which(question: str) -> bool:
    """The question asks which one or who ("vilken kommun ...", "vem gick bäst ...", "which ...")."""
    return any(w in sentence_types()["choosing_interrogatives"] for w in words(question)[:3])


COORDINATOR = re.compile(r"\s*(?:,|och|samt|respektive|resp\.|and|or|eller|vs\.?|versus)\s*", re.I)


def _qualifier(question: str, at: int) -> str:
    """The parenthesis right after a place's name, which qualifies that place alone ("Mönsterås (mid-2025) vs
    Säffle (end of 2024)"): it goes with the place into its own question."""
    found = re.match(r"\s*\([^()]*\)", question[at:])
    return found.group(0) if found else ""


def _names(text: str, place: str) -> bool:
    return bool(re.search(rf"(?<![\w]){re.escape(place)}s?(?![\w])", text, re.I))


# "Jämför A med B", "compare A with B": an imperative naming two things; "hur stort var A jämfört med B": a question
# asked of A set against B. The things end at a clause boundary.
_THING = r"[^?.!;:–—]+?"
RELATIVE = r"i\s+(?:förhållande|relation)\s+till|relative\s+to|in\s+relation\s+to"  # A set against B as its measure
# A as a share of B ("underskottet 2020 i procent av kommunbidraget 2021"): set against B as its measure too
PERCENT_OF = r"i\s+procent\s+av|som\s+andel\s+av|as\s+a\s+(?:percentage|share)\s+of"
COMPARE_IMPERATIVE = re.compile(rf"\b(?:jämför|compare)\s+(?P<a>{_THING})\s+(?:med|mot|with|to|and)\s+(?P<b>{_THING})"
                                rf"(?=\s+[–—-]\s+|\s*[?.!;:]|$)", re.I)
COMPARED_WITH = re.compile(rf"(?P<head>\b(?:hur\s+\w+|vad|how\s+\w+|what)\s+(?:\w+\s+)?)(?P<a>{_THING})\s+"
                           rf"(?:jämfört\s+med|{RELATIVE}|{PERCENT_OF}|compared\s+(?:to|with))\s+(?P<b>{_THING})(?=\s*[?.!;]|$)",
                           re.I)
# "hur mycket större är A än B?": a comparative asked by how much (or how many times) of A, said against B after "än"
COMPARED_THAN = re.compile(rf"(?P<head>\b(?:hur\s+\w+(?:\s+gånger)?|how\s+\w+(?:\s+times)?)\s+)(?P<a>{_THING})\s+"
                           rf"(?:än|than)\s+(?P<b>{_THING})(?=\s*[?.!;]|$)", re.I)
# "A jämfört med B – hur stor är skillnaden?": two things set against each other as a statement, then the question
# asking how they differ
COMPARED_LEAD = re.compile(rf"^\s*(?P<a>{_THING})\s+(?:jämfört\s+med|compared\s+(?:to|with))\s+(?P<b>{_THING})"
                           rf"(?:\s+[–—-]\s+|\s*[,:]\s+)(?P<asked>[^?.!;]+)[?.!]?\s*$", re.I)
# "vad är störst per år: A eller B?", "Vilken förskola blir dyrast – A eller B?": which of two things is the larger,
# asked by an interrogative (and the noun it asks of), a copula and a superlative, the two things after it
SUPERLATIVE = r"(?:störst|högst|mest|minst|lägst|dyrast|billigast|largest|biggest|highest|most|smallest|lowest|least)"
CHOSEN_OF_TWO = re.compile(rf"^\s*(?P<asked>(?:vad|vilken|vilket|vilka|which|what)(?:\s+(?!kommun\w*\b)(?P<kind>[^\W\d_]+))?\s+"
                           rf"(?:är|var|blir|blev|is|was|will\s+be)\s+(?:den\s+|det\s+|the\s+)?{SUPERLATIVE}\b[^:,–—?]*?)"
                           rf"\s*[:,–—]\s*(?P<a>{_THING})\s*,?\s+(?:eller|or)\s+(?P<b>{_THING})\s*[?.!]?\s*$", re.I)
# "hur stor marginal finns mellan A och B?", "vad är skillnaden mellan A och B?": how two things set side by side
# differ, asked by an interrogative, a copula or "finns" and a noun, the two things after "mellan"/"between"; another
# verb says what happens between them ("hur fördelas paketet mellan vuxna och unga", "hur mycket ökar X mellan 2023
# och 2025", "vad kostar vägen mellan A och B")
BETWEEN = re.compile(rf"(?P<head>\b(?:hur\s+\w+|vad|how\s+\w+|what)\s+(?:\w+\s+)?(?:är|var|blir|blev|finns|fanns|"
                     rf"is|was|are|were)\b[^?.!;:]*?)\s+(?:mellan|between)\s+(?P<things>[^?.!;:]+?)\s*[?.!]?\s*$",
                     re.I)
COSTLY = re.compile(r"\b(?:dyrast|billigast)\b", re.I)  # the things' cost asked, not their size
ASK_COST = "Vad kostar {} totalt?"  # a thing's cost is its whole
ASK_SIZE = {"sv": "Hur stort är {}?", "en": "How large is {}?"}
COPULAS = frozenset({"är", "var", "blir", "blev", "is", "was", "are", "were"})
WORTH = re.compile(r"\b(?:bättre|sämre|better|worse)\b", re.I)  # comparatives of worth: "hur mycket sämre blir A än B"  # "hur mycket större är A": A's size


def figures_in_text(text: str) -> bool:
    """The text states a figure of its own (a number that is not a year)."""
    return bool(re.search(r"\d", YEAR.sub(" ", text)))


def compared(question: str, language: str = "sv", leaning: bool = False) -> list[str]:
    """A question setting two things against each other as one question for each ("hur stort var underskottet 2019
    jämfört med sparkravet 2024?" -> "hur stort var underskottet 2019?", "hur stort var sparkravet 2024?";
    "Budgeterat resultat 2025 jämfört med utfallet 2023 – hur stor är skillnaden?" -> "Hur stort är budgeterat
    resultat 2025?", "Hur stort är utfallet 2023?";
    "Jämför sparkravet med paketet – ..." -> "Hur stort är sparkravet?", "Hur stort är paketet?"), so each is
    answered and cited and a difference asked of them is computed from both; [] for any other question. With
    `leaning`, one thing's two figures ("socialnämndens ram för 2027 jämfört med budgeten för 2026") are split too,
    the later one asked of the first one's thing (a later part leans on the first): for when the calculator, whose
    change it is, finds no table holding both."""
    match = COMPARED_WITH.search(question)
    relative = match is not None and re.fullmatch(f"{RELATIVE}|{PERCENT_OF}",
                                                  question[match.end("a"):match.start("b")].strip(), re.I)
    if relative and not (YEAR.search(match.group("a")) and YEAR.search(match.group("b"))):
        # "årets resultat i förhållande till skatteintäkterna": a measure the documents may state as such (a goal
        # in per cent); two figures each of a year of its own are two things set against each other
        return []
    if match and opens_question(match.group("b")) and has_topic(match.group("b")):
        # "S ville ... – hur mycket la de på det, jämfört med hur stort paketet var ...?": B asked as its own question,
        # A with the statement before it, which names what A's "det" is
        first = question[:match.end("a")].strip().rstrip(",")
        if has_topic(first):
            return [f"{first}?", f"{match.group('b').strip().rstrip(',')}?"]
    if match and not leaning and not (has_topic(match.group("a")) and has_topic(match.group("b"))):
        return []  # "socialnämnden 2023 jämfört med 2021": one thing in two years, the calculator's change
    if match and leaning and (not has_topic(match.group("a")) or YEAR.fullmatch(match.group("b").strip(" ,"))):
        return []  # "2023 jämfört med 2021": no thing of either's own to ask
    if match:
        head, a, b = match.group("head"), match.group("a").strip(), match.group("b").strip().rstrip(",")
        verb = first_verb(a)
        if verb is not None and (COMPARING.search(head + a[:verb]) or WORTH.search(head + a[:verb])):
            # "hur många gånger större är A jämfört med B?": the comparison is the question's, each thing's size is
            # asked plainly (B has no verb of its own to ask it with)
            said, *subject = a[verb:].split(maxsplit=1)
            if said.lower() in COPULAS and subject and has_topic(subject[0]):
                return _each(subject[0], b, language)
        return [f"{head}{a}?", f"{head}{b}?"]
    match = COMPARED_THAN.search(question)
    if match and not figures_in_text(match.group("b")):
        # "hur mycket större är sparkravet 2024 än omställningspaketet 2020?": each thing's size asked plainly, when
        # a comparative and a copula open A and B names a thing of its own (not "än 2023", not "än 3 miljoner")
        a, b = match.group("a").strip(), match.group("b").strip().rstrip(",")
        said, _, subject = a.partition(" ")
        verb, _, subject = subject.strip().partition(" ")
        if (COMPARING.fullmatch(said) or WORTH.fullmatch(said)) and verb.lower() in COPULAS and has_topic(subject) \
                and (has_topic(b) or leaning) and not YEAR.fullmatch(b):
            return _each(subject, b, language)
        if leaning and COMPARING.fullmatch(said) and verb.lower() not in COPULAS and has_topic(subject) \
                and opens_question(b) and has_topic(b):
            # "hur mycket mer investerar Ödeshög enligt budgeten för 2025 än vad delårsrapporten prognostiserade för
            # investeringarna 2024?": A asked with its own verb, B a clause asking of its own (no table holds both)
            return [f"{match.group('head')}{verb} {subject}?", f"{b}?"]
    match = COMPARED_LEAD.match(question)
    if match and opens_question(match.group("asked")) and COMPARING.search(match.group("asked")) \
            and has_topic(match.group("a")) and has_topic(match.group("b")):
        return _each(match.group("a").strip(), match.group("b").strip(), language)
    match = CHOSEN_OF_TWO.match(question)
    if match and has_topic(match.group("a")) and has_topic(match.group("b")):
        # "vad är störst per år: S-budgetens pott eller handlingsplanens fond?": each thing's size asked plainly, the
        # larger told by their difference
        costly = COSTLY.search(match.group("asked")) and language != "en"
        ask = ASK_COST if costly else ASK_SIZE["en" if language == "en" else "sv"]
        kind = f"{match.group('kind')} " if match.group("kind") else ""  # "vilken förskola": each thing is one
        return [ask.format(kind + match.group("a").strip()), ask.format(kind + match.group("b").strip())]
    two = between(question)
    if two:
        return _each(*two, language)
    match = COMPARE_IMPERATIVE.search(question)
    if match and has_topic(match.group("a")) and has_topic(match.group("b")):
        ask = ASK_SIZE["en" if language == "en" else "sv"]
        return [ask.format(match.group("a").strip()), ask.format(match.group("b").strip().rstrip(","))]
    return []


def between(question: str) -> tuple[str, str] | None:
    """The two things a question asks the difference between ("Hur stor marginal finns mellan Bohusbyggs kontrakt
    och den beslutade totalutgiften för förskolan?": "Bohusbyggs kontrakt", "den beslutade totalutgiften för
    förskolan"), cut at the first conjunction leaving a thing of its own on both sides ("vård- och omsorgsnämnden"
    stays whole); None for any other question, or two years ("mellan 2023 och 2025": one thing's change, the
    calculator's)."""
    match = BETWEEN.search(question)
    if match is None:
        return None
    things = match.group("things")
    for joint in re.finditer(r"\s+(?:och|samt|and)\s+", things, re.I):
        a, b = things[:joint.start()].strip(" ,"), things[joint.end():].strip(" ,")
        if a.endswith("-"):  # "vård- och omsorgsnämnden": one name's coordinated compound
            continue
        if has_topic(a) and has_topic(b) and not YEAR.fullmatch(a) and not YEAR.fullmatch(b):
            return a, b
    return None


def _each(a: str, b: str, language: str) -> list[str]:
    """Each side's size asked ("Hur stort är A?", "Hur stort är B?"), the later side of the first one's thing when it
    names only where or as what its figure is read (understand.sides.other_side: "jämfört med mål och budget"), a
    bare body noun in it the one the first side names by its name ("nämndens prognos": "omsorgsnämndens prognos")."""
    from assistant.understand.sides import asked, other_side

    if language == "en":
        return [ASK_SIZE["en"].format(a), named_body(ASK_SIZE["en"].format(b), ASK_SIZE["en"].format(a))]
    first = asked(a)
    return [first, named_body(asked(other_side(a, b)), first)]

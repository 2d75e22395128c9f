"""Claim checks: supported / contradicted / not_found, by comparing the claim's figures (unit-aware),
years, people, parties and roles with the best evidence sentences.

The claim's numbers and years are left out of retrieval (a wrong figure must not steer the search);
they are compared afterwards, with the calculator's Swedish number parser.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from assistant.evidence.claim_figures import Figure, claim_figures, figures_in, same_figure, strip_figures
from assistant.understand.query import YEAR, stems, word_stem, word_stems
from assistant.retrieval.retrieve import NAME, Sentence
from assistant.evidence.sentences import relative_years
from assistant.understand.bodies import ENDINGS, body_nouns
from assistant.understand.boundaries import has_word
from assistant.understand.words import (DEFINITE_NOUN_ENDINGS, VERB_PARTICLES, municipality_names,
                                        opens_hypothetical, opens_question, sentence_types)
from assistant.understand.parts import listed_asks

CLAIM_PREFIX = re.compile(
    r"^\s*(?:stämmer (?:det|påståendet|uppgiften)(?: att)?|är det (?:sant|korrekt|riktigt) att|faktakoll\s*:|"
    r"fact[- ]?check\s*:?|is it (?:true|correct|right)(?: that)?|check(?: the claim)?\s*:|kontrollera\s*:|"
    r"påstående\s*:|claim\s*:)\s*", re.I)

@lru_cache(maxsize=1)
def roles() -> dict:
    return json.loads(resources.files("assistant.data").joinpath("roles_sv.json").read_text(encoding="utf-8"))


ROLE_MODIFIERS = ("vice", "förste", "andre", "deputy")  # words of roles_sv.json `roles` that only qualify a role


@lru_cache(maxsize=1)
def role_nouns() -> frozenset[str]:
    """The roles of roles_sv.json that name a role by themselves ("ordförande", "ekonomichef"; "vice" does not)."""
    return frozenset(roles()["roles"]) - set(ROLE_MODIFIERS)


NO_EVIDENCE = "inget underlag"  # the evidence neither supports nor contradicts the claim
DEFAULT_SUPPORT = "underlaget säger samma sak"  # supported because nothing in the evidence contradicts the claim
# check_years' verdicts: a claimed year against the best sentence's, which must be about the claim's subject
YEAR_SAME, YEAR_OTHER, YEAR_OTHER_TIME = "året stämmer", "annat år", "annan tid på året"
YEAR_VERDICTS = frozenset({YEAR_SAME, YEAR_OTHER, YEAR_OTHER_TIME})


def claim_text(question: str) -> str | None:
    """The claim a question asks to check; None when it asks something else.

    "Stämmer det att ...?", "Fact-check: ..." and the like name it; otherwise the sentence type decides
    (assistant/data/sentence_types.json): a statement ("S vill ge 15 miljoner till ..., eller hur?",
    "Daniel Filipsson är sosse?", "X påstår att ...") is a claim; a question (an interrogative word, a
    finite verb first), an instruction ("Berätta om ...") or a follow-up fragment ("och 2023?") is not."""
    return parse_claim(question)[0]


def parse_claim(question: str) -> tuple[str | None, bool]:
    """(the claim, whether the question says outright that it asks for a check: a prefix or a confirmation
    tag). A bare statement is checked too; a noun phrase typed as a search is none (statement_claim)."""
    opened = after_greeting(question)
    m = CLAIM_PREFIX.match(opened)
    if m:
        return without_frame(opened[m.end():].strip().rstrip("?").strip()) or None, True
    body = statement_claim(question)
    if body is None:
        return None, False
    return without_frame(body), body != question.strip().rstrip(" ?!.")


# who asks, or a greeting, before the question: up to five words ended by a colon or an exclamation mark ("Journalist
# här:", "Hej!", "Fråga från en läsare:")
GREETING = re.compile(r"^\s*(?:[^\W\d_][\w-]*[\s,]*){1,5}[:!]\s+")


def after_greeting(question: str) -> str:
    """The question after who asks or a greeting, when a claim prefix follows it ("Journalist här: stämmer det att
    ..."); the question itself otherwise."""
    m = GREETING.match(question)
    return question[m.end():] if m and CLAIM_PREFIX.match(question[m.end():]) else question


def without_frame(claim: str) -> str:
    """The reported claim without who reported it: "Lokaltidningen skrev att nämnden har ett sparkrav på 14
    miljoner" is checked as "nämnden har ett sparkrav på 14 miljoner" (a reporting verb, then "att"/"that",
    within the claim's first words)."""
    quoted = QUOTED_CLAIM.match(claim)
    if quoted and len(quoted.group("claim").split()) >= 3:
        claim = quoted.group("claim").strip().rstrip(".!")  # 'Journalist: ”Nämnden får sänkt budget.”'
    frame = _reporting_frame().match(claim)
    rest = claim[frame.end():].strip() if frame else ""
    return rest if len(rest.split()) >= 3 else claim


# a claim quoted whole after who said it: up to five words and a colon, then the quote
QUOTED_CLAIM = re.compile(r"^(?:[^\W\d_][\w-]*\s*){1,5}:\s*[”\"«“](?P<claim>[^”\"«»“]+)[”\"»“]\s*$")


@lru_cache(maxsize=1)
def _reporting_frame() -> re.Pattern[str]:
    """Up to five words or numbers ("Pressmeddelandet från februari 2023 visar att ..."), a reporting verb or a
    confirmation tag (sentence_types.json: "Det stämmer väl att ..."),
    up to four more words, then "att"/"that"."""
    kinds = sentence_types()
    verbs = "|".join(re.escape(v) for v in kinds["reporting_verbs"] + kinds["confirmation_tags"])
    return re.compile(rf"^(?:\w+[\s,]+){{0,5}}?(?:{verbs})\b(?:[\s,]+[^\W\d_]+){{0,4}}?[\s,]+(?:att|that)\s+",
                      re.IGNORECASE)


# a sentence ends at ".", "!" or "?", or after a closing quote right after one ("... nästa år.” Sant?")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[.!?][”\"»'])\s+")
MIN_STATEMENT_WORDS = 4
FINITE_ENDINGS = ("ar", "er", "ir", "de", "te")  # Swedish present and past tense ("växer", "ökar", "minskade")


def statement_claim(question: str) -> str | None:
    """The statement inside a question that is phrased as one, without its confirmation tag."""
    kinds = sentence_types()
    text = question.strip()
    sentences = SENTENCE_END.split(text)
    if len(sentences) > 1 and asks_truth(sentences[-1]):
        # "... planerar att sälja skidanläggningen. Finns det stöd för det?": the statement before is the claim
        text = " ".join(sentences[:-1]).strip()
    body = without_particles(text.rstrip(" ?!."), kinds)
    tag = next((m for m in (p.search(body) for p in _confirmation_tags()) if m), None)
    if tag and tag.start() > 0:
        # "... Stämmer det enligt handlingsplanen?": the words after the tag name where the claim is checked
        body = (body[:tag.start()].rstrip(" ,–-") + " " + (tag.group("where") or "").strip()).strip()
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d[\d\s,.]*", body.lower())
    if len([w for w in words if not w[0].isdigit()]) < MIN_STATEMENT_WORDS - 1 or len(words) < MIN_STATEMENT_WORDS:
        return None
    lowered = body.lower()
    if asks_by_interrogative(body, kinds) or words[0] in kinds["interrogatives_initial"]:
        return None
    if opens_hypothetical(body):
        return None  # "Om jag lägger ihop ..., stämmer det med raden Summa?": the asker's hypothetical, asked about
    if words[0] in kinds["requests"] or words[0] in kinds["verbs_opening_questions"] or \
            words[0] in kinds["followup_openers"]:
        return None
    if any(lowered.startswith(opener + " ") for opener in kinds["request_openers"]):
        return None
    tagged = tag is not None and tag.start() > 0
    if not tagged and listed_asks(text):
        return None  # "Torsås delår 2024: resultat jan-aug, prognos för helåret och avvikelse mot budget?": asked
    sentences = SENTENCE_END.split(text)
    if not tagged and any(s.rstrip().endswith("?") and statement_claim(s) is None for s in sentences[:-1]):
        # "ks ordf 2023?? behöver namnet till en artikel": a question asked first, the statement after it is context
        return None
    if not tagged and any(opens_question(s) for s in sentences[1:]):
        # "S har ett mål om minst 4 %. Klarar de det 2023?" (and "Räkna ut procenten." after it): a question, its
        # statement is context
        return None
    if not tagged and asks_after_comma(text):
        return None  # "A och B handlar om lokalerna, vill båda flytta ansvaret till ks?": as after a full stop
    # a sentence ended with a full stop states something when a word can be its verb (present or past tense)
    full_stop = text.endswith(".") and any(len(w) >= 4 and w.endswith(FINITE_ENDINGS) for w in words)
    # the verb of a relative clause states nothing ("storlek på paketet som nämnden klubbade i maj"), unless the
    # phrase states an amount itself ("S budget: 2 miljoner till sommarjobb som ska räcka till 300 jobb?")
    words_stating = words if claim_figures(body) else main_clause_words(body)
    if not tagged and not full_stop and not has_finite_verb(words_stating, kinds, body):
        return None  # a noun phrase typed as a search, not a statement
    return body or None


def asks_after_comma(text: str) -> bool:
    """The question's last clause, after a comma, asks of the statement before it as a sentence of its own would
    ("..., vill båda flytta ansvaret till ks?"): it opens as a question and names a matter of its own, and it is no
    tag confirming or reporting the statement ("..., eller hur?", "..., har jag hört?")."""
    from assistant.understand.parts import has_topic

    if not text.rstrip().endswith("?") or "," not in text:
        return False
    *before, last = [c.strip() for c in text.split(",")]
    inserted = before[-1].split()[:1] if len(before) > 1 else []
    if inserted and inserted[0].lower() in RELATIVE_WORDS:
        return False  # "Kommunen, som har ont om pengar, ska sälja ...?": the main clause goes on after a relative one
    kinds = sentence_types()
    said = set(re.findall(r"[^\W\d_]+", last.lower()))
    if said & set(kinds["reporting_verbs"]) or any(p.search(last.rstrip(" ?")) for p in _confirmation_tags()):
        return False
    return opens_question(last) and has_topic(last)


RELATIVE_WORDS = frozenset({"som", "vilken", "vilket", "vilka", "that", "which", "who"})


def main_clause_words(text: str) -> list[str]:
    """The statement's words without the verb of each relative clause: "paketet som nämnden klubbade i maj" states
    nothing (its one verb describes a noun); "Nämnderna som får mest pengar är socialnämnden" and "Kommunen, som har
    ont om pengar, ska sälja ..." do, by the verb after the relative clause's own."""
    out: list[str] = []
    inside = False
    for token in _CLAUSE_TOKEN.findall(text.lower()):
        word = token.strip()
        if not word[:1].isalnum():
            inside = False
        elif word in RELATIVE_WORDS:
            inside = True
        elif inside and not word[0].isdigit() and is_finite_verb(word):
            inside = False  # the relative clause's own verb: what follows may be the main clause's
        elif not inside:
            out.append(word)
    return out


def without_particles(text: str, kinds: dict) -> str:
    """The statement without the modal particles presuming it ("Överkalix gick väl back 2023" -> "Överkalix gick
    back 2023"): they ask for confirmation, as a tag does, and split the claim's phrases ("gick back")."""
    particles = "|".join(map(re.escape, kinds["modal_particles"]))
    return re.sub(rf"(?<=\w)\s+(?:{particles})(?=\s+\w)", "", text, flags=re.I)


_CLAUSE_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+(?:[\s.,]\d+)*|[,;:–—]|\s-\s")


def asks_by_interrogative(body: str, kinds: dict) -> bool:
    """An interrogative word opens a question when no finite verb stands before it in its clause (a clause opens
    after a comma, colon, dash or a conjunction: "Förskolan i X – hur många barn ...", "... och vad kostar den");
    after its clause's finite verb it opens a subordinate clause of a statement ("kommunstyrelsen var enig när de
    sjösatte uppdragen", as causal_conjunctions reads "när"), unless no verb follows it there: then it asks in place
    of what it stands for ("... är gemensam med vilken kommun?"). After a reporting verb it asks what was said
    ("Säffle says how much ... goes to school?")."""
    verb = ""  # the clause's verb so far: "", "finite" or "reporting"
    tokens = [t.strip() for t in _CLAUSE_TOKEN.findall(body.lower())]
    for k, word in enumerate(tokens):
        following = tokens[k + 1] if k + 1 < len(tokens) else ""
        if not word[:1].isalnum() or word in kinds["followup_openers"]:
            verb = ""
        elif word in kinds["interrogatives"]:
            if verb != "finite" or _asks_in_place(tokens[k + 1:], kinds):
                return True
        elif word in kinds["interrogatives_initial"] and not verb and k and following[:1].isalpha() \
                and is_finite_verb(following):
            return True  # "vägnätet som S vill ta över, var ligger det": a clause's "var" before its verb asks where
        elif word in kinds["reporting_verbs"]:
            verb = "reporting"
        elif not verb and not word[0].isdigit() and is_finite_verb(word):
            verb = "finite"
    return False


def _asks_in_place(tokens: list[str], kinds: dict) -> bool:
    """Whether an interrogative after its clause's verb ends the clause with at most one word, no verb ("... är
    gemensam med vilken kommun?", "ökade med hur mycket?"): it asks in place of what it stands for. A subordinate
    clause it opens holds a subject and a verb ("var enig när de sjösatte uppdragen", "when it launched them")."""
    rest = []
    for word in tokens:
        if not word[:1].isalnum() or word in kinds["followup_openers"]:
            break
        if not word[0].isdigit():
            rest.append(word)  # a year or figure after it ("ökade med hur mycket 2025?") is no word of a clause
    return len(rest) <= 1 and not any(is_finite_verb(w) for w in rest)


def asks_truth(sentence: str) -> bool:
    """A yes/no question about the truth of, or the evidence for, what was said before it: its words beside the
    truth words (sentence_types.json: "Finns det stöd för det?", "Kan det stämma?", "Is there any evidence for
    that?") are only stop words (of either language) and pronouns."""
    from bm25s.stopwords import STOPWORDS_EN_PLUS

    from assistant.understand.query import stop_words

    kinds = sentence_types()
    found = re.findall(r"[^\W\d_]+", sentence.lower())
    truth = set(kinds["truth_words"])
    function_words = stop_words() | frozenset(STOPWORDS_EN_PLUS)
    rest = [w for w in found if w not in truth and w not in function_words and w not in kinds["anaphors"]]
    # a verb opens it ("Är det sant?", "Stämmer siffran?"), or it is elliptical, the truth word first ("Sant?")
    return sentence.rstrip().endswith("?") and bool(set(found) & truth) and not rest and \
        (found[0] in kinds["verbs_opening_questions"] or found[0] in truth or set(found) <= truth)


MAX_TAG_QUALIFIER = 4  # "stämmer det enligt handlingsplanen", "is that true according to the budget"


@lru_cache(maxsize=1)
def _confirmation_tags() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A confirmation tag that ends the question ("..., eller hur"); else one that opens its last sentence,
    followed by a few words that name a source ("... 2019. Stämmer det enligt budgeten")."""
    tags = "|".join(re.escape(t) for t in sorted(sentence_types()["confirmation_tags"], key=len, reverse=True))
    return (re.compile(rf"[,–-]?\s*\b(?:{tags})(?P<where>)\s*$", re.I),
            re.compile(rf"[.!?]\s+(?:{tags})(?P<where>(?:\s+[^\W\d_]+){{1,{MAX_TAG_QUALIFIER}}})\s*$", re.I))


def has_finite_verb(words: list[str], kinds: dict, text: str = "") -> bool:
    return any(is_finite_verb(w) for w in words if not w[0].isdigit()) or _verb_second(words, text)


DEFINITE_PLURAL_GENITIVE = ("arnas", "ernas", "ornas")


def is_finite_verb(word: str) -> bool:
    """A finite verb of a claim: one of sentence_types.json's finite verbs or their s-passives, a compound of one
    with a particle ("uppgick", "utgör"), a past-tense or passive ending ("hamnade", "föreslås"), or a tense
    ending whose verb's other forms the corpus being read writes ("föreslår", "gällde": understand/verbs.py)."""
    from assistant.understand.verbs import in_corpus_paradigm

    from assistant.understand.words import finite_verb_forms

    verbs = finite_verb_forms()
    if word.endswith(DEFINITE_PLURAL_GENITIVE):
        return word in verbs  # "sossarnas", "nämndernas": a noun's genitive, no s-passive
    return word in verbs or (len(word) >= 6 and word.endswith(tuple(sentence_types()["verb_endings"]))) or \
        _passive_of_long_vowel(word) or any(word.startswith(p) and word[len(p):] in verbs for p in VERB_PARTICLES) \
        or _passive_of_finite(word, verbs) or in_corpus_paradigm(word)


def _passive_of_finite(word: str, verbs: frozenset[str]) -> bool:
    """The s-passive of a finite form of the verb list ("antogs" of "antog", "gavs" of "gav": "budgeten antogs med
    26 röster mot 23"); not of an auxiliary ("vars" is no passive of "var")."""
    from assistant.understand.words import sentence_types

    base = word[:-1]
    return word.endswith("s") and not base.endswith("s") and len(base) >= 3 and \
        base not in sentence_types()["auxiliaries"] and (base in verbs or is_finite_verb(base))


def _passive_of_long_vowel(word: str) -> bool:
    """The passive present of a verb ending in -å ("föreslås", "uppnås"; "-as" is among the verb endings), not a
    place name ending the same way ("Alingsås", "Borås")."""
    return len(word) >= 6 and word.endswith("ås") and word not in municipality_names()


def _verb_second(words: list[str], text: str = "") -> bool:
    """A Swedish main clause puts its finite verb second: "Lerum budgeterar ...", "nämnden ökar ...". A
    present-tense word after the subject reads as that verb when the subject is a name (a municipality, or
    two or more capitalised words: "Alingsås Energi delar ut ...") or a noun in its definite form; a genitive or
    an adjective first ("kommunens investeringar", "totala kostnader") makes a noun phrase. A fronted adverbial of
    a preposition and one such word or a year comes first as well ("Enligt handlingsplanen köper förvaltningarna
    ...", "I Kungsör ökar ...")."""
    if _fronted_adverbial(words, text):
        verb = words[2]
        return len(verb) >= 5 and PRESENT_TENSE.search(verb) is not None and not verb.endswith("ingar")
    name = 0
    for token in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d[\d\s,.]*", text):
        if not token[0].isupper():
            break
        name += 1
    if name == 1 and len(words) > 1 and words[1] == "kommun" and _names_municipality(words[0]):
        name = 2  # "Laxå kommun", "Skinnskattebergs kommun": the municipality's name in two words
    at = name if 2 <= name <= 3 else 1
    owner = at == 1 and _possessor(words[0], text)  # "S skuggbudget visar ...", "nämndens budget ökar ..."
    at += owner
    if len(words) < at + 2 or words[0][0].isdigit() or words[at][0].isdigit():
        return False
    subject = at > 1 or words[0] in municipality_names() or (len(words[0]) >= 4 and words[0].endswith(DEFINITE_ENDINGS))
    verb = words[at]
    # the present tense ends in a vowel and -r ("ökar", "växer", "föreslår", "utgör"); a noun made from a verb
    # ("investeringar", "satsningar") is never the verb itself; the weak past tense ends in a consonant and -de or
    # -te ("sålde", "köpte", "byggde")
    return subject and len(verb) >= 5 and (PRESENT_TENSE.search(verb) is not None or WEAK_PAST.search(verb) is not None) \
        and not verb.endswith("ingar")


def _fronted_adverbial(words: list[str], text: str) -> bool:
    """The clause opens with a preposition (sentence_types.json prepositions, or one naming a source: "enligt",
    understand.sources.SOURCE) and one word it governs: a name, a noun in its definite form or a year."""
    from assistant.understand.sources import SOURCE

    if len(words) < 4 or not (words[0] in sentence_types()["prepositions"] or SOURCE.match(text.lstrip())):
        return False
    governed = words[1]
    return bool(YEAR.fullmatch(governed.strip())) or governed in municipality_names() or \
        (len(governed) >= 4 and governed.endswith(DEFINITE_ENDINGS))


def _names_municipality(word: str) -> bool:
    """The word is a municipality's name or its genitive ("skinnskattebergs")."""
    return word in municipality_names() or (word.endswith("s") and word[:-1] in municipality_names())


def _possessor(word: str, text: str) -> bool:
    """The first word owns the noun after it: a party's letter written as such ("S skuggbudget") or a definite
    noun's genitive ("nämndens budget", "kommunens investeringar")."""
    letters = {letter.lower() for letter in roles()["parties"]}
    written = re.match(r"\s*([^\W\d_]+)", text)
    return (word in letters and written is not None and written.group(1).isupper()) or \
        (len(word) >= 6 and word.endswith(tuple(e + "s" for e in DEFINITE_ENDINGS)))


PRESENT_TENSE = re.compile(r"(?:a|e|i|å|ä|ö|y)r$")  # not -or, -ur: plural nouns ("kronor")
WEAK_PAST = re.compile(r"[^aeiouyåäö\W\d_][dt]e$")  # "sålde", "köpte", "hyrde"; not "ande", "värde" is no verb second


DEFINITE_ENDINGS = DEFINITE_NOUN_ENDINGS  # nämnden, beslutet, skolan, nämnderna




INFLECTION = 3  # letters a Swedish ending adds to a stem: "grundskola"/"grundskolan", "total"/"totalt"
MIN_STEM = 5  # shorter words share prefixes by chance


def inflected(term: str, words: frozenset[str] | set[str]) -> bool:
    """One of the words is the term in another inflection: one starts with the other and adds at most an
    ending ("Grundskola" for the claim's "grundskolan", "Totalt" for "totala", "Vårgårda" for "Vårgårdas")."""
    for word in words:
        short, long = sorted((term, word), key=len)
        if len(short) >= MIN_STEM and long.startswith(short) and len(long) - len(short) <= INFLECTION:
            return True
    return False


VOICE_ENDINGS = ("r", "s")  # the present tense and its passive: "föreslår" / "föreslås", "beräknar" / "beräknas"
MIN_VOICED = 6


def with_voices(present: frozenset[str] | set[str]) -> frozenset[str]:
    """The stems with each finite verb also in its other voice ("föreslås" adds "föreslår"): a claim that the plan
    "föreslår" something is said by "... föreslås att ..."."""
    other = {w[:-1] + e for w in present if len(w) >= MIN_VOICED and w.endswith(VOICE_ENDINGS) for e in VOICE_ENDINGS}
    return frozenset(present) | other


class _KnownStems:
    """Membership by stem, so a compound's parts in any inflection count as known words ("satsningen")."""

    def __init__(self, known: Callable[[str], bool]) -> None:
        self.known = known

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.known(stems(word, drop_stopwords=False)[0])


def with_known_parts(text: str, known: Callable[[str], bool]) -> str:
    """The text with each compound the documents never use followed by two parts they do ("sommarjobbssatsningen"
    -> "sommarjobbssatsningen sommarjobb satsningen"; the split is assistant.retrieval.lexical.split_compound's, without its
    linking -s): people
    write compounds of the documents' words that no document writes."""
    from assistant.retrieval.lexical import split_compound

    vocab = _KnownStems(known)
    out = []
    for word in re.findall(r"\S+", text):
        out.append(word)
        bare = word.strip(".,;:!?()”\"'").lower()
        parts = split_compound(bare, vocab) if bare.isalpha() and bare not in vocab else []
        if parts and parts[0].endswith("s") and parts[0][:-1] in vocab:
            parts[0] = parts[0][:-1]  # the linking -s ("sommarjobbs|satsningen") is no part of the word
        out.extend(parts)
    return " ".join(out)


@dataclass(frozen=True, slots=True)
class ClaimCheck:
    verdict: str  # supported, contradicted, not_found
    evidence: tuple[Sentence, ...]  # what the verdict rests on, best first
    correct: str | None = None  # the document's figure/year/role when contradicted
    reason: str = ""


def _role_words(window: str) -> frozenset[str]:
    words = {w.lower() for w in re.findall(r"[\wåäöÅÄÖ-]+", window)}
    vocab = roles()
    found = {w for w in words if w in vocab["roles"]}
    found |= {w for w in words if any(w.endswith(h) for h in vocab["bodies"])}
    return frozenset(stems(" ".join(sorted(found)), drop_stopwords=False))


def _event_before_role(rest: str) -> list[str]:
    """The verbs between a claimed person's name and the first role word, other than auxiliaries ("är", "var",
    "blev"): "avgick" in "avgick som socialchef", "säger" in "säger att nämnden ...". The claim then tells what the
    person did or said, which the role alone does not support."""
    from assistant.understand.words import is_clear_verb, opens_with_verb, sentence_types

    said = re.findall(r"[^\W\d_]+", rest)
    first = next((i for i, w in enumerate(said) if _role_words(w)), len(said))
    kinds = sentence_types()
    linking = {*kinds["auxiliaries"], *kinds["copulas"]}
    return [w for w in (w.lower() for w in said[:first])
            if w not in linking and (is_clear_verb(w) or opens_with_verb(w))]


def _person_facts(name: str, sentences: list[Sentence]) -> list[tuple[Sentence, frozenset[str], str | None, str]]:
    out = []
    for s in sentences:
        for m in re.finditer(re.escape(name), s.text):
            after = s.text[m.end():m.end() + 70]
            party = re.match(r"\s*\(([A-ZÅÄÖ]{1,2})\)", after)
            window = re.split(r"[.;:]| och fortsätter", after)[0]
            found = _role_words(window)
            if not found:  # a title right before the name: "säger kommunstyrelsens ordförande Marie Sandström (S)"
                lead = re.split(r"[.;:,()\u2013\u2014]|\s-\s|\soch\s", s.text[max(0, m.start() - TITLE_LEAD):m.start()])[-1]
                words = lead.split()
                first = next((i for i, w in enumerate(words) if _role_words(w)), len(words))
                lead = " ".join(words[first:])  # "säger kommunstyrelsens ordförande": from the first role word
                found = _role_words(lead)
                if found:
                    window = f"{(party.group(0) if party else '')}, {lead}"
            out.append((s, found, party.group(1) if party else None, (name + window).strip(" ,")))
    return out


TITLE_LEAD = 50  # characters before a name in which a title stands ("ekonomichef Helena Lindahl")


def _party_named(text: str) -> str | None:
    low = text.lower()
    for letter, words in roles()["parties"].items():
        if any(has_word(low, w) for w in words):
            return letter
    return None


def check_opposites(claim: str, sentences: list[Sentence],
                    about: Callable[[Sentence, frozenset[str]], float] | None = None,
                    bar: float = 0.0, same: Callable[[str, str], bool] | None = None,
                    unnamed: frozenset[str] = frozenset()) -> ClaimCheck | None:
    """The claim says "permanent", the passage says "tillfällig" (and not "permanent"): contradicted.

    The passage of the best sentence is read first; a sentence there must name `bar` of the claim's other concepts
    (`about`, claim_amounts.Subject.about). With `about`, any retrieved sentence saying the opposite counts too when
    it names OPPOSITE_COVERAGE of them. A sentence saying the opposite of the very thing the claim says it of ("En
    enig kommunstyrelse" against "kommunstyrelsen var splittrad": the same word beside both) counts wherever it
    ranks when it names as much of the rest as an answer must (answer.REFUSE_BELOW). `same` (Subject.same_thing)
    tells whether a word beside the claimed one names what the words beside the opposite do in other words
    ("kommunalskatten" and "Skattesatsen"). `unnamed`: the stems of the things the claim names that no document
    does; a change claimed of one of them ("skattesatsen höjs" where no document speaks of a tax rate) is not what
    their opposite word is said of, whatever else the sentence shares with the claim."""
    from assistant.compose.answer import REFUSE_BELOW

    said_stems = word_stems(claim)  # any form of the word: "höjer", "höjs" and "höja" alike
    pairs = [(a, b) for a, b in roles()["opposites"] if word_stem(a) in said_stems] + \
            [(b, a) for a, b in roles()["opposites"] if word_stem(b) in said_stems]
    if not pairs or not sentences:
        return None
    best = sentences[0]
    passage = [s for s in sentences if s.chunk.id == best.chunk.id and abs(s.start - best.start) <= 400] or [best]
    text = " ".join(s.text.lower() for s in passage)
    for said, opposite in pairs:
        left_out = frozenset(stems(said))
        near = _neighbours(claim, said)
        near_words = _neighbour_words(claim, said)
        if any(not unnamed.isdisjoint(stems(w, drop_stopwords=False)) for w in near_words):
            continue

        def same_thing(s: Sentence) -> bool:
            if near & _neighbours(s.text, opposite):
                return True
            beside = " ".join(_neighbour_words(s.text, opposite))
            return bool(same and beside and any(same(w, beside) for w in near_words))

        if _says_word(opposite, text) and not _says_word(said, text):
            where = next(s for s in passage if _says_word(opposite, s.text.lower()))
        else:
            where = None
        # a short sentence beside the best one says the opposite of what that one names ("Förstärkningen är
        # tillfällig."); a longer one says it of what it names itself ("avvikelserna ... ska vara oförändrad"
        # beside "nettokostnaderna"), and speaks to the claim only when that is the claim's own thing
        if where is not None and (where is best or _refers_back(where, opposite) or same_thing(where)):
            # "Förstärkningen är tillfällig." names its subject in the passage's best sentence: quote both
            evidence = (where,) if where is best else (where, best)
            covers = max(about(e, left_out) for e in evidence) if about else 0.0
            if not bar or covers >= bar or (same_thing(where) and covers >= REFUSE_BELOW):
                return ClaimCheck("contradicted", evidence, where.text.strip(" ."), f"{said} mot {opposite}")
        if about is None:
            continue
        saying = [s for s in sentences if _says_word(opposite, s.text.lower()) and not _says_word(said, s.text.lower())]
        alike = [s for s in saying if same_thing(s) and about(s, left_out) >= REFUSE_BELOW]
        covering = alike or [s for s in saying if about(s, left_out) >= OPPOSITE_COVERAGE]
        # of those saying it as much of the claim, the one of the claim's year ("Skattesatsen lämnas oförändrad på
        # 22,86 kronor 2025", not "... oförändrad sedan 2017" under the same heading: claim_amounts.time_fit)
        where = max(covering, key=lambda s: about(s, left_out) + _time_fit(claim, s), default=None)
        if where is not None:
            return ClaimCheck("contradicted", (where,), where.text.strip(" ."), f"{said} mot {opposite}")
    return None


def _time_fit(claim: str, s: Sentence) -> float:
    """How well the sentence speaks of the claim's years (claim_amounts.time_fit; 0 when the claim names none)."""
    from assistant.evidence.claim_amounts import time_fit

    return time_fit(claim, {int(y) for y in YEAR.findall(claim)}, s)


REFERRING_WORDS = 2  # content words a sentence may have besides its opposite word and still be about the one before


def _refers_back(s: Sentence, word: str) -> bool:
    """The sentence names hardly anything but the word ("Förstärkningen är tillfällig."): it is about what the
    sentence before it names."""
    from assistant.understand.query import stop_words

    own = word_stem(word)
    content = [t for t in WORD.findall(s.text.lower()) if len(t) >= 4 and t not in stop_words() and word_stem(t) != own]
    return len(content) <= REFERRING_WORDS


NEIGHBOURS = 3  # words either side of an adjective or verb where the thing it is said of stands


def _neighbour_words(text: str, word: str) -> tuple[str, ...]:
    """The content words within NEIGHBOURS words of `word` in `text`: what it is said of."""
    from assistant.understand.query import stop_words

    tokens = [t.lower() for t in WORD.findall(text)]
    stop = stop_words()
    out: list[str] = []
    own = word_stem(word)
    for i, token in enumerate(tokens):
        if word_stem(token) == own:
            window = tokens[max(0, i - NEIGHBOURS):i] + tokens[i + 1:i + 1 + NEIGHBOURS]
            out.extend(t for t in window if t not in stop and len(t) >= 4)
    return tuple(dict.fromkeys(out))


def _neighbours(text: str, word: str) -> frozenset[str]:
    """Stems of the content words within NEIGHBOURS words of `word` in `text`: what it is said of."""
    return frozenset(stems(" ".join(_neighbour_words(text, word))))


def _says_word(word: str, text: str) -> bool:
    """The text uses the word in some form (its stem)."""
    return word_stem(word) in word_stems(text)


def check_people(claim: str, sentences: list[Sentence]) -> ClaimCheck | None:
    """Names with roles/parties: "Simon Waern (S) är kommunstyrelsens ordförande"."""
    names = [n for n in NAME.findall(claim) if not n.startswith(("Stämmer", "Is ", "Är "))]
    if not names:
        return None
    name = re.sub(r" \([A-ZÅÄÖ]{1,2}\)$", "", names[0])
    party_letter = re.search(re.escape(name) + r"\s*\(([A-ZÅÄÖ]{1,2})\)", claim)
    claim_party = party_letter.group(1) if party_letter else _party_named(claim)
    claim_roles = _role_words(_in_swedish(claim[claim.find(name) + len(name):]))
    if not claim_roles and not claim_party:
        return None  # "Alingsås Energi ska dela ut ...": a name with no role or party claimed is no person claim
    facts = [f for f in _person_facts(name, sentences) if f[1] or f[2]]
    if not facts:
        return ClaimCheck("not_found", (), reason=f"{name} nämns inte med någon roll")
    if claim_party:
        for s, _, party, said in facts:
            if party and party != claim_party:
                return ClaimCheck("contradicted", (s,), f"{name} ({party})", "fel parti")
    if not claim_roles:
        matching = [f for f in facts if claim_party and f[2] == claim_party]
        if matching:
            return _in_claimed_years(claim, ClaimCheck("supported", (matching[0][0],),
                                                       reason="personen och partiet stämmer"))
        return None  # neither a party nor a role of the person that could be checked
    event = _event_before_role(claim[claim.find(name) + len(name):])
    for s, found, _, _ in facts:
        if found == claim_roles or (claim_roles <= found and not ({"vic"} & (found - claim_roles))):
            if event and not any(_says_word(verb, s.text) for verb in event):
                return None  # "X avgick som socialchef": the role is said, not what X did as one
            return _in_claimed_years(claim, ClaimCheck("supported", (s,), reason="rollen stämmer"))
    best = max(facts, key=lambda f: len(f[1] & claim_roles))
    holders = [s for s in sentences if s is not best[0] and _holder_matches(s.text, claim_roles)]
    if not holders and not _role_kinds(best[1]) & _role_kinds(claim_roles):
        # "Daniel Filipsson är gruppledare" against "Daniel Filipsson (M), kommunstyrelsens ordförande": a person
        # holds roles of several kinds; only another role of the same kind, or another holder, contradicts
        return ClaimCheck("not_found", (), reason="personen nämns med en roll av annat slag")
    return ClaimCheck("contradicted", (best[0], *holders[:1]), best[3], "annan roll")


def _role_kinds(role_stems: frozenset[str]) -> set[str]:
    """The kinds of a person's roles: a job title ("socialchef", "kommundirektör": one per person), a chair
    ("ordförande", "vice"), or the role itself ("gruppledare", "ledamot"); the bodies named are no roles."""
    vocab = roles()
    own = {r for r in role_stems if any(stems(w, drop_stopwords=False) == [r] for w in vocab["roles"])}
    chair = set(stems(" ".join(vocab["chair_roles"]), drop_stopwords=False))
    return {"title" if r.endswith(("chef", "direktör")) or r in set(stems(" ".join(vocab["job_titles"]),
                                                                          drop_stopwords=False))
            else "chair" if r in chair else r for r in own}


def _in_swedish(text: str) -> str:
    """An English text's glossary phrases in Swedish, longest first ("head of social services" -> "socialchef"),
    so an English claim names a role in the documents' words; a Swedish text as it is."""
    from assistant.understand.language import detect_language
    from assistant.understand.query import in_swedish

    return in_swedish(text) if detect_language(text) == "en" else text


def _in_claimed_years(claim: str, check: ClaimCheck) -> ClaimCheck:
    """A person's role confirms the claim only for the time its evidence speaks of: a year the claim names must be
    in the sentence or be its document's year ("Karin Alvermalm slutade som socialchef 2021" against a press
    release from 2020 is not found)."""
    claimed = {int(y) for y in YEAR.findall(claim)}
    if not claimed or not check.evidence:
        return check
    s = check.evidence[0]
    stated = {int(y) for y in YEAR.findall(s.text)}
    if s.chunk.date and s.chunk.date[:4].isdigit():
        stated.add(int(s.chunk.date[:4]))
    if claimed & stated:
        return check
    return ClaimCheck("not_found", (), reason="rollen står inte för det året")


def _holder_matches(text: str, claim_roles: frozenset[str]) -> bool:
    for m in NAME.finditer(text):
        if _role_words(re.split(r"[.;]", text[m.end():m.end() + 70])[0]) == claim_roles:
            return True
    return False


CLAUSE = re.compile(r",\s|;\s|(?<!-)\soch\s|\ssamt\s|\smedan\s")  # "kultur- och fritidsnämnden" is one name


def _clauses(text: str) -> list[str]:
    return [c for c in CLAUSE.split(text) if c.strip()]


def _misattributed(claim: str, sentence: str, figure: Figure) -> str | None:
    """The figure is in the sentence, but with another subject: "4,7 miljoner på avdelning vuxna och 700 000
    kronor på avdelning unga" against "4,7 miljoner går till avdelning unga". Returns the clause that holds
    the claim's subject, or None when the figure and the claim's words stand together."""
    from assistant.evidence.claim_amounts import predicate_words

    # the claim's verb ("går") names no subject: it must not tie the figure to its clause
    claim_words = set(stems(strip_figures(claim))) - set(stems(" ".join(predicate_words(claim))))
    clauses = _clauses(sentence)
    home = next((c for c in clauses if any(same_figure(figure, f) for f in figures_in(c))), None)
    if home is None:
        return None
    home_words = set(stems(home))
    for other in clauses:
        if other is home or not any(f.kind == figure.kind for f in figures_in(other)):
            continue  # a clause without a figure of the same kind ("2 mnkr" beside "200 arbeten") competes for none
        other_words = set(stems(other))
        distinct = (other_words - home_words) & claim_words
        if distinct and not ((home_words - other_words) & claim_words):
            return other.strip()
    return None


# a named body: "kultur- och utbildningsnämnden", "socialnämndens", "nämnden för arbete, kompetens och välfärd",
# "kommunstyrelsen", "förbundsdirektionen", "kommunledningskontoret" (understand/bodies.py: any body noun);
# a bare "nämnden" refers back and names nothing
BODY = re.compile(r"(?<![\w-])(?:(?P<pair>[a-zåäö]+-\s+och\s+)?(?P<head>[a-zåäö]+)(?P<kind>"
                  + "|".join(sorted(body_nouns(), key=len, reverse=True)) + r")(?:" + "|".join(ENDINGS) +
                  r"|es|e)?|nämnden för [a-zåäö]+(?:, [a-zåäö]+)* och [a-zåäö]+)(?!\w)", re.I)


def bodies_in(text: str) -> dict[str, str]:
    """Named committees and boards in a text: normalised name -> the name as written."""
    out: dict[str, str] = {}
    for m in BODY.finditer(text):
        written = m.group().strip()
        if m.group("kind"):
            key = f"{(m.group('pair') or '').lower().split('-')[0]}-{m.group('head').lower()}{m.group('kind').lower()}"
        else:
            key = written.lower()
        out.setdefault(key, written)
    return out


def without_bodies(text: str) -> str:
    """The text without the committees and boards it names ("nämnden för arbete, kompetens och välfärd måste
    spara" -> "måste spara"): a named body is the claim's scope, checked against a sentence's passage and
    document title (`bodies_in`), not a concept each sentence must repeat."""
    return re.sub(r"\s{2,}", " ", BODY.sub(" ", text)).strip()


def _passage(s: Sentence, sentences: list[Sentence]) -> list[Sentence]:
    """The sentence and the retrieved sentences just before it in the same passage."""
    return [s] + [o for o in sentences if o.chunk.id == s.chunk.id and 0 < s.start - o.end <= 300]


def governing_bodies(s: Sentence, sentences: Sequence[Sentence]) -> set[str]:
    """The committees a sentence speaks of: those it names, those of the nearest retrieved sentence before it in
    its passage that names any ("Barn- och utbildningsnämnden redovisar ... Investeringarna uppgick till ...": not
    the socialnämnden named two sentences earlier), the nearest heading above it in its passage that names one (a
    report's section "Kommunstyrelsen" over "Nämnden redovisar ...") and its document's title's."""
    from assistant.evidence.headings import headings_above

    before = sorted(_passage(s, list(sentences))[1:], key=lambda o: -o.start)
    nearest = next((set(bodies_in(o.text)) for o in before if bodies_in(o.text)), set())
    heading = next((set(bodies_in(h)) for h in headings_above(s) if bodies_in(h)), set())
    return set(bodies_in(s.text)) | nearest | heading | set(bodies_in(s.chunk.title))


def _figure_clause(claim: str, sentence: str) -> str:
    """The clause of the sentence stating a figure the claim states; the whole sentence when none does (or the claim
    states no figure)."""
    figures = figures_in(claim)
    return next((c for c in _clauses(sentence) if any(same_figure(a, b) for a in figures for b in figures_in(c))),
                sentence)


def check_subject(claim: str, s: Sentence, sentences: list[Sentence]) -> ClaimCheck | None:
    """The claim's committee against the committee of the sentence (or, when the sentence names none, of the
    passage just before it): another one contradicts; None when they agree or nothing is named."""
    claimed = bodies_in(claim)
    if not claimed:
        return None
    for part in _passage(s, sentences):
        # of the sentence, the clause stating the claimed figure: "sänks med 10 öre ... och att kultur- och
        # fritidsnämndens ram minskas med 1,0 miljon" names no committee for the 10 öre
        stated = bodies_in(_figure_clause(claim, part.text) if part is s else part.text)
        if not stated and part is s and bodies_in(s.text):
            return None  # the committees the sentence names are its other clauses': none is the figure's
        if not stated:
            continue
        if set(claimed) & set(stated):
            return None
        return ClaimCheck("contradicted", (s,), next(iter(stated.values())), "annan nämnd")
    return None


def _years_agree(claim: str, s: Sentence, context_years: set[int]) -> ClaimCheck | None:
    """The claim's years must be in the same evidence (its text, its document's date, its document's title or a
    heading above it: "Bokslut 2024" is about 2024 in every sentence)."""
    claimed = {int(y) for y in YEAR.findall(claim)} - set(context_years)
    if not claimed:
        return None
    stated = {int(y) for y in YEAR.findall(s.text)}
    doc_year = int(s.chunk.date[:4]) if s.chunk.date and s.chunk.date[:4].isdigit() else None
    if doc_year:  # "förra året" in a press release from 2020 is 2019
        stated |= relative_years(s.text, doc_year)
    from assistant.evidence.headings import headings_above

    # the heading of the section it stands under speaks of its years too ("§ 112 Budget och plan 2025–2027" over
    # "... vinner med 18 röster mot 14")
    framed = {int(y) for text in (s.chunk.title or "", *headings_above(s)) for y in YEAR.findall(text)}
    if claimed <= stated | framed | ({doc_year} if doc_year else set()):
        return None
    if stated and not claimed & stated:
        return ClaimCheck("contradicted", (s,), str(sorted(stated)[0]), "annat år")
    return ClaimCheck("not_found", (), reason="året står inte i samma underlag")


def check_figures(claim: str, sentences: list[Sentence], context_years: set[int] = frozenset(),
                  specific: Callable[[Sentence], bool] | None = None,
                  qualified: Callable[[Sentence], bool] = lambda s: True,
                  measured: Callable[[Sentence], bool] = lambda s: True) -> ClaimCheck | None:
    """The claimed figures in the evidence; else another figure of their kind contradicts, in a sentence naming
    the claim's committee and (`specific`, claim_amounts.Subject.specific) its most specific concept. Only a
    sentence saying the claim's qualifiers (`qualified`, claim_amounts.Subject.qualified: "bland chefer") does
    either. Another figure contradicts only in a sentence naming the kind of amount the claim's is (`measured`,
    claim_amounts.names_measures: "en budget på 16 miljoner" is not contradicted by a deficit)."""
    from assistant.evidence.claim_amounts import FIGURE_SAME

    claimed = claim_figures(claim)
    if not claimed:
        return None
    sentences = [s for s in sentences if qualified(s)]
    for s in sentences:
        stated = _in_digits(s.text)
        for c in claimed:
            if any(same_figure(c, f) for f in stated):
                other = _misattributed(claim, s.text, c)
                if other:
                    return ClaimCheck("contradicted", (s,), other, "siffran gäller något annat")
                wrong = check_subject(claim, s, sentences) or _years_agree(claim, s, context_years)
                if wrong is not None and wrong.reason == "annan nämnd":  # state whom the figure goes to
                    if len(s.text) <= 200:
                        wrong = ClaimCheck("contradicted", wrong.evidence, s.text.strip(" ."), wrong.reason)
                if wrong is not None:
                    return wrong
                return ClaimCheck("supported", (s,), reason=FIGURE_SAME)
    claimed_bodies = set(bodies_in(claim))
    for s in sentences:
        # a count contradicts only as a count of the same thing, which claim_amounts has judged already
        stated = [f for f in _in_digits(s.text) if f.kind != "count" and any(f.kind == c.kind for c in claimed)]
        if not stated:
            continue
        if claimed_bodies and not claimed_bodies & set(bodies_in(" ".join(p.text for p in _passage(s, sentences)))):
            continue  # another committee's figure says nothing about the claimed one
        if specific is not None and not specific(s):
            continue  # "inköp på en halv miljard" says nothing of what the kitchen review saves
        if not measured(s):
            continue
        return ClaimCheck("contradicted", (s,), stated[0].written, "annan siffra")
    return ClaimCheck("not_found", tuple(sentences[:1]), reason="ingen siffra i dokumenten")


def _in_digits(text: str) -> list[Figure]:
    """A text's figures but its counts in words: "en" is mostly an article, and only claim_amounts compares a
    count in words, with the thing it counts."""
    return [f for f in figures_in(text) if f.kind != "count" or f.written[:1].isdigit()]


TIME_LEAD = 25  # characters before a year that say which time of it ("redan till sommaren 2024", "i slutet av 2026")


def time_words(claim: str) -> frozenset[str]:
    """Stems of the words that lead up to the claim's years ("redan till sommaren 2024"): the time it claims, not its
    subject. The lead ends at a clause boundary, a comma or a temporal conjunction: in "Kommunstyrelsen var enig när
    den i februari 2023 sjösatte ..." the time is "den i februari", "enig" is what the claim says."""
    out: set[str] = set()
    for m in YEAR.finditer(claim):
        lead = claim[max(0, m.start() - TIME_LEAD):m.start()]
        boundaries = [b.end() for b in _clause_opening().finditer(lead)]
        out.update(stems(lead[boundaries[-1]:] if boundaries else lead))
    return frozenset(out)


@lru_cache(maxsize=1)
def time_stems() -> frozenset[str]:
    """Stems of the words that name a time by themselves (sentence_types.json `time_of_year`, `time_nouns`:
    "sommaren", "slutet", "året")."""
    types = sentence_types()
    return frozenset(t for w in (*types["time_of_year"], *types["time_nouns"]) for t in stems(w, drop_stopwords=False))


@lru_cache(maxsize=1)
def _clause_opening() -> re.Pattern[str]:
    """A comma or a temporal conjunction (sentence_types.json): where a clause stating a time opens."""
    words = "|".join(map(re.escape, sentence_types()["temporal_conjunctions"]))
    return re.compile(rf",|\b(?:{words})\b", re.I)


def check_years(claim: str, sentences: list[Sentence], context_years: set[int]) -> ClaimCheck | None:
    """A claimed year against the years of the best sentences; the words just before the year
    ("i slutet av 2026") pick the sentence that speaks about the same point in time."""
    claimed = {int(y) for y in YEAR.findall(claim)} - context_years
    if not claimed or not sentences:
        return None
    lead = {y: set(stems(claim[max(0, m.start() - TIME_LEAD):m.start()])) for m in YEAR.finditer(claim)
            for y in [int(m.group())] if y in claimed}

    def fit(s: Sentence) -> float:
        years = list(YEAR.finditer(s.text))
        near = max((len(lead_words & set(stems(s.text[max(0, m.start() - 25):m.start()])))
                    for m in years for lead_words in lead.values()), default=0)
        return s.coverage + 0.2 * near + (0.1 if years else 0)

    best = max(sentences, key=fit)
    stated = {int(y) for y in YEAR.findall(best.text)}
    doc_year = int(best.chunk.date[:4]) if best.chunk.date and best.chunk.date[:4].isdigit() else None
    if claimed & (stated | ({doc_year} if doc_year else set())):
        other = _other_time_of_year(claim, best.text, claimed & stated)
        if other:
            return ClaimCheck("contradicted", (best,), other, YEAR_OTHER_TIME)
        return ClaimCheck("supported", (best,), reason=YEAR_SAME)
    if stated:
        return ClaimCheck("contradicted", (best,), str(sorted(stated)[0]), YEAR_OTHER)
    return None


DATE = re.compile(r"\b(?P<day>[1-3]?\d)(?:e|:e)?\s+(?P<month>januari|februari|mars|april|maj|juni|juli|augusti|"
                  r"september|oktober|november|december)\b", re.I)


def check_dates(claim: str, sentences: list[Sentence]) -> ClaimCheck | None:
    """A claimed day of a month ("den 21 maj") against the best sentence that names a day of the same month:
    another day contradicts ("torsdagen 14 maj"), the same day supports; None when no sentence dates it."""
    claimed = {(m.group("month").lower(), int(m.group("day"))) for m in DATE.finditer(claim)}
    if not claimed:
        return None
    months = {month for month, _ in claimed}
    for s in sentences:
        stated = {(m.group("month").lower(), int(m.group("day"))) for m in DATE.finditer(s.text)}
        same_month = {d for d in stated if d[0] in months}
        if not same_month:
            continue
        if claimed & same_month:
            return ClaimCheck("supported", (s,), reason="datumet stämmer")
        month, day = sorted(same_month)[0]
        return ClaimCheck("contradicted", (s,), f"{day} {month}", "annat datum")
    return None


def _time_of_year(text: str, year: int) -> tuple[set[str], str]:
    """The words naming a part of the year just before it ("i slutet av 2024", "sommaren 2024"), and the phrase."""
    words = set(sentence_types()["time_of_year"])
    for m in re.finditer(rf"\b{year}\b", text):
        lead = text[max(0, m.start() - 25):m.start()]
        found = {w for w in re.findall(r"[^\W\d_]+", lead.lower()) if w in words}
        if found:
            phrase = lead[min(lead.lower().find(w) for w in found):]
            return found, f"{phrase}{year}".strip()
    return set(), ""


def _other_time_of_year(claim: str, sentence: str, years: set[int]) -> str | None:
    """The sentence puts the claimed year's event at another part of the year ("i slutet av 2024" against
    "till sommaren 2024"): the sentence's phrase, or None when they agree or either names no part of the year."""
    for year in years:
        said, _ = _time_of_year(claim, year)
        stated, phrase = _time_of_year(sentence, year)
        if said and stated and not said & stated:
            return phrase
    return None


WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def check_substitution(claim: str, s: Sentence, named: Callable[[str], bool]) -> ClaimCheck | None:
    """The evidence names another thing where the claim names one the documents know: "avdelning unga" where the
    claim says "avdelning vuxna" (a two-word phrase the documents use, `named`; the evidence has its first word
    followed by a word the claim lacks, and lacks the claim's second word): contradicted, with the sentence's
    phrase. A paraphrase ("minskat mest" for "minskat främst") names nothing the documents name."""
    from assistant.evidence.claim_amounts import predicate_words
    from assistant.understand.query import stop_words

    stop = stop_words()
    verbs = predicate_words(claim)
    said = [w.lower() for w in WORD.findall(s.text)]
    said_stems = set(stems(s.text))
    claim_words = [w.lower() for w in WORD.findall(claim)]
    claim_stems = set(stems(claim))
    for before, word in zip(claim_words, claim_words[1:]):
        if len(before) < 4 or before in stop or before in verbs or word in stop or len(word) < 3 or \
                set(stems(word)) & said_stems or word in verbs or not named(f"{before} {word}"):
            continue
        for i, w in enumerate(said[:-1]):
            other = said[i + 1]
            if w == before and other not in stop and len(other) >= 3 and not set(stems(other)) & claim_stems:
                return ClaimCheck("contradicted", (s,), f"{before} {other}", f"{word} mot {other}")
    return None


def check_qualified(claim: str, s: Sentence) -> ClaimCheck | None:
    """The evidence says two adjacent words of the claim with a qualifier between them that the claim lacks
    ("kommunens näst största kostnad" against "kommunens största kostnad", "vill inte höja" against "vill höja";
    sentence_types.json qualifiers): contradicted, with the evidence's phrase."""
    qualifiers = set(sentence_types()["qualifiers"])
    claim_words = [w.lower() for w in WORD.findall(claim)]
    if qualifiers & set(claim_words):
        return None
    said = [w.lower() for w in WORD.findall(s.text)]
    pairs = set(zip(claim_words, claim_words[1:]))
    for a, q, b in zip(said, said[1:], said[2:]):
        if q in qualifiers and (a, b) in pairs:
            return ClaimCheck("contradicted", (s,), f"{a} {q} {b}", f"{q} {b}")
    return None


OPPOSITE_COVERAGE = 0.8  # share of the claim's other concepts the passage saying the opposite word must name


def check_claim(claim: str, sentences: list[Sentence], *, answerable: bool,
                context_years: set[int] = frozenset(), subject: Any = None,
                named: Callable[[str], bool] = lambda phrase: False,
                unnamed: frozenset[str] = frozenset()) -> ClaimCheck:
    """Verdict for `claim` given the best sentences for its topic (retrieved without its figures); `subject`
    (claim_amounts.Subject) says how much a sentence speaks of the claim's subject (default: its coverage);
    `named` tells whether the documents use a phrase (check_substitution); `unnamed`: the stems of the things the
    claim names that no document does (check_opposites)."""
    from assistant.evidence.claim_amounts import (ESTIMATE_FOR_OUTCOME, OTHER_YEARS_FIGURE, Subject, check_amounts,
                                                  names_measures)
    from assistant.evidence.claim_cause import check_cause
    from assistant.evidence.claim_sign import check_sign
    from assistant.evidence.claim_vote import check_tally, check_vote

    people = check_people(claim, sentences)
    if people is not None and people.verdict == "supported" and claim_figures(claim):
        people = None  # "X fick igenom ett paket på 4,7 miljoner": the person's role does not confirm the figure
    if people is not None and people.verdict != "not_found":
        return people
    tally = check_tally(claim, sentences, subject.about) if subject is not None else None
    if tally is not None:  # "klubbades med siffrorna 25–16" against "omröstningen, som slutade 23–18": a vote's
        return tally  # two sides are one figure, not two counts of anything
    # an amount is checked against the sentence most about the claim's subject, wherever it ranks: a claim
    # about a figure is judged by that sentence, not by how well the evidence as a whole covers the claim
    figures = check_amounts(claim, sentences, subject or Subject(lambda s, _: s.coverage),
                            context_years=set(context_years))
    if figures is not None and (figures.verdict != "not_found" or not answerable):
        return figures
    sign = check_sign(claim, sentences, subject.about) if subject is not None else None
    if sign is not None:  # "gick med överskott 2024" against "Årets resultat blev -6,2 miljoner kronor"
        return sign
    vote = check_vote(claim, sentences, subject.about) if subject is not None else None
    if vote is not None:  # "klubbades enhälligt" against "Majoritetens förslag vann med 29 röster mot 18"
        return vote
    cause = check_cause(claim, sentences)
    if cause is not None:  # "stängdes för att taket läckte" against "stängdes när reningsanläggningen gick sönder"
        return cause
    if not answerable:
        # "Alingsås har ett dåligt utgångsläge" against "... ett gott utgångsläge": the evidence lacks the claimed
        # word because it says the opposite; it contradicts when it names everything else the claim does
        # "Förstärkningen är tillfällig." names its subject in the passage's sentence it is quoted with
        opposite = check_opposites(claim, sentences, subject.about, OPPOSITE_COVERAGE, subject.same_thing,
                                   unnamed) if subject is not None else None
        if opposite is not None:
            return opposite
        return ClaimCheck("not_found", (), reason=NO_EVIDENCE)
    relevant = [s for s in sentences if s.coverage >= sentences[0].coverage * 0.8] if sentences else []
    if figures is None:
        figures = check_figures(claim, relevant, set(context_years), subject.specific if subject is not None else None,
                                subject.qualified if subject is not None else lambda s: True,
                                (lambda s: names_measures(claim, s.text, subject)) if subject is not None
                                else lambda s: True)
    if figures is not None and figures.reason in ("året står inte i samma underlag", OTHER_YEARS_FIGURE,
                                                  ESTIMATE_FOR_OUTCOME):
        # the figure is there, the claimed year is not (or the figure is another year's, or only proposed): the
        # claim as a whole cannot be checked, and that year says nothing against the claimed one
        return figures
    unstated = figures is not None and figures.verdict == "not_found"
    dates = check_dates(claim, relevant)
    checks = [c for c in (figures, dates, check_years(claim, relevant, set(context_years)),
                          check_opposites(claim, sentences, subject.about if subject is not None else None,
                                          same=subject.same_thing if subject is not None else None,
                                          unnamed=unnamed))
              if c is not None and c.verdict != "not_found"]
    # "höjer skatten 2025" against "skattesatsen för 2025 är oförändrad": a contradiction outweighs a right year
    check = next((c for c in checks if c.verdict == "contradicted"), checks[0] if checks else None)
    if check is not None:
        if unstated and check.verdict == "supported":
            return figures  # the right year does not confirm a figure no document states
        return check
    if people is not None:
        return people
    if not relevant:
        return ClaimCheck("not_found", (), reason=NO_EVIDENCE)
    wrong = check_subject(claim, relevant[0], sentences) or check_substitution(claim, relevant[0], named) or \
        check_qualified(claim, relevant[0])
    if wrong is not None:
        return wrong
    return ClaimCheck("supported", tuple(relevant[:1]), reason=DEFAULT_SUPPORT)


def with_opposite_words(q: Any) -> Any:
    """The claim's analysis searched also by the opposites of its direction words ("höjer" -> "sänker",
    "oförändrad"; `opposites` in data/roles_sv.json): a document that contradicts a change says what happened
    instead ("Skattesatsen är oförändrad"), not the claimed word. The opposites are paraphrases of their word's
    concept (counted after its own forms) and join the lexical search; nothing else of the analysis changes."""
    from dataclasses import replace

    opposite_of: dict[str, list[str]] = {}
    for a, b in roles()["opposites"]:
        opposite_of.setdefault(word_stem(a), []).append(b)
        opposite_of.setdefault(word_stem(b), []).append(a)
    groups = list(q.groups)
    added: list[str] = []
    for i, group in enumerate(groups):
        words = [w for stem in group[:1] for w in opposite_of.get(stem, ())]
        if not words:
            continue
        new = [s for s in dict.fromkeys(word_stem(w) for w in words) if s not in group]
        groups[i] = (*group, *new)
        added.extend(words)
    if not added:
        return q
    return replace(q, groups=tuple(groups), lexical_text=" ".join([q.lexical_text, *dict.fromkeys(added)]))

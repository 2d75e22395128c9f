"""Answer composers behind one protocol, and the evidence rules they share.

`ExtractiveComposer` (the default) states the fact first (an amount, a name or the best sentence), then
quotes up to three verbatim sentences, each with an [n] marker. `select_evidence` picks those sentences;
`judge_evidence` decides whether the documents answer the question at all (refusal).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Protocol

from assistant.budget.columns import asks_only_outcome
from assistant.compose.agreement import agreed_first, corroborating, person_key
from assistant.evidence.amount_stretch import (asked_recipient, leading_subjects, recipient_spans, recipients,
                                               states_outcome_of)
from assistant.evidence.table_rows import row_states_outcome
from assistant.evidence.open_amount import leaves_open
from assistant.evidence.siblings import names_sibling
from assistant.evidence.claim_vote import abstentions_after
from assistant.evidence.quotation import asks_wording, quotation_rest, quoted_under
from assistant.evidence.companies import asks_company, names_company, with_company_form
from assistant.budget.numbers import NUMBER_WORDS
from assistant.understand.query import QueryAnalysis
from assistant.evidence.sentences import (
    CAUSAL, DATE_NUMBER, MAX_QUOTE, NAME, TIME, YEARLIKE, Sentence, amounts_in, asked_amounts, event_verbs, expand_stems, is_statement,
    amount_matches, asks_vote, field_label, field_rest, labels_time, relative_years, split_sentences, states_vote,
    text_stems, time_said,
)
from core.types import Calculation, Citation
from assistant.understand.boundaries import has_word
from assistant.understand.words import asks_plural, illustrates
from core.years import PERIOD, RELATIVE_YEARS, year_of_date, years_in

# Calibrated on the dev sets with tests/answer/calibrate.py (a sweep, see the final report):
REFUSE_BELOW = 0.6  # share of the question's concepts (idf-weighted) the best sentence must cover; swept 0.35-0.75
EXTRA_QUOTE_RATIO = 0.8  # further quotes must score at least this share of the best one
MAX_QUOTES = 3
PARALLEL_RATIO = 0.95  # a sentence as good as the best one, stating another sum of the same thing, answers too
MULTI_DOC_FACTOR = 0.7
NEIGHBOUR_CHARS = 400  # an amount sentence this close to a relevant sentence of the same passage counts

REFUSAL = {"sv": "Jag hittar inget om det i dokumenten.", "en": "I can't find anything about that in the documents."}
NO_PERSON = {"sv": "Jag hittar ingen person som nämns i det sammanhanget i dokumenten.",
             "en": "I can't find a person named in that context in the documents."}
NO_COMPANY = {"sv": "Jag hittar inget företag som nämns i det sammanhanget i dokumenten.",
              "en": "I can't find a company named in that context in the documents."}
NO_AMOUNT = {"sv": "Jag hittar inget belopp för det i dokumenten: de närmaste avsnitten nämner ämnet men anger ingen "
                   "siffra för just det.",
             "en": "I can't find an amount for that in the documents: the nearest passages mention the topic but "
                   "state no figure for it."}
LEFT_OPEN = {"sv": "Dokumenten anger ingen siffra för det: den lämnas öppen till ett senare beslut.",
             "en": "The documents state no figure for that: it is left open for a later decision."}
NO_OUTCOME = {"sv": "Dokumenten anger inget utfall för det, bara prognoser, budgetar, planer eller mål.",
              "en": "The documents state no actual outcome for that, only forecasts, budgets, plans or targets."}
RELATED_NOTE = {"sv": " Närliggande avsnitt visas som relaterade, inte som källor.",
                "en": " Related passages are listed below, not as sources."}
AMOUNT_WITH_UNIT = re.compile(
    r"[-\u2212+]?\d[\d \u00a0]*(?:[.,]\d+)?\s*(?:%|procent|miljoner kronor|miljoner|miljard(?:er)?(?: kronor)?|"
    r"mnkr|mdkr|tkr|kronor|kr)?(?!\w)", re.I)


NUMBER_ONLY = re.compile(r"\s*(?:%|procent|miljoner kronor|miljoner|miljard(?:er)?(?: kronor)?|mnkr|mdkr|tkr|kronor|kr)$",
                         re.I)


# what an amount must be about: concepts (each a predicate on a sentence) its sentence or a neighbour names
About = Callable[[Sentence], bool] | tuple[Callable[[Sentence], bool], ...] | None


@dataclass(frozen=True, slots=True)
class Draft:
    """What a composer returns before citations are verified."""

    text: str
    citations: tuple[Citation, ...]
    composer: str = "extractive"
    notes: tuple[str, ...] = ()


class AnswerComposer(Protocol):
    name: str

    def compose(self, q: QueryAnalysis, evidence: list[Citation], *, fact: str | None = None,
                calculation: Calculation | None = None) -> Draft: ...


@dataclass(frozen=True, slots=True)
class Judgement:
    answerable: bool
    reason: str  # "ok", "weak", "no_amount", "empty"
    strength: float


def judge_evidence(q: QueryAnalysis, sentences: list[Sentence], threshold: float | None = None,
                   targets: int = 0, unknown: list[str] | None = None, probability: float | None = None,
                   cutoff: float = 0.5, about: About = None) -> Judgement:
    """Do the best sentences answer the question? With `probability` (assistant.evidence.answerability, calibrated)
    the topic test is p >= cutoff, otherwise concept coverage >= threshold. Then the slot checks:
    near-misses have the topic but not the asked amount, person or year. `about` (the question's most specific
    concept, assistant.evidence.sentences.TermStats.specific_concept) must be named by the amount's sentence or a
    sentence just before or after it: an amount about another topic of the same passage is not the answer.
    A question about several named documents spreads its concepts over them: the bar is lower."""
    threshold = REFUSE_BELOW if threshold is None else threshold
    if q.empty or not sentences:
        return Judgement(False, "empty", 0.0)
    if unknown:
        return Judgement(False, "unknown_name", 0.0)
    if targets > 1:
        threshold *= MULTI_DOC_FACTOR
    strength = max(s.coverage for s in sentences[:5])
    if probability is not None:
        if probability < cutoff:
            return Judgement(False, "weak", strength)
        threshold = min(threshold, strength)  # the slot checks look at the best sentences found
    elif strength < threshold:
        return Judgement(False, "weak", strength)
    pool = _slot_pool(sentences, threshold, probability is not None)
    if q.wants_person and not any(names_someone(s.text) and holds_asked_role(role_question(q), s) for s in pool):
        return Judgement(False, "no_person", strength)
    from assistant.understand.words import asks_what_called

    if q.wants_person and asks_what_called(q.original) and not any(names_person(s.text) for s in pool):
        return Judgement(False, "no_person", strength)  # "vad heter ekonomichefen": "Ansvar: ekonomichef" names none
    if q.wants_name and asks_company(q.original) and not any(names_company(s.text) for s in sentences[:12]):
        return Judgement(False, "no_company", strength)  # "vilket byggföretag bygger förskolan": none is named
    # "faktiska resultat 2020" when only a forecast is stated; "vilket belopp landade handlingsplanen i" asks what
    # the plan proposes (a plan named with the outcome word: columns.asks_only_outcome)
    if asks_only_outcome(q.original) and not _states_an_outcome(q, pool):
        return Judgement(False, "no_outcome", strength)
    # "hur fördelas IT-investeringarna mellan skolan och äldreomsorgen?": each part is named beside an amount
    # the parts' amounts are of the whole asked: a measure the question names ("effektiviseringskrav") is said by
    # the sentence or what frames it, not by another table naming the parts ("Fördelning av 100 kronor i skatt")
    from assistant.evidence.headings import frame
    from assistant.evidence.near_miss import measures

    measured = measures(q.original)
    if not all(any(amounts_in(s.text) and names_part(part, s.text)
                   and (not measured or measured & measures(f"{frame(s)} {s.text}")) for s in pool)
               for part in split_between(q)):
        return Judgement(False, "no_amount", strength)
    from assistant.evidence.amount_slots import of_months_only, of_other_day

    # "helåret 2024": the best-ranked sentence stating figures, which the answer would quote, states them for January
    # to July, or for the period of its interim report (a sentence on the whole year of something else ranks lower
    # and does not answer it either)
    figures = [s for s in sentences[:8] if s in pool and amounts_in(s.text)]
    if figures and (of_months_only(q.original, figures[0].text, figures[0].chunk.title or "")
                    or of_other_day(q.original, figures[0].text)):
        return Judgement(False, "no_amount", strength)
    # "när ska X vara klar?": a time said of X, or by the sentence covering the question best (which may name X in
    # other words: "i paritet med jämförbara kommuner" for "i nivå med liknande kommuner"); a question asking who or
    # how much ("Who chaired the board when ...") asks no time; a follow-up or a later part ("..., och när ska den
    # vara klar?": one concept, the matter a pronoun) is about an earlier matter its own words do not name
    asks_time = q.wants_date and not q.wants_amount and not q.wants_person and not q.followup and len(q.groups) > 1
    if asks_time and not any(states_time_of(s, about) or (s.coverage >= strength and TIME.search(s.text))
                             for s in pool):
        return Judgement(False, "no_time", strength)
    if q.wants_amount:
        candidates = _amount_candidates(sentences, threshold)
        if probability is not None:  # the calibrated model judged the topic: the best-ranked sentences count too
            candidates += [s for s in sentences[:3] if s not in candidates]
        part = asked_part(q)
        stated = [s for s in candidates if _states_asked_amount(q, s) and is_about(q, s, sentences, about)
                  and not names_other_body(q.original, s.text, s.chunk.title or "") and not in_other_table(q.original, s)
                  and labels_asked(q, s.text) and names_part(part, s.text) and not goes_elsewhere(q, s.text)]
        from assistant.evidence.near_miss import deviation_for_level, names_asked, other_slot

        # the best-ranked amount on the topic is stated with another measure or of another part ("investering" for
        # the asked "drift"): another amount answers only when it names the asked one
        rank = {id(s): i for i, s in enumerate(sentences)}
        first = min((s for s in candidates if amounts_in(s.text) and is_about(q, s, sentences, about)),
                    key=lambda s: rank.get(id(s), len(sentences)), default=None)
        answering = [s for s in stated if not other_slot(q.original, s.text, s.chunk.title or "")
                     and not deviation_for_level(q.original, s.text)]
        if first is not None and other_slot(q.original, first.text, first.chunk.title or ""):
            answering = [s for s in answering if names_asked(q.original, s.text, s.chunk.title or "")]
        if not answering:
            # "... återkomma med underlag för beslut hur många feriearbeten som kan erbjudas" leaves the asked amount
            # open: an answer beside another document's figure (a question asked alone refuses it: Assistant.ask)
            if any(leaves_open(q, s.text) and is_about(q, s, sentences, about) for s in pool):
                return Judgement(True, "open", strength)
            return Judgement(False, "no_amount", strength)
        # the year is judged as before: over every amount stated on the topic (a sentence naming the year may
        # stand beside the one answering, "... ökning med cirka 620 kronor per år" under the year's new taxa)
        asked = set(q.years) - set(q.doc_years)
        if asked and not any(has_year(s, asked) or _in_passage_of_earlier_year(q, s, asked) for s in stated):
            return Judgement(False, "no_amount", strength)
    return Judgement(True, "ok", strength)


def _in_passage_of_earlier_year(q: QueryAnalysis, s: Sentence, asked: set[int]) -> bool:
    """A follow-up naming no year of its own ("hur många röstade emot?" after "Vilken skattesats beslutade
    fullmäktige för 2026?") asks more of the matter the earlier turn asked of that year: a sentence of a passage
    naming the year speaks of that matter ("Omröstningen utfaller med 24 ja-röster ..." under the decision on the
    tax rate for 2026), though the sentence names no year itself."""
    return q.followup and not years_in(q.own) and bool(asked & _years_named(s.chunk.text))


def states_time_of(s: Sentence, about: About) -> bool:
    """The sentence says when the asked thing happens: a time-labelled line ("Tidplan: Beslut under 2024"), or a
    time in a sentence that itself names what the question is about (`about`, its most specific concept). A time
    beside it, in a neighbouring sentence on another matter ("handlingsplan för välfärdens finansiering under
    2020-talet" next to the asked "handlingsplan för ökad energieffektivitet"), is the time of something else."""
    if labels_time(s.text):
        return True
    if TIME.search(s.text) is None:
        return False
    predicates = about if isinstance(about, tuple) else (about,)
    if about is None or all(says(s) for says in predicates):
        return True
    from assistant.evidence.headings import section_heading

    # the heading of its section names the asked thing ("## 5. Förbättringsbidrag" above "Ansökan ska lämnas senast
    # den 1 oktober"), as it does for an amount (is_about)
    heading = section_heading(s)
    if heading is not None and all(says(s) or says(heading) for says in predicates):
        return True
    # "Skolan invigdes den 21 augusti 2023." a sentence after "Under året invigde vi den utbyggda Olsfors skola.": its
    # definite noun points back to the asked thing a sentence just before it names
    before = sentences_before(s)
    if before and PRONOUN_FIRST.match(s.text) and all(says(before[0]) for says in predicates):
        return True  # "Den beräknas vara klar i januari 2026." right after "Den nya förskolan i Ljungbacka får ..."
    return any(points_back(s.text, b.text) and all(says(b) for says in predicates) for b in before)


# a sentence opening with a pronoun of a thing speaks of what the sentence right before it names
PRONOUN_FIRST = re.compile(r"\W*(?:den|det|de|dessa|denna|detta|it|they|this)\b", re.IGNORECASE)


DEFINITE_ENDINGS = ("erna", "arna", "orna", "en", "an", "et", "n", "t")


def sentences_before(s: Sentence, chars: int = NEIGHBOUR_CHARS) -> list[Sentence]:
    """The sentences of `s`'s passage ending at most `chars` before it, nearest first."""
    text = passage_before(s)
    out = []
    for start, end in reversed(split_sentences(s.chunk)):
        at, stop = start - s.chunk.start, end - s.chunk.start
        if stop > len(text):
            continue
        if len(text) - stop > chars:
            break
        out.append(replace(s, start=start, end=end, text=s.chunk.text[at:stop], similarity=None))
    return out


# a pronoun opening a sentence as its subject: the sentence speaks of what the one before it names
SUBJECT_PRONOUNS = frozenset({"den", "det", "de", "denna", "detta", "dessa", "it", "they", "this", "these"})
EXPLETIVE_AFTER = frozenset({"finns", "är", "var", "blir", "blev", "har", "handlar", "gäller", "innebär", "is", "was"})


def with_antecedents(chosen: Sequence[Sentence]) -> list[Sentence]:
    """The sentences with, before each one opening with a subject pronoun ("Den är oförändrad sedan 2021."), the
    sentence of its passage just before it that the pronoun points back at ("Skattesatsen ... är 22,36 kronor ...").
    The pronoun is the subject of the verb right after it: "Det årliga resultatet" and "Den nya förskolan" open with
    an article. "Det" followed by a verb of being ("Det finns ...", "Det är viktigt ...") is a dummy subject, no
    pointer, but "Den är" is one."""
    from assistant.evidence.claims import is_finite_verb

    out: list[Sentence] = []
    for s in chosen:
        words = re.findall(r"[^\W\d_]+", s.text.lower())[:2]
        pointing = len(words) == 2 and words[0] in SUBJECT_PRONOUNS and (
            is_finite_verb(words[1]) or words[1] in EXPLETIVE_AFTER) and not (
            words[0] in ("det", "it") and words[1] in EXPLETIVE_AFTER)
        before = sentences_before(s)[:1] if pointing else []
        out.extend(b for b in before if b not in out and not any(_overlaps(b, c) for c in chosen))
        out.append(s)
    return out


def points_back(text: str, antecedent: str) -> bool:
    """The sentence opens with a definite noun whose indefinite form the antecedent names ("Skolan ..." after
    "... Olsfors skola"): it speaks of the same thing."""
    first = re.match(r"\W*([^\W\d_]+)", text)
    if first is None:
        return False
    word = first.group(1).lower()
    named = {w.lower() for w in re.findall(r"[^\W\d_]+", antecedent)}
    return any(word.endswith(e) and len(word) - len(e) >= 3 and word[:-len(e)] in named for e in DEFINITE_ENDINGS)


def _states_an_outcome(q: QueryAnalysis, pool: list[Sentence]) -> bool:
    """One of the sentences stating figures states an outcome of the asked years (true when none states figures):
    a prose sentence by its own words, a table row by its columns' kinds ("Budget 2026", "Prognos 2026" are no
    outcome of 2026) or, when its header does not say them, by its words."""
    asked = set(q.years) - set(q.doc_years)
    found = False
    for s in pool:
        by_columns = row_states_outcome(s, asked)
        if by_columns is None and not amounts_in(s.text, money=True):
            continue
        found = True
        if by_columns if by_columns is not None else states_outcome_of(s.text, year_of_date(s.chunk.date), asked):
            return True
    return not found


def _slot_pool(sentences: list[Sentence], threshold: float, ranked: bool) -> list[Sentence]:
    """Sentences that may hold the asked slot: those covering the topic best and, when the calibrated model
    judged the topic (its ranking includes the embedder's similarity), the best three by rank too."""
    pool = [s for s in sentences[:8] if s.coverage >= threshold]
    return pool + [s for s in sentences[:3] if s not in pool] if ranked else pool


REPORTED = re.compile(r"\b(?:säger|sa|skriver|enligt|says|said|according to)\s+$", re.I)
REPORTED_TITLED = re.compile(r"\b(?:säger|sa|skriver|enligt|says|said|according to)\s+((?:[^\W\d_A-ZÅÄÖ][\w-]*\s+){1,3})$")


def names_someone(text: str) -> bool:
    """A person or a role, body or party that answers "who": a name with its party ("Karin Ek (S)"), a name said to
    speak ("säger Karin Ek"), a role or body ("Ekonomichef får i uppdrag ...", "socialchef Karin Ek"), or a party
    by name ("Ledamöterna för Socialdemokraterna ... reserverar sig"). Capitalised words alone are no person:
    "koncernen Alingsås Energi" is a company."""
    if names_person(text):
        return True
    from assistant.evidence.claims import role_nouns, roles

    vocab = roles()
    words = {w.lower() for w in re.findall(r"[\wåäöÅÄÖ-]+", text)}
    return bool({_base_form(w) for w in words} & role_nouns()) or any(
        w.endswith(tuple(vocab["bodies"])) for w in words) or names_company(text) or bool(
        asked_parties(text, vocab["parties"]))


# plural and definite forms of a role noun; an English role noun used as a verb ("chaired", "chairing", "heads")
ROLE_ENDINGS = ("erna", "arna", "ens", "ing", "er", "ar", "en", "ed", "s")


def _base_form(word: str) -> str:
    """A role noun without its plural or definite ending ("förvaltningschefer" -> "förvaltningschef",
    "ekonomichefen" -> "ekonomichef"); other words unchanged in effect (they match no role either way)."""
    from assistant.evidence.claims import roles

    known = roles()["roles"]
    if word in known:
        return word
    for ending in ROLE_ENDINGS:
        if word.endswith(ending) and word[:-len(ending)] in known:
            return word[:-len(ending)]
    return word


def names_person(text: str) -> bool:
    """A person by name: with a party ("Karin Ek (S)") or said to speak ("säger Karin Ek")."""
    return any(is_person(text, m) for m in NAME.finditer(text))


def is_person(text: str, name: re.Match) -> bool:
    """The capitalised words `name` (a NAME match in `text`) are a person: written with a party ("Karin Ek (S)")
    or said to speak ("säger Karin Ek")."""
    before = text[:name.start()]
    if name.group().endswith(")") or REPORTED.search(before):
        return True
    # "säger ekonomichef Maria Öberg", "says finance director Anna Berg": the speaker's title before the name
    from assistant.evidence.claims import role_nouns

    titled = REPORTED_TITLED.search(before)
    return titled is not None and any(_base_form(w.lower()) in role_nouns() for w in titled.group(1).split())


def role_question(q: QueryAnalysis) -> str:
    """The words saying whose name is asked. A follow-up naming no role, after a turn naming none either ("vem
    uttalade sig i pressmeddelandet?" after "socialförvaltningens prognos"), asks for whoever speaks about that
    topic: the earlier turn's bodies are what was said, not a role held. A role named anywhere ("och vice
    ordförande?" after "vem är ordförande i kommunstyrelsen?") keeps the bodies the conversation named."""
    if not q.followup or not q.own or names_role(q.original):
        return q.original
    return q.own


def names_role(question: str) -> bool:
    """The question names a role (roles_sv.json: "ordförande", "ekonomichefen"), a modifier alone ("vice") not."""
    from assistant.evidence.claims import role_nouns

    return any(_base_form(w.lower()) in role_nouns() for w in re.findall(r"[\wåäöÅÄÖ-]+", question))


def asks_role_kind(question: str) -> bool:
    """The question asks which role someone holds without naming one ("vilka roller", "ledande poster"; roles_sv.json
    `role_kinds`)."""
    from assistant.evidence.claims import roles

    kinds = set(roles().get("role_kinds", ()))
    return any(w.lower() in kinds for w in re.findall(r"[\wåäöÅÄÖ-]+", question))


def holds_asked_role(question: str, s: Sentence) -> bool:
    """The sentence (or its document's title) names the roles and bodies the question asks about: "Vem är
    ordförande i vård- och omsorgsnämnden?" is not answered by the vice chair of kommunstyrelsen, nor
    "Vem är kommundirektör?" by a chair. Words come from assistant/data/roles_sv.json."""
    from assistant.evidence.claims import ROLE_MODIFIERS, role_nouns, roles

    vocab = roles()
    if not holds_asked_party(question, f"{s.chunk.title} {s.text}", vocab["parties"]):
        return False
    from assistant.understand.words import asks_parties_by_noun, asks_people_by_noun, asks_speaker

    if (asks_people_by_noun(question) or asks_speaker(question)) and not names_person(s.text) and not (
            asks_parties_by_noun(question) and asked_parties(s.text, vocab["parties"])):
        return False  # "vilka politiker ...", "vem sa det?": people by name, not "förvaltningen"; "vilka partier
        # ...": the parties by name too ("Ledamöterna för Socialdemokraterna och Vänsterpartiet reserverar sig")
    from assistant.evidence.utterance import names_speaker
    from assistant.understand.words import asks_quoted

    if asks_quoted(question) and not names_speaker(s.text):
        return False  # "vilka politiker citeras ...?": the one quoted, not a person the text only names
    words = _role_clause([w.lower() for w in re.findall(r"[\wåäöÅÄÖ-]+", question)], role_nouns())
    asked_roles = {_base_form(w) for w in words} & role_nouns()
    asked_bodies = {w for w in words if w.endswith(tuple(vocab["bodies"])) and len(w) > 9} | {
        b for w in words if _base_form(w) not in role_nouns() and (b := body_modifier(w)) is not None and len(b) > 9}
    # a body named by an adjective and a generic noun ("tekniska nämnden"): the adjective tells it apart; a
    # municipality's name before it ("Åtvidabergs fullmäktige") is the place, which its documents need not repeat
    from assistant.understand.query import stop_words

    from assistant.understand.language import english_term

    # the word before is no adjective when it is a role or an English word ("Who chairs nämnden för ...?")
    named_by = {words[i - 1] for i, w in enumerate(words) if i and w in vocab["bodies"]
                and words[i - 1] not in stop_words() and len(words[i - 1]) >= 4 and not names_place(words[i - 1])
                and _base_form(words[i - 1]) not in role_nouns() and not english_term(words[i - 1])}
    if asked_roles and not NAME.search(s.text):
        return False  # "vem är ordförande i socialnämnden?": who holds the role is someone by name, not the role
        # itself ("Ordföranden ställer förslagen mot varandra")
    if not asked_roles and asks_role_kind(question) and not names_role(s.text):
        return False  # "vilka socialdemokrater har ledande poster, och vilka roller?": a person named with a role
    if not asked_roles and not asked_bodies:
        return True
    text = f"{s.chunk.title} {s.text}".lower()
    bare = set(vocab["bodies"])  # "nämndens" alone says which body only by the section it stands in
    if not any(w.endswith(tuple(bare)) and w not in bare for w in re.findall(r"[\wåäöÅÄÖ-]+", text)):
        from assistant.evidence.headings import headings_above

        # "Ordförande: Lennart Bäckström (C)" in a protocol's header, "Nämndens ordförande är ..." in a committee's
        # section: the body is the heading above it
        text = " ".join([text, *headings_above(s)]).lower()
    stem = lambda w: re.sub(r"(ens|ets|ns|en|et|s|n)$", "", w)  # noqa: E731  kommunstyrelsens ~ kommunstyrelsen
    if any(re.sub(r"(a|e)$", "", m) not in text for m in named_by):  # "tekniska" ~ "tekniske", "teknisk"
        return False
    from assistant.understand.query import glossary

    terms = glossary()  # an English role is said in Swedish in the documents: "chair" is "ordförande"
    modifiers = ROLE_MODIFIERS
    low_question = question.lower()

    def says_role(r: str) -> bool:  # "ordförande" is not said by "vice ordförande" unless the question says "vice"
        qualified = {m for m in modifiers if re.search(rf"\b{m}[\s-]+{re.escape(r)}", low_question)}
        qualified |= {"vice"} if "deputy" in qualified else set()
        for form in (r, *terms.get(r, ())):
            for m in re.finditer(re.escape(form), text):
                before = re.search(r"(\w+)[\s-]+$", text[:m.start()])
                if before and asked_bodies and _other_bodys(before.group(1), asked_bodies):
                    continue  # "kommunstyrelsens ordförande" holds that body's role, not the asked body's
                said_with = before.group(1) if before and before.group(1) in modifiers else None
                if said_with is None and not qualified or said_with in qualified:
                    return True
        return False

    return all(says_role(r) for r in asked_roles) and all(stem(b) in text for b in asked_bodies)


def _other_bodys(word: str, asked_bodies: set[str]) -> bool:
    """The word is the genitive of a body none of the asked bodies is ("kommunstyrelsens" when socialnämnden is
    asked)."""
    from assistant.evidence.claims import roles

    low = word.lower()
    if not low.endswith("s") or not low[:-1].endswith(tuple(roles()["bodies"])):
        return False
    own = re.sub(r"(en|et|n)?s$", "", low)
    return not any(own in b or re.sub(r"(ens|ets|ns|en|et|s|n)$", "", b) in low for b in asked_bodies)


MIN_COMPOUND_HEAD = 4  # letters of the noun a body's name modifies in a compound ("möte" of "fullmäktigemötet")


def body_modifier(word: str) -> str | None:
    """The body a compound's first part names ("fullmäktige" of "fullmäktigemötet", "kommunstyrelse" of
    "kommunstyrelsemötet", "socialnämnd" of "socialnämndssammanträdet"): the meeting or thing is that body's; None
    for a word that is no such compound (a body's own name and its endings: "nämndens")."""
    m = _body_compound().match(word.lower())
    if m is None or re.fullmatch(r"(?:e?[nt]s?|e?rna?s?|arnas?)", m.group(2)):
        return None
    return m.group(1)


@lru_cache(maxsize=1)
def _body_compound() -> re.Pattern[str]:
    """A body's noun, then a linking s perhaps, then a noun of its own (body_modifier), compiled once."""
    from assistant.understand.bodies import body_nouns

    nouns = "|".join(sorted(map(re.escape, body_nouns()), key=len, reverse=True))
    return re.compile(rf"([^\W\d_]*?(?:{nouns}))s?([^\W\d_]{{{MIN_COMPOUND_HEAD},}})$")


def names_place(word: str) -> bool:
    """The word is a municipality's name, or its genitive ("åtvidabergs")."""
    from assistant.understand.words import names_municipality

    return names_municipality(word)


def _role_clause(words: list[str], role_words: "frozenset[str] | set[str]") -> list[str]:
    """The question's words up to a clause telling when, after the role asked ("vem var socialchef när
    socialförvaltningen fick omställningspaketet": the body of the time clause dates the question; it does not say
    whose socialchef). Words from assistant/data/sentence_types.json ("temporal_conjunctions")."""
    from assistant.understand.words import sentence_types

    role = next((i for i, w in enumerate(words) if _base_form(w) in role_words), None)
    if role is None:
        return words
    when = set(sentence_types()["temporal_conjunctions"])
    cut = next((i for i in range(role + 1, len(words)) if words[i] in when), len(words))
    return words[:cut]


def _bodies(text: str) -> set[str]:
    """The bodies a text names by a word of its own ("socialnämnden", "kommunstyrelsens"), without the definite or
    genitive ending; generic nouns alone ("nämnden") are no name. Words from assistant/data/roles_sv.json."""
    from assistant.evidence.claims import roles

    endings = tuple(roles()["bodies"])
    words = re.findall(r"[\wåäöÅÄÖ-]+", text.lower())
    return {re.sub(r"(ens|ets|ns|en|et|s|n)$", "", w) for w in words if w.endswith(endings) and len(w) > 9}


def names_other_body(question: str, text: str, title: str = "") -> bool:
    """The question names a body ("överförmyndarnämnden") and the sentence names bodies, none of them that one: its
    amount is another body's ("Socialnämnden 1 200 1 200"). A sentence naming no body is left to the other checks,
    and so is one of a document whose title names the asked body (its minutes: "24 ja-röster för kommunstyrelsens
    förslag" in "Sammanträdesprotokoll kommunfullmäktige" is fullmäktige's vote on another body's proposal)."""
    asked = _bodies(question)
    if not asked or _names_body(asked, _bodies(title)):
        return False
    said = _bodies(text)
    return bool(said) and not _names_body(asked, said)


def _names_body(asked: set[str], said: set[str]) -> bool:
    """One of the bodies said is one of those asked, named in longer or shorter form ("kommunfullmäktige" for
    "fullmäktige"), or as the committee's administration ("socialförvaltningen" for "socialnämnden": one field)."""
    return any(a.endswith(b) or b.endswith(a) or _field(a) == _field(b) != "" for a in asked for b in said)


BODY_KINDS = re.compile(r"(?:nämnd|förvaltning)$")  # a committee and its administration share their field's name


def _field(body: str) -> str:
    """The field a committee or administration is named by ("social" of "socialnämnd" and "socialförvaltning");
    "" for a body of another kind."""
    return BODY_KINDS.sub("", body) if BODY_KINDS.search(body) else ""


def in_other_bodys_section(question: str, s: Sentence) -> bool:
    """The sentence, or the section it stands in, names bodies, none of them the one the question names: "Av
    ramtillskottet om 6,2 mnkr ..." under "Barn- och utbildningsnämnden" is that body's amount, not socialnämndens. A
    body named in longer or shorter form is the same ("kommunfullmäktiges sammanträde" for "fullmäktiges beslut")."""
    asked = _bodies(question)
    said = _bodies(f"{s.text} {s.chunk.section or ''}") if asked else set()
    return bool(said) and not _names_body(asked, said)


def labels_asked(q: QueryAnalysis, text: str) -> bool:
    """A table row's label is its subject: the row states an asked amount only when its label names one of the
    question's concepts ("Besök i biblioteket" for the library's visits; not "Totalt" for one committee's
    investments). A sentence that is no table row passes."""
    from assistant.evidence.table_rows import row_label
    from assistant.understand.query import stems

    label = row_label(text)
    if not label:
        return True
    present = expand_stems(stems(label))
    return any(_same_word(t, set(present)) for group in q.groups for t in group if len(t) >= 4)


def in_other_table(question: str, s: Sentence) -> bool:
    """The question names a kind of table ("investerar": the investment budget) and the sentence is a row of a table
    its headings name as another kind ("Driftsbudget"): the row's figures are not what is asked."""
    from assistant.budget.matching import table_kinds
    from assistant.evidence.headings import headings_above
    from assistant.evidence.table_rows import is_table_line

    asked = set(table_kinds(question))
    if not asked or not is_table_line(s.text):
        return False
    heads = [h for h in headings_above(s) if not is_table_line(h)] + [s.chunk.section or ""]
    kinds = {k for h in heads for k in table_kinds(h)}
    return bool(kinds) and not asked & kinds


def asked_parties(question: str, parties: dict[str, list[str]]) -> set[str]:
    """Letters of the parties a question names by word ("vem från centerpartiet", "which Green Party member") or
    by a letter marking a person noun ("vilka S-politiker")."""
    from assistant.understand.words import party_letters

    low = question.lower()
    return {letter for letter, words in parties.items()
            if any(has_word(low, w, suffix=INFLECTED) for w in words)} | (party_letters(question) & set(parties))


# an adjective's plural or neuter form ("socialdemokratiska politiker", "moderata"), a member noun's plural
# ("socialdemokrater")
INFLECTED = "(?:[at]|er)?"


def holds_asked_party(question: str, text: str, parties: dict[str, list[str]]) -> bool:
    """A person question naming a party is answered by a person of that party: the text names the party by a
    word of it or by its letter after a name ("Anna Berg (C)"); people of other parties do not answer it."""
    asked = asked_parties(question, parties)
    if not asked:
        return True
    low = text.lower()
    return any(re.search(r"\(\s*" + letter + r"\s*\)", text) or
               any(has_word(low, w, trailing=False) for w in parties[letter]) for letter in asked)


def has_year(s: Sentence, years: set[int], periods: bool = True) -> bool:
    """The sentence speaks of one of the years: it names it, its document is dated that year ("i år"), or it names
    it relative to that date ("förra året" in a press release from 2020 speaks of 2019). A sentence naming no
    year of its own speaks of the period its document's title spans ("Budget för Alingsås kommun 2021-2023":
    "1 mnkr tillskjuts ... sommarjobb" is said of 2021 to 2023); a table's row (cells apart by tabs) does not:
    each of its cells is of its column's year, and its table's header says which (table_rows.header_years).
    Without `periods`, only a year the sentence names, or its document's date, counts: the title's period not."""
    from assistant.evidence.paragraphs import item_context
    from assistant.evidence.table_rows import header_years

    named = _years_named(without_reference_years(s.text)) | header_years(s)
    doc_year = year_of_date(s.chunk.date)
    # a sentence naming a year only as what it is held against ("6,4 procent för perioden, jämfört med 7,1 procent
    # motsvarande period 2023") speaks of its document's period as one naming none does
    own = own_years(s)
    dated = {doc_year} if doc_year is not None else set()
    if doc_year is not None and reports_on_past(s.chunk.title or "", doc_year):
        dated = set()  # "Årsredovisning 2023" published in 2024: its sentences tell of 2023, not of 2024
    if periods and not own and "\t" not in s.text:  # the heading it stands under too ("Ny VA-taxa från 1 januari 2026")
        dated |= title_period(s.chunk.title or "") | title_period(s.chunk.section or "")
        before = passage_before(s)
        told = _years_named(before)  # "... för 2023. [...] Kommunkoncernen redovisar ett resultat på ..."
        # its own paragraph first: "... höjs med 6,0 procent från den 1 januari 2025. För en normalvilla innebär det
        # en ökning med cirka 540 kronor per år." speaks of 2025, though the passage above names other years too
        said = _years_named(before.rsplit("\n\n", 1)[-1])
        item = item_context(before)
        if item is not None:  # a list item: its own words, else the list's lead-in; not the other items' years
            lead, own_item = item
            said, told = _years_named(own_item), _years_named(lead)
        dated |= said if len(said) == 1 else told if len(told) == 1 else set()
    return bool(years & (named | dated | relative_years(s.text, doc_year)))


def own_years(s: Sentence) -> set[int]:
    """The years the sentence speaks of in its own words: those it names before what it is held against ("jämfört
    med 2023") and not as a bound ("före 1998"), or its table's header gives its row."""
    from assistant.evidence.table_rows import header_years

    return _years_named(_without_bound_years(COMPARED_TO.split(s.text, maxsplit=1)[0])) | header_years(s)


@lru_cache(maxsize=1)
def _bound_year() -> re.Pattern[str]:
    from assistant.understand.words import sentence_types

    words = "|".join(map(re.escape, sentence_types()["year_bounds"]))
    return re.compile(rf"\b(?:{words})\s+(?:år\s+)?(?:19|20)\d\d(?!\d)", re.I)


def _without_bound_years(text: str) -> str:
    """The text without the years it names as a bound ("pensioner intjänade före 1998", sentence_types.json
    year_bounds): they qualify a noun or open a span, the sentence's figure is of its own time."""
    return _bound_year().sub(" ", text)


def of_other_years(s: Sentence, years: set[int]) -> bool:
    """The sentence gives its figures for years on both sides of the asked ones and not for them: "Sjukfrånvaron var
    6,8 procent under 2023 och målet är att den ska understiga 6,0 procent 2025" skips 2024, whatever year its
    document is dated or its passage names. A sentence naming only a later or an earlier year may still speak of
    the asked one ("21,43 kronor ... 2025, oförändrad")."""
    own = own_years(s)
    return bool(own) and bool(years) and not own & years and min(own) < min(years) and max(own) > max(years)


def reports_on_past(title: str, doc_year: int) -> bool:
    """The document's title names only years before the one it was published in ("Årsredovisning 2023", dated
    2024): it looks back on them, and a sentence of it naming no year is no statement about its publishing year."""
    named = set(years_in(title))
    return bool(named) and max(named) < doc_year


# what introduces the other side of a comparison: the years after it are held against, not the sentence's own
COMPARED_TO = re.compile(r"\b(?:jämfört (?:med|mot)|jämförelse med|än|gentemot|than|compared (?:to|with)|versus|vs)\b", re.I)


# a year said only as the point a change is measured from ("minska med 10 procent till 2027 jämfört med 2022",
# "jämfört med budget 2024", "än 2022"): no figure of its own stands between the comparing word and the year
REFERENCE_YEAR = re.compile(COMPARED_TO.pattern + r"\s+(?:[^\W\d_]+\s+){0,3}?(?:19|20)\d\d(?!\d)", re.I)


def without_reference_years(text: str) -> str:
    """The text without the years it names only as what a change is measured from: the sentence speaks of no such
    year ("minska med 10 procent till 2027 jämfört med 2022" says nothing of 2022), unlike one stating that year's
    own figure ("6,4 procent, jämfört med 7,1 procent motsvarande period 2023")."""
    return REFERENCE_YEAR.sub(" ", text)


def _years_named(text: str) -> set[int]:
    return {int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", text)}


def passage_before(s: Sentence) -> str:
    """The text of the sentence's passage before it: a sentence naming no year of its own is of the one year its
    passage has named ("Kommunen redovisar ett resultat på 48,8 miljoner kronor för 2023. [...] Kommunkoncernen ...
    redovisar ett resultat på 132,5 miljoner kronor." speaks of 2023); a passage naming several years says none."""
    at = s.start - s.chunk.start
    return s.chunk.text[:at] if 0 < at <= len(s.chunk.text) else ""


MAX_PERIOD_YEARS = 10  # a budget or plan period; a longer span is history ("1990-2020"), not the document's period


def title_period(title: str) -> set[int]:
    """The years a title's period spans ("Budget 2021-2023" -> {2021, 2022, 2023}; a budget year with the plan's
    years after it, "Budget 2026 med plan 2027–2028" -> {2026, 2027, 2028}); a title naming one year only speaks of
    that year ("Hultsfreds kommun gör överskott på 27,4 miljoner kronor 2025" -> {2025}); empty when it names none,
    or several that are no period."""
    found = PERIOD.search(title)
    named = set(years_in(title))
    if found is None:
        return named if len(named) == 1 else set()
    first, last = int(found.group(1)), int(found.group(2))
    spanned = set(range(first, last + 1)) if 0 < last - first <= MAX_PERIOD_YEARS else set()
    together = spanned | named
    # the years named beside the span continue it: one run of years, no longer than a period
    if spanned and max(together) - min(together) + 1 == len(together) <= MAX_PERIOD_YEARS + 1:
        return together
    return spanned


def _amount_candidates(sentences: list[Sentence], threshold: float) -> list[Sentence]:
    """Sentences that may state the asked amount: relevant ones, and their close neighbours in the same
    passage ("Busslinjerna ... ska utökas." followed by "900 tkr tillskjuts ...")."""
    relevant = [s for s in sentences if s.coverage >= threshold]
    near = [s for s in sentences if s not in relevant and s.coverage >= threshold / 2 and
            any(s.chunk.id == r.chunk.id and abs(s.start - r.start) <= NEIGHBOUR_CHARS for r in relevant)]
    return relevant + near


def is_about(q: QueryAnalysis, s: Sentence, sentences: list[Sentence], about: About) -> bool:
    """Each concept the answer must be about (one predicate, or several) is named by the sentence or by a
    sentence just before or after it in the same document, or by the heading of its section ("Fakta Solgläntan"
    above "Platser i dag: 24"). A neighbour speaks for the sentence only when its amounts are not led by a subject
    of their own the question does not name ("Nyupplåningen 2027 beräknas till 15,0 miljoner kronor" is not the
    cost of the fire station the next sentence names), or the neighbour names that subject: "har boendet 36
    platser" after "Det särskilda boendet Solgläntan ska byggas om" speaks of Solgläntan."""
    from assistant.evidence.headings import heading_after, section_heading

    if about is None:
        return True
    for says in about if isinstance(about, tuple) else (about,):
        if says(s):
            continue
        near = [r for r in sentences[:12]
                if r.chunk.doc_path == s.chunk.doc_path and abs(r.start - s.start) <= NEIGHBOUR_CHARS and says(r)
                and not heading_after(s, r)]  # a neighbour under the next heading is of another section
        before = sentence_before(s)
        near += [before] if before is not None and says(before) else []
        heading = section_heading(s)
        near += [heading] if heading is not None and says(heading) else []
        # a neighbour listing the asked thing among its siblings ("förskola, grundskola, gymnasieskola") shows that
        # the sentence naming a sibling ("Antalet elever i grundskolan ...") states the sibling's figure
        # (a PDF's line wrapped before a capitalised item cuts the list: the sentence before it is read with it)
        if any(names_sibling(s.text, _with_sentence_before(r), lambda item, r=r: says(replace(r, text=item)))
               for r in near):
            return False
        if not near or of_other_subject(q, s.text) and not any(refers_back(s.text, r.text) for r in near):
            return False
    return True


def _with_sentence_before(s: Sentence) -> str:
    """The sentence's text after the one right before it in its passage."""
    before = sentence_before(s)
    return f"{before.text} {s.text}" if before is not None else s.text


def sentence_before(s: Sentence) -> Sentence | None:
    """The sentence right before s in its passage, ranked or not: what a definite noun of s points back to
    ("Nuvarande avtal om skolskjuts löper ut ..." before "Det uppskattade värdet av det nya avtalet är 38 miljoner
    kronor"). None when s opens its passage or the one before is farther than NEIGHBOUR_CHARS."""
    spans = [(a, b) for a, b in split_sentences(s.chunk) if b <= s.start and s.start - b <= NEIGHBOUR_CHARS]
    if not spans:
        return None
    a, b = spans[-1]
    text = s.chunk.text[a - s.chunk.start:b - s.chunk.start]
    return replace(s, start=a, end=b, text=text) if text.strip() else None


def refers_back(text: str, antecedent: str) -> bool:
    """Each amount of the sentence led by a noun of its own is led by one the antecedent names: the definite noun
    points back to it ("har boendet 36 platser" after "Det särskilda boendet Solgläntan ska byggas om")."""
    from assistant.understand.query import stems

    named = set(stems(antecedent))
    led = [subjects for subjects in leading_subjects(text) if subjects]
    return bool(led) and all(any(_same_word(w, named) for w in subjects) for subjects in led)


def of_other_subject(q: QueryAnalysis, text: str) -> bool:
    """Every amount of the sentence is led by nouns of its own (amount_stretch.leading_subjects) none of which the
    question names nor asks with ("kostnaden" for "vad kostar"): the sentence states the amount of something else."""
    from assistant.understand.query import stems

    asked = {t for group in q.groups for t in group} | set(stems(q.original))
    led = [{w for w in subjects if not _says_amount(w)} for subjects in leading_subjects(text)]
    led = [subjects for subjects in led if subjects] if any(led[:1]) else led  # "..., vilket är 57 fler" adds one
    return bool(led) and all(subjects and not any(_same_word(t, subjects) for t in asked if len(t) >= 3)
                             for subjects in led)


def led_by_asked(q: QueryAnalysis, text: str) -> bool:
    """Every amount of the sentence is led by a noun the question names itself, not only a money word ("Kontraktssumman
    är 41,6 miljoner kronor" for "vad blev kontraktssumman för ..."): the sentence states the asked measure."""
    from assistant.understand.query import stems

    asked = {t for t in stems(q.original) if len(t) >= 4}
    led = leading_subjects(text)
    # the asked noun itself or a compound of it ("kontraktssumman"), not only its head ("skuld" for "låneskulden")
    return bool(led) and all(any(w.endswith(t) for t in asked for w in subjects) for subjects in led)


def goes_elsewhere(q: QueryAnalysis, text: str) -> bool:
    """Every amount of the sentence goes to something the question does not name (amount_stretch.recipients):
    "Av varje hundralapp i kommunalskatt går 43 kronor till förskola och skola, 37 kronor till äldreomsorg" splits
    the tax among its uses; it does not state the tax rate asked."""
    from assistant.understand.query import stems

    asked = {t for group in q.groups for t in group if len(t) >= 3} | set(stems(q.original))
    towards = recipients(text)
    return bool(towards) and all(r and not any(_same_word(t, set(r)) for t in asked) for r in towards)


def asked_part(q: QueryAnalysis) -> frozenset[str]:
    """The stems naming the part of a whole the question asks the money going to ("Hur mycket av socialnämndens
    budget går till hemtjänsten?": amount_stretch.asked_recipient): the asked amount is that part's, so the sentence stating it
    names the part itself. A neighbour naming it does not make the frame's whole or its increase ("Socialnämnden
    får 281,3 miljoner kronor", "Ramen ökar med 10,9 miljoner kronor") the part's. Its own words, not the
    synonyms of its concept ("hemtjänst" is no "boende"). Empty when the question names no recipient, or asks in
    English (its words are not the documents'), or asks no part of a whole (PART_OF)."""
    from assistant.evidence.amount_stretch import closed_words
    from assistant.understand.query import stems
    from assistant.understand.words import is_clear_verb, municipality_names

    if q.language != "sv":
        return frozenset()
    if not PART_OF.search(q.original):
        return _bearing_body(q.original)
    words = []
    for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+", asked_recipient(q.original)):
        if w.isdigit() or w.lower() in closed_words() or (words and is_clear_verb(w.lower())):
            break  # "till hemtjänsten i Vaxholm", "till och med augusti", "till den nivå"; a verb after the
            # name ends it: "av paketet till soc hamnade på avdelning unga" names the whole's owner, no part
        if w.lower() not in municipality_names():  # "flyttade in till Överkalix": a place, not a part
            words.append(w)
    return frozenset(t for t in stems(" ".join(words)) if len(t) >= 4)


# a part of a whole going to something: a quantity of the whole ("hur mycket av socialnämndens budget", "hur stor
# del av", "av varje hundralapp") ... "till" the part. "vad kostar bussturerna till Sollebrunn" asks the trips' cost
# (they go there), "sätta av varje år till fonden" sets money aside (a verb's particle), "från budget 2025 till
# plan 2027" is a span
PART_OF = re.compile(r"(?:^|\b(?:mycket|del|delen|andel|andelen|kronor|procent))\s*av\b(?:(?!\bfrån\b).)*\btill\b",
                     re.I)


# a part of a whole: "hur stor del av effektiviseringskravet", "hur mycket av besparingen" and the whole's first word
OF_WHOLE = re.compile(r"\b(?:mycket|del|delen|andel|andelen)\s+av\s+[^\W\d_]+", re.I)


def _bearing_body(question: str) -> frozenset[str]:
    """The stems of the body a part of a whole is asked of when no "till" names a recipient ("hur stor del av
    effektiviseringskravet ska kultur- och fritidsnämnden stå för?": the committee bears that part): a committee
    named after the whole, not the whole's owner in the genitive ("av socialnämndens budget"); empty when none is."""
    from assistant.understand.bodies import body_kind
    from assistant.understand.query import stems

    found = OF_WHOLE.search(question)
    if found is None:
        return frozenset()
    bodies = [w for w in re.findall(r"[^\W\d_]+", question[found.end():])
              if body_kind(w) == "committee" and not (w.lower().endswith("s") and body_kind(w[:-1]))]
    return frozenset(t for t in stems(" ".join(bodies)) if len(t) >= 4)


# a whole split between named parts: "hur fördelas X mellan A och B", "hur delades paketet upp mellan vuxna och unga"
SPLIT_BETWEEN = re.compile(r"\b(?:för)?del(?:a|as|ar|ades|ade|ats|at)\b[^?]*?\bmellan\s+(?P<a>[^?,]+?)\s+"
                           r"(?:och|respektive)\s+(?P<b>[^?,]+)", re.I)


def split_between(q: QueryAnalysis) -> tuple[frozenset[str], ...]:
    """The stems of each part a question asks a whole split between ("mellan skolan och äldreomsorgen": {skol},
    {äldreomsorg}); () when it asks no split between named parts ("mellan nämnderna" names none apart)."""
    from assistant.understand.query import stems

    m = SPLIT_BETWEEN.search(q.original) if q.language == "sv" else None
    if m is None:
        return ()
    a, b = (frozenset(t for t in stems(m.group(k)) if len(t) >= 3) for k in ("a", "b"))
    parts = (a - b, b - a)  # "avdelning vuxna och avdelning unga": the words telling them apart
    return parts if all(parts) else ()


def names_part(part: frozenset[str], text: str) -> bool:
    """The text names the asked part (asked_part), or a compound of it; True when the question asks none."""
    from assistant.understand.query import stems

    if not part:
        return True
    present = expand_stems(stems(text))
    return any(_same_word(t, present) for t in part)


def works_example(text: str) -> bool:
    """The sentence works an example: a supposition ("Om du tjänar 30 000 kronor ...") or a supposed person given a
    figure of their own ("En person som tjänar 30 000 kronor i månaden betalar ungefär 5 900 kronor": two amounts);
    "Den som bor i Töreboda betalar 22,56 kronor per hundralapp" states the rate itself."""
    from assistant.evidence.sentences import amount_matches
    from assistant.understand.words import opens_hypothetical

    return opens_hypothetical(text) or (illustrates(text) and len(amount_matches(text)) >= 2)


def select_evidence(q: QueryAnalysis, sentences: list[Sentence], threshold: float | None = None,
                    background: frozenset[int] = frozenset(),
                    about: About = None) -> list[Sentence]:
    """The best sentence (for an amount question: the best one stating an amount), then close runners-up
    that add a concept of the question; `background` concepts (group indices: words most passages contain,
    such as the municipality's name) add nothing."""
    threshold = REFUSE_BELOW if threshold is None else threshold
    fills = _slot_filler(q, sentences, about)
    asks_one_person = q.wants_person and not q.wants_amount and not asks_plural(q.original)
    asks_many_people = q.wants_person and not q.wants_amount and not asks_one_person
    witnesses: list[Sentence] = []
    pool = _amount_candidates(sentences, threshold) if fills else []
    if fills:  # the best-ranked sentences (the embedder and the document's metadata agree) may hold the slot too
        pool += [s for s in sentences[:3] if s not in pool]
        if q.wants_name and not q.wants_amount and asks_company(q.original):  # so may a company among the
            # best-ranked, said apart ("| Entreprenör | Bergslagens Bygg AB |" in a fact table)
            pool += [s for s in sentences[:12] if s not in pool and fills(s)]
        if q.wants_amount:  # the best-ranked sentence stating the asked amount answers
            rank = {id(s): i for i, s in enumerate(sentences)}
            pool.sort(key=lambda s: rank.get(id(s), len(rank)))
    pool = pool or [s for s in sentences if s.coverage >= threshold] or sentences[:1]
    pool = [s for s in pool if is_statement(s.text)] or pool  # a heading or a header row is no answer
    if fills:
        filled = [s for s in pool if fills(s)]
        if filled and not q.wants_amount:  # the filler saying most of the question in its own words; a company
            # asked is said by any company's name ("bostadsbolaget Tomelillabostäder AB" for "vilket bolag"): the
            # asked noun counts for none of them
            rank = {id(s): i for i, s in enumerate(sentences)}
            asked = _asked_noun_group(q) if asks_company(q.original) else None
            filled.sort(key=lambda s: (-len(_covered(q, s) - background - {asked}), rank.get(id(s), len(rank))))
        if q.wants_amount:  # a sentence whose amounts all go to things not asked about states other sums; a worked
            # example ("Om du tjänar 30 000 kronor i månaden betalar du cirka 6 678 kronor") illustrates, it states none
            filled = [s for s in filled if not goes_elsewhere(q, s.text)] or filled
            filled = [s for s in filled if not works_example(s.text)] or filled
            # an amount of another measure or part than the asked ("underskott" for "spara") yields to one of the
            # asked (near_miss.other_slot, as judge_evidence reads the best-ranked amount)
            from assistant.evidence.near_miss import other_slot

            filled = [s for s in filled if not other_slot(q.original, s.text, s.chunk.title or "")] or filled
            # an amount another body's sentence states is that body's, as judge_evidence reads it ("Barn- och
            # utbildningsnämnden räknar med ett underskott" for the asked omsorgsnämnden's)
            filled = [s for s in filled if not names_other_body(q.original, s.text, s.chunk.title or "")] or filled
        else:
            rank = {id(s): i for i, s in enumerate(sentences)}
            witnesses = filled
            filled = _asked_fields(q, sorted(filled, key=lambda s: rank.get(id(s), len(rank)))) or filled
            if asks_one_person:  # the person most documents name holds the asked role
                filled = agreed_first(filled, person_named(q), witnesses)
        pool = filled or pool
    best = said_of_asked_year_first(q, pool)[0]
    # a labelled field is quoted whole, as one quote; so is a quotation asked for its wording
    # and a vote's tally with the abstentions counted after it
    rest = (field_rest(best) or (abstentions_after(best) if asks_vote(q) else [])
            or (quotation_rest(best) if asks_wording(q.original) else []))[:MAX_QUOTES - 1]
    chosen = [best, *rest]
    if fills and asks_one_person:  # other documents naming the same person in the role say it too
        for s in corroborating(best, witnesses, person_named(q), EXTRA_QUOTE_RATIO * best.score):
            if len(chosen) < MAX_QUOTES and not any(_overlaps(s, c) for c in chosen):
                chosen.append(s)
        # so does the document's own field labelled with what is asked ("Utses att justera: Jonas Berglöf (S)" in a
        # protocol's header, beside its § saying "beslutar att utse Jonas Berglöf (S) att ... justera")
        for s in own_fields(q, best, witnesses):
            if len(chosen) < MAX_QUOTES and not any(_overlaps(s, c) for c in chosen):
                chosen.append(s)
    covered = _covered(q, best)  # what the field's rest says leaves the runners-up as they were
    for s in sentences:
        if len(chosen) - len(rest) == MAX_QUOTES:
            break
        if s in chosen or s.score < EXTRA_QUOTE_RATIO * best.score or s.coverage < threshold \
                or not is_statement(s.text):
            continue
        if any(_overlaps(s, c) for c in chosen):
            continue
        if q.wants_amount and (not (fills(s) if fills else _states_asked_amount(q, s))
                               or names_other_body(q.original, s.text, s.chunk.title or "")):
            continue  # "Se även" for an amount question: only another sentence stating such an amount of the asked
        adds = _covered(q, s) - covered - background
        other_doc = all(s.chunk.doc_path != c.chunk.doc_path for c in chosen)
        next_item = len(chosen) < q.items and _next_item(q, best, s, background)  # "vilka två ...": the second
        more = asks_many_people and fills is not None and fills(s) and same_matter(best, s)
        if not adds and not (other_doc and s.score >= 0.9 * best.score and q.wants_overview) \
                and not _parallel_sum(q, best, s) and not next_item and not more:
            continue  # a quote that adds nothing would be a superfluous citation
        chosen.append(s)
        covered |= adds
    heading = _telling_heading(q, best, background)
    if heading is not None and len(chosen) < MAX_QUOTES and not any(c.text == heading.text for c in chosen):
        chosen.insert(1, heading)
    return chosen


def said_of_asked_year_first(q: QueryAnalysis, filled: list[Sentence]) -> list[Sentence]:
    """A sentence saying the asked year in its own words answers before one that names no year in a document
    titled by other years only ("Låneskulden uppgick vid årets slut till 148 miljoner kronor" in
    "Årsredovisning 2023" speaks of 2023, "låneskuld beräknas uppgå till 178 miljoner kronor vid utgången av 2025"
    of the asked 2025); asked an amount, one speaking of other years only in its own words answers after the rest of
    its kind ("hade 11 489 invånare den 31 december 2023" for 2025). A year said as a document's too ("i slutet av
    augusti 2024") is asked here: a sentence saying it is of that year whatever document holds it; a follow-up asks
    only the years it says itself (the earlier turn's "i mars 2024" dates the meeting, not the result asked after
    it)."""
    from assistant.evidence.amount_stretch import stated_amounts

    asked = set(years_in(q.own)) if q.followup and q.own else set(q.years)
    if not asked or not any(own_years(s) & asked for s in filled):
        return filled

    def of_titled_years(s: Sentence) -> bool:
        titled = set(years_in(s.chunk.title or ""))
        return not own_years(s) and bool(titled) and not titled & asked

    def of_other_years(s: Sentence) -> bool:  # "hade 11 489 invånare den 31 december 2023", an amount asked of 2025
        if not (q.wants_amount and own_years(s) and not own_years(s) & asked):
            return False
        # each amount keeps its own year, and the first is the sentence's own: "Effektiviseringen på 4,7 miljoner
        # kronor nås genom ..., som 2023 kostade 5,9 miljoner kronor" states 4,7 of no other year; "Den 31 december
        # 2023 hade kommunen 6 948 invånare, en minskning med 41" states its count of 2023
        stated = stated_amounts(s.text, None)
        return not stated or bool(stated[0].years)

    # a sentence speaking of other years only comes after those, before one dated by its title alone
    return [s for s in filled if not of_titled_years(s) and not of_other_years(s)] + \
        [s for s in filled if of_other_years(s)] + [s for s in filled if of_titled_years(s)]


def own_fields(q: QueryAnalysis, best: Sentence, filled: list[Sentence]) -> list[Sentence]:
    """The fillers in the best sentence's document that are labelled lines naming the person the best sentence
    names, whose label says what is asked or that stand in the best sentence's own matter (its section: the
    minutes' "Beslut: Kommunstyrelsen beslutar att sälja fastigheten till X" beside "X har inkommit med en
    förfrågan om att köpa fastigheten")."""
    named = person_named(q)
    key = person_key(named(best.text))
    if not key:
        return []

    def same_matter(s: Sentence) -> bool:
        return best.chunk.section is not None and s.chunk.section == best.chunk.section

    return [s for s in filled if s.chunk.doc_path == best.chunk.doc_path and s is not best
            and (label := field_label(s.text)) is not None and (_covered_in(q, label) or same_matter(s))
            and person_key(named(s.text)) == key]


def _overlaps(s: Sentence, c: Sentence) -> bool:
    return s.chunk.doc_path == c.chunk.doc_path and s.start < c.end and c.start < s.end


def person_named(q: QueryAnalysis) -> Callable[[str], str | None]:
    return lambda text: extract_fact(q, text)


def _asked_fields(q: QueryAnalysis, filled: list[Sentence]) -> list[Sentence]:
    """The labelled lines among the slot's fillers whose label is what is asked ("Ansvar: Koncernredovisningschef."
    for "vem ansvarar för X?", "Tidplan: Beslut under 2024." for "när ska X beslutas?") in the section of the
    best-ranked filler (the matter asked about), when they (with the section's heading) cover about as much of the
    question as the best filler: the field says it, before a sentence of the section that names the matter in more
    of its own words ("Kommunledningskontoret ser med fördel att X"); a time, though, before a time field covering
    less of the question. `filled` is in rank order."""
    if not filled:
        return []
    top = max(s.coverage for s in filled)
    matter = filled[0].chunk

    def asked(s: Sentence) -> bool:
        label = field_label(s.text)
        return label is not None and bool(q.wants_date and labels_time(s.text) or _covered_in(q, label))

    named = person_key(person_named(q)(filled[0].text)) if q.wants_person else ""

    def in_matter(s: Sentence) -> bool:
        # a field of the document's head is of every matter, when the best filler names another person than it
        # ("Ordföranden ställer ... mot Eva Sjöholms (S) yrkande" beside the head's "Ordförande: Gunnar Ljungqvist")
        return s.chunk.doc_path == matter.doc_path and ((s.chunk.section or s.chunk.id) == (matter.section or matter.id)
                                                        or in_document_head(s) and bool(named)
                                                        and person_key(person_named(q)(s.text)) != named)

    fields = [s for s in filled if s.coverage >= FIELD_COVERAGE * top and in_matter(s) and asked(s)]
    best = filled[0]
    if q.wants_date and not q.wants_person and fields and field_label(best.text) is None \
            and best.coverage > max(s.coverage for s in fields):
        # a time said in a sentence naming more of the question than the time fields is the asked matter's own
        # ("Genomlysningarna av kommunens verksamheter ska genomföras årligen från och med år 2024", not the section's
        # "Tidplan: Genomlysningar av samtliga förvaltningar ... samt att metod ... implementeras under 2024")
        return []
    return fields


def in_document_head(s: Sentence) -> bool:
    """The line stands in the head of its document, above its first numbered matter: the minutes' "Ordförande:
    Gunnar Ljungqvist (M)" over "§ 98 Mål och budget 2025" is of every matter of the meeting."""
    from assistant.evidence.headings import lines_above

    return s.chunk.start == 0 and not any(MATTER_NUMBER.match(line) for line in lines_above(s))


MATTER_NUMBER = re.compile(r"\s*#*\s*§\s*\d")  # "§ 98 Mål och budget 2025", "# § 98 ..."


def _telling_heading(q: QueryAnalysis, best: Sentence, background: frozenset[int]) -> Sentence | None:
    """The heading of the best sentence's section, when it says what the sentence leaves unsaid: a concept of the
    question the sentence lacks ("Utdelning/koncernbidrag från koncernen Alingsås Energi" above "Ansvar:
    Koncernredovisningschef.": whose responsibility), or, asked which parties, parties the sentence does not name
    ("Politiskt initiativ från S, V, C och MP" above the three signers). An amount's section is the calculator's."""
    from assistant.evidence.headings import section_heading

    if q.wants_amount:
        return None
    heading = section_heading(best)
    if heading is None:
        return None
    if _covered_in(q, heading.text) - _covered(q, best) - background:
        return heading
    return heading if asks_parties(q.original) and named_parties(heading.text) - named_parties(best.text) else None


def asks_parties(question: str) -> bool:
    """The question's asked noun is parties: "vilka partier stod bakom ...", "which parties ..."."""
    from assistant.understand.words import asked_noun

    noun = (asked_noun(question) or "").lower()
    return noun.startswith(("parti", "party"))


def named_parties(text: str) -> set[str]:
    """The parties a text names by their letters ("S, V, C och MP", "Anna Berg (C)") or by word
    (assistant/data/roles_sv.json)."""
    from assistant.evidence.claims import roles

    parties = roles()["parties"]
    letters = {m for m in re.findall(r"(?<![\w-])([A-ZÅÄÖ]{1,2})(?![\w-])", text) if m in parties}
    low = text.lower()
    return letters | {letter for letter, words in parties.items() if any(has_word(low, w) for w in words)}


def _parallel_sum(q: QueryAnalysis, best: Sentence, s: Sentence) -> bool:
    """`s` is a second item of the list `best` is in: of the same document, covering all `best` covers of the
    question and scoring as well (PARALLEL_RATIO), it states another sum of money ("Nämnden tilldelas 18 mnkr
    ..." and "Nämnden tilldelas 5 mnkr ..."): what the subject gets is both, not the first one ranked."""
    if q.wants_count or s.chunk.doc_path != best.chunk.doc_path or s.score < PARALLEL_RATIO * best.score:
        return False
    sums, others = amounts_in(best.text, money=True, kronor=True), amounts_in(s.text, money=True, kronor=True)
    return bool(sums) and bool(others) and set(others) != set(sums) and _covered(q, best) <= _covered(q, s)


def same_matter(best: Sentence, s: Sentence) -> bool:
    """`s` stands in the section of the best sentence's document that the best one does, under a heading of its
    own ("§ 143 Mål och budget 2025"): "vilka reserverade sig mot budgetbeslutet?" is answered by each reservation
    of that §, not by one entered against another matter of the same minutes."""
    section = best.chunk.section or ""
    return bool(section) and s.chunk.doc_path == best.chunk.doc_path and (s.chunk.section or "") == section


def _next_item(q: QueryAnalysis, best: Sentence, s: Sentence, background: frozenset[int]) -> bool:
    """`s` is another of the things a question asking for several by number names ("vilka två resultatmål"): of
    the best sentence's document, saying all of the question it says (background aside) and stating a figure
    when it does ("minst 4 procent" and "minst 2,5 procent")."""
    if s.chunk.doc_path != best.chunk.doc_path or not (_covered(q, best) - background) <= _covered(q, s):
        return False
    return bool(amounts_in(best.text, money=True)) == bool(amounts_in(s.text, money=True))


def _asked_noun_group(q: QueryAnalysis) -> int | None:
    """The index of the question's concept group the asked noun names ("bolag" of "vilket bolag bygger ..."), None
    when none does."""
    from assistant.understand.query import stems
    from assistant.understand.words import asked_noun

    noun = asked_noun(q.original)
    said = set(stems(noun, drop_stopwords=False)) if noun else set()
    return next((i for i, group in enumerate(q.groups) if said & set(group)), None)


def _slot_filler(q: QueryAnalysis, sentences: list[Sentence],
                 about: About) -> Callable[[Sentence], bool] | None:
    """What a sentence must hold to answer what is asked (an amount about the asked concept; a person or role
    in the asked role; a time; a reason): the best sentence holding it answers, not the best-covering one
    ("Vem ansvarar för X?" is answered by the section's "Ansvar: ekonomichef", not by the sentence about X)."""
    if asks_vote(q) and any(states_vote(s.text) for s in sentences[:12]):  # "hur gick omröstningen": its tally
        return lambda s: states_vote(s.text)
    if asks_wording(q.original) and not q.wants_amount:  # "vad står det i visionen": its words quoted under its heading
        asked = set(range(len(q.groups)))
        quoted = [s for s in sentences[:12] if quoted_under(s, lambda text: _covered_in(q, text), asked)]
        if quoted:
            return lambda s: s in quoted
    if q.wants_amount:
        return lambda s: _states_asked_amount(q, s) and is_about(q, s, sentences, about)
    if q.wants_person:
        return lambda s: names_someone(s.text) and holds_asked_role(role_question(q), s)
    if q.wants_date:  # the time of the asked event ("söka": "Ansökan ska lämnas senast den 1 oktober") before a year
        timed = [s for s in sentences[:12] if time_said(q, s.text)]  # that dates something else ("ramen för 2025")
        event = [s for s in timed if names_event(q.original, s.text, q.groups)]
        # of the sentences dating the event, those telling its time most precisely: the day it was decided
        # ("Beslutad av kommunfullmäktige den 18 november 2024") before "i går" or "på tisdagskvällen"
        precise = max((time_said(q, s.text) for s in event), default=0.0)
        event = [s for s in event if time_said(q, s.text) == precise]
        return (lambda s: s in event) if event else (lambda s: time_said(q, s.text) > 0)
    if q.wants_reason:  # the cause of the asked thing, before a sentence in which the asked thing is itself the cause
        effects = [s for s in sentences[:12] if gives_cause_of(q, s.text)]
        return (lambda s: s in effects) if effects else (lambda s: CAUSAL.search(s.text) is not None)
    if q.wants_name:  # the asked noun followed by a name ("Busslinjerna Alingsås–Ingared (561)"), else any name
        # "vilket företag bygger ...": a company by its legal form, before another name said after the asked noun
        strong = [s for s in sentences[:12] if names_company(s.text)] if asks_company(q.original) else []
        strong = strong or [s for s in sentences[:12] if names_instance(s, q.original, of_asked_noun=True)]
        if strong:
            return lambda s: s in strong
        if q.followup and q.focus:
            # a follow-up asks of its own topic: the instance is named where its own words stand, a name elsewhere is
            # another thing's; where none of those sentences names one, they state it ("vilket mål har han satt till
            # 2028?": the goal is said in words, not named)
            own = [s for s in sentences[:12] if set(q.focus) <= text_stems(s.text)]
            if own:
                chosen = [s for s in own if names_instance(s, q.original)] or own
                return lambda s: s in chosen
        return lambda s: names_instance(s, q.original)
    return None


FIELD_COVERAGE = 0.9  # a labelled field answers when it (with its section's heading) covers about as much as the best


NAME_AFTER = r"[\s–—-]+(?:\w+[\s–—-]+){0,2}(?:[A-ZÅÄÖ][a-zåäöé]{2,}|\(?\d+)"


def names_instance(s: Sentence, question: str, of_asked_noun: bool = False) -> bool:
    """The sentence names something by a proper name the question does not already use: a capitalised word
    inside it ("... vid Alströmergymnasiet ...") that is not in its document's title either (the municipality's
    own name is everywhere). `of_asked_noun`: the question's asked noun ("vilka busslinjer") itself, followed
    within three words by a name or a number ("Busslinjerna Alingsås–Ingared (561)")."""
    from assistant.understand.query import stems
    from assistant.understand.words import asked_noun

    if of_asked_noun:
        noun = asked_noun(question)
        if not noun:
            return False
        target = stems(noun, drop_stopwords=False)[0]
        for m in re.finditer(r"[\wåäöÅÄÖ]+", s.text):
            own = stems(m.group(), drop_stopwords=False)
            if own and len(own[0]) >= 4 and (own[0] == target or target.endswith(own[0]) or own[0].endswith(target)) \
                    and re.match(NAME_AFTER, s.text[m.end():]):
                return True
        return False
    known = {w.lower() for w in re.findall(r"[\wåäöÅÄÖ]+", f"{question} {s.chunk.title}")}
    inner = re.findall(r"(?<=[\w,)] |[\w]–)[A-ZÅÄÖ][a-zåäöé]{3,}[\wåäö-]*", s.text)
    return any(w.lower() not in known for w in inner)


def names_event(question: str, text: str, groups: tuple[tuple[str, ...], ...] = ()) -> bool:
    """The text names an event the question's verbs name, in any form ("söka" by "Ansökan", "antog" by "antog"),
    or by a synonym of the verb's concept among `groups` (the question's: "besluta" by "fastställas")."""
    from assistant.understand.query import stems

    present = set(stems(TIMED_BY.sub(" ", STANCE.sub(" ", text))))
    present |= {re.sub(VERBAL_NOUN, "", w) for w in present}  # "ansökan" -> "ansök"
    verbs = event_verbs(question)
    forms = verbs | {t for g in groups if g and g[0] in verbs for t in g}
    return any(_names_form(form, present) for form in forms if len(form) >= 3)


# a clause dating another happening by the asked one ("Den gamla salen rivs när den nya hallen är klar", "innan
# skolan öppnar"): the event it names is the time of the main clause, whose own time the sentence may give; it
# does not say when the event itself happens
TIMED_BY = re.compile(r"\b(?:när|innan|förrän|sedan|efter att|when|once|before|after|until)\b[^,.;:!?]*", re.IGNORECASE)
# the speaker's stance on what the clause after "att" says ("Nu är det klart att bygget startar", "det är viktigt
# att ..."): its adjective says nothing of the thing ("klart" is no school being ready)
STANCE = re.compile(r"\b(?:det\s+(?:är|var|blev|blir)|(?:är|var|blev|blir)\s+det)\s+(?:nu\s+)?[^\W\d_]+\s+att\b",
                    re.IGNORECASE)


def _names_form(term: str, words: set[str]) -> bool:
    """_same_word, but a compound opening with the term names another thing: its head ("klartecken" is a sign, not
    the school being ready; "byggstart" is a start); a longer form of the term is its inflection ("klart")."""
    return _same_word(term, {f for f in words if not (f.startswith(term) and len(f) - len(term) > INFLECTION_CHARS
                                                      and not f.endswith(EVENT_NOUN_ENDINGS))})


INFLECTION_CHARS = 2  # "klart", "antogs": the endings a stem may leave on a word
EVENT_NOUN_ENDINGS = ("ing", "an", "ande", "ende", "else")  # the event as a noun: "utvärdering" of "utvärdera"


VERBAL_NOUN = re.compile(r"(?<=\w{3})(?:an|ning|ande|ende|else)$")  # the noun of a verb: "ansökan", "planering"


def gives_cause_of(q: QueryAnalysis, text: str) -> bool:
    """The sentence gives a cause of what the question asks about: its words before the causal conjunction (the
    effect: "Ombyggnaden av vattenverket har försenats på grund av leveransproblem") name some of the question's
    concepts and no fewer than the words after it (the cause: "Den lägre prognosen beror på förseningar i
    ombyggnaden av vattenverket" gives the delay as the cause of something else)."""
    found = CAUSAL.search(text)
    if found is None:
        return False
    effect, cause = _covered_in(q, text[:found.start()]), _covered_in(q, text[found.end():])
    return bool(effect) and len(effect) >= len(cause)


def _says_amount(stem: str) -> bool:
    """A word that only says "the amount" ("kostnaden", "driftkostnaden", "budgeten"): a money word, or a compound
    whose head is one; "sparkravet" names a kind of its own."""
    from assistant.understand.query import MONEY, split_compound

    parts = split_compound(stem)
    return bool(MONEY.match(parts[1] if parts else stem))


def _states_asked_amount(q: QueryAnalysis, s: Sentence) -> bool:
    """The sentence states an amount of the kind asked (not one the question gives, per what it asks a figure per:
    evidence/amount_slots.py); for "how many X" the number must count one of the question's concepts ("350 aktiva
    föreningar", not "4000 medarbetare ... och föreningar")."""
    from assistant.evidence.amount_slots import fills_amount_slots

    if not fills_amount_slots(q, s.text, s.chunk.municipality):
        return False  # none, only the question's own premise ("sparkravet på 41 miljoner"), or a total for "per elev"
    return not q.wants_count or counts_untranslated(q) or counting(q, s.text) is not None


def counts_untranslated(q: QueryAnalysis) -> bool:
    """An English count question whose counted noun the glossary left untranslated ("how many people live ..."):
    no Swedish word shows what a number counts, so the embedder's choice of sentence stands for it."""
    from assistant.understand.query import UNTRANSLATED_WEIGHT, stems

    counted = COUNTED_NOUN.search(q.original)
    if q.language != "en" or counted is None:
        return False
    noun = set(stems(next(g for g in counted.groups() if g), drop_stopwords=False))
    return any(w == UNTRANSLATED_WEIGHT and noun & set(g) for g, w in zip(q.groups, q.weights))


def counting(q: QueryAnalysis, text: str) -> re.Match | None:
    """The count in `text` of one of the question's concepts ("fyra avdelningar" for "hur många avdelningar"),
    in digits or in words; None when no number there counts what is asked."""
    from assistant.evidence.table_rows import row_label
    from assistant.understand.query import stems

    asked = counted_stems(q.original)
    # a table row counts what its label names ("| Besök i biblioteket | 41250 | 43980 |"), and so does a labelled
    # line whose value is a number ("Platser i dag: 24" in a fact box)
    label = row_label(text) or counted_field(text)
    if label and _states_money(label):
        label = ""  # "Årets resultat, kr per invånare | 1 126": kronor for each inhabitant, no count of them
    said = set(stems(text))
    # the count is of the counted noun's concept, its synonyms included ("hur många elevplatser": not "120 barn" of
    # another concept the question names); of any of the question's concepts when it names no counted noun
    own = [g for g in q.groups if asked & set(g) and any(len(t) >= 4 for t in g)]
    groups = own or q.groups
    loose = phrase_fragments(asked) | said_apart(q.original, asked, own)
    found = []
    for m in [*COUNTED.finditer(text), *([re.match(r"(?P<after>.*)", label, re.S)] if label else [])]:
        number = m.group(0)[:m.start("after") - m.start()].strip()
        if YEARLIKE.match(number) or DATE_NUMBER.match(m.group("after")):
            continue  # a year or a day of a month counts nothing: "Den 30 juni 2025 hade kommunen 11 402 invånare"
        following = set(stems(m.group("after")))
        if asked and not asked & following and not m.group(0)[0].isdigit():
            continue  # "sju kommunala vattenverk" does not count the asked "anbud": a number word is often description
        if any(_counts_word(t, following, said, group) for group in groups for t in group
               if len(t) >= 4 and t not in loose):
            found.append(m)
    # the count of the asked noun before one of another concept: "722 tillsvidareanställda", not "31 augusti hade
    # kommunen", for "hur många anställda har kommunen"
    counts = next((m for m in found if any(_same_word(t, set(stems(m.group("after")))) for t in asked)),
                  found[0] if found else None)
    return counts if counts is not None else _number_of(q, asked, text)


def _states_money(label: str) -> bool:
    """A row label whose figures are sums of money by its own words ("Årets resultat, kr per invånare",
    "Kostnad per elev (kr)"): what it names after "per" is what each sum is of, not what its figures count."""
    from assistant.budget.units import measure_in

    unit = measure_in(label)
    return unit is not None and unit.is_money


def said_apart(question: str, asked: frozenset[str], groups: list[tuple[str, ...]]) -> frozenset[str]:
    """The terms of the counted noun's groups the question itself says of another thing than what it counts, and
    their compounds ("skola" in "hur många elever går på Välkommaskolan": "16 förskolor" and "9 grundskolor" count
    schools, not the pupils asked); never the counted noun itself."""
    from assistant.understand.query import stems

    counted = COUNTED_NOUN.search(question)
    if not asked or counted is None:
        return frozenset()
    rest = question[:counted.start()] + question[counted.end():]
    other = [w for w in stems(rest) if len(w) >= 4]
    placed = {t for g in groups for t in g if len(t) >= 4 and t not in asked and any(t in w for w in other)}
    return frozenset(t for g in groups for t in g if t not in asked and any(t.endswith(p) for p in placed))


@lru_cache(maxsize=256)
def phrase_fragments(asked: frozenset[str]) -> frozenset[str]:
    """The stems the counted nouns' synonym groups hold only as words of a phrase ("barn" of "barn- och
    ungdomsnämnden" beside "elever"): they name the topic, not what is counted, so "40 barn" counts no "elever"."""
    from assistant.understand.query import stems, synonym_index

    members = [stems(m, drop_stopwords=False) for m in {m for t in asked for m in synonym_index().get(t, ())}]
    single = {t for said in members if len(said) == 1 for t in said}
    return frozenset(t for said in members if len(said) > 1 for t in said) - single - asked


@lru_cache(maxsize=256)
def counted_stems(question: str) -> frozenset[str]:
    """The stems of what a count question counts ("hur många förskolor": förskol); empty when it names none, or
    when the word after "how many" opens a phrase the glossary translates as one ("permanent employees":
    tillsvidareanställda), whose concepts the question's analysis holds. Asked per candidate sentence, so cached."""
    from assistant.understand.query import glossary, stems

    counted = COUNTED_NOUN.search(question)
    if counted is None:
        return frozenset()
    word = next(g for g in counted.groups() if g).lower()
    low = " ".join(question.lower().split())
    if any(" " in phrase and phrase.startswith(f"{word} ") and phrase in low for phrase in glossary()):
        return frozenset()
    return frozenset(stems(word))


@lru_cache(maxsize=1)
def _number_of_pattern() -> re.Pattern[str]:
    """"Antalet invånare var 2 384 den 30 juni", "the number of visitors was 41 250": the noun counted (a qualifier
    in brackets after it: "Antalet anställda (tillsvidare) var 1 034"), then the count; so too a count still expected
    ("Antalet elever i grundskolan beräknas till 1 180": the verbs by which a question expects its figure,
    columns.expects)."""
    from assistant.budget.columns import expected_forms

    expected = "|".join(sorted(expected_forms(), key=len, reverse=True))
    return re.compile(r"\b(?:antal(?:et)?|number of)\s+(?P<noun>[^\W\d_]+)\s+(?:\(?[^\W\d_]+\)?\s+){0,2}?"
                      r"(?:var|är|blev|uppgick till|uppgår till|was|is|were|are|came to|"
                      rf"(?:{expected})\s+(?:till|bli|uppgå till|at|to be))\s+"
                      r"(?P<number>\d{1,3}(?:[ \u00a0]+\d{3})*(?!\d|[,.]\d))", re.I)


def _number_of(q: QueryAnalysis, asked: set[str], text: str) -> re.Match | None:
    """The count a sentence gives after naming the noun it counts ("Antalet invånare var 2 384"), as a match of
    the number and the noun ("2 384 invånare"); None when it counts no noun the question counts. A noun that is
    only the modifier of the asked compound counts something else: "Antalet elever ... beräknas till 2 480" gives no
    number of "elevplatser"."""
    from assistant.understand.query import stems

    for m in _number_of_pattern().finditer(text):
        noun = set(stems(m.group("noun")))
        if any(_same_word(t, {f for f in noun if not _modifier_of(f, t)})
               for t in asked or {t for group in q.groups for t in group if len(t) >= 4}):
            return COUNTED.match(f"{' '.join(m.group('number').split())} {m.group('noun')}")
    return None


def _modifier_of(word: str, term: str) -> bool:
    """`word` opens the compound `term` without ending it: its modifier only ("elev" of "elevplats")."""
    return len(word) < len(term) and term.startswith(word) and not term.endswith(word)


def counted_field(text: str) -> str:
    """The label of a labelled line whose value is a count ("Platser i dag" of "Platser i dag: 24", "Antal elever:
    161 st"); "" when the line is no labelled line or its value is no plain number (a year, a date, a sum of money:
    "Byggstart: mars 2027", "Sammanträdesdatum: 2026-11-10", "Budget: 64 miljoner kronor")."""
    label = field_label(text)
    if label is None:
        return ""
    value = text.split(":", 1)[1].strip(" *")
    number = COUNT_VALUE.match(value)
    if number is None or YEARLIKE.match(number.group(1).replace(" ", "")) or amounts_in(value, money=True):
        return ""
    return label


COUNT_VALUE = re.compile(r"^(\d[\d \u00a0]*)(?:\s*[^\W\d_]+\.?)?$")  # "24", "161 st", "12 lägenheter"


def _counts_word(term: str, following: set[str], said: set[str], group: tuple[str, ...] = ()) -> bool:
    """A count's noun (`following`) is the asked term: `_same_word`, but a noun that is only the head of the asked
    compound counts it when the text says the compound's modifier too ("24 nya platser i särskilt boende" counts no
    "elevplatser"; "platser för elever" does), or names the term's concept in another word of its `group` ("200
    arbeten" in a sentence on the "budgetpost för sommarjobb" counts the "feriearbeten")."""
    if not _same_word(term, following):
        return False
    heads = [f for f in following if len(f) >= 4 and term.endswith(f) and term != f]
    if not heads or any(_same_word(term, {f}) for f in following if f not in heads):
        return True
    return any(w.startswith(term[:-len(f)][:MODIFIER_OPENING]) for f in heads for w in said
               if len(term) - len(f) >= MODIFIER_OPENING and not w.endswith(f)) \
        or any(_same_word(m, said - set(heads)) for m in group if m != term and len(m) >= 4)


MODIFIER_OPENING = 4  # the letters of a compound's modifier that show it said ("elev" of "elevplats", "tillsvidare")


def _same_word(term: str, words: set[str]) -> bool:
    """The stem is one of the words, or a compound of it or its compound ("anställd", "tillsvidareanställd")."""
    return term in words or any(f.startswith(term) or term.startswith(f) or term.endswith(f) or f.endswith(term)
                                for f in words if len(f) >= 4)


COUNTED_NOUN = re.compile(r"\bhur många\s+([^\W\d_]+)|\bhow many\s+([^\W\d_]+)", re.I)  # what a count question counts
# a count in digits or in words ("fyra avdelningar"; not "en"/"ett"/"a"/"an", which are articles as often as numbers); a
# hyphenated compound is one word ("15 nej-röster")
_COUNT_WORDS = "|".join(w for w in NUMBER_WORDS if " " not in w and w not in ("en", "ett", "one", "a", "an", "halv"))
COUNTED = re.compile(rf"(?:(?<![\w,/])\d[\d \u00a0]*|\b(?:{_COUNT_WORDS})\b)(?P<after>(?:\s+[^\W\d_]+(?:-[^\W\d_]+)*){{1,3}})",
                     re.I)


def best_for_target(q: QueryAnalysis, sentences: list[Sentence], threshold: float) -> Sentence | None:
    """The best sentence from one named document's own search (for a question about several documents)."""
    pool = [s for s in sentences if s.coverage >= threshold * MULTI_DOC_FACTOR / 2]
    pool = [s for s in pool if fills_slot(q, s)] or pool
    return pool[0] if pool else None


def fills_slot(q: QueryAnalysis, s: Sentence) -> bool:
    """The sentence states what the question asks for, as the slot checks of judge_evidence read it: the asked
    amount, or a person holding the asked role, party and body ("vilka socialdemokratiska politiker ...": a
    name with "(S)"), a time when asked when ("Antagen av kommunfullmäktige 2024-11-26"; the question's own years
    date no event: "Kommunfullmäktiges mål 2025–2027" for "när antogs mål och budget 2025-2027?"). Each document of
    a question about several answers its part only by such a sentence."""
    if q.wants_amount and not asked_amounts(q, s.text, s.chunk.municipality):
        return False
    if q.wants_date and not q.wants_amount and not q.wants_person and not time_said(q, s.text):
        return False
    if asks_vote(q) and not q.wants_person and not states_vote(s.text):  # "hur gick omröstningen": the tally
        return False
    return not q.wants_person or (names_someone(s.text) and holds_asked_role(role_question(q), s))


def _covered(q: QueryAnalysis, s: Sentence) -> set[int]:
    """The question's concept groups the sentence says, a compound counted said by its head when the sentence's passage
    names its modifier ("Byggstart för reservoaren ..." under "Nytt vatten till Borgafjäll" says the
    "vattenreservoaren" asked)."""
    return _covered_in(q, s.text) | _said_by_head(q, s)


@lru_cache(maxsize=2048)
def _passage_words(text: str) -> frozenset[str]:
    """A passage's words as written (lower case) and as stemmed: the parts a compound is split into."""
    from assistant.understand.query import stems

    return frozenset({*stems(text), *re.findall(r"[^\W\d_]+", text.lower())})


def _said_by_head(q: QueryAnalysis, s: Sentence) -> set[int]:
    from assistant.retrieval.lexical import QUESTION_LINKERS, split_compound
    from assistant.understand.query import stems

    said = set(stems(s.text))
    passage = _passage_words(s.chunk.text)
    out = set()
    for i, group in enumerate(q.groups):
        parts = split_compound(group[0], passage, QUESTION_LINKERS)
        if len(parts) == 2 and parts[1] in said and len(parts[1]) >= 5:
            out.add(i)
    return out


def _covered_in(q: QueryAnalysis, text: str) -> set[int]:
    from assistant.understand.query import stems

    present = expand_stems(stems(text))
    return {i for i, group in enumerate(q.groups)
            if any(t in present or any(p.endswith(t) or p.startswith(t) for p in present if len(t) >= 5)
                   or any(t.startswith(p) and len(t) - len(p) <= 2 for p in present if len(p) >= 4)
                   for t in group)}  # the stemmer cuts "ansvar" to "ansv" but "ansvarar" to "ansvar"


def with_digits(written: str, language: str = "sv") -> str:
    """A sum of money written in words, with its figure: "en halv miljard kronor (0,5 mdkr)", so answers state
    figures alike whether the document wrote them in digits or words."""
    from assistant.budget.numbers import Unit, format_value, parse_quantity

    try:
        quantity = parse_quantity(written)
    except ValueError:
        return written
    if quantity.unit in (Unit.PERCENT, Unit.NUMBER):
        return written
    places = max(0, -quantity.stated.normalize().as_tuple().exponent)
    return f"{written} ({format_value(quantity.stated, quantity.unit, language, decimals=places)})"


def joined_neighbours(chosen: list[Sentence]) -> list[Sentence]:
    """Quotes that follow each other in one passage, with only spaces between ("Justerare: Tomas Nyström (S)." and
    "Justering sker den 13 november 2026." on one line), as one quote: the passage says them together."""
    out: list[Sentence] = []
    for s in chosen:
        prev = next((p for p in out if p.chunk.id == s.chunk.id and p.end <= s.start), None)
        between = prev.chunk.text[prev.end - prev.chunk.start:s.start - s.chunk.start] if prev is not None else "x"
        if prev is not None and s.start - prev.end <= 2 and not between.strip() and "\n" not in between \
                and s.end - prev.start <= MAX_QUOTE:
            out[out.index(prev)] = replace(prev, end=s.end, text=prev.text + between + s.text)
        else:
            out.append(s)
    return out


def to_citation(n: int, s: Sentence) -> Citation:
    c = s.chunk
    return Citation(n=n, doc=c.doc_path, title=c.title, quote=s.text, chunk_id=c.id, page=c.page, date=c.date,
                    doc_type=c.doc_type, start=s.start, end=s.end)


LABEL_UNIT = re.compile(r"\((kr|kronor|tkr|mnkr|mdkr|%|procent)\)", re.IGNORECASE)


def extract_fact(q: QueryAnalysis, quote: str) -> str | None:
    """The asked-for fact inside the best quote: an amount with its unit, or a person's name."""
    from assistant.budget.numbers import numbers_unwrapped

    quote = numbers_unwrapped(quote)  # "5\n250 invånare" is one number, wrapped
    if q.wants_amount and q.wants_count:  # "hur många avdelningar": the number counting them, not another count
        counted = counting(q, quote)
        label = counted_field(quote) if counted is not None else ""
        if label:  # "Platser i dag: 24" -> "24 platser"
            return f"{quote.split(':', 1)[1].strip(' *')} {label.split()[0].lower()}"
        if counted is not None:
            number = counted.string[counted.start():counted.start("after")].strip()
            noun = _counted_phrase(q, counted.group("after").split())
            value = NUMBER_WORDS.get(number.lower())
            return f"{value} {noun}" if value is not None else f"{number} {noun}"
    if q.wants_amount:
        # the quote's municipality is not known here: a quote whose every amount seems another owner's keeps them
        allowed = set(asked_amounts(q, quote)) or set(asked_amounts(q, quote, anyones=True))
        found = [m for m in AMOUNT_WITH_UNIT.finditer(quote)
                 if re.search(r"\d", m.group()) and NUMBER_ONLY.sub("", m.group()).strip() in allowed]
        with_unit = [m for m in found if re.search(r"[^\d\s.,\-−+]", m.group().strip())]
        if with_unit:
            return _reached(q, quote, _most_asked(q, quote, with_unit), with_unit).group().strip()
        if len({NUMBER_ONLY.sub("", m.group()).strip() for m in found}) > 1 and _tabled(quote):
            return None  # a table row's figures of several columns: which is asked, only its header tells
        if found:  # a row's unit is in its label: "Skattesats (kr)  23,45  23,45" -> "23,45 kr"
            unit = LABEL_UNIT.search(quote[:found[0].start()])
            if unit:
                return f"{found[0].group().strip()} {unit.group(1)}"
            # a bare number is said with the word it counts: "200 arbeten"
            counted = re.match(r"\s*[^\W\d_]+", quote[found[0].end():])
            return found[0].group().strip() + (" " + counted.group().strip() if counted else "")
        from assistant.budget.amounts import AMOUNT

        in_words = [m.group(0).strip() for m in AMOUNT.finditer(quote) if m.group("word") in allowed]
        if in_words:
            return with_digits(in_words[0], q.answer_language)
    if q.wants_person:
        found = list(NAME.finditer(quote))
        # people by name first: "säger Lars-Göran Fransson (KD)", not the place "Södra Vi" before it
        found = [m for m in found if is_person(quote, m)] or found
        names = list(dict.fromkeys(" ".join(with_company_form(quote, m).split()) for m in found))
        if len(names) > 1 and asks_plural(q.original):  # "vilka politiker ...": every one the quote names
            joiner = " and " if q.answer_language == "en" else " och "
            return ", ".join(names[:-1]) + joiner + names[-1]
        if names:
            return names[0]
    return None


def _tabled(quote: str) -> bool:
    """The quote is a table row: cells between pipes or tabs, or a label followed by bare figures only."""
    return "|" in quote or "\t" in quote or bool(BARE_ROW.fullmatch(quote))


BARE_ROW = re.compile(r"\s*[^\d|]+?(?:\s+[-−–]?\d[\d  ]*(?:,\d+)?){2,}\s*")  # a label, then two figures or more


def _counted_phrase(q: QueryAnalysis, after: list[str]) -> str:
    """The words after a count up to the asked noun ("nya förskolor" of "tre nya förskolor under perioden" for
    "hur många förskolor"); the first word when none is the asked noun."""
    from assistant.understand.query import stems

    asked = counted_stems(q.original)
    at = next((i for i, w in enumerate(after) if any(_same_word(t, set(stems(w))) for t in asked)), 0)
    return " ".join(after[:at + 1])


def _most_asked(q: QueryAnalysis, quote: str, amounts: list[re.Match]) -> re.Match:
    """Of several amounts in one quote, the one going to most of the question's concepts ("Av varje hundralapp i
    kommunalskatt går 43 kronor till skola, 37 kronor till äldreomsorg": the whole leads the first but is said of
    all), then the one whose words since the amount before it and what that one goes to (its subject) name most of
    them; the first on a tie. "Barn- och utbildningsnämnden redovisar
    ett överskott på 1,9 miljoner kronor och kultur- och fritidsnämnden ett överskott på 700 000 kronor": a question
    about kultur och fritid asks for the second. An amount whose own words name another kind of figure than the
    question asks ("prognostiserar vi ett resultat på 25,4 ..., att jämföra med det budgeterade resultatet på 21,1"
    asked for the budgeted result) comes after those that do not; on a tie, one whose words name a measure the question
    does not ask (near_miss.measures: "skattesatsen") after one whose words name none."""
    from assistant.budget.columns import column_kind, family, stated_kinds
    from assistant.evidence.near_miss import measures
    from assistant.understand.query import stems

    def named(words: str) -> int:
        present = expand_stems(stems(words))
        return sum(any(t in present for t in group) for group in q.groups)

    asked = column_kind(q.original)
    # on a tie, an amount whose words name a measure the question does not ("att fastställa skattesatsen för 2025
    # till 22,91 kronor, och att ge kommunstyrelsen rätt att nyupplåna 95 miljoner kronor" asked the borrowing)
    # comes after one whose words name none
    asked_measures = measures(q.original)

    def of_asked_kind(words: str) -> int:
        said = stated_kinds(words)
        return int(asked is None or not said or family(asked) in said)

    best, best_score, before = amounts[0], (-1, -1, -1), 0
    towards = list(zip(amount_matches(quote), recipient_spans(quote)))
    for m in amounts:
        goes = next((span for a, span in towards if span and m.start() <= a.start() < m.end()), None)
        score = (of_asked_kind(quote[before:m.start()]), named(quote[goes[0]:goes[1]]) if goes else 0,
                 named(quote[before:m.start()]), not measures(quote[before:m.start()]) - asked_measures)
        if score > best_score:
            best, best_score = m, score
        before = max(m.end(), goes[1] if goes else 0)
    return best


CHANGE_FROM = re.compile(r"\b(?:från|from)\s*$", re.I)
CHANGE_TO = re.compile(r"\s*(?:till|to)\s*", re.I)


def _reached(q: QueryAnalysis, quote: str, best: re.Match, amounts: list[re.Match]) -> re.Match:
    """Of a change "ökar från 10 970 kronor till 11 850 kronor", the value it reaches: what the thing costs now or
    will cost. The value it leaves is asked only of the time before ("förra året", core.years.RELATIVE_YEARS)."""
    at = amounts.index(best)
    if at + 1 >= len(amounts) or not CHANGE_FROM.search(quote[:best.start()]) \
            or not CHANGE_TO.fullmatch(quote[best.end():amounts[at + 1].start()]):
        return best
    asks_before = any(re.search(words, q.original, re.I) for words, shift in RELATIVE_YEARS if shift < 0)
    return best if asks_before else amounts[at + 1]


def english_amount(fact: str) -> str:
    """'4,7 miljoner kronor' -> '4.7 million kronor' for English answers (quotes stay Swedish)."""
    out = re.sub(r"(?<=\d),(?=\d)", ".", fact)
    for sv, en in (("miljoner kronor", "million kronor"), ("miljoner", "million"), ("miljarder", "billion"),
                   ("miljard", "billion"), ("procent", "per cent")):
        out = out.replace(sv, en)
    return out


def _source_label(c: Citation) -> str:
    return f"”{c.title}”" + (f" ({c.date})" if c.date else "")


class ExtractiveComposer:
    """Verbatim quotes with markers; no generation, so nothing can be made up."""

    name = "extractive"

    def compose(self, q: QueryAnalysis, evidence: list[Citation], *, fact: str | None = None,
                calculation: Calculation | None = None) -> Draft:
        lang = q.answer_language
        if not evidence:
            return Draft(REFUSAL[lang], ())
        first = evidence[0]
        fact = fact or extract_fact(q, first.quote)
        says = "says" if lang == "en" else "anger"
        by_document = _facts_by_document(q, evidence) if fact else _sums_by_document(q, evidence)
        parts = []
        if len(by_document) >= 2:  # documents that state different figures: each one's figure, each cited
            parts.append("; ".join(f"{_short_title(c.title)}: {english_amount(f) if lang == 'en' else f} [{c.n}]"
                                   for c, f in by_document) + ".")
        elif fact:  # the fact in the first sentence, said by its source: "”Budget …” anger 75%: ”…” [1]"
            says += f" {english_amount(fact) if lang == 'en' else fact}"
        parts.append(f"{_source_label(first)} {says}: ”{first.quote}” [{first.n}]")
        if len(evidence) > 1:
            parts.append("See also:" if lang == "en" else "Se även:")
            parts.append(" ".join(f"”{c.quote}” [{c.n}]" for c in evidence[1:]))
        return Draft(" ".join(parts), tuple(evidence))


def _facts_by_document(q: QueryAnalysis, evidence: list[Citation]) -> list[tuple[Citation, str]]:
    """The asked fact of each document's first quote, when the documents state different ones."""
    seen: dict[str, tuple[Citation, str]] = {}
    for c in evidence:
        found = extract_fact(q, c.quote)
        if found and c.doc not in seen:
            seen[c.doc] = (c, found)
    facts = list(seen.values())
    same = person_key if q.wants_person and not q.wants_amount else (lambda f: f)  # "Anna Ek (S)" is "Anna Ek"
    return facts if len({same(f) or f for _, f in facts}) >= 2 else []


def _sums_by_document(q: QueryAnalysis, evidence: list[Citation]) -> list[tuple[Citation, str]]:
    """"S-budgeten och handlingsplanen anger olika inköpsvolymer – vad står i respektive dokument?": a question about
    money naming two or more documents as its sources sets their sums against each other, though it asks "vad";
    each document's sum, when they state different ones."""
    if q.wants_amount or not q.wants_money or len(q.doc_types) + len(q.publishers) < 2:
        return []
    return _facts_by_document(replace(q, wants_amount=True, wants_count=False), evidence)


def _short_title(title: str) -> str:
    """A document's title up to its subtitle ("Ekonomisk handlingsplan: ..." is "Ekonomisk handlingsplan")."""
    head = title.split(":")[0].strip()
    return head if len(head) <= 60 else head[:57].rstrip() + "…"


def refusal_text(lang: str, reason: str, has_related: bool) -> str:
    texts = {"no_amount": NO_AMOUNT, "open": LEFT_OPEN, "no_person": NO_PERSON, "no_company": NO_COMPANY,
             "no_outcome": NO_OUTCOME}
    text = texts.get(reason, REFUSAL)[lang]
    return text + (RELATED_NOTE[lang] if has_related else "")

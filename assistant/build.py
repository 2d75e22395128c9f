"""The only place that wires backends together: index, retriever, calculator figures, composer.

Assistant is built of its answer stages (assistant/answering/): prose answers (prose.py), the calculator's figure
as an answer (figures.py), claims (claims.py), questions of several parts or places (compound.py) and names the
documents do not hold (unknown.py); here they are run in order for one question.

    assistant = open_assistant(Settings.from_env())
    answer = assistant.ask("Hur stort är sparkravet för nämnden för arbete, kompetens och välfärd?")

`Assistant.ask` never raises for bad input: an empty, overlong, emoji-only or foreign-language question
gets a plain answer. Backend failures (index missing, model not loadable) raise KommunError subclasses.
"""
from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from assistant.compose import answer as answer_rules
from assistant.understand import followup, referent
from assistant.compose import followup_figures
from assistant.compose.fraction_words import with_fractions
from assistant.compose.answer import (
    AnswerComposer, ExtractiveComposer, to_citation,
)
from assistant.arbitrate import (all_money, estimate_for_months_passed, only_kronor, past_estimate, period_for_whole,
                                 refusal_stands, reports_outcome, tells_months_passed, tells_outcome)
from assistant.compose.citations import finalize, verify
from assistant.compose.continuation import continuing
from assistant.compose.parts_merged import offered_only
from assistant.budget.columns import (WHOLE_YEAR, asks_outcome, names_months, says_came_to)
from assistant.budget.matching import table_kinds
from assistant.budget.plan import names_figure_kind
from assistant.budget.verify import COSTS
from assistant.evidence.claim_whole import says_whole, states_whole
from assistant.evidence.claims import (claim_text, with_opposite_words)
from assistant.understand.compound_heads import with_earlier_compounds
from assistant.understand.diacritics import restored, restored_names
from assistant.understand.language import detect_language
from assistant.understand.query import (MAX_QUERY_CHARS, QueryAnalysis, analyse, names_source)
from assistant.retrieval.retrieve import Filters, Retriever, Sentence
from assistant.evidence import shared
from assistant.evidence.sentences import (amounts_in, asks_vote, states_vote, text_stems)
from core.settings import Settings
from core.types import Answer, Citation, DocumentRecord, Hit
from core.years import years_in
from assistant.understand.abbreviations import expand as expand_abbreviations
from assistant.understand.name_case import capitalised_names
from assistant.understand.coverage import covered
from assistant.understand.parts import (
    per_place, share_scope, split_question, statement_before, summed_over_places, with_places_named,
)
from assistant.evidence.near_miss import names_asked
from assistant.evidence.headings import lead_in_at
from assistant.evidence.amount_slots import figure_fills_slots, restates_earlier
from assistant.evidence.open_amount import left_open
from assistant.understand.words import asks_percent, asks_yes_no
from assistant.understand.userinput import normalise_input, safe_text


from assistant.answering.claims import ClaimAnswering
from assistant.answering.compound import CompoundAnswering
from assistant.answering.figures import (FigureAnswering, _budget_for_forecast, _of_months_only, _of_whole_years,
                                         _states_outcome, asks_what_came_to)
from assistant.answering.prose import ProseAnswering, TextJudgement
from assistant.answering.unknown import ROW_ELSEWHERE, UnknownNames

log = logging.getLogger(__name__)
PASSAGE_SENTENCES = 60  # the sentences of a cited passage a follow-up may be continued by (a passage holds fewer)

TAG = re.compile(r"<[^>]{0,200}>")
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
EMPTY = {"sv": "Skriv en fråga om kommunens dokument, till exempel: ”Hur stort är sparkravet för nämnden för "
               "arbete, kompetens och välfärd?”",
         "en": "Please ask a question about the municipality's documents."}
FOREIGN = ("Jag kan bara svara på frågor på svenska eller engelska. / I can only answer questions in Swedish or "
           "English.")


def _compares(answer: Answer) -> bool:
    """The answer compares places by a figure each: the calculator's comparison states which is larger and by how
    much (budget/municipal.compare, compose/place_comparison)."""
    return not answer.refused and answer.calculation is not None and answer.calculation.operation == "compare"


def _add(timings: dict[str, float], stage: str, since: float) -> None:
    timings[stage] = round(timings.get(stage, 0.0) + (time.perf_counter() - since) * 1000, 2)


def clean_question(text: str) -> str:
    """The question as the analysis sees it: normalised once at the input boundary (assistant.understand.userinput)."""
    text = CONTROL.sub(" ", normalise_input(text))
    text = expand_abbreviations(TAG.sub(" ", text))
    return re.sub(r"\s+", " ", text).strip()


def sums_own_thing(part: str, earlier: Sequence[str]) -> bool:
    """A part asking a total of a thing of its own in a year of its own, which the parts before it do not name
    ("..., och vad är nämndens totala kommunbidrag 2021?" after two grants to it): that figure is asked, not the
    earlier parts' amounts added ("... 2025 om man räknar med det som ks ombudgeterade från 2024?" adds them)."""
    if followup_figures.asked_operation(part) != "sum" or not set(years_in(part)) - set(years_in(" ".join(earlier))):
        return False
    said = text_stems(" ".join(earlier))
    return any(not set(group) & said for group in followup.own_topic(part))


class Assistant(ClaimAnswering, ProseAnswering, CompoundAnswering, UnknownNames, FigureAnswering):
    def __init__(self, index: Any, *, figures: Any = None, composer: AnswerComposer | None = None,
                 settings: Settings | None = None) -> None:
        self.index = index
        self.retriever = Retriever(index)
        self.figures = figures
        self.composer = composer or ExtractiveComposer()
        self.extractive = ExtractiveComposer()
        self.settings = settings
        self._counts: tuple[Any, ...] | None = None  # the counts the text states (budget/stated_counts.py)

    # --- public API ---------------------------------------------------------------------------
    def documents(self) -> list[DocumentRecord]:
        return sorted(self.index.documents.values(), key=lambda d: (d.meta.date or "", d.path), reverse=True)

    def retrieve(self, question: str, k: int = 10, history: Sequence[str] = (),
                 filters: Filters | Mapping | None = None) -> list[Hit]:
        """The passages the answer draws on, best first (used by `kommun eval` for hit@k): the chunks of the
        calculator's cited rows first when it answers, then the hybrid retrieval (claims without their
        figures, as `ask` searches them)."""
        question = clean_question(question)
        history = [clean_question(h) for h in history]
        claim = claim_text(question)
        q = self._analyse(self._claim_query(claim) if claim else question, history)
        hits = self.retriever.search(q, k=k, filters=filters)
        if claim or not re.search(r"[^\W_]", question):
            return hits
        figure = self._figures(question, history, q.answer_language, filters)
        if figure is None or figure.refused or not figure.sources or (q.wants_count and all_money(figure)):
            return hits
        first: list[Hit] = []
        for source in figure.sources:
            chunk_id = self._citation_from_source(1, source).chunk_id
            if chunk_id and chunk_id not in {h.chunk.id for h in first}:
                first.append(Hit(chunk=self.index.chunks[chunk_id], score=float("inf")))
        seen = {h.chunk.id for h in first}
        return (first + [h for h in hits if h.chunk.id not in seen])[:k]

    def ask(self, question: str, history: Sequence[str] = (), check: bool = False,
            filters: Filters | Mapping | None = None) -> Answer:
        from assistant.understand.verbs import reading

        start = time.perf_counter()
        timings: dict[str, float] = {}
        with reading(self.retriever.stats.forms.__contains__):  # a finite verb by its forms in these documents
            answer = self._ask(safe_text(question), [clean_question(h) for h in history or ()], check, filters,
                               timings)
        answer = with_fractions(question, answer)  # "hela prisindex" quoted for "hur stor del av prisindex": 100 %
        timings["total"] = round((time.perf_counter() - start) * 1000, 2)
        return replace(answer, timings_ms=timings)

    # --- the pipeline ---------------------------------------------------------------------------
    def _of_what_is_asked(self, q: QueryAnalysis, question: str) -> QueryAnalysis:
        """The analysis with the kinds of document what is asked names: a statement before the question names where
        it was said ("Ulricehamn säger i pressmeddelandet att Bronäs kostar 115 miljoner, hur mycket av det är
        budgeterat 2026?"), not where the asked figure must stand."""
        preamble, asked = statement_before(question)
        if not preamble or not q.doc_types:
            return q
        from assistant.understand.query import doc_types_in

        return replace(q, doc_types=tuple(doc_types_in(asked)))

    def _with_introduction(self, citation: Citation) -> str:
        """The quote with the line introducing its list before it, when it is a list item ("effektiviseringar om
        sammanlagt 6,8 miljoner kronor:" above "- Socialnämnden: 3,2 miljoner kronor ..."): what the item says."""
        if citation.start is None:
            return citation.quote
        return self._introduced(citation.doc, citation.start, citation.quote)

    def _with_lead_in(self, s: Sentence) -> str:
        """A sentence with the line introducing its list, when it is a list item (as `_with_introduction` reads a
        citation)."""
        return self._introduced(s.chunk.doc_path, s.start, s.text)

    def _introduced(self, doc: str, start: int, text: str) -> str:
        introduced = lead_in_at(self.index.text(doc), start, text)
        return f"{introduced} {text}" if introduced else text

    def _analyse(self, question: str, history: list[str]) -> QueryAnalysis:
        resolved = followup.resolve(question, history, self._places())
        q = analyse(resolved)
        if resolved != question:
            own = analyse(question)
            asks_own = (own.wants_amount or own.wants_person or own.wants_date or own.wants_reason or own.wants_name
                        or followup.INTENT.search(question) or asks_yes_no(question))
            if asks_own:  # "Vilka busslinjer gäller det?" asks which, not the earlier turn's how much
                q = replace(q, wants_amount=own.wants_amount, wants_person=own.wants_person,
                            wants_date=own.wants_date, wants_money=own.wants_money, wants_count=own.wants_count,
                            wants_reason=own.wants_reason, wants_name=own.wants_name)
            elif followup.names_own_measure(question, self._places()):
                # "och sjukfrånvaron?" after "hur många tillsvidareanställda ...?": the earlier turn counted its
                # own thing; the new measure's figure is asked, whatever its kind (a rate is no count)
                q = replace(q, wants_count=False, wants_money=False)
            own_stems = {g[0] for g in followup.own_topic(question)}
            q, own_stems = self._by_heads(q, own_stems)
            # the new question's own topic is what is asked, the earlier turn's is context: sentences naming
            # the own topic in their own words rank first (down-weighting the context instead refused
            # follow-ups whose own words the documents paraphrase)
            q = replace(q, focus=tuple(sorted(own_stems)))
            q = replace(q, language=own.language, answer_language=own.answer_language, followup=True, own=question)
        return q

    @staticmethod
    def _of_bodies_asked(q: QueryAnalysis, s: Sentence, sentences: list[Sentence]) -> bool:
        """The sentence speaks of a committee the question names (evidence/claims.governing_bodies: its own words,
        the sentence before it or its heading), or the question names none."""
        from assistant.evidence.claims import bodies_in, governing_bodies

        asked = set(bodies_in(q.original))
        return not asked or bool(asked & governing_bodies(s, sentences))

    def _by_heads(self, q: QueryAnalysis, own: set[str]) -> tuple[QueryAnalysis, set[str]]:
        """A follow-up's own word the documents never write, a compound of a word they do ("snitträntan": "räntan"),
        asks for that word's thing: its concept is the head, in the question's concepts and its own topic."""
        stats = self.retriever.stats
        heads = {t: h for t in own if (h := stats.head_of(t)) is not None}
        if not heads:
            return q, own
        groups = tuple((heads[g[0]],) if g and g[0] in heads else g for g in q.groups)
        return replace(q, groups=groups), {heads.get(t, t) for t in own}

    def _ask(self, raw: str, history: list[str], check: bool, filters: Any, timings: dict[str, float]) -> Answer:
        question = clean_question(raw)[: MAX_QUERY_CHARS * 4]
        language = detect_language(question)
        lang = "en" if language == "en" else "sv"
        if not re.search(r"[^\W_]", question):
            log.info("tom fråga")
            return Answer(question=raw, answer=EMPTY[lang], refused=True, language=lang)
        if language not in ("sv", "en"):
            log.info("frågans språk: %s", language)
            return Answer(question=raw, answer=FOREIGN, refused=True, language="sv")
        if language == "sv":  # "nar", "Saffle": the words typed without å, ä and ö as the documents write them
            question = restored(question, self.retriever.stats.form_counts.__getitem__)
        else:  # "Sotenas": an English question's names as the documents write them
            question = restored_names(question, self.retriever.stats.form_counts.__getitem__)
        question = with_places_named(question, self._places())  # "kommunerna": the two the documents are of
        question = with_earlier_compounds(question, history)  # "ramen" after "borgensram": the borgensram
        asked = history
        history = self._answered_history(question, history, language, filters)
        # a pronoun for what the earlier answer named ("vad sa hon ...?" after "vem ...?") is that person, year or row
        # now written into the history: it no longer points at the passage the earlier answer quoted
        named = history != asked
        # "täcker anslaget underskottet?" asks what remains of the gap, computed of both amounts: no claim to check
        covering = not check and bool(covered(question, self._places(), lang))
        agreed = None if check or history or language != "sv" else self._agreement(raw, question, language, filters)
        if agreed is not None:  # "Stämmer A i pressmeddelandet med budgetdokumentet?": each side's amount, held together
            return agreed
        claim = (None if covering else claim_text(question)) or (question if check else None)
        if claim and language == "sv":  # "daniel filipsson är sosse": the person by the name the documents write
            claim = capitalised_names(claim, self.retriever.stats.name_forms)
        compound = split_question(question) if not claim else None
        parts = compound.standalone() if compound is not None else []
        # a preamble said with every part ("S sommarjobbssatsning: ..., hur många jobb räcker det till?") names
        # what each part's "det" points at: no part leans on the first
        said_with_each = compound is not None and compound.preamble_names_topic(self._places())
        summed = False
        placed: set[str] = set()  # the parts share_scope said within the first part's municipality
        if len(parts) == 1:
            parts = per_place(parts[0], self._places())  # "i Tingsryd respektive Ockelbo": one for each
            summed = len(parts) == 2 and summed_over_places(question, parts)  # "A och B ..., tillsammans?"
            parts = self._distributed(parts[0], history) if len(parts) == 1 else parts
        elif len(parts) > 1:  # each part may ask the same of two things too ("för X respektive för Y, och ...?")
            scoped_parts = share_scope(parts, self._places())
            placed = {each for part, scoped_part in zip(parts, scoped_parts) if part != scoped_part
                      for each in self._distributed(scoped_part, history)}
            parts = [each for part in scoped_parts for each in self._distributed(part, history)]
        if not claim:  # "hur stort var A jämfört med B?": A and B each answered, a difference computed of both
            said = parts
            parts = self._with_compared(parts, history, language, filters)
            if len(parts) == 1 and said != parts:  # "än nämndens prognos": the body named, the question as restated
                question = parts[0]
        if len(parts) > 1:  # each part answered and cited; later parts may lean on the first ("det", "den")
            answers: list[Answer] = []
            for i, part in enumerate(parts):
                if i:  # "..., och fick nämnderna mer än så 2021?": "så" is the amount the first part's answer stated
                    part = referent.with_answered_amount(part, answers[0]) or \
                        referent.with_answered_goal(part, parts[0], answers[0]) or part
                other_figure = bool(i) and not said_with_each and self._names_only_columns(
                    part, compound.preamble if compound is not None else "")
                # the municipality share_scope said with the part is where, no topic of its own; a first part
                # that found nothing gives the later one nothing to lean on, and a part naming a kind of table
                # ("hur stor är investeringsbudgeten?") asks of that table
                leans = i and not said_with_each and (followup.is_followup(part, parts[:1]) or other_figure or (
                    part in placed and not answers[0].refused and not table_kinds(part)
                    and followup.is_followup(followup.without_places(part, self._places()), parts[:1])))
                # "vilket år ..., och hur mycket mer än året innan?": the first part as its answer stated it
                first = (referent.answered(parts[0], answers[0]) if leans and referent.needs_answer(part, parts[0])
                         else None) or parts[0]
                # the parts of one question are about one thing: a later part is answered in the passage the first
                # part's answer quoted when that passage says what it asks ("Vem ansvarar för X och när ska den
                # beslutas?": X's own schedule, not another measure's)
                earlier = answers[0].citations if i and self._quoted_prose(answers[0]) else ()
                if i and _compares(answers[0]) and followup_figures.asked_operation(part) == "difference":
                    # "..., och hur mycket skiljer det?", "och hur stor är skillnaden i mnkr?": the comparison of the
                    # places (their tables' or their own answers') said it
                    answers.append(answers[0])
                    continue
                computed = self._computed(part, parts[:i], lambda turn, before: answers[parts.index(turn)],
                                          language) if i >= 2 and not sums_own_thing(part, parts[:i]) else None
                if computed is not None:  # "hur stor marginal finns mellan A och B?": computed of A's and B's answers
                    answers.append(computed)  # before it is asked itself, whose quotes would unshare A's
                    continue
                before = history + [first] if leans else history
                # "..., och när ska den stå klar?": the thing the first part's answer found is in one municipality
                scoped = self._first_answers_place(part, answers[0], filters) if leans else filters
                answer = (None if i else self._place_comparison(part, history, language, filters)) or \
                    self._answer_one(raw, part, None, before, language, scoped, timings, earlier,
                                     strict_earlier=True, leaning=bool(leans),
                                     offered=offered_only(answers[0].answer, earlier) if earlier else frozenset())
                answer = self._unshared(raw, parts[:i], answers, part, answer, history, before, language, filters,
                                        timings, earlier)
                if i and not leans and not said_with_each and answer.refused and not answers[0].refused:
                    # the parts of one question are about one thing: a part that finds nothing on its own ("..., och
                    # vilket projekt är störst?") is asked of what the first part was about
                    answer = self._leaning_on_first(raw, part, parts[0], answers[0], history, language, filters,
                                                    timings) or answer
                if not leans:  # "..., och är det permanent?" said of the preamble's topic: its claim checked too
                    preamble = compound.preamble if compound is not None else ""
                    asked = part[len(preamble):] if preamble and part.startswith(preamble) else part
                    answer = self._yes_no(raw, part, answer, history, language, filters, timings, asked)
                own = sums_own_thing(part, parts[:i])
                answers.append((None if own else self._computed(part, parts[:i], lambda turn, before:
                                                                answers[parts.index(turn)], language))
                               or (self._changed_from_earlier(part, answer, lambda: answers[0], language)
                                   if leans else None)
                               or answer)
            total = self._computed(question, parts, lambda turn, before: answers[parts.index(turn)],
                                   language) if summed else None
            if total is not None:  # each place's figure from its own documents, added here
                return replace(total, question=raw)
            return self._merge(raw, answers, parts)
        earlier = self._earlier_evidence(question, history, language, filters) if not claim and not named else ()
        places = None if claim or history else self._place_comparison(question, history, language, filters)
        if places is not None:
            return replace(places, question=raw)
        answer = self._answer_one(raw, question, claim, history, language, filters, timings, earlier)
        if not claim and not history:  # no other figure stands beside an amount left open: none is given
            answer = left_open(answer)
        if answer.refused and not claim and not history:  # a statement, then a question of a year of its own
            apart = self._asked_apart(raw, question, language, filters, timings)
            if apart is not None:
                return replace(apart, question=raw)
        if claim and not history:  # "både S och kommunstyrelsen vill ...": the claim of each, each cited
            answer = self._of_each_subject(raw, claim, answer, history, language, filters, timings)
        if not claim:
            checked = self._yes_no(raw, question, answer, history, language, filters, timings)
            if checked is not answer:
                return checked
        if claim or not history or not (
                followup.is_followup(question, history) or followup.refers_back(question)
                or followup.shares_topic(question, history)):
            return answer
        def turn_answer(turn: str, before: Sequence[str]) -> Answer:  # an earlier turn, answered again
            return self._answer_one(turn, turn, None, list(before), language, filters, {})

        changed = self._changed_from_earlier(question, answer, lambda: turn_answer(history[-1], history[:-1]), language)
        if changed is not None:
            return replace(changed, question=raw)
        looked_up = answer.calculation is not None and answer.calculation.operation == "lookup"
        if answer.composer == "calculator" and not (looked_up and followup_figures.asked_operation(question)):
            return answer  # a lookup where a share or difference is asked did not compute what was asked
        # "hur stor andel av hela paketet blir det?": a share or difference of the amounts the earlier answers stated;
        # after one turn, the whole the follow-up names is asked as a turn of its own
        whole = followup_figures.whole_question(question, "en" if language == "en" else "sv")
        turns = [*history, whole] if len(history) == 1 and whole is not None else history
        computed = self._computed(question, turns, turn_answer, language)
        return replace(computed, question=raw) if computed is not None else answer


    def _yes_no(self, raw: str, question: str, answer: Answer, history: list[str], language: str, filters: Any,
                timings: dict[str, float], asked: str | None = None) -> Answer:
        """"Var kommunstyrelsen enig när den sjösatte uppdragen?": a yes/no question (a whole question or one part
        of it, `asked` without the preamble said with it: "S sommarjobb: är det permanent?") the tables do not
        answer is the claim it asks about; a verdict the evidence gives answers it, otherwise `answer` stands."""
        if history or answer.composer == "calculator" or not asks_yes_no(asked or question):
            return answer
        checked = self._answer_one(raw, question, question.rstrip(" ?"), history, language, filters, timings)
        checked = self._of_each_subject(raw, question.rstrip(" ?"), checked, history, language, filters, timings)
        if checked.verdict not in ("supported", "contradicted") or not checked.citations:
            return answer
        return answer if self._misses_named_source(question, checked, answer) else checked

    def _misses_named_source(self, question: str, checked: Answer, answer: Answer) -> bool:
        """"Fanns den både i S-budgeten och i handlingsplanen?": a question naming several documents as its sources
        asks about each; a verdict drawn from fewer of them than the answer that quotes each does not answer it."""
        if not names_source(question) or answer.refused:
            return False
        if len(self.retriever.targets(self._analyse(question, []))) < 2:
            return False
        return not {c.doc for c in answer.citations} <= {c.doc for c in checked.citations}


    def _changed_from_earlier(self, question: str, answer: Answer, earlier: Callable[[], Answer],
                              language: str) -> Answer | None:
        """"och hur mycket lägre är det 2025?": the follow-up's own figure (a cell it looked up or an amount it
        quoted) against the amount the earlier turn's (or the question's first part's) answer stated, their
        difference and its percent computed (followup_figures.change_from_earlier), its citations verified; None
        when it asks no such comparison."""
        calc = answer.calculation
        if not followup_figures.asks_change_from_earlier(question) or (calc is not None and calc.operation != "lookup"):
            return None
        changed = followup_figures.change_from_earlier(question, earlier(), answer, "en" if language == "en" else "sv")
        return None if changed is None else self._verified(changed)

    def _computed(self, question: str, earlier: Sequence[str], answer_turn: Any, language: str) -> Answer | None:
        """A share, difference or sum of the amounts the answers to the two earlier turns (or parts of one
        question: "..., vad är prognosen i år, och hur mycket har de förbättrat sig?") stated, its citations
        verified; None when it does not ask for one or they state no two amounts."""
        if len(earlier) < 2:
            return None
        computed = followup_figures.compute(question, earlier, answer_turn, "en" if language == "en" else "sv")
        if computed is None:
            return None
        return self._verified(computed)

    def _verified(self, answer: Answer) -> Answer | None:
        """The answer with its citations verified against the documents' text (finalize); None when any fails."""
        text, verified, _ = finalize(answer.answer, list(answer.citations), self.index.text, language=answer.language)
        return replace(answer, answer=text, citations=verified) if len(verified) == len(answer.citations) else None


    def _answer_one(self, raw: str, question: str, claim: str | None, history: list[str], language: str,
                    filters: Any, timings: dict[str, float], earlier: Sequence[Citation] = (),
                    strict_earlier: bool = False, exclude: frozenset[str] = frozenset(), leaning: bool = False,
                    offered: frozenset[tuple[str, int]] = frozenset(), tables: bool = True) -> Answer:
        lang = "en" if language == "en" else "sv"
        t = time.perf_counter()
        q = self._analyse(self._claim_query(claim) if claim else question, history)
        if claim:
            q = replace(q, wants_amount=False, wants_person=False, wants_date=False, language=language,
                        answer_language=lang, strict=True)
        _add(timings, "analyse", t)
        # a claim of a change is searched by its opposites too: the contradicting sentence says "oförändrad"
        searched = with_opposite_words(q) if claim else q
        # the question's embedding runs on another core while the tables are read (neither needs the other)
        self.retriever.prefetch(searched)
        t = time.perf_counter()
        # `tables` False: what the documents' prose states (a place whose tables answered with another measure)
        figure = None if claim or not tables else self._figures(question, history, lang, filters, leaning)
        figures_ms = (time.perf_counter() - t) * 1000
        t = time.perf_counter()
        hits = self.retriever.search(searched, k=8, filters=filters, timings=timings)
        if strict_earlier:  # a later part of one question: the passage the first part's answer quoted is searched too
            hits = hits + self._passages_of(earlier, hits)
        # the sentences are ranked by the claim itself: the opposites only widen what is searched
        sentences = self._from_named_sources(q, self.retriever.sentences(q, hits))
        if exclude:  # another part of the question is answered by these sentences (evidence.shared)
            sentences = [s for s in sentences if shared.same_text(s.text) not in exclude]
        if earlier:  # "det" is what the earlier answer quoted: its passage goes on to say what is asked now
            own = tuple(g for g in q.groups if g[0] in q.focus) or (q.groups if strict_earlier else ())
            # every sentence of the passage the earlier answer quoted may continue it, not only the best searched
            passage = self.retriever.sentences(q, self._passages_of(earlier, []), limit=PASSAGE_SENTENCES)
            sentences = continuing(sentences, earlier, lambda found: self.retriever.similarities(question, found),
                                   about=lambda s: self.retriever.stats.coverage(own, text_stems(s.text)) > 0,
                                   strict=strict_earlier, passage=passage, offered=offered)
        _add(timings, "retrieve", t)
        t = time.perf_counter()
        judgements: list[TextJudgement] = []  # the prose path's judgement, made once when first asked for

        def judged() -> TextJudgement:
            if not judgements:
                judgements.append(self._judge_text(q, sentences, hits))
            return judgements[0]

        t -= figures_ms / 1000  # the tables' time counts as "figures", read before the passages
        estimate_only = False
        if figure is not None and q.wants_count and all_money(figure):
            figure = None  # "hur många sommarjobb": a sum of money does not answer a count
        if figure is not None and asks_percent(question) and only_kronor(figure) and (
                figure.calculation is None or figure.calculation.operation == "lookup"):
            figure = None  # "hur många procent ska årets resultat vara": the row's kronor are not the rate asked
        if figure is not None and (figure.calculation is None or figure.calculation.operation == "lookup") \
                and asks_what_came_to(question, q.original) and not _states_outcome(figure, question):
            estimate_only = True  # the tables hold the asked row and year only as a budget, plan or forecast
            figure = None  # an amount stated as a forecast or target does not answer "what was the outcome"
        if figure is not None and figure.sources and not self._from_named_documents(self._of_what_is_asked(q, question),
                                                                                      figure.sources):
            figure = None  # "vad föreslog handlingsplanen": a table of another kind of document does not answer it
        if figure is not None and not claim and asks_vote(q) and not any(states_vote(s.quote) for s in figure.sources):
            figure = None  # "hur röstade fullmäktige om budgeten 2026?": the vote's tally, not a row of the budget
        if figure is not None and self._half_of_named_documents(q, figure):
            figure = None  # each named document answers with its own sentence (_from_each_target)
        if figure is not None and not figure.refused and (figure.calculation is None or figure.calculation.operation
                                                          == "lookup") and _budget_for_forecast(figure, question):
            figure = None  # "prognosen för helåret" is not what a Budget column holds: the prose may state it
        if figure is not None and not figure.refused and WHOLE_YEAR.search(question) and _of_months_only(figure):
            figure = None  # "resultatet för helåret 2024" is not what the months so far came to ("Utfall jan–aug")
        if figure is not None and not figure.refused and names_months(question) and _of_whole_years(figure):
            figure = None  # "resultatet jan–aug 2024" is not a whole year's column ("Budget 2024")
        if figure is not None and not figure.refused and figure.sources and not figure.stated and (
                figure.calculation is None or figure.calculation.operation == "lookup") and not q.followup \
                and self._row_is_context(question, q, figure, judged):
            figure = None  # the row the question names is who asked, a sentence states what was asked
        if figure is not None and not figure.refused and figure.sources and not figure.stated and (
                figure.calculation is None or figure.calculation.operation == "lookup") and earlier \
                and followup.points_back(question) and not self._quotes_rows(earlier) \
                and self._earlier_document_says(q, figure, earlier, judged, amount=strict_earlier):
            # a follow-up's "det", or a later part's "den", is what the earlier answer quoted: its document answers
            # ("Förskolan i X – hur många barn ..., vad kostar den?": the project's cost, not a budget year's row)
            figure = None
        if figure is not None and exclude and figure.stated and figure.sources \
                and all(shared.same_text(s.quote) in exclude for s in figure.sources):
            figure = None  # another part of the question is answered by the amount these sentences state
        if figure is not None and not figure.refused and figure.stated and figure.sources and (
                figure.calculation is None or figure.calculation.operation == "lookup") \
                and all(answer_rules.of_other_subject(q, s.quote) and not self._names_asked(q, s.quote)
                        for s in figure.sources):
            figure = None  # "Vi har ett sparkrav på totalt 41 miljoner" is no cost of the summer jobs it is near
        if figure is not None and not figure.refused and figure.stated and figure.sources and (
                figure.calculation is None or figure.calculation.operation == "lookup") \
                and not self._stated_about_asked(q, figure, judged):
            figure = None  # "50 procent av prisindex" is no saving on the kitchens the question asks about
        if figure is not None and not figure.refused and figure.stated and figure.sources and (
                figure.calculation is None or figure.calculation.operation == "lookup") \
                and not figure_fills_slots(q, [v.value for v in figure.values], [s.quote for s in figure.sources],
                                           [next(iter(self._municipalities_of([s])), None) for s in figure.sources]):
            figure = None  # "sparkravet på 41 miljoner" restated, or a total for "per elev", is not what is asked
        if figure is not None and not figure.refused and figure.sources and not self._says_qualifiers(q, figure):
            figure = None  # "sjukfrånvaron bland män": a row of all staff does not answer for a part of them
        near_miss = figure is not None and not figure.refused and bool(figure.sources) and self._near_miss(q, figure)
        if near_miss:
            figure = None  # "vad kostar etapp 2": the row of etapp 1; "spara": the operating budget's kommunbidrag
        if figure is not None and not figure.refused and figure.sources and not near_miss and (
                figure.calculation is None or figure.calculation.operation == "lookup") \
                and self._measure_left_open(q, figure, judged):
            figure = None  # "spara" asked: a row of how the tax is shared out names no saving, the prose does
        missing = self._rows_elsewhere(question, history) if not claim and (
            figure is None or figure.refusal == "no_row" or not figure.refused and not figure.stated) else None
        if missing and not self._prose_names(q, missing[1], judged):
            # "kultur och fritid i Malå" when only Boxholm's tables have that committee: neither Malå's total nor
            # a sentence about another of its committees answers it
            _add(timings, "figures", t)
            return replace(self._refuse(raw, q, sentences, text=ROW_ELSEWHERE[lang].format(*missing)),
                           route={"path": "refusal", "reasons": {"by": "calculator", "why": "row_elsewhere"}})
        _add(timings, "figures", t)
        t = time.perf_counter()
        checked = self._figure_claim(raw, claim, history, lang, filters, sentences) if claim else None
        if checked is not None and checked.verdict == "contradicted" and checked.calculation is not None and \
                checked.calculation.operation in ("sum", "lookup") and (says_whole(claim) or COSTS.search(claim)):
            # "kostar 62 miljoner totalt" against the budget years of the project's row: a document stating
            # the whole ("Den totala projektkostnaden ... 112 miljoner kronor") judges it (what a thing costs is its
            # whole: verify.COSTS)
            told = self._claim(raw, claim, q, sentences, lang)
            if told.verdict in ("supported", "contradicted") and told.citations and \
                    states_whole(told.citations[0].quote):
                checked = told
        if checked is not None:
            answer = checked
        elif claim:
            answer = self._claim(raw, claim, q, sentences, lang)
        elif figure is not None and not figure.refused and figure.sources:
            answer = self._figure_answer(raw, q, figure, sentences)
            over = past_estimate(figure, question, self.index.documents)
            if over is not None:  # the year is over: a later document telling what it came to answers
                told = self._text_answer(raw, q, sentences, judged(), whole=False)
                if not told.refused and tells_outcome(told.citations, over):
                    answer = told
            if (not history or leaning) and period_for_whole(figure, question):
                # a plan period's sum for "vad beräknas den kosta totalt?": a document stating the whole answers
                told = self._text_answer(raw, q, sentences, judged(), whole=False)
                if not told.refused and told.citations and states_whole(told.citations[0].quote):
                    answer = told
            passed = estimate_for_months_passed(figure, question)
            if passed is not None:  # the months passed of a year the tables hold only as a budget
                told = self._text_answer(raw, q, sentences, judged(), whole=False)
                if not told.refused and tells_months_passed(told.citations, passed):
                    answer = told
            if answer.composer != "extractive" and not answer.route:
                answer = replace(answer, route={"path": "calculator", "reasons": {
                    "operation": answer.calculation.operation if answer.calculation else "lookup"}})
        elif figure is not None and figure.refused and figure.refusal != "no_row" and not (
                q.asks_no_figure and not names_figure_kind(question)) and refusal_stands(
                    self._book_of(question, history), self.index, question, q, sentences,
                    prose=lambda: self._prose_answers(question, q, judged()),
                    said=lambda: self._prose_said(q, judged())):
            # a question naming no row is the prose's; one asking who, which named thing or when, and naming no
            # kind of figure ("vilken ram ...?" does), asks the tables nothing
            answer = replace(self._refuse(raw, q, sentences, text=figure.text),
                             route={"path": "refusal", "reasons": {"by": "calculator", "why": figure.text}})
        else:
            # the tables hold the topic with another measure: the sentences naming the asked one answer first
            naming = [s for s in sentences if names_asked(q.original, self._with_lead_in(s), s.chunk.title or "")
                      and self._of_bodies_asked(q, s, sentences)] if near_miss else []
            answer = self._text_answer(raw, q, naming, self._judge_text(q, naming, hits)) if naming else None
            if answer is None or answer.refused:
                answer = self._text_answer(raw, q, sentences, judged())
            said_before = [c.quote for c in earlier]
            if earlier and not answer.refused and answer.citations and restates_earlier(
                    question, answer.citations[0].quote, said_before):
                # "hur mycket av det ...?" answered with the whole the earlier answer stated: the sentences
                # stating more than that answer, or none does
                rest = [s for s in sentences if not restates_earlier(question, s.text, said_before)]
                answer = self._text_answer(raw, q, rest, self._judge_text(q, rest, hits)) if rest else answer
                if answer.refused or not answer.citations or restates_earlier(
                        question, answer.citations[0].quote, said_before):
                    answer = replace(self._refuse(raw, q, sentences, reason="no_amount"),
                                     route={"path": "refusal", "reasons": {"by": "text", "why": "restates_earlier"}})
            if near_miss and not answer.refused and not any(names_asked(q.original, self._with_introduction(c))
                                                            for c in answer.citations[:1]):
                # the tables hold the topic with another measure or part: the prose answer's quote must name the
                # asked one itself (a budget's title names all its tables: "Driftbudget 2025" holds the investments
                # too; a sentence cited "see also" is not what the answer states)
                answer = replace(self._refuse(raw, q, sentences, reason="no_amount"),
                                 route={"path": "refusal", "reasons": {"by": "calculator", "why": "near_miss"}})
            if estimate_only and not answer.refused and not any(
                    (asks_outcome(c.quote) or says_came_to(c.quote) or reports_outcome(c, q.years))
                    and amounts_in(c.quote)
                    for c in answer.citations):
                # "resultatet 2026 i bokslutet" when the tables give 2026 only as a budget: the prose must state
                # an outcome itself, not quote the same row or another estimate
                answer = replace(self._refuse(raw, q, sentences, reason="no_outcome"),
                                 route={"path": "refusal", "reasons": {"by": "calculator", "why": "no_outcome"}})
        if not claim:  # the quotes state what the question asks of its topic: the split, the part, the tally
            answer = self._facets_stated(raw, question, q, answer, sentences)
        _add(timings, "compose", t)
        return answer


    def _background(self, q: QueryAnalysis) -> frozenset[int]:
        """Concepts of the question that a large share of all passages contain (the municipality's name)."""
        stats = self.retriever.stats
        return frozenset(i for i, group in enumerate(q.groups) if stats.background(group[0]))


    def _citation_from_source(self, n: int, source: Any) -> Citation:
        chunk = self.index.chunk_at(source.doc_path, source.start)
        chunk_id = chunk.id if chunk is not None else ""
        return Citation(n=n, doc=source.doc_path, title=source.title, quote=source.quote, chunk_id=chunk_id,
                        page=source.page, date=source.date, doc_type=source.doc_type, start=source.start,
                        end=source.end)

    def _figure_citations(self, figure: Any) -> list[Citation]:
        """The calculator's cited rows and amounts, [1]..[n], then the header lines naming their columns, cited by
        the basis line's markers [HEADER_MARK + k]."""
        from assistant.budget.compose import HEADER_MARK

        return [self._citation_from_source(i + 1, s) for i, s in enumerate(figure.sources)] + [
            replace(self._citation_from_source(HEADER_MARK + k, s), role="header")
            for k, s in enumerate(getattr(figure, "headers", ()), 1)]

    def _related(self, sentences: list[Sentence], limit: int = 3) -> tuple[Citation, ...]:
        out: list[Citation] = []
        seen: set[str] = set()
        for s in sentences:
            if s.chunk.id in seen or s.coverage <= 0:
                continue
            seen.add(s.chunk.id)
            checked = verify(to_citation(len(out) + 1, s), self.index.text)
            if checked:
                out.append(checked)
            if len(out) == limit:
                break
        return tuple(out)


def open_assistant(settings: Settings, embedder: Any = None) -> Assistant:
    """Open the index (IndexEmptyError when nothing is ingested), the calculator's figures and the composer."""
    from assistant.storage.index import open_index

    index = open_index(settings, embedder=embedder)
    figures = None
    try:
        from assistant.budget.store import load_figures

        figures = load_figures(getattr(index, "files_dir", settings.data_dir))  # the index's own generation
    except ImportError:  # the calculator is optional for text answers
        log.warning("assistant.budget saknas: svar utan kalkylator")
    composer: AnswerComposer = ExtractiveComposer()
    if settings.llm:
        from assistant.compose.llm import LLMComposer

        composer = LLMComposer.from_setting(settings.llm)
    return Assistant(index, figures=figures, composer=composer, settings=settings)



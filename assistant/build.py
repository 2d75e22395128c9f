"""The only place that wires backends together: index, retriever, calculator figures, composer.

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
from typing import Any, NamedTuple

from assistant.compose import answer as answer_rules
from assistant.understand import followup, referent
from assistant.compose import followup_figures
from assistant.compose.answer import (
    AnswerComposer, best_for_target, has_year, ExtractiveComposer, joined_neighbours, judge_evidence, refusal_text,
    select_evidence, to_citation, reports_on_past, title_period, with_antecedents,
)
from assistant.evidence.amount_stretch import names_year_of_amount, only_estimates, states_outcome_of
from core.years import year_of_date, years_in
from assistant.evidence.answerability import default_model, features
from assistant.arbitrate import (STRONG_TEXT, all_money, asks_beyond_row, earlier_document_answers,
                                estimate_for_months_passed, only_counts, only_kronor, past_estimate, refusal_stands,
                                row_is_context, says_named_rows, tells_months_passed, tells_outcome)
from assistant.compose.citations import finalize, verify
from assistant.compose.continuation import continuing
from assistant.evidence.table_rows import is_table_line
from assistant.compose.parts_merged import offered_only, unrepeated
from assistant.budget.columns import (WHOLE_YEAR, asks_only_outcome, asks_outcome, asks_whole_year_outcome,
                                      column_kind, family, period_kind, says_to_date, states_outcome)
from assistant.budget.layout import MONTH_PERIOD
from assistant.budget.matching import table_kinds
from assistant.budget.plan import sum_words_said
from assistant.budget.municipal import names_said
from assistant.evidence.claim_amounts import (
    OTHER_FIGURE, claim_subject, estimates_for_outcome, without_hedges, worded_in_digits,
)
from assistant.evidence.claim_decision import check_decision
from assistant.budget.verify import COSTS
from assistant.evidence.claim_whole import says_whole, states_whole
from assistant.evidence.claim_figures import claim_figures, figures_in, strip_figures
from assistant.evidence.claim_paraphrase import exact_parts_agree, paraphrase, says_opposite, states_years
from assistant.evidence.claim_clauses import claim_clauses, named_by_clauses
from assistant.evidence.body_statement import body_statement, speaking_bodies
from assistant.evidence.claims import (DEFAULT_SUPPORT, NO_EVIDENCE, YEAR_SAME, YEAR_VERDICTS, ClaimCheck, bodies_in,
                                       check_claim, claim_text, inflected, is_finite_verb, time_stems, time_words,
                                       with_known_parts, with_opposite_words, with_voices, without_bodies, without_frame)
from assistant.understand.diacritics import restored, restored_names
from assistant.understand.language import detect_language
from assistant.understand.query import (MAX_QUERY_CHARS, QueryAnalysis, analyse, doc_words, framing_stems,
                                        names_source, particle_stems, word_stem)
from assistant.understand.query import stems as query_stems
from assistant.retrieval.retrieve import Filters, Retriever, Sentence
from assistant.evidence import shared
from assistant.evidence.headings import frame
from assistant.evidence.sentences import (UNSAID_CHARS, amounts_in, asked_amounts, is_statement, says_money, text_stems,
                                          title_stems)
from core.settings import Settings
from core.types import Answer, Citation, DocumentRecord, Hit
from assistant.understand.abbreviations import expand as expand_abbreviations
from assistant.budget.named_source import source_book
from assistant.understand.name_case import capitalised_names
from assistant.understand.coverage import covered
from assistant.understand.parts import (
    COMPARING, compared, context_years, distribute, per_place, share_scope, split_question, statement_before,
    summed_over_places,
)
from assistant.compose.place_comparison import compare_places
from assistant.evidence.near_miss import names_asked, other_slot
from assistant.evidence.amount_slots import figure_fills_slots, restates_premise
from assistant.understand.subset import says_qualifier, subset_groups
from assistant.understand.words import asks_percent, asks_what_said, asks_yes_no, governed_verbs, sentence_types
from assistant.evidence.utterance import whole_utterance
from assistant.evidence.paragraphs import whole_paragraph
from assistant.understand.userinput import normalise_input, safe_text

log = logging.getLogger(__name__)
PASSAGE_SENTENCES = 60  # the sentences of a cited passage a follow-up may be continued by (a passage holds fewer)
FOLLOWUP_FACTOR = 0.8  # a follow-up carries the previous question's topic words: a lower bar  # coverage at which prose evidence overrides the calculator's "not in the tables"

TAG = re.compile(r"<[^>]{0,200}>")
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
EMPTY = {"sv": "Skriv en fråga om kommunens dokument, till exempel: ”Hur stort är sparkravet för nämnden för "
               "arbete, kompetens och välfärd?”",
         "en": "Please ask a question about the municipality's documents."}
DEFINITE_FORMS = ("en", "et", "n", "t")  # "delårsrapporten", "protokollet", "nyheten": one document, not the kind
PART_LABEL = {"sv": "Om ”{part}”:", "en": "On “{part}”:"}  # a part of a compound question the documents do not answer
FOREIGN = ("Jag kan bara svara på frågor på svenska eller engelska. / I can only answer questions in Swedish or "
           "English.")
VERDICT_LEAD = {
    ("sv", "supported"): "Stämmer.", ("sv", "contradicted"): "Stämmer inte.",
    ("en", "supported"): "Yes, that is correct.", ("en", "contradicted"): "No, that is not correct.",
}
ROW_ELSEWHERE = {"sv": "Tabellerna för {0} har ingen rad för {1}; den finns bara i andra kommuners dokument.",
                 "en": "The tables for {0} have no row for {1}; it is only in other municipalities' documents."}
NOT_FOUND = {"sv": "Det går inte att avgöra med dokumenten: jag hittar inget underlag för påståendet.",
             "en": "I can't verify that with the documents: I find nothing that supports or contradicts it."}


MARKER = re.compile(r"\[(\d+)\]")
# why a claim is not_found although its topic is in the documents: another sentence may say it in other words
MIN_CLAUSE_CONCEPTS = 2  # a clause of a claim that names fewer known concepts ("och har budgeterat för det") says
# too little to be checked on its own
CLAUSE_CANDIDATES = 12  # the best evidence sentences searched for a sentence saying one clause of a claim
UNKNOWN_WORDS = "påståendet säger något inget dokument säger"
TOPIC_NOT_CLAIM = "underlaget nämner ämnet men inte det påståendet säger"
SAID_OTHERWISE = "underlaget säger samma sak med andra ord"
YEAR_ELSEWHERE = "året står i underlag om något annat"
TOPIC_ONLY = frozenset({UNKNOWN_WORDS, TOPIC_NOT_CLAIM, NO_EVIDENCE, YEAR_ELSEWHERE})


PEOPLE_LOOKED_AT = 3  # a named document's best sentences the answer of a person question is looked for in first


class TextJudgement(NamedTuple):
    """What the prose path decided about a question, and what it needs to compose the answer."""

    judgement: answer_rules.Judgement
    route: dict[str, Any]
    named: list[Sentence]
    threshold: float
    about: tuple[Any, ...]
    targets: Sequence[Any]


def asks_what_came_to(question: str, said: str) -> bool:
    """The question asks what a figure actually came to ("vad blev resultatet 2024?", "resultatet för helåret"),
    and what it says with the question (`said`: the earlier part or turn it leans on) names no plan, budget or
    forecast whose figure it is: "hur stor utdelning landade den i?" after "handlingsplanen för välfärdens
    finansiering" asks what the plan proposes, as "vilket belopp landade handlingsplanen i?" does."""
    return asks_outcome(question) and asks_only_outcome(said) or asks_whole_year_outcome(question)


def _states_outcome(figure: Any, question: str) -> bool:
    """The calculator's figure is an outcome. When the question names the outcome column ("i bokslutet", "utfallet";
    not "vad landar ... på", nor "budgeten, inte bokslutet") a table cell is judged by its column ("Bokslut 2025",
    not "Budget 2026": the row's line holds only the row's name and figures; so when it asks only what a named year's
    figure actually was: "faktiskt under 2025"); otherwise by its quote."""
    inputs = figure.calculation.inputs if figure.calculation is not None else ()
    columns = [i.column for i in inputs if i.column]
    if _of_months_only(figure) and not period_kind(question) and not says_to_date(question):
        return False  # "Utfall jan–aug 2024" is the months so far, not what a year asked without months came to
    if columns and not figure.stated and (family(column_kind(question) or "") == "Utfall" or (
            asks_only_outcome(question) and years_in(question)) or asks_whole_year_outcome(question)):
        # "vad investerade kommunen faktiskt 2025" asks a year's outcome as plainly as "utfallet 2025" does: the
        # Budget 2025 column does not answer it
        return all(states_outcome(c) for c in columns)
    if figure.stated:  # amounts read from prose: each is judged in its own words, of the year asked
        asked = set(years_in(question))
        # a source naming the asked year in an amount's own words speaks for that year before one naming none
        # ("-6,6 miljoner i år" is 2020's forecast; the 5,4 million package beside it is no outcome of 2020)
        sources = [s for s in figure.sources if names_year_of_amount(s.quote, year_of_date(s.date), asked)] \
            or figure.sources
        return any(states_outcome_of(s.quote, year_of_date(s.date), asked) for s in sources)
    return any(states_outcome(s.quote) for s in figure.sources)


FORECAST, BUDGET = "Prognos", "Budget"  # what a year underway is expected to come to; what was set before it began


def _budget_for_forecast(figure: Any, question: str) -> bool:
    """The question asks a forecast and the calculator's cells are all of budget columns ("prognosen för helåret"
    read from "Budget 2024": the income statement budgeted the result, no table forecasts it). A forecast revises the
    budget, so the budget's figure is not it; a plan year's column ("Plan 2028" of a population projection) or an
    outcome the forecast is set against ("Utfall 2024") may be what is asked, and "budget" asked may be read from a
    plan year ("the Social Democrats' budget ... 2022": its "Plan 2022")."""
    asked = column_kind(question)
    inputs = figure.calculation.inputs if figure.calculation is not None else ()
    columns = [i.column for i in inputs if i.column]
    if asked is None or family(asked) != FORECAST or figure.stated or not columns:
        return False
    return all(family(column_kind(c) or "") == BUDGET for c in columns)


def _of_months_only(figure: Any) -> bool:
    """The calculator's cells are all of columns covering months of a year ("Utfall jan–aug 2024"), not a year."""
    inputs = figure.calculation.inputs if figure.calculation is not None else ()
    columns = [i.column for i in inputs if i.column]
    return bool(columns) and not figure.stated and all(MONTH_PERIOD.search(c) for c in columns)


def _of_whole_years(figure: Any) -> bool:
    """The calculator's cells are all of columns covering whole years ("Budget 2024"), none of months, and of rows
    that are no months either (a table of guest nights per month, "Juni", "Juli", answers "juni–augusti")."""
    from assistant.understand.query import doc_words

    inputs = figure.calculation.inputs if figure.calculation is not None else ()
    columns = [i.column for i in inputs if i.column]
    months = doc_words()["months"]
    return bool(columns) and not figure.stated and not any(MONTH_PERIOD.search(c) for c in columns) and not any(
        w in months for i in inputs for w in re.findall(r"[^\W\d_]+", str(getattr(i, "label", "")).lower()))


def _add(timings: dict[str, float], stage: str, since: float) -> None:
    timings[stage] = round(timings.get(stage, 0.0) + (time.perf_counter() - since) * 1000, 2)


def clean_question(text: str) -> str:
    """The question as the analysis sees it: normalised once at the input boundary (assistant.understand.userinput)."""
    text = CONTROL.sub(" ", normalise_input(text))
    text = expand_abbreviations(TAG.sub(" ", text))
    return re.sub(r"\s+", " ", text).strip()


ELSEWHERE_GAP = 0.25  # coverage by which another municipality's evidence must beat the named one's (not calibrated)


def says_deed(stats: Any, claim: str, q: QueryAnalysis, evidence: Sentence,
              checked: frozenset[str] = frozenset()) -> bool:
    """The evidence sentence itself says what the claim says is done (the verbs its auxiliaries govern: "ska
    sälja", "har budgeterat"), in any form or word the index holds for it (`stats`: TermStats): a title "Budget
    för ..." does not say "har budgeterat för det", and "Alingsåshem lokaler AB blir ägare" does not say "ska sälja
    Alingsåshem"."""
    said = with_voices(text_stems(evidence.text))
    groups = tuple(g for g in q.groups if g[0] not in checked)
    deeds = [g for verb in governed_verbs(claim) for g in groups if g[0] in query_stems(verb, drop_stopwords=False)]
    return all(any(stats.present_in_family(t, said) for t in group) for group in deeds)


class Assistant:
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
        timings["total"] = round((time.perf_counter() - start) * 1000, 2)
        return replace(answer, timings_ms=timings)

    # --- the pipeline ---------------------------------------------------------------------------
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
            own_stems = {g[0] for g in followup.own_topic(question)}
            # the new question's own topic is what is asked, the earlier turn's is context: sentences naming
            # the own topic in their own words rank first (down-weighting the context instead refused
            # follow-ups whose own words the documents paraphrase)
            q = replace(q, focus=tuple(sorted(own_stems)))
            q = replace(q, language=own.language, answer_language=own.answer_language, followup=True, own=question)
        return q

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
        asked = history
        history = self._answered_history(question, history, language, filters)
        # a pronoun for what the earlier answer named ("vad sa hon ...?" after "vem ...?") is that person, year or row
        # now written into the history: it no longer points at the passage the earlier answer quoted
        named = history != asked
        # "täcker anslaget underskottet?" asks what remains of the gap, computed of both amounts: no claim to check
        covering = not check and bool(covered(question, self._places(), lang))
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
            parts = self._with_compared(parts, history, language, filters)
        if len(parts) > 1:  # each part answered and cited; later parts may lean on the first ("det", "den")
            answers: list[Answer] = []
            for i, part in enumerate(parts):
                if i:  # "..., och fick nämnderna mer än så 2021?": "så" is the amount the first part's answer stated
                    part = referent.with_answered_amount(part, answers[0]) or part
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
                if i and leans and answers[0].route.get("reasons", {}).get("inputs") == "each place's answer" \
                        and followup_figures.asked_operation(part) == "difference":
                    answers.append(answers[0])  # "..., och hur mycket skiljer det?": the comparison said it
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
                answers.append(self._computed(part, parts[:i], lambda turn, before: answers[parts.index(turn)],
                                              language)
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

    def _leaning_on_first(self, raw: str, part: str, first_part: str, first: Answer, history: list[str],
                          language: str, filters: Any, timings: dict[str, float]) -> Answer | None:
        """A later part that no passage or table answers on its own, asked as a follow-up to the first part (in the
        municipality of the first part's answer); None when that answers nothing either."""
        scoped = self._first_answers_place(part, first, filters)
        answer = self._answer_one(raw, part, None, history + [first_part], language, scoped, timings, leaning=True)
        return None if answer.refused else answer

    def _first_answers_place(self, part: str, first: Answer, filters: Any) -> Any:
        """The filters a later part leaning on the first ("..., och när ska den stå klar?") is answered with: within
        the one municipality of the documents the first part's answer cited, when the part names none and the
        filters choose none; the filters unchanged otherwise (a part of its own place, an answer from several)."""
        chosen = Filters.from_any(filters)
        if first.refused or chosen.municipalities or names_said(part, self._places()):
            return filters
        chunks = getattr(self.index, "chunks", {})
        places = {chunks[c.chunk_id].municipality if c.chunk_id in chunks else None for c in first.citations}
        if len(places) != 1 or None in places or "" in places:
            return filters
        return replace(chosen, municipalities=(next(iter(places)),))

    def _distributed(self, question: str, history: list[str]) -> list[str]:
        """"ordförande och vice ordförande", "för X respektive för Y": one question for each thing
        (understand.parts.distribute); a question naming two documents is answered from each of them
        (_from_each_target) as one question."""
        split = distribute(question)
        if len(split) > 1 and not self._names_documents(self._analyse(question, history)):
            return split
        return [question]

    def _names_documents(self, q: QueryAnalysis) -> bool:
        """The question names two documents or more: two of the ways it names a document (kind, publisher, year;
        Retriever.targets) select no document in common. "S-budgeten" names one document twice, by its publisher
        and by its kind; "pressmeddelandet från 2023 och handlingsplanen" names two."""
        targets = self.retriever.targets(q)
        if len(targets) < 2:
            return False
        selected = [frozenset(c.doc_path for c in self.index.chunks.values() if target(c)) for target in targets]
        return any(a and b and a.isdisjoint(b) for i, a in enumerate(selected) for b in selected[i + 1:])

    def _names_only_columns(self, part: str, preamble: str) -> bool:
        """A later part whose own words (beyond the preamble said with every part) name only what the tables' column
        labels say, kinds and periods of figures ("strömsund: vad är prognosen för helåret?" after "vad blev
        resultatet jan-aug 2025"): it asks another figure of what the first part asked about."""
        if self.figures is None:
            return False
        from assistant.budget.columns import period_words
        from assistant.budget.matching import stem
        from assistant.budget.plan import in_columns

        columns = self.figures.index.lexicon.columns
        asked = part[len(preamble):] if preamble and part.startswith(preamble) else part
        # the municipality said with every part ("..., och vad är prognosen för helåret i Sandviken?") is where, not what
        own = followup.own_topic(followup.without_places(asked, self._places()))
        periods = {stem(w) for w in period_words(asked)}  # "helåret", "jan-aug": when, as a column's label says
        return bool(own) and all(in_columns(g[0], columns) or g[0] in periods for g in own)

    def _unshared(self, raw: str, asked: Sequence[str], answers: list[Answer], part: str, answer: Answer,
                  history: list[str], before: list[str], language: str, filters: Any, timings: dict[str, float],
                  earlier: Sequence[Citation]) -> Answer:
        """A part answered by the very quotes the first part's answer gave (evidence.shared): the part whose own
        concepts they name none of (while naming some of the other's) is answered again without them (the first
        in place, with the conversation's history; the part now asked, `before` being its history, is returned).
        A part left without an answer keeps the shared one."""
        quotes = shared.quotes_of([c.quote for c in answer.citations])
        first = answers[0] if answers else None
        # a calculator's rows or computation are no sentence a part yields; an amount it read from a sentence is
        computed = answer.composer == "calculator" and answer.calculation is not None \
            and answer.calculation.operation != "lookup"
        if first is None or first.refused or answer.refused or computed or not quotes \
                or any(is_table_line(c.quote) for c in answer.citations) \
                or shared.quotes_of([c.quote for c in first.citations]) != quotes:
            return answer
        present = text_stems(" ".join(quotes))
        loser = shared.yielding_part(self._analyse(asked[0], history).groups, self._analyse(part, history).groups,
                                     lambda groups: self.retriever.stats.coverage(groups, present))
        if loser is None:
            return answer
        again = self._answer_one(raw, asked[0], None, history, language, filters, timings, exclude=quotes) \
            if loser == 0 else \
            self._answer_one(raw, part, None, before, language, filters, timings, earlier, strict_earlier=True,
                             exclude=quotes)
        log.info("delfrågorna delade citat: delfråga %d besvaras utan dem (%s)", loser + 1,
                 "avböjd" if again.refused else "svar")
        if again.refused:
            return answer
        if loser == 0:
            answers[0] = again
            return answer
        return again

    def _yes_no(self, raw: str, question: str, answer: Answer, history: list[str], language: str, filters: Any,
                timings: dict[str, float], asked: str | None = None) -> Answer:
        """"Var kommunstyrelsen enig när den sjösatte uppdragen?": a yes/no question (a whole question or one part
        of it, `asked` without the preamble said with it: "S sommarjobb: är det permanent?") the tables do not
        answer is the claim it asks about; a verdict the evidence gives answers it, otherwise `answer` stands."""
        if history or answer.composer == "calculator" or not asks_yes_no(asked or question):
            return answer
        checked = self._answer_one(raw, question, question.rstrip(" ?"), history, language, filters, timings)
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

    def _with_compared(self, parts: list[str], history: list[str], language: str, filters: Any) -> list[str]:
        """The parts with a comparison of two things stated in prose as one question for each
        (understand.parts.compared); a question asking no more than the comparison follows them, so the
        difference it asks is computed from their answers. Tables compare rows themselves: a comparison the
        calculator computes stays one question."""
        lang = "en" if language == "en" else "sv"
        out: list[str] = []
        for i, part in enumerate(parts):
            covering = covered(part, self._places(), lang)  # the gap and what covers it, each from its document
            if covering:
                out.extend([*covering, part])  # the question last: what remains computed of the two
                continue
            two = compared(part, lang)
            figure = self._figures(part, history, lang, filters) if two else None
            if not two or (figure is not None and not figure.refused and not figure.stated
                           and figure.calculation is not None and figure.calculation.operation != "lookup"):
                out.append(part)
                continue
            out.extend(two)
            if len(parts) == 1:
                out.append(part)  # the question itself, last: what it asks of the two
        return out

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

    def _place_comparison(self, question: str, history: list[str], language: str, filters: Any) -> Answer | None:
        """Two municipalities compared by a figure their tables do not compare (compose/place_comparison.py): each
        asked of its own documents; None when the calculator compares them, or either states no such figure."""
        chosen = Filters.from_any(filters)
        named = names_said(question, self._places())  # in the order the question names them
        if len(named) != 2 or not COMPARING.search(question) or not (chosen.empty or chosen.only_municipalities):
            return None
        figure = self._figures(question, history, "en" if language == "en" else "sv", filters)
        if figure is not None and not figure.refused and figure.calculation is not None:
            return None  # the tables compare them

        def ask(asked: str, place: str, tables: bool = True) -> Answer:
            return self._answer_one(asked, asked, None, [], language, replace(chosen, municipalities=(place,)), {},
                                    tables=tables)

        found = compare_places(question, named, "en" if language == "en" else "sv", ask)
        return None if found is None else self._verified(found)

    def _places(self) -> tuple[str, ...]:
        """The municipalities of the indexed documents (their metadata)."""
        return self.retriever.municipalities

    def _earlier_evidence(self, question: str, history: list[str], language: str, filters: Any) -> tuple:
        """What the answer to the turn a pointing-back follow-up leans on cited ("Hur ska det finansieras?")."""
        if not history or not followup.refers_back(question) or not followup.is_followup(question, history):
            return ()
        turn = followup.antecedent(question, history)
        before = self._answer_one(history[turn], history[turn], None, history[:turn], language, filters, {})
        return () if before.refused else before.citations

    def _passages_of(self, cited: Sequence[Citation], hits: Sequence[Hit]) -> list[Hit]:
        """The cited passages not among `hits`, scored as the last of them (0 when there are none)."""
        found = {h.chunk.id for h in hits}
        floor = min((h.score for h in hits), default=0.0)
        chunks = getattr(self.index, "chunks", {})
        ids = dict.fromkeys(c.chunk_id for c in cited if c.chunk_id and c.chunk_id not in found)
        return [Hit(chunks[i], floor) for i in ids if i in chunks]

    @staticmethod
    def _quoted_prose(answer: Answer) -> bool:
        """The answer quotes a passage of prose (not a table's row, a refusal or a verdict)."""
        return bool(answer.citations) and not answer.refused and answer.verdict is None and \
            answer.composer != "calculator" and answer.calculation is None

    def _answered_history(self, question: str, history: list[str], language: str, filters: Any) -> list[str]:
        """The history with the turn a follow-up leans on restated as its answer named it, when the follow-up
        points at the answer rather than the question ("hur mycket mer än året innan?" after "vilket år ...?",
        "vad sa han?" after "vem ...?"; assistant.understand.referent); unchanged otherwise."""
        if not history or not followup.is_followup(question, history):
            return history
        turn = followup.antecedent(question, history)
        if not referent.needs_answer(question, history[turn]):
            return history
        before = self._ask(history[turn], history[:turn], False, filters, {})
        restated = referent.answered(history[turn], before)
        return history if restated is None else [*history[:turn], restated, *history[turn + 1:]]

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
        if figure is not None and figure.sources and not self._from_named_documents(q, figure.sources):
            figure = None  # "vad föreslog handlingsplanen": a table of another kind of document does not answer it
        if figure is not None and self._half_of_named_documents(q, figure):
            figure = None  # each named document answers with its own sentence (_from_each_target)
        if figure is not None and not figure.refused and (figure.calculation is None or figure.calculation.operation
                                                          == "lookup") and _budget_for_forecast(figure, question):
            figure = None  # "prognosen för helåret" is not what a Budget column holds: the prose may state it
        if figure is not None and not figure.refused and WHOLE_YEAR.search(question) and _of_months_only(figure):
            figure = None  # "resultatet för helåret 2024" is not what the months so far came to ("Utfall jan–aug")
        if figure is not None and not figure.refused and period_kind(question) and _of_whole_years(figure):
            figure = None  # "resultatet jan–aug 2024" is not a whole year's column ("Budget 2024")
        if figure is not None and not figure.refused and figure.sources and not figure.stated and (
                figure.calculation is None or figure.calculation.operation == "lookup") and not q.followup \
                and self._row_is_context(question, q, figure, judged):
            figure = None  # the row the question names is who asked, a sentence states what was asked
        if figure is not None and not figure.refused and figure.sources and not figure.stated and (
                figure.calculation is None or figure.calculation.operation == "lookup") and earlier \
                and not self._quotes_rows(earlier) \
                and self._earlier_document_says(q, figure, earlier, judged, amount=strict_earlier):
            # a follow-up's "det", or a later part's "den", is what the earlier answer quoted: its document answers
            # ("Förskolan i X – hur många barn ..., vad kostar den?": the project's cost, not a budget year's row)
            figure = None
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
            passed = estimate_for_months_passed(figure, question)
            if passed is not None:  # the months passed of a year the tables hold only as a budget
                told = self._text_answer(raw, q, sentences, judged(), whole=False)
                if not told.refused and tells_months_passed(told.citations, passed):
                    answer = told
            if answer.composer != "extractive" and not answer.route:
                answer = replace(answer, route={"path": "calculator", "reasons": {
                    "operation": answer.calculation.operation if answer.calculation else "lookup"}})
        elif figure is not None and figure.refused and figure.refusal != "no_row" and refusal_stands(
                self._book_of(question, history), self.index, question, q, sentences,
                prose=lambda: self._prose_answers(question, q, judged()),
                said=lambda: self._prose_said(q, judged())):
            # a question naming no row is the prose's
            answer = replace(self._refuse(raw, q, sentences, text=figure.text),
                             route={"path": "refusal", "reasons": {"by": "calculator", "why": figure.text}})
        else:
            answer = self._text_answer(raw, q, sentences, judged())
            if near_miss and not answer.refused and not any(names_asked(q.original, c.quote)
                                                            for c in answer.citations[:1]):
                # the tables hold the topic with another measure or part: the prose answer's quote must name the
                # asked one itself (a budget's title names all its tables: "Driftbudget 2025" holds the investments
                # too; a sentence cited "see also" is not what the answer states)
                answer = replace(self._refuse(raw, q, sentences, reason="no_amount"),
                                 route={"path": "refusal", "reasons": {"by": "calculator", "why": "near_miss"}})
            if estimate_only and not answer.refused and not any(
                    asks_outcome(c.quote) and amounts_in(c.quote) for c in answer.citations):
                # "resultatet 2026 i bokslutet" when the tables give 2026 only as a budget: the prose must state
                # an outcome itself, not quote the same row or another estimate
                answer = replace(self._refuse(raw, q, sentences, reason="no_outcome"),
                                 route={"path": "refusal", "reasons": {"by": "calculator", "why": "no_outcome"}})
        _add(timings, "compose", t)
        return answer

    def _says_qualifiers(self, q: QueryAnalysis, figure: Any) -> bool:
        """The calculator's answer (its rows, tables and cited lines) says each qualifier of the question
        (understand/subset.py: "bland män", "VA-taxan"); a figure of the whole does not answer for a part."""
        qualifiers = subset_groups(q.original, q.groups, q.language)
        if not qualifiers:
            return True
        said = " ".join([figure.text, *(f"{s.quote} {s.title}" for s in figure.sources)])
        return all(says_qualifier(self.retriever.stats.says, g, said) for g in qualifiers)

    def _near_miss(self, q: QueryAnalysis, figure: Any) -> bool:
        """The calculator's lookup fills a slot of the question with another value (evidence/near_miss.py): the
        investment budget's row for the asked operating cost, the row of "etapp 1" for "etapp 2". What the cells
        are is said by their tables' titles, their rows' lines and sections and the looked-up columns (not the
        answer's wording of a kind it guessed, nor the documents' titles: a budget's names all its tables); a
        figure stated in prose by its sentences. A computation over several sources (a figure per inhabitant) is
        judged by its parts elsewhere."""
        if figure.calculation is not None and figure.calculation.operation != "lookup":
            return False
        if figure.stated:
            said = " ".join(s.quote for s in figure.sources)
        else:
            cited = {(s.doc_path, s.start) for s in figure.sources}
            tables = [t for t in getattr(self.figures, "tables", ()) if t.doc_path in {d for d, _ in cited}
                      and any((r.source.doc_path, r.source.start) in cited for r in t.rows)]
            rows = [r for t in tables for r in t.rows if (r.source.doc_path, r.source.start) in cited]
            columns = [i.column for i in figure.calculation.inputs] if figure.calculation is not None else []
            said = " ".join([*(t.title for t in tables), *(" ".join(r.sections) for r in rows), *columns,
                             *(s.quote for s in figure.sources)])
        return other_slot(q.original, said) is not None

    def _stated_about_asked(self, q: QueryAnalysis, figure: Any, judged: Callable[[], TextJudgement]) -> bool:
        """The prose amounts the calculator read are about what the question asks, as the text path requires of
        its own amounts (`answer.is_about`): the question's most specific concept and the one no best sentence
        names, said by the amount's sentence, its document's title, a heading above it or a neighbour ("- Vård- och
        omsorgsnämnden tilldelas 18 mnkr" under "Budgetberedningens grundförslag"). True when the question asks no
        amount or no source of the calculator's is a sentence of an indexed passage."""
        if not q.wants_amount:
            return True
        named = judged().named
        scope = self._without_scope(q)[1]
        stats = self.retriever.stats
        concepts = [g for g in (stats.specific_concept(scope, named[:8]), stats.unsaid_concept(scope, named[:8]))
                    if g and len(g[0]) >= UNSAID_CHARS]  # a distinctive word, not "extra"
        if not concepts:
            return True
        # the sentence's own words, its document's title or the headings of its section above it
        about = tuple((lambda s, g=g: stats.says(g, s.text, frame(s))) for g in concepts)
        quotes = [src.quote for src in figure.sources if src.quote]
        found = [s for s in named if any(quote in s.text or s.text in quote for quote in quotes)]
        # a source sentence the retrieval did not rank is judged as it stands in its passage, with the ranked
        # sentences as its neighbours ("avsatt 4,7 miljoner kronor till lekplatsen" says nothing of hemtjänsten)
        found += [s for s in self._source_sentences(figure.sources)
                  if not any(s.text in f.text or f.text in s.text for f in found)]
        # nor does a sentence in another body's section: that body's amount
        return not found or any(answer_rules.is_about(q, s, named, about)
                                and not answer_rules.in_other_bodys_section(q.original, s) for s in found)

    def _source_sentences(self, sources: Sequence[Any]) -> list[Sentence]:
        """The calculator's prose sources as sentences of their passages (sources of no indexed passage left out)."""
        out = []
        for src in sources:
            chunk = self.index.chunk_at(src.doc_path, src.start) if src.quote else None
            if chunk is not None:
                out.append(Sentence(chunk, src.start, src.end, src.quote, 0.0, 0.0, 0.0))
        return out

    def _names_asked(self, q: QueryAnalysis, text: str) -> bool:
        """The text names one of the question's own concepts (not its asking words, years or context); True when
        the question has none."""
        from assistant.evidence.sentences import content_groups

        groups = content_groups(q)
        return not groups or any(self.retriever.stats.says(g, text) for g in groups)

    def _half_of_named_documents(self, q: QueryAnalysis, figure: Any) -> bool:
        """The calculator's amount is stated in one document's prose while the question names two kinds of document
        as its sources ("inköpen enligt S-budgeten jämfört med handlingsplanen"): it answers for one of them only. A
        year beside one kind ("S satsning i budgeten 2021-2023") names that document's period, no second source."""
        return bool(figure.stated and figure.sources) and len({s.doc_path for s in figure.sources}) == 1 \
            and len(set(q.doc_types)) >= 2 and self._names_documents(q)

    def _from_named_documents(self, q: QueryAnalysis, sources: Sequence[Any]) -> bool:
        """Some source is in a document the question names (its kind or publisher), or it names none. A year
        is no evidence here: "driftbudgeten 2022" names the budget's year, not the document's date. A word for a
        kind of column the answering tables hold ("avvikelsen mot budget" beside a Budget column) addresses their
        cells: it names no kind of document."""
        chunks = [self.index.chunk_at(s.doc_path, s.start) for s in sources]

        def named(targets: list) -> bool:
            return not targets or any(target(c) for c in chunks if c is not None for target in targets)

        if named(self.retriever.targets(replace(q, doc_years=()))):
            return True
        if not q.doc_types or getattr(self, "figures", None) is None:
            return False
        from assistant.budget.columns import held_kind_words
        from assistant.understand.query import doc_types_in

        paths = {s.doc_path for s in sources}
        words = held_kind_words(q.original, [t for t in self.figures.tables if t.doc_path in paths])
        if not words:
            return False
        rest = re.sub(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)", " ", q.original, flags=re.I)
        return named(self.retriever.targets(replace(q, doc_years=(), doc_types=doc_types_in(rest))))

    def _figure_claim(self, raw: str, claim: str, history: list[str], lang: str, filters: Any,
                      sentences: Sequence[Sentence] = ()) -> Answer | None:
        """A claim about table figures or stated amounts, checked by the calculator first: a prose sentence
        must never confirm a figure the tables contradict. None when the calculator cannot judge it."""
        if self.figures is None or not Filters.from_any(filters).empty:
            return None
        from assistant.budget.rank_claim import check_rank_claim
        from assistant.budget.series import check_series_claim
        from assistant.budget.verify import check_direction_claim, check_figure_claim

        earlier = tuple(history) if followup.is_followup(claim, history) else ()
        result = check_figure_claim(claim, self.figures, history=earlier, language=lang)
        if result is None:  # a row's rank among the committees in a year before its course over the years
            result = check_rank_claim(claim, self.figures, history=earlier, language=lang)
        if result is None:  # a claim about the course over the years before one about a single change
            result = check_series_claim(claim, self.figures, history=earlier, language=lang)
        if result is None:
            result = check_direction_claim(claim, self.figures, history=earlier, language=lang)
        if result is None or result.verdict not in ("supported", "contradicted") or not result.answer.sources:
            return None
        if not result.rows_named and not self._about_claimed_subject(claim, result.answer.sources, result.answer.text):
            return None  # the calculator's figure belongs to another committee: the text check compares subjects
        if result.verdict == "contradicted" and (self._unknown_names(without_frame(claim)) or self._unknown_things(claim)):
            # "800 000 kronor från Arvsfonden", "en ny simhall i Idre för 40 miljoner": a figure of what no document
            # names, which a row matched by another word ("bygga" of "Miljö- och byggnämnden") says nothing of
            return None
        if self._near_miss(self._analyse(claim, []), result.answer):
            return None  # "driftkostnaden blir 30 miljoner" against the investment budget's row: the text check judges
        if result.answer.stated and amount_of_a_committee(claim, [s.quote or "" for s in result.answer.sources]):
            return None
        if result.answer.stated and estimates_for_outcome(claim, [s.quote or "" for s in result.answer.sources]):
            return None  # "gick med 12 miljoner i överskott 2023" against "Budgeten för året var ett överskott på 1,0"
        if result.answer.stated and not self._names_recipients(claim, result.answer.sources):
            return None  # "43 kr går till skolan" against a tax rate: the text check reads what goes to it
        citations = [self._citation_from_source(i + 1, s) for i, s in enumerate(result.answer.sources)]
        body = result.text
        conflict = self._conflicting_prose(claim, result, sentences) if result.verdict == "contradicted" else None
        if conflict is not None and (self._names_more_of_claim(claim, conflict.text, result.answer)
                                     or _allocation_on_top(conflict.text, result.answer)):
            return None  # the sentence stating the claimed figure is about what the claim names, the row is broader
        if conflict is not None:  # a document states the claimed figure: a conflict between sources, both cited
            citations.append(replace(to_citation(len(citations) + 1, conflict), n=len(citations) + 1))
            body += (f" Sources disagree: another document states the claimed figure: ”{conflict.text}” [{len(citations)}]."
                     if lang == "en" else
                     f" Källorna säger olika: ett annat dokument anger påståendets siffra: ”{conflict.text}” "
                     f"[{len(citations)}].")
        text, verified, dropped = finalize(body, citations, self.index.text, language=lang)
        if not verified:
            return None
        return Answer(question=raw, answer=text, verdict=result.verdict, citations=verified,
                      calculation=result.answer.calculation, language=lang, composer="calculator",
                      notes=tuple(dropped) + tuple(getattr(result.answer, "notes", ())),
                      route={"path": "claim", "reasons": {"checked_by": "calculator", "verdict": result.verdict,
                                                          "claimed": [f.written for f in result.claimed]}})

    def _names_recipients(self, claim: str, sources: Sequence[Any]) -> bool:
        """The cited text names what each claimed amount goes to ("43 kr till skolan": claim_amounts.recipient), in
        any form or compound; "till kommunen", a word of every document, names nothing in particular."""
        from assistant.evidence.claim_amounts import claimed_amounts

        said = text_stems(" ".join(getattr(s, "quote", None) or s.text for s in sources))
        stats = self.retriever.stats
        return all(any(stats.present(t, said) for t in query_stems(c.recipient))
                   for c in claimed_amounts(claim) if c.recipient and not stats.background(word_stem(c.recipient)))

    def _conflicting_prose(self, claim: str, result: Any, sentences: Sequence[Sentence]) -> Sentence | None:
        """A retrieved sentence that states the figure the calculator contradicted, about the same subject."""
        claimed = {f.value for f in claim_figures(claim)}
        cited = {(s.doc_path, s.start) for s in result.answer.sources}
        for sentence in sentences[:12]:
            if (sentence.chunk.doc_path, sentence.start) in cited:
                continue
            if claimed & {f.value for f in figures_in(sentence.text)} and \
                    self._about_claimed_subject(claim, [sentence], sentence.text):
                return sentence
        return None

    def _names_more_of_claim(self, claim: str, prose: str, answer: Any) -> bool:
        """The prose names one of the claim's two rarest concepts by its own word ("äldreomsorgen") where the
        calculator's rows, answer and the words for what tables measure ("kommunbidrag") do not: the claimed
        figure is about a part the table row does not show."""
        from assistant.budget.matching import table_words

        stats = self.retriever.stats
        cited = text_stems(" ".join(getattr(s, "quote", None) or s.text for s in answer.sources) + " " + answer.text
                           + " " + " ".join(sorted(table_words())))
        said = text_stems(prose)
        topic = self._analyse(strip_figures(claim), [])
        verbs = _verb_stems_of(claim)
        return any(stats.present(g[0], said) and not stats.present(g[0], cited)
                   for g in stats.rarest(tuple(g for g in topic.groups if g[0] not in verbs)))

    def _about_claimed_subject(self, claim: str, sources: Sequence[Any], answer_text: str) -> bool:
        """The committees and years the claim names appear in the calculator's sources or answer (a claim
        without a named committee is about whatever the calculator found)."""
        from assistant.budget.matching import committee_mentions, match_rows

        lexicon = self.figures.index.lexicon
        cited_text = " ".join(getattr(source, "quote", None) or source.text for source in sources)
        titles = " ".join(getattr(source, "title", "") or "" for source in sources)
        topic = self._analyse(claim_topic(claim), [])
        stats = self.retriever.stats
        # words that frame the figure ("räknar med", "föreslagen") name no subject, nor do the claim's verbs
        # ("landade på": what it says of its subject), nor a time ("vid utgången av 2023": claims.time_stems)
        # nor the committee it names, which is the row's (checked below): "vård- och omsorgsnämnden för
        # äldreomsorgen" names a part of the committee by a word the committee's row says only as its synonym
        mentions = [mention for mention, _, _ in committee_mentions(claim)]
        names = mentions + [m.label for mention in mentions for m in match_rows(mention, lexicon)]
        rare = stats.rarest(beside_names(names, tuple(
            g for g in topic.groups if not set(g) & (framing_stems() | _verb_stems_of(claim) | time_stems()))))
        # what the cited cells are about: their rows, the answer naming the table, and the documents' titles and
        # municipalities ("Vårgårdas årets resultat" is about a row of a Vårgårda document)
        about = " ".join([cited_text, answer_text, titles, *self._municipalities_of(sources)])
        about += " " + sum_words_said(about)  # "Kronor av 100" is what "hundralapp" names
        present = text_stems(about)
        words = {w.lower() for w in re.findall(r"[^\W\d_]+", about)} | set(present)
        # "ett resultat på över 121 miljoner": the noun the claimed figure is of names the cited row, so the figure
        # is about it, whatever rarer words ("redan", "första") frame the claim
        measured = _measures_named(claim, present)
        if rare and not measured and not any(stats.present(t, present) or inflected(t, words) for t in rare[0]):
            return False  # the calculator's figure is about something else than the claim's rarest concept
        years = set(re.findall(r"\b(?:19|20)\d\d\b", claim))
        if any(year not in cited_text and year not in answer_text for year in years):
            return False  # "... från 2019": a year the calculator's evidence does not speak of
        named: set[str] = set()
        prose = text_stems(f"{cited_text} {titles}")
        for mention, _, _ in committee_mentions(claim):
            rows = {m.label for m in match_rows(mention, lexicon)}
            if not rows:
                # a committee the tables do not have: only a prose source that names it speaks of it
                if not set(query_stems(mention)) <= prose:
                    return False
                continue
            named |= rows
        if not named:
            return True
        # the subject of a row or sentence is the first row name in it ("BUN tilldelas ... i samverkan med
        # socialnämnden" is about BUN)
        cited = {rows[0].label for source in sources
                 if (rows := match_rows(getattr(source, "quote", None) or source.text, lexicon))}
        return bool(named & cited)

    def _claim_query(self, claim: str) -> str:
        """What a claim is searched by: its words without its figures and years (a wrong figure must not steer
        the search), and the parts of a compound no document uses ("sommarjobbssatsningen": "sommarjobb",
        "satsningen")."""
        from assistant.evidence.claim_sign import in_sign_words
        from assistant.evidence.claim_vote import in_vote_words

        vocab = self.retriever.stats.vocab  # "gick back": searched as "underskott", the word results are stated by
        known = lambda stem: stem in vocab  # noqa: E731
        return with_known_parts(strip_figures(in_vote_words(in_sign_words(claim), known)), known)

    def _documents_say(self, phrase: str) -> bool:
        """Some document uses the phrase (case and spacing aside)."""
        return self._documents_write(rf"{re.escape(phrase.lower())}(?!\w)")

    def _of_named_municipality(self, q: QueryAnalysis, sentences: list[Sentence]) -> list[Sentence]:
        """A claim that names one municipality is about its documents (metadata): another municipality's sentence
        neither supports nor contradicts it ("Tranemo höjer VA-taxan" against Vårgårda's decision)."""
        named = self.retriever.named_municipality(q)  # a name opening the claim is a term: both count
        if named is None:
            return sentences
        return [s for s in sentences if not s.chunk.municipality or s.chunk.municipality == named]

    def _municipalities_of(self, sources: Sequence[Any]) -> list[str]:
        """The municipalities (document metadata) of the sources' documents."""
        paths = {getattr(s, "doc_path", None) for s in sources}
        return sorted({d.meta.municipality for d in self.index.documents.values()
                       if d.path in paths and d.meta.municipality})

    def _merge(self, raw: str, answers: list[Answer], parts: Sequence[str]) -> Answer:
        """One answer from the answers to the parts of a compound question; markers renumbered; a part the
        documents do not answer is named; what an earlier part's answer said is not said again."""
        texts: list[str] = []
        citations: list[Citation] = []
        said: set[str] = set()
        for part, asked in zip(answers, parts):
            if part.answer in said and not part.refused:
                continue  # two parts found the same answer: say it once
            said.add(part.answer)
            if part.refused:
                why = part.answer.split(" Närliggande")[0].split(" Related passages")[0]
                texts.append(f"{PART_LABEL[part.language].format(part=asked.rstrip('?'))} {why}")
                continue
            offset = len(citations)
            texts.append(MARKER.sub(lambda m: f"[{int(m.group(1)) + offset}]", part.answer))
            citations.extend(replace(c, n=c.n + offset) for c in part.citations)
        texts = [t for t in unrepeated(texts, citations) if t]  # a statement an earlier part said, said once
        lang = answers[0].language
        if all(a.refused for a in answers):
            related = tuple(c for a in answers for c in a.related)[:3]
            return Answer(question=raw, answer=answers[0].answer, refused=True, language=lang,
                          related=tuple(replace(c, n=i + 1) for i, c in enumerate(related)))
        text, verified, dropped = finalize(" ".join(texts), citations, self.index.text, language=lang)
        calc = next((a.calculation for a in answers if a.calculation is not None), None)
        notes = tuple(dict.fromkeys(n for a in answers for n in a.notes)) + tuple(dropped)
        log.info("delfrågor: %d", len(answers))
        composers = {a.composer for a in answers if not a.refused}
        return Answer(question=raw, answer=text, citations=verified, calculation=calc, language=lang,
                      composer=composers.pop() if len(composers) == 1 else "extractive", notes=notes)

    def _background(self, q: QueryAnalysis) -> frozenset[int]:
        """Concepts of the question that a large share of all passages contain (the municipality's name)."""
        stats = self.retriever.stats
        return frozenset(i for i, group in enumerate(q.groups) if stats.background(group[0]))

    def _figures(self, question: str, history: list[str], lang: str, filters: Any, leaning: bool = False) -> Any:
        chosen = Filters.from_any(filters)
        if self.figures is None or not (chosen.empty or chosen.only_municipalities):
            return None
        from assistant.budget.answer import answer_figures

        book = self.figures.of_municipalities(chosen.municipalities) if chosen.municipalities else self.figures
        # the calculator merges history into the question: only for a real follow-up (or a later part of one
        # question asking another figure of the first part's thing: `leaning`), never for a new topic
        earlier = tuple(history) if history and (leaning or followup.is_followup(question, history)) else ()
        standalone = followup.restated(question, history, self._places()) if earlier and not leaning else None
        if standalone is not None:  # "och för barn?": the earlier question with its phrase replaced stands alone
            question, earlier = standalone, ()
        asked = self._asked_of_tables(question)
        named = source_book(asked, book)
        if named is not None:  # "enligt KS-protokollet": the tables of the document named as the source first
            found = answer_figures(named[1], named[0], history=earlier, language=lang,
                                   counts=self._stated_counts(named[1]))
            if found is not None and not found.refused:
                return found
        return answer_figures(asked, book, history=earlier, language=lang, counts=self._stated_counts(asked))

    def _stated_counts(self, question: str) -> tuple[Any, ...]:
        """The counts the documents' running text states ("9 702 invånare den 31 december 2023"), read once per
        assistant and only when a question asks a figure per something: every sentence of the corpus is scanned."""
        from assistant.budget.stated_counts import per_word

        if per_word(question) is None:
            return ()
        if self._counts is None:
            from assistant.budget.stated_counts import find_counts

            self._counts = find_counts(self.index.chunks.values(), self.index.text)
        return self._counts

    def _asked_of_tables(self, question: str) -> str:
        """What the calculator is asked: a statement before the question (understand.parts.statement_before) tells
        what happened, and its years, rows and kinds of figure are context when what is asked names a row of its own
        ("Tekniska nämnden hade stora kostnader för snöröjning 2022 – vad får tekniska nämnden i budget 2024?": the
        budget's 2024 cell, not a cost column nor the year 2022)."""
        preamble, asked = statement_before(question)
        return asked if preamble and self._names_rows(asked) else question

    def _book_of(self, question: str, history: Sequence[str]) -> Any:
        """The calculator's figures of the one municipality the question (or the turn it follows) names: a table or
        committee of another municipality says nothing of what this one's tables hold ("socialnämndens budget i
        Boxholm 2027" is not covered by Malå's table for 2027); all figures when it names none or several."""
        if self.figures is None:
            return None
        from assistant.budget.municipal import scope

        earlier = tuple(history) if followup.is_followup(question, history) else ()
        names, _, _ = scope(question, self.figures, earlier)
        return self.figures.of_municipalities(names) if len(names) == 1 else self.figures

    def _rows_elsewhere(self, question: str, history: Sequence[str]) -> tuple[str, str] | None:
        """(municipality, committee) when the question names one municipality and a committee that only other
        municipalities' tables have a row for: the body is known, this municipality has none of that name. Other
        rows ("Årets resultat", "Förskola") are often stated in prose or named otherwise: not judged here."""
        book = self._book_of(question, history)
        if book is None or book is self.figures:
            return None
        from assistant.budget.matching import match_rows
        from assistant.evidence.claims import roles

        bodies = tuple(roles()["bodies"])
        elsewhere = [m.label for m in match_rows(question, self.figures.index.lexicon)
                     if m.label.split()[-1].lower().endswith(bodies)]
        if not elsewhere or match_rows(question, book.index.lexicon):
            return None
        place = book.municipalities[0]
        if self._writes_name(place, elsewhere[0]):
            return None  # "Socialförvaltningen" in its own table without years (personnel figures): the body is there
        return place, elsewhere[0]

    def _writes_name(self, place: str, label: str) -> bool:
        """Some document of the municipality writes the body's whole name (a table the calculator does not hold, a
        sentence): the municipality has that body."""
        said = re.compile(rf"(?<!\w){re.escape(label)}(?!\w)", re.I)
        return any(c.municipality == place and said.search(c.text) for c in self.index.chunks.values())

    def _prose_names(self, q: QueryAnalysis, label: str, judged: Any) -> bool:
        """The sentence the text answer would quote names the committee (every content word of its name)."""
        said = self._prose_said(q, judged())
        return bool(said) and set(query_stems(label)) <= text_stems(said)

    def _without_scope(self, q: QueryAnalysis) -> tuple[str | None, QueryAnalysis]:
        """(the one municipality the question names, the question analysed without its name: "Ockelbo kommun" is
        the scope, no word describing the subject); (None, q) when it names none or several."""
        named = self.retriever.named_municipality(q)
        if named is None:
            return None, q
        from assistant.budget.municipal import without_names

        return named, replace(analyse(without_names(q.original, [named])), followup=q.followup, strict=q.strict)

    def _unknown(self, q: QueryAnalysis, named: str | None, scope_free: QueryAnalysis) -> list[str]:
        """Names and a subject no document the question is about uses (within the municipality `named`, asked as
        `scope_free`: see _without_scope)."""
        scoped = self.retriever.scoped_stats(q)
        q = scope_free
        if named is not None:
            from assistant.evidence.sentences import asked_subject

            subject = asked_subject(q) if not q.strict else None
            if subject is not None and self.retriever.stats.known(subject) and not scoped.known(subject) \
                    and not scoped.near(subject[0]):
                # "sjukfrånvaron i Hjo" when only Åsele's documents speak of sick leave: the word is a real one of
                # these documents, and none of the named municipality's uses it (nor a paraphrase of its group)
                return [subject[0]]
        return scoped.unknown_names(q.groups) + scoped.unknown_subject(q) + self._unnamed_committees(q, named) \
            + self._kinds_missing(q, named)

    def _kinds_missing(self, q: QueryAnalysis, named: str | None) -> list[str]:
        """The kinds of document the question names as its source ("enligt delårsrapporten") that no document of
        the municipality `named` is: what that document says cannot be read when the municipality has none."""
        if named is None or not names_source(q.original):
            return []
        held = {c.doc_type for c in self.retriever.documents_of(named)}
        said = set(re.findall(r"[^\W\d_]+", q.original.lower()))
        # a definite form names one document ("enligt delårsrapporten"); "i budget 2025" names the year's budget,
        # which a news item may report
        def definite(word: str, kind_words: list[str]) -> bool:  # "budgeten" beside "budget"; not "budget" itself
            return any(word[len(w):] in DEFINITE_FORMS for w in kind_words if w != word and word.startswith(w))

        words = doc_words()["doc_types"]
        return [kind for kind in q.doc_types if kind not in held
                and any(w in said and definite(w, words[kind]) for w in words.get(kind, ()))]

    def _unnamed_committees(self, q: QueryAnalysis, named: str | None) -> list[str]:
        """The committees a Swedish question names ("tekniska nämnden": matching.committee_mentions) that no table
        row is named by (in any language: its synonyms) and no document of the municipality it names writes, each
        word in any form, nor a word one typing error from them: a committee these documents do not have."""
        from assistant.budget.matching import committee_mentions, match_rows

        if q.language == "en":
            return []
        stats = self.retriever.scoped_stats(q)
        out = []
        for mention, _, _ in committee_mentions(q.original):
            words = [query_stems(w, drop_stopwords=False) for w in re.findall(r"[^\W\d_]+", mention)]
            if not all(words) or any(not stats.known(tuple(w)) and stats.near(w[0]) for w in words):  # a misspelt name
                continue
            if self.figures is not None and match_rows(mention, self.figures.index.lexicon):
                continue
            pattern = r"\W+".join(rf"{re.escape(w[0])}\w*" for w in words)
            if not self._documents_write(pattern, named):
                out.append(mention)
        return out

    def _documents_write(self, pattern: str, municipality: str | None = None) -> bool:
        """Some document (of the municipality, and those of none) has a phrase matching the pattern (case and
        spacing aside; each word from its start)."""
        if getattr(self, "_lowered", None) is None:  # every document's text, read once per assistant
            self._lowered = [(d.meta.municipality, " ".join(self.index.text(d.path).lower().split()))
                             for d in self.index.documents.values()]
        found = re.compile(rf"(?<!\w){pattern}")
        return any(found.search(text) for place, text in self._lowered
                   if municipality is None or not place or place == municipality)

    def _stated_elsewhere(self, named: str | None, scope_free: QueryAnalysis) -> bool:
        """The question names one of several municipalities (`named`), another one's documents cover it (asked as
        `scope_free`) strongly (STRONG_TEXT) and the named one's best sentences cover clearly less
        (ELSEWHERE_GAP): the asked fact is the other municipality's ("den nya förskolan i Åsele" when only Hjo
        builds one). Coverage credits a paraphrase less than the question's own word: when one of the named one's
        sentences names every concept the other's best names, if in other words ("skattesatsen" for the asked
        "kommunalskatten", which the other's documents write), the fact is stated here too."""
        if named is None:
            return False
        here, other = self.retriever.elsewhere(named, scope_free)
        best_other = max(other[:5], key=lambda s: s.coverage, default=None)
        best_here = max((s.coverage for s in here[:5]), default=0.0)
        if best_other is None or best_other.coverage < STRONG_TEXT or best_here > best_other.coverage - ELSEWHERE_GAP:
            return False
        said = self._concepts_said(scope_free, best_other)
        # the named one's sentence names every concept the other's does, or one the other's does not that is rarer
        # than those it lacks (a compound the other's documents never write, "skattehöjning", counts nothing against
        # their coverage)
        idf = self.retriever.stats.idf
        return not any(max((idf(g[:1]) for g in named - said), default=0.0) >
                       max((idf(g[:1]) for g in said - named), default=-1.0)
                       for named in (self._concepts_said(scope_free, s) for s in here[:5]))

    def _concepts_said(self, q: QueryAnalysis, s: Sentence) -> frozenset[tuple[str, ...]]:
        """The question's concept groups the sentence (or its document's title) names, by any word of the group."""
        stats = self.retriever.stats
        return frozenset(g for g in q.groups if (stats.known(g) or stats.known_by_parts(g))
                         and stats.says(g, s.text, s.chunk.title))

    def _judge_text(self, q: QueryAnalysis, sentences: list[Sentence], hits: Sequence[Hit] = ()) -> TextJudgement:
        """Would the prose answer? The calibrated answerability model judges the topic, then the slot checks
        (the asked amount, person, year) judge whether the best sentences state what is asked."""
        targets = self.retriever.targets(q)
        named = [s for s in sentences if self.retriever.names_present(q, s)]
        threshold = answer_rules.REFUSE_BELOW * (FOLLOWUP_FACTOR if q.followup else 1.0)
        model = default_model(getattr(self.index, "model_id", "*") or "*")
        # the statistics of the one municipality the question names: a word only another one uses is unknown here
        evidence = features(q, named, hits, self.retriever.scoped_stats(q))
        scope = self._without_scope(q)  # one analysis without the municipality's name, for both checks below
        probability = model.probability(evidence)
        stats = self.retriever.stats
        # what the amount must be about, from the question without the municipality it names: "Boxholms kommun" is
        # the scope of "Hur många anställda har Boxholms kommun?", and the sentence stating 722 need not name it
        specific = stats.specific_concept(scope[1], named[:8], headed=True) if q.wants_amount or q.wants_date else None
        money = bool(specific) and says_money(specific)  # "hur mycket pengar": a sum of money is of it
        # the sentence names it, with its section's heading ("Miljö- och byggnadsnämnden" over "Timavgiften för
        # tillsyn"), or states the asked measure itself in a document framed by it ("Kontraktssumman är 41,6 miljoner
        # kronor" in "Nu startar bygget av nya förskolan i Hillerstorp")
        about = ((lambda s: stats.says(specific, s.text)
                  or _head_under_modifier(stats.parts(specific[0]), s.text, s.chunk.section or "")
                  or (money and bool(amounts_in(s.text, money=True)))
                  or (answer_rules.led_by_asked(q, s.text) and stats.says(specific, "", frame(s)))),) \
            if specific else ()
        # the question's rarest concept, named by none of the best sentences, is what a near miss leaves out: the
        # staff of the whole municipality does not answer "hur många anställda har räddningstjänsten?"
        unsaid = stats.unsaid_concept(scope[1], named[:8]) if q.wants_amount else None
        if unsaid:  # said by the sentence, its document's title or a heading above it ("Finansiella mål")
            about += (lambda s: stats.says(unsaid, s.text, frame(s)),)
        # the question's qualifiers ("bland män", "VA-taxan"): an amount of the whole does not answer for a part
        qualifiers = subset_groups(q.original, q.groups, q.language) if q.wants_amount else ()
        if qualifiers:
            about += (lambda s: all(says_qualifier(stats.says, g, s.text, s.chunk.title) for g in qualifiers),)
        judgement = judge_evidence(q, named, threshold=threshold, targets=len(targets),
                                   unknown=self._unknown(q, *scope),
                                   probability=probability, cutoff=model.threshold, about=about or None)
        if judgement.answerable and restates_premise(q, [s.text for s in named[:1]], stats.says):
            # "hur fördelas sparkravet på 41 miljoner mellan ...?": the best sentence, which the answer would quote,
            # restates the 41 miljoner only
            judgement = replace(judgement, answerable=False, reason="no_amount")
        if judgement.answerable and self._stated_elsewhere(*scope):  # searched only when the prose would answer
            judgement = replace(judgement, answerable=False, reason="unknown_name", strength=0.0)
        if judgement.reason == "weak":  # say what is missing when the model refused for a missing slot
            missing = next((slot for slot in ("amount", "person") if evidence.get(f"{slot}_missing")), None)
            if missing:
                judgement = replace(judgement, reason=f"no_{missing}")
        route = {"path": "text", "reasons": {"answerable_p": round(probability, 3), "cutoff": model.threshold,
                                              "judgement": judgement.reason, "features": evidence}}
        return TextJudgement(judgement, route, named, threshold, about, targets)

    def _row_is_context(self, question: str, q: QueryAnalysis, figure: Any, judge: Any) -> bool:
        """The question names the row in a statement before what it asks ("KS ville 2023 utreda utdelningen –
        hur mycket blev förslaget?"), and the prose answers (with an amount, when one is asked) about something
        other than the row (arbitrate.row_is_context); the question names no table. So is a row whose figures
        only count ("Väjern 611" in a table of population) for an amount asked without counting ("för hur mycket
        sålde kommunen tomtmark i Väjern"): the row names a place or thing, the prose may state the sum. A row named
        in what is asked yields to a sentence saying what the question asks beyond it (arbitrate.asks_beyond_row:
        "hur mkt räknas nämndernas kommunbidrag upp med prisindex?" asks the indexation, not the total)."""
        preamble, asked = statement_before(question)
        counted = q.wants_amount and not q.wants_count and only_counts(figure)
        # only a row named in the statement before the question is context; a row named in what is asked is so
        # when the question asks something narrower than the row (arbitrate.asks_beyond_row)
        if preamble and not counted and not self._names_rows(asked) and self._names_only_columns(asked, ""):
            return False  # what is asked names only kinds and periods of figures ("vad säger delårsrapporten om
            # helåret jämfört med budgeten?"): it asks them of the statement's row, the row is the topic
        context = not table_kinds(question) and (counted or bool(preamble) and not self._names_rows(asked))
        chosen = self._prose_evidence(q, judge())
        if not chosen:
            return False
        amounts = asked_amounts(q, chosen[0].text) or amounts_in(chosen[0].text, money=True)
        if q.wants_amount and not amounts:
            return False  # an amount question is answered by a sentence stating one
        if not context:
            return asks_beyond_row(self.retriever.stats, q, *self._row_said(figure), chosen[0])
        if not counted and says_named_rows(self.figures, question, chosen[0].text, amounts[0] if amounts else ""):
            return False  # the sentence is about the row itself: the table's cell answers (a count is not a sum)
        return row_is_context(self.retriever.stats, q, figure.sources, chosen[0])

    def _row_said(self, figure: Any) -> tuple[frozenset[str], set[str]]:
        """What the calculator's row says: the stems of its lines, sections, looked-up columns and labels and its
        tables' titles; and the kinds of those tables ("drift")."""
        cited = {(s.doc_path, s.start) for s in figure.sources}
        tables = [t for t in (self.figures.tables if self.figures is not None else ())
                  if any((r.source.doc_path, r.source.start) in cited for r in t.rows)]
        inputs = figure.calculation.inputs if figure.calculation is not None else ()
        words = [s.quote for s in figure.sources] + [f"{i.label} {i.column}" for i in inputs] + [
            " ".join(r.sections) for t in tables for r in t.rows if (r.source.doc_path, r.source.start) in cited]
        # the row's document is its scope: its municipality ("i Tranemo") and title say where the figure is from
        metas = [self.index.documents[s.doc_path].meta for s in figure.sources if s.doc_path in self.index.documents]
        scope = " ".join(f"{m.title} {m.municipality or ''}" for m in metas)
        said = text_stems(" ".join(words)) | title_stems(" ".join(t.title for t in tables)) | title_stems(scope)
        # a column named by a sum ("Kronor av 100") says the word naming that sum ("hundralapp")
        said |= text_stems(sum_words_said(" ".join(i.column for i in inputs)))
        return said, {k for t in tables for k in table_kinds(t.title)}

    def _earlier_document_says(self, q: QueryAnalysis, figure: Any, earlier: Sequence[Citation],
                               judge: Any, amount: bool = False) -> bool:
        """The prose answer to a pointing-back follow-up comes from the document the earlier answer quoted, which
        the looked-up row's table is not of, and states an amount when one is asked, or always (`amount`: a later
        part of one question, which the table's figure answers unless the passage states one: "vad kostar den?")
        (arbitrate.earlier_document_answers)."""
        chosen = self._prose_evidence(q, judge())
        if not chosen or ((q.wants_amount or amount) and not (asked_amounts(q, chosen[0].text)
                                                              or amounts_in(chosen[0].text, money=True))):
            return False
        if getattr(figure, "values", ()) and not amounts_in(chosen[0].text, money=True):
            return False  # a table's header row ("Nämnd 2023 2024 2025") states no amount in the figure's stead
        return earlier_document_answers(figure.sources, earlier, chosen[0])

    def _quotes_rows(self, cited: Sequence[Citation]) -> bool:
        """Every citation quotes a row of the calculator's tables: the earlier answer was a table's figure ("Vad får
        socialnämnden?"), so a follow-up's "det" points at that figure, not at a passage of prose of its document
        ("hur mycket av det går till hemtjänsten?" is the row of hemtjänsten, wherever its table is)."""
        if self.figures is None or not cited:
            return False
        docs = {c.doc for c in cited}
        rows = {(r.source.doc_path, r.source.start) for t in self.figures.tables if t.doc_path in docs for r in t.rows}
        return all((c.doc, c.start) in rows for c in cited)

    def _names_rows(self, text: str) -> bool:
        from assistant.budget.matching import match_rows

        return bool(match_rows(text, self.figures.index.lexicon)) if self.figures is not None else False

    def _prose_said(self, q: QueryAnalysis, judged: TextJudgement) -> str:
        """The sentence the text answer would quote and its document's title; "" when the prose does not answer."""
        chosen = self._prose_evidence(q, judged)
        return f"{chosen[0].text} {chosen[0].chunk.title}" if chosen else ""

    def _prose_answers(self, question: str, q: QueryAnalysis, judged: TextJudgement) -> bool:
        """The prose path would answer, and its evidence says the table rows the question names."""
        chosen = self._prose_evidence(q, judged)
        if not chosen:
            return False
        amounts = asked_amounts(q, chosen[0].text) if q.wants_amount else []
        return says_named_rows(self.figures, question, chosen[0].text, amounts[0] if amounts else "",
                               title=chosen[0].chunk.title)

    def _prose_evidence(self, q: QueryAnalysis, judged: TextJudgement) -> list[Sentence]:
        """The sentences the text answer quotes, best first; [] when the prose does not answer."""
        judgement, _, named, threshold, about, _ = judged
        if not judgement.answerable:
            return []
        return select_evidence(q, named, threshold=threshold, background=self._background(q), about=about or None)

    def _of_asked_year(self, q: QueryAnalysis, judged: TextJudgement) -> list[Sentence] | None:
        """The evidence chosen among the sentences that name the asked year or whose document is dated it, when the
        best evidence overall does not speak of it ("vilket uppdrag gav fullmäktige om bredbandet 2024?": the minutes
        of 2024 answer, not an undated plan's proposal on the same topic); None when no such
        sentence is good enough evidence on its own (a title's period spanning the year is not enough here)."""
        _, _, named, threshold, about, _ = judged
        asked = set(q.years) - set(q.doc_years)
        of_year = [s for s in named if has_year(s, asked, periods=False)]
        chosen = select_evidence(q, of_year, threshold=threshold, background=self._background(q),
                                 about=about or None) if of_year else []
        if chosen and chosen[0].coverage >= threshold and answer_rules.fills_slot(q, chosen[0]):
            return chosen
        return None

    def _text_answer(self, raw: str, q: QueryAnalysis, sentences: list[Sentence],
                     judged: TextJudgement | None = None, whole: bool = True) -> Answer:
        """The prose's answer; `whole` False quotes each document's own sentence only, not the paragraph around it
        (an answer the tables' figure is held against tells an outcome by what it says itself)."""
        judged = judged or self._judge_text(q, sentences)
        judgement, route, _, threshold, _, targets = judged
        if not judgement.answerable:
            log.info("vägrade: %s, p %.2f", judgement.reason, route["reasons"]["answerable_p"])
            return replace(self._refuse(raw, q, sentences, reason=judgement.reason),
                           route={**route, "path": "refusal"})
        chosen = self._prose_evidence(q, judged)
        if chosen and not speaks_of_asked_year(q, chosen):
            chosen = self._of_asked_year(q, judged)
        if chosen is None:
            log.info("vägrade: citaten nämner inte året")
            return replace(self._refuse(raw, q, sentences, reason="no_year"), route={**route, "path": "refusal"})
        if chosen and quotes_only_estimates(q, chosen[0]):
            log.info("vägrade: beloppet är en prognos eller budget, frågan gäller utfallet")
            return replace(self._refuse(raw, q, sentences, reason="no_outcome"), route={**route, "path": "refusal"})
        if len(targets) > 1:  # a question about several named documents: evidence from each of them
            chosen = self._from_each_target(q, targets, chosen, threshold)
            if whole and not q.wants_amount:  # what each says: the whole paragraph or list item a sentence is of
                chosen = self._whole_paragraphs(chosen)
        # an event told before the question, reported in another document than the answer's
        chosen = self._with_reported_event(q, chosen, threshold)
        if asks_what_said(q.own or q.original):  # "vad sa hon om ...?": all she said, not its last sentence
            chosen = self._utterances(chosen)
            # "vad sa ks om motionen?": a body says what it decides, with what its minutes record against it
            chosen = body_statement(chosen, judged[2], speaking_bodies(q.own or q.original), self.index.text) or chosen
        if not q.wants_amount:  # an amount is read from its own sentence; a fact's neighbours are quoted with it
            chosen = joined_neighbours(chosen)
        evidence = [to_citation(i + 1, s) for i, s in enumerate(chosen)]
        draft = self.composer.compose(q, evidence)
        notes = list(draft.notes)
        if draft.composer != "extractive" and not draft.citations:
            draft = self.extractive.compose(q, evidence)
        text, citations, dropped = finalize(draft.text, draft.citations, self.index.text, language=q.answer_language)
        notes += dropped
        if not citations:
            log.info("inga verifierbara citat")
            return self._refuse(raw, q, sentences, notes=tuple(notes))
        return Answer(question=raw, answer=text, citations=citations, language=q.answer_language,
                      composer=draft.composer, notes=tuple(notes), route=route)

    def _utterances(self, chosen: list[Sentence]) -> list[Sentence]:
        """Each quote extended to the whole utterance it closes (evidence.utterance); a quote that is now part of an
        earlier one is dropped."""
        out: list[Sentence] = []
        for s in (whole_utterance(s, self.index.text(s.chunk.doc_path)) for s in chosen):
            if not any(s.chunk.doc_path == o.chunk.doc_path and o.start <= s.start and s.end <= o.end for o in out):
                out.append(s)
        return out

    def _whole_paragraphs(self, chosen: list[Sentence]) -> list[Sentence]:
        """Each quote widened to the list item or short paragraph it stands in (evidence.paragraphs); a quote now
        part of an earlier one is dropped."""
        out: list[Sentence] = []
        for s in (whole_paragraph(s, self.index.text(s.chunk.doc_path)) for s in chosen):
            if not any(s.chunk.doc_path == o.chunk.doc_path and o.start <= s.start and s.end <= o.end for o in out):
                out.append(s)
        return out

    def _from_each_target(self, q: QueryAnalysis, targets: list, chosen: list[Sentence],
                          threshold: float) -> list[Sentence]:
        """One sentence from each named document. The best evidence anchors the subject; every other named
        document contributes the sentence of its own that answers the question and speaks of the anchor's
        subject (Retriever.anchored), in place of what lexical scoring picked there."""
        # a question naming the documents where it is said ("i pressmeddelandet från 2023 och i ..."): the anchor is
        # the best evidence from one of them, and a sentence of a document it does not name answers no part of it
        def fits(s: Sentence) -> bool:  # each document answers by a sentence stating what is asked
            return answer_rules.fills_slot(q, s)

        named = [s for s in chosen if any(target(s.chunk) for target in targets)] if names_source(q.original) \
            else list(chosen)
        if not named:  # the best evidence is of another document: the named documents' own best answers
            own = next((s for s in (self._own_answer(q, target, chosen, fits, threshold) for target in targets)
                        if s), None)
            if own is None:
                return chosen
            named = [own]

        anchor = next((s for s in named if fits(s)), named[0])
        out = named
        first_extra: Sentence | None = None
        for target in targets:
            if target(anchor.chunk):
                continue
            hits = self._hits_of_target(q, target)
            docs = {h.chunk.doc_path for h in hits} - {anchor.chunk.doc_path}
            extra = self.retriever.anchored(q, docs, anchor, fits) if docs else None
            if extra is None:
                extra = best_for_target(q, self.retriever.sentences(q, hits), threshold)
            if extra is None or any(s.chunk.doc_path == extra.chunk.doc_path and s.start == extra.start
                                    for s in out):
                continue
            out = [s for s in out if s.chunk.doc_path not in docs] + [extra]
            first_extra = first_extra or extra
        return out if first_extra is None else self._agreeing(q, out, anchor, first_extra, fits)

    def _agreeing(self, q: QueryAnalysis, out: list[Sentence], anchor: Sentence, other: Sentence,
                  fits: Callable[[Sentence], bool] | None = None) -> list[Sentence]:
        """The evidence `out` of two documents with the pair agreeing both ways: the anchor's document answers with
        its sentence closest to what the other document said (`other`: "lokalplaneringen ska centraliseras till
        kommunstyrelsen" beside "centralisera ansvaret ... till kommunstyrelsen"), not with another sentence that
        happened to score first on its own."""
        again = self.retriever.anchored(q, {anchor.chunk.doc_path}, other, fits)
        if again is None or (again.start, again.end) == (anchor.start, anchor.end) or any(
                s.chunk.doc_path == again.chunk.doc_path and s.start == again.start for s in out):
            return out
        return [again if s is anchor else s for s in out]

    def _with_reported_event(self, q: QueryAnalysis, chosen: list[Sentence], threshold: float) -> list[Sentence]:
        """"KS ville 2023 att man skulle utreda utdelningen – hur mycket blev förslaget sen?": the statement before
        the question tells of an event that a document of its year reports (understand.parts.context_years), the
        answer comes from another document; the reporting document's sentence telling the event, by the
        statement's own words and the answer's subject (Retriever.anchored), is evidence too. Unchanged when the
        evidence already has a document of that year or no sentence there covers the statement."""
        preamble, asked = statement_before(q.original)
        years = context_years(q.original)
        # the other way round: "Partiet ville bygga en ny sporthall. Blev det något beslut om det 2024?" asks of an
        # event in a year of its own, and the evidence found (the statement's own document) is not of that year
        # ("S ville i budgeten 2021-2023 ... Blev det något liknande uppdrag 2023?": the asked part's own year)
        own_years = set(years_in(asked)) if preamble else set()
        later = bool(preamble) and (not years or bool(own_years))
        if later:
            years = (own_years or set(q.years)) - set(q.doc_years)
        if not chosen or not preamble or not years or any(year_of_date(s.chunk.date) in years for s in chosen):
            return chosen
        event = self._analyse(asked if later else preamble, [])
        hits = [h for h in self.retriever.search(event, k=40, pool=60) if year_of_date(h.chunk.date) in years][:4]
        docs = {h.chunk.doc_path for h in hits}
        found = self.retriever.anchored(event, docs, chosen[0]) if docs else None
        if found is not None and later:  # it tells what is asked when it says more of it than the evidence does
            def cover(s: Sentence) -> float:
                return self.retriever.stats.coverage(event.groups, text_stems(s.text), event.weights, event.full,
                                                     event.strict)
            if cover(found) <= max(cover(s) for s in chosen):
                return chosen
            # the statement's document answers with what it says of the asked event ("lokalplaneringen ska fullt ut
            # centraliseras till kommunstyrelsen" beside the later "centralisera ansvaret ... till kommunstyrelsen")
            return self._agreeing(q, [*chosen, found], chosen[0], found)
        if found is None or found.coverage < threshold:
            return chosen
        return [*chosen, found]

    def _own_answer(self, q: QueryAnalysis, target: Any, chosen: list[Sentence], fits: Callable[[Sentence], bool],
                    threshold: float) -> Sentence | None:
        """The named document's own answer: its best sentence by its own search, or, when that states nothing
        of what is asked (no amount for "hur mycket"), the sentence of the whole document that does and speaks
        of what the best evidence elsewhere speaks of ("en total årlig inköpsvolym på långt över en miljard" beside
        the other document's "inköp på cirka en halv miljard"), found beyond the passages its search ranked first."""
        own = self._best_of_target(q, target, threshold)
        if own is None or fits(own) or not chosen:
            return own
        docs = {h.chunk.doc_path for h in self._hits_of_target(q, target)}
        found = self.retriever.anchored(q, docs, chosen[0], fits) if docs else None
        return found if found is not None and fits(found) else own

    def _from_named_sources(self, q: QueryAnalysis, sentences: list[Sentence]) -> list[Sentence]:
        """A question naming the documents where something is said ("i pressmeddelandet från 2023 och i
        nämndsammanfattningen från 2024"): the sentences of those documents first, each named document's own best
        ones added when the search found none of it; a document it does not name is only background."""
        named = names_source(q.original)
        targets = self.retriever.targets(q) if named else []
        if not targets:
            # "i nämndsammanfattningen från jan 2024": a document named by words of its own, found by them
            return self._named_people_first(q, [], sentences) if named and q.wants_person else sentences
        own = [s for s in sentences if any(target(s.chunk) for target in targets)]
        for target in targets:
            if not any(target(s.chunk) for s in own):
                found = {(s.chunk.doc_path, s.start) for s in own}
                own += [s for s in self.retriever.sentences(q, self._hits_of_target(q, target))
                        if (s.chunk.doc_path, s.start) not in found]
        if q.wants_person:
            own = self._named_people_first(q, targets, own)
        return own + [s for s in sentences if s not in own] if own else sentences

    def _named_people_first(self, q: QueryAnalysis, targets: list, own: list[Sentence]) -> list[Sentence]:
        """"Vilka S-politiker citeras i pressmeddelandet från 2023?": the named document is what the question is
        about, and its words need not be the question's. When none of its best sentences found names a person as
        asked (the party, the role, quoted), its sentence that does, among all of its sentences and closest to what
        was found there (Retriever.anchored), answers first. Without targets, the named document is the one the
        search found first."""
        def fits(s: Sentence) -> bool:
            return answer_rules.fills_slot(q, s)

        docs = [{c.doc_path for c in self.index.chunks.values() if target(c)} for target in targets] \
            or [{own[0].chunk.doc_path}] if own else []
        for paths in docs:
            mine = [s for s in own if s.chunk.doc_path in paths]
            if not mine or any(fits(s) for s in mine[:PEOPLE_LOOKED_AT]):
                continue
            found = self.retriever.anchored(q, {s.chunk.doc_path for s in mine}, mine[0], fits)
            if found is not None and fits(found) and found not in own:
                own = [found, *own]
        return own

    def _hits_of_target(self, q: QueryAnalysis, target: Any) -> list[Hit]:
        """The best passages of one document the question names."""
        return [h for h in self.retriever.search(q, k=40, pool=60) if target(h.chunk)][:4]

    def _best_of_target(self, q: QueryAnalysis, target: Any, threshold: float) -> Sentence | None:
        """The best sentence of one document the question names, by that document's own search."""
        return best_for_target(q, self.retriever.sentences(q, self._hits_of_target(q, target)), threshold)

    def _figure_answer(self, raw: str, q: QueryAnalysis, figure: Any, sentences: list[Sentence]) -> Answer:
        citations = [self._citation_from_source(i + 1, s) for i, s in enumerate(figure.sources)]
        text, verified, dropped = finalize(figure.text, citations, self.index.text, language=q.answer_language)
        if not verified:
            return self._text_answer(raw, q, sentences)
        calc = figure.calculation
        if calc is not None and dropped:
            calc = None  # a calculation whose inputs cannot all be shown is not shown
        notes = list(dropped) + list(getattr(figure, "notes", ()))
        composer = "calculator"
        if not isinstance(self.composer, ExtractiveComposer):  # let the LLM phrase it; checked like any draft
            draft = self.composer.compose(q, list(verified), fact=text, calculation=calc)
            notes += list(draft.notes)
            if draft.composer != "extractive":
                text, verified, more = finalize(draft.text, draft.citations, self.index.text,
                                                language=q.answer_language)
                notes += more
                composer = draft.composer
        return Answer(question=raw, answer=text, citations=verified, calculation=calc, language=q.answer_language,
                      composer=composer, notes=tuple(notes))

    def _citation_from_source(self, n: int, source: Any) -> Citation:
        chunk = self.index.chunk_at(source.doc_path, source.start)
        chunk_id = chunk.id if chunk is not None else ""
        return Citation(n=n, doc=source.doc_path, title=source.title, quote=source.quote, chunk_id=chunk_id,
                        page=source.page, date=source.date, doc_type=source.doc_type, start=source.start,
                        end=source.end)

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

    def _refuse(self, raw: str, q: QueryAnalysis, sentences: list[Sentence], *, reason: str = "weak",
                text: str | None = None, notes: tuple[str, ...] = (), verdict: str | None = None) -> Answer:
        related = self._related(sentences)
        body = text or refusal_text(q.answer_language, reason, bool(related))
        return Answer(question=raw, answer=body, refused=True, verdict=verdict, related=related,
                      language=q.answer_language, notes=notes)

    def _says_it(self, claim: str, q: QueryAnalysis, result: ClaimCheck, context: set[int] = frozenset()) -> bool:
        """Support by topic alone is not support: the evidence sentence must hold the claim's own figures, its years
        (but the `context` years that frame it) and its subject (`_names_subject`)."""
        if claim_figures(claim):
            return False  # a claimed figure that check_claim found in no evidence is not confirmed
        if not states_years(claim, result.evidence[0], context):
            return False  # "slutade som socialchef 2021" against a sentence of 2020 naming no year
        return self._names_subject(claim, q, result.evidence[0])

    def _clauses_named(self, claim: str, evidence: Sentence, sentences: Sequence[Sentence], checked: frozenset[str],
                       context: set[int]) -> tuple[Sentence, ...] | None:
        """The sentences of the evidence's document that together say a claim of several clauses, one naming each
        clause's subject (`_names_subject`, at least two concepts the documents know), stating its years and
        neither qualifying nor saying the opposite of what it says ("vill inte höja"; claim_clauses); None when one
        clause has none."""
        from assistant.evidence.claims import check_qualified

        stats = self.retriever.stats
        checked = checked & time_stems()  # a clause's subject is all its words but the time it names

        def names(clause: str, s: Sentence) -> bool:
            q = self._analyse(clause, [])
            known = [g for g in q.groups if g[0] not in checked and not g[0][:1].isdigit()]
            return len(stats.rarest(tuple(known))) >= MIN_CLAUSE_CONCEPTS and states_years(clause, s, context) and \
                check_qualified(clause, s) is None and not says_opposite(clause, s.text) and \
                self._names_subject(clause, q, s, checked)

        return named_by_clauses(claim_clauses(claim, is_finite_verb), evidence, sentences[:CLAUSE_CANDIDATES], names)

    def _unknown_words(self, q: QueryAnalysis, evidence: Sentence | None = None) -> list[str]:
        """The claim's words that no document uses, nor a word one typing error from them or of the same family
        ("kritiserade" where the documents say "kritik"), nor a compound the `evidence` sentence's passage says in
        its parts ("sommarjobbssatsningen" in a passage on a "satsning på kommunala sommarjobb"); figures and years
        left out: what the claim says with them cannot be confirmed by the documents."""
        stats = self.retriever.stats
        passage = text_stems(evidence.chunk.text) if evidence is not None else frozenset()
        return [g[0] for g in q.groups if not g[0][:1].isdigit() and not stats.known(g) and not stats.near(g[0])
                and not stats.relatives(g[0]) and not (passage and stats.spelled_apart(g[0], passage))]

    def _unknown_things(self, claim: str, evidence: Sentence | None = None) -> list[str]:
        """The claim's words that no document uses and that name a thing its figure is of ("simhall"): not its verbs
        ("sänker", where the documents say "oförändrad") or their particles ("gick back"), its figures, nor a time
        relative to its date ("nästa år"). None when the claim states no figure ("driftsramen växer varje år": a
        trend of what a row holds, whatever the claim calls it). Swedish claims only."""
        from assistant.evidence.claim_amounts import claimed_amounts
        from assistant.evidence.claims import roles
        from assistant.understand.query import particle_stems
        from assistant.understand.words import infinitives
        from core.years import RELATIVE_YEARS

        if not claimed_amounts(claim):
            return []
        # the sentences stating the figure: a tag question after it ("Stämmer siffran?") names no thing
        stating = [part for part in re.split(r"(?<=[.?!])\s+", claim) if claimed_amounts(part)] or [claim]
        text = strip_figures(without_frame(" ".join(stating)))
        for pattern, _ in RELATIVE_YEARS:
            text = re.sub(pattern, " ", text, flags=re.I)
        # "vill plocka ut", "för att återinföra": the deed an auxiliary or "att" governs is a verb too
        deeds = infinitives(text)
        verbs = {s for w in re.findall(r"[^\W\d_]+", text.lower()) if is_finite_verb(w) or w in deeds
                 for s in query_stems(w, drop_stopwords=False)}
        q = self._analyse(text, [])
        if q.language != "sv":
            return []  # an English claim's words the glossary leaves untranslated are no words of the documents
        # a hedge on the figure ("drygt 121 miljarder") is no thing either
        hedges = {s for w in sentence_types()["approximators"] for s in query_stems(w, drop_stopwords=False)}
        # nor the words of a phrase saying a result's sign ("gick 8,6 miljoner plus": roles_sv.json result_signs)
        signs = {s for entries in roles()["result_signs"].values() for e in entries if " " in e
                 for s in query_stems(e, drop_stopwords=False)}
        return [w for w in self._unknown_words(q, evidence) if w not in verbs | hedges | signs
                and w not in particle_stems()]

    def _unknown_names(self, claim: str) -> list[str]:
        """The names the claim says (an agency, a company, a person, a committee: `_unnamed_committees`) that no
        document uses, nor a word one typing error from them."""
        q = self._analyse(strip_figures(claim), [])
        stats = self.retriever.stats
        named = {t for name in q.names for t in (name, *query_stems(name))}
        # a name is one word: the documents' words for its parts ("fond" of "Arvsfonden") do not name it
        return [g[0] for g in q.groups if g[0] in named and not stats.matches(g[0]) and not stats.near(g[0])] + \
            self._unnamed_committees(q, self.retriever.named_municipality(q))

    def _names_subject(self, claim: str, q: QueryAnalysis, evidence: Sentence,
                       checked: frozenset[str] = frozenset()) -> bool:
        """The evidence names the claim's two rarest concepts the documents know (its subject and what it says of
        it, not its filler; `checked`: stems of what the verdict compares, such as the time before a year) and
        what the claim says is done ("ska sälja", "vill skrota": a passage naming the thing without the deed is
        not about it, and a verb no document uses cannot be confirmed by them)."""
        stats = self.retriever.stats
        present = with_voices(text_stems(evidence.text)) | \
            with_voices(title_stems(document_named(evidence.chunk, self.index.documents)))
        groups = tuple(g for g in q.groups if g[0] not in checked)
        # a particle ("ordnas ihop", "dragits ner") is part of its verb, the deed: no concept of the subject, and
        # a document says the deed by a verb of its own ("anordnas i samverkan med")
        groups = tuple(g for g in groups if g[0] not in particle_stems())
        return all(any(stats.present_in_family(t, present) for t in group) for group in stats.rarest(groups)) and \
            says_deed(stats, claim, q, evidence, checked)

    def _said_otherwise(self, claim: str, q: QueryAnalysis, sentences: list[Sentence]) -> ClaimCheck | None:
        """Supported when an evidence sentence says the claim in other words (claim_paraphrase: the embedder's
        cosine to the claim, its figures, years, names and negations checked word for word)."""
        stats = self.retriever.stats

        def agrees(s: Sentence) -> bool:  # a sentence close in meaning that does not say the deed is about the topic
            present = text_stems(s.text) | title_stems(s.chunk.title)
            return exact_parts_agree(claim, s, q.names, lambda name, found: bool(stats.matches(name) & found)
                                     or name in found, present) and says_deed(stats, claim, q, s)

        found = paraphrase(claim, sentences, lambda found: self.retriever.similarities(claim, found), agrees)
        if found is None:
            return None
        log.info("påstående med andra ord: cosinus %.3f", found[1])
        return ClaimCheck("supported", (found[0],), reason=SAID_OTHERWISE)

    def _claim(self, raw: str, claim: str, q: QueryAnalysis, sentences: list[Sentence], lang: str) -> Answer:
        sentences = [s for s in sentences if is_statement(s.text)]  # a heading neither supports nor contradicts
        sentences = self._of_named_municipality(q, sentences)
        judgement = judge_evidence(q, sentences)
        context = set(q.years) - {y for y in q.years if any(str(y) in g for g in q.groups for g in g)}
        # the claim's most specific concept some of the evidence names in its own words ("köksorganisationen"); the
        # municipality it names is its scope and its direction ("mer") what it says, not its subject
        # and so is the committee it names (the sentences' passages and titles are checked for it: bodies_in)
        _, scope_free = self._without_scope(self._analyse(without_bodies(claim_topic(claim)) or claim_topic(claim), []))
        specific = self.retriever.stats.specific_concept(scope_free, sentences[:8])
        subject = claim_subject(q, self.retriever.stats, claim, self.index.text, specific)
        result: ClaimCheck = check_claim(claim, sentences, answerable=judgement.answerable, context_years=context,
                                         subject=subject, named=self._documents_say)
        # "KS beviljade ... 3,5 mnkr" stated by the errand ("Tekniska nämnden begär ..."): the matter's decision says
        result = check_decision(claim, result, sentences, self.index.text) or result
        if result.verdict == "supported" and result.reason in (DEFAULT_SUPPORT, YEAR_SAME) and lang == "sv" and \
                self._unknown_words(self._analyse(strip_figures(claim), []), result.evidence[0]):
            # "Karin Alvermalm avgick ... 2020": the right year and person do not confirm what no document says
            result = ClaimCheck("not_found", (), reason=UNKNOWN_WORDS)
        elif result.reason == OTHER_FIGURE and (self._unknown_names(without_frame(claim)) or
                                                self._unknown_things(claim, result.evidence[0])):
            # "5 miljoner från Trafikverket" against an amount of a cycle path: another figure contradicts only a
            # claim about what the documents speak of, and none names who or what the claim names (who reported
            # the claim is not what it names)
            result = ClaimCheck("not_found", (), reason=UNKNOWN_WORDS)
        if result.verdict == "supported" and result.reason == DEFAULT_SUPPORT and \
                not self._says_it(claim, q, result, context):
            by_clauses = None if claim_figures(claim) else self._clauses_named(claim, result.evidence[0], sentences,
                                                                                 frozenset(), context)
            result = replace(result, evidence=by_clauses) if by_clauses else \
                ClaimCheck("not_found", (), reason=TOPIC_NOT_CLAIM)
        elif result.reason in YEAR_VERDICTS and not claim_figures(claim) and \
                not self._names_subject(claim, q, result.evidence[0], time_words(claim)):
            # "Ockelbo ska bygga en ny simhall 2026" against "Skatteintäkterna bygger på en prognos från 2024"
            by_clauses = self._clauses_named(claim, result.evidence[0], sentences, time_words(claim), context) \
                if result.verdict == "supported" else None
            result = replace(result, evidence=by_clauses) if by_clauses else \
                ClaimCheck("not_found", (), reason=YEAR_ELSEWHERE)
        if result.verdict == "not_found" and result.reason in TOPIC_ONLY:
            result = self._said_otherwise(claim, q, sentences) or result
        log.info("påstående: %s (%s)", result.verdict, result.reason)
        route = {"path": "claim", "reasons": {"checked_by": "text", "verdict": result.verdict,
                                              "why": result.reason, "evidence_answerable": judgement.answerable}}
        if result.verdict == "not_found" or not result.evidence:
            return replace(self._refuse(raw, q, sentences, text=NOT_FOUND[lang], verdict="not_found"), route=route)
        # "Den är oförändrad sedan 2021." is quoted with the sentence it points back at: what "den" is
        evidence = [to_citation(i + 1, s) for i, s in enumerate(with_antecedents(result.evidence))]
        parts = [VERDICT_LEAD[(lang, result.verdict)]]
        correct = (result.correct or "").rstrip(" .")
        if result.verdict == "supported" and not correct:  # "en halv miljard kronor" said as a figure too
            correct = worded_in_digits(claim, result.evidence[0].text, lang)
        if correct and correct != result.evidence[0].text.strip().rstrip(" ."):  # not the quote said twice
            parts.append((f"The document says: {_in_english(correct)} [1]." if lang == "en"
                          else f"Dokumentet anger: {correct} [1]."))
        parts.extend(f"”{c.quote}” [{c.n}]" for c in evidence)
        text, citations, dropped = finalize(" ".join(parts), evidence, self.index.text, language=lang)
        if not citations:
            return self._refuse(raw, q, sentences, text=NOT_FOUND[lang], verdict="not_found", notes=tuple(dropped))
        return Answer(question=raw, answer=text, verdict=result.verdict, citations=citations, language=lang,
                      notes=tuple(dropped), route=route)


def _head_under_modifier(parts: tuple[str, ...], text: str, heading: str) -> bool:
    """The compound's head said by the sentence and its modifier by the heading it stands under ("Timavgiften för
    tillsyn" under "Miljö- och byggnadsnämnden" speaks of "miljötillsyn"): sentences.head_and_modifier over both."""
    from assistant.evidence.sentences import head_and_modifier

    own = text_stems(text)
    return len(parts) == 2 and parts[1] in own and head_and_modifier(parts, own | title_stems(heading))


def document_named(chunk: Any, documents: Any) -> str:
    """What names the passage and its document: the heading of its section ("Aktieägartillskott till Alingsåshem
    lokaler AB" above "Tidplan: Beslut i kommunfullmäktige första halvåret 2024"), the title, and the publisher and
    description (metadata: "Socialdemokraternas budgetförslag 2021-2023"); a claim naming the document ("i S
    förslag") names it by these words."""
    record = documents.get(chunk.doc_path)
    meta = record.meta if record is not None else None
    return " ".join([chunk.section or "", chunk.title,
                     *((meta.publisher or "", meta.source or "") if meta is not None else ())])


def claim_topic(claim: str) -> str:
    """The claim's topic without its figures, hedges and direction ("drygt 4 miljoner mer"): what its figure is
    about."""
    from assistant.budget.verify import DOWN, UP

    return strip_figures(DOWN.sub(" ", UP.sub(" ", without_hedges(claim))))


def speaks_of_asked_year(q: QueryAnalysis, chosen: Sequence[Sentence]) -> bool:
    """The evidence speaks of the year the question asks about (not a document's year): a quoted sentence names
    it (or is dated it, or says it relative to its date), or its passage does ("2029" that a budget for
    2026-2028 never states is a near miss, whatever else the passage says about interest), or its document's title
    does ("Årsredovisning 2024" speaks of 2024 throughout). A passage of a document whose title spans a period
    without the asked year ("Budget 2021-2023") names it of something else ("inför budget 2024-2026"): there only
    the sentence naming the year speaks of it."""
    if q.doc_years and all(outside_title_period(s.chunk.title or "", set(q.doc_years))
                           and not has_year(s, set(q.doc_years)) for s in chosen):
        return False  # "driftbudget 2024" asked, and every quote is of a budget for 2021-2023
    asked = set(q.years) - set(q.doc_years)
    if not asked:
        return True
    return any(has_year(s, asked) or (any(str(y) in f"{s.chunk.title} {s.chunk.text}" for y in asked)
                                      and not outside_title_period(s.chunk.title or "", asked)
                                      and not looks_back_beside(s, asked)) for s in chosen)


def looks_back_beside(s: Sentence, years: set[int]) -> bool:
    """The sentence's document reports on years before it was published, none of them asked ("Årsredovisning 2023"
    of 2024-04 asked about 2024): a passage of it naming the asked year speaks of it as a later year's outlook,
    and only a sentence naming the year itself speaks of it."""
    doc_year = year_of_date(s.chunk.date)
    title = s.chunk.title or ""
    return doc_year is not None and reports_on_past(title, doc_year) and not set(years_in(title)) & years


def outside_title_period(title: str, years: set[int]) -> bool:
    """The title spans a period of several years ("Budget för Alingsås kommun 2021-2023") and names no other year
    ("Budget 2025 med plan 2026-2027" is of 2025 too), none of them one of `years`."""
    period = title_period(title)
    return len(period) > 1 and not (period | set(years_in(title))) & years


def quotes_only_estimates(q: QueryAnalysis, best: Sentence) -> bool:
    """The question asks what an amount came to ("vad blev det faktiska resultatet 2020") and the amount the best
    sentence states of the asked year is a forecast, budget or target in its own words (amount_stretch): "en
    prognos på -6,6 miljoner kronor i år" does not answer it, even beside "-14,3 miljoner kronor förra året"."""
    if not asks_only_outcome(q.original):
        return False
    numbers = asked_amounts(q, best.text) if q.wants_amount else amounts_in(best.text, money=True)
    return only_estimates(best.text, year_of_date(best.chunk.date), set(numbers), set(q.years) - set(q.doc_years))


def amount_of_a_committee(claim: str, quotes: Sequence[str]) -> bool:
    """The claim names no committee, the quoted sentences name one: "Ockelbo gick med 9,9 miljoner i överskott" is
    about the municipality, and a sentence stating a committee's surplus ("Utbildningsnämnden redovisade ett
    överskott på 700 000 kronor") does not judge it; the text check, which compares subjects, does."""
    return not bodies_in(claim) and any(bodies_in(q) for q in quotes)


def _verb_stems_of(claim: str) -> frozenset[str]:
    """The stems of the claim's finite verbs (claim_amounts.predicate_words): what it says of its subject."""
    from assistant.evidence.claim_amounts import predicate_words

    return frozenset(query_stems(" ".join(predicate_words(claim)), drop_stopwords=False))


def beside_names(names: Sequence[str], groups: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """The concept groups a claim says beside the committees it names (`names`: the mentions and their rows'
    labels), each without the words of those names: a concept is said in its own right, not as a synonym of
    the named committee ("vård- och omsorgsnämnden för äldreomsorgen": the row names the committee, not
    "äldreomsorgen")."""
    named = {t for name in names for t in query_stems(name)}

    def of_names(term: str) -> bool:
        return any(term in t for t in named)

    out = []
    for group in groups:
        if of_names(group[0]):
            continue
        rest = tuple(t for t in group if not of_names(t))
        if rest:
            out.append(rest)
    return tuple(out)


def _measures_named(claim: str, present: frozenset[str] | set[str]) -> bool:
    """Every claimed figure has a measure ("en vinst på 80 miljoner": vinst, claim_amounts.ClaimedAmount.measure)
    and the stems `present` (a row and its answer) name each of them."""
    from assistant.evidence.claim_amounts import claimed_amounts

    measures = [a.measure for a in claimed_amounts(claim)]
    return bool(measures) and all(m and set(query_stems(m)) and set(query_stems(m)) <= set(present) for m in measures)


def _allocation_on_top(prose: str, answer: Any) -> bool:
    """The prose gives a sum on top of a frame ("tilldelas 18 mnkr", budget/allocation.py's words) that the
    calculator's cited rows do not: a part of the row's whole, not a figure that disagrees with it."""
    from assistant.budget.allocation import gives_on_top

    return gives_on_top(prose) and not any(gives_on_top(getattr(s, "quote", None) or s.text) for s in answer.sources)


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


def _in_english(correct: str) -> str:
    """The document's figure as it writes it, and a sum of money in it the English way beside it ("en halv miljard
    (SEK 500 million)")."""
    from assistant.budget.phrasing import human_amount
    from assistant.budget.units import Unit

    money = [f for f in figures_in(correct) if f.kind == "money"]
    if len(money) != 1 or not re.search(r"[^\W\d_]", money[0].written):
        return correct
    return f"{correct} ({human_amount(money[0].value, Unit.KR, 'en')})"

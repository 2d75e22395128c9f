"""Answers from prose: which sentences answer the question, and the extractive answer built from them."""
from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any, NamedTuple

from assistant.compose import answer as answer_rules
from assistant.compose.answer import (
    MULTI_DOC_FACTOR, RELATED_NOTE, best_for_target, has_year, joined_neighbours, judge_evidence, refusal_text,
    select_evidence, to_citation, reports_on_past, title_period, without_reference_years,
)
from assistant.evidence.amount_stretch import only_estimates
from assistant.evidence.open_amount import with_open_amount
from core.years import year_of_date, years_in
from assistant.evidence.answerability import default_model, features
from assistant.evidence.facets import (OWN, PARTS, SUBJECT, VOTE, Facet, asked_facets, names_stems, near_miss_text,
                                      states_facet)
from assistant.arbitrate import (asks_beyond_row, earlier_document_answers,
                                only_counts, row_is_context, says_named_rows)
from assistant.compose.citations import finalize
from assistant.budget.columns import asks_only_outcome, asks_whole_year_outcome
from assistant.budget.matching import table_kinds
from assistant.budget.plan import sum_words_said
from assistant.evidence.body_statement import body_statement, speaking_bodies
from assistant.understand.query import (QueryAnalysis, names_source)
from assistant.retrieval.retrieve import Sentence
from assistant.evidence.headings import frame
from assistant.evidence.sentences import (amounts_in, asked_amounts, is_statement, relative_years, says_money,
                                          text_stems, title_stems, UNSAID_CHARS)
from core.types import Answer, Citation, Hit
from assistant.understand.parts import (
    context_years, statement_before,
)
from assistant.evidence.amount_slots import restates_premise
from assistant.understand.subset import says_qualifier, subset_groups
from assistant.understand.sources import ACCORDING, quotes_kind, says_sources_differ
from assistant.understand.words import asks_what_said, asks_yes_no
from assistant.evidence.utterance import whole_utterance
from assistant.evidence.paragraphs import whole_paragraph


log = logging.getLogger(__name__)
OWN_FILLERS = 5  # a named document's best sentences among which one stating what is asked makes it the source
# a noun said of what a pronoun points at ("uppdrag om det", "beslut kring detta", "decision on it"): what the
# statement before the question came to, no matter of its own
OF_STATEMENT = re.compile(r"\b[^\W\d_]+\s+(?:om|kring|av|angående|about|on|of)\s+(?:det|detta|den|denna|dem|dom|it|"
                          r"that|this|them)\b", re.I)


def asks_said(question: str) -> bool:
    """What someone said is asked (understand.words.asks_what_said) by the question itself, not by a statement
    before it telling what was said ("KS sa 2023 att man skulle utreda utdelningen. Vilket belopp landade
    handlingsplanen i?" asks the amount)."""
    return asks_what_said(statement_before(question)[1])


class TextJudgement(NamedTuple):
    """What the prose path decided about a question, and what it needs to compose the answer."""

    judgement: answer_rules.Judgement
    route: dict[str, Any]
    named: list[Sentence]
    threshold: float
    about: tuple[Any, ...]
    targets: Sequence[Any]


FOLLOWUP_FACTOR = 0.8  # a follow-up carries the previous question's topic words: a lower bar  # coverage at which prose evidence overrides the calculator's "not in the tables"


PEOPLE_LOOKED_AT = 3
TALLY_SEARCH = 40  # passages a vote asked is sought in when the best ones give only the decision
TABLE_ABOVE = 600  # characters above a quoted table row in its passage that may hold the table's title and header  # a named document's best sentences the answer of a person question is looked for in first


def speaks_of_asked_year(q: QueryAnalysis, chosen: Sequence[Sentence]) -> bool:
    """The evidence speaks of the year the question asks about (not a document's year): a quoted sentence names
    it (or is dated it, or says it relative to its date), or its passage does ("2029" that a budget for
    2026-2028 never states is a near miss, whatever else the passage says about interest), or its document's title
    does ("Årsredovisning 2024" speaks of 2024 throughout). A passage of a document whose title spans a period
    without the asked year ("Budget 2021-2023") names it of something else ("inför budget 2024-2026"): there only
    the sentence naming the year speaks of it. A sentence naming other years of its own speaks of them, not of the
    year its document is dated or its passage or title names ("Sjukfrånvaron var 6,8 procent under 2023 och målet
    ... 2025" in a budget of November 2024 says nothing of 2024), unless the question asks when: "När antogs
    budgeten för 2025?" is answered by a decision of November 2024."""
    if q.doc_years and all(outside_title_period(s.chunk.title or "", set(q.doc_years))
                           and not has_year(s, set(q.doc_years)) for s in chosen):
        return False  # "driftbudget 2024" asked, and every quote is of a budget for 2021-2023
    asked = set(q.years) - set(q.doc_years)
    if not asked:
        return True
    # a heading quoted beside ("Personal") states nothing of any year: the statements speak for the evidence
    chosen = [s for s in chosen if is_statement(s.text)] or chosen
    # a year the passage names only as what a change is measured from ("jämfört med 2022") is none it speaks of
    return any((has_year(s, asked) or (any(str(y) in f"{s.chunk.title} {without_reference_years(s.chunk.text)}"
                                           for y in asked)
                                       and not outside_title_period(s.chunk.title or "", asked)
                                       and not looks_back_beside(s, asked)))
               and not (answer_rules.of_other_years(s, asked) and not q.wants_date) for s in chosen)


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
    """The question asks what an amount came to ("vad blev det faktiska resultatet 2020", "vad blev resultatet för
    helåret 2025", as the calculator reads it: columns.asks_whole_year_outcome) and the amount the best sentence
    states of the asked year is a forecast, budget or target in its own words (amount_stretch): "en prognos på -6,6
    miljoner kronor i år" does not answer it, even beside "-14,3 miljoner kronor förra året"."""
    # a follow-up's or later part's own words say whether it asks what the year came to ("vad tror dom om
    # helåret?" after "vad blev resultatet för jan-aug?" asks the forecast)
    if not (asks_only_outcome(q.original) or asks_whole_year_outcome(q.own or q.original)):
        return False
    numbers = asked_amounts(q, best.text) if q.wants_amount else amounts_in(best.text, money=True)
    return only_estimates(best.text, year_of_date(best.chunk.date), set(numbers), set(q.years) - set(q.doc_years))


def _head_under_modifier(parts: tuple[str, ...], text: str, heading: str) -> bool:
    """The compound's head said by the sentence and its modifier by the heading it stands under ("Timavgiften för
    tillsyn" under "Miljö- och byggnadsnämnden" speaks of "miljötillsyn"): sentences.head_and_modifier over both."""
    from assistant.evidence.sentences import head_and_modifier

    own = text_stems(text)
    return len(parts) == 2 and parts[1] in own and head_and_modifier(parts, own | title_stems(heading))


def _says_with_heading(stats: Any, concept: tuple[str, ...], s: Sentence) -> bool:
    """The sentence and its section's heading together name the concept, neither alone: a compound said by its
    parts ("kvällstur" under "Ökad busstrafik" for "kvällsbussarna")."""
    heading = s.chunk.section or ""
    return bool(heading) and stats.says(concept, s.text, heading) and not stats.says(concept, heading)


class ProseAnswering:
    """Answers from prose: which sentences answer the question, and the extractive answer built from them. A part of Assistant (assistant/build.py): it uses the index, the retriever and the other parts."""

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
        # ... or names it with its heading, as specific_concept reads it, when neither names it alone ("kvällstur"
        # under "Ökad busstrafik" names the "kvällsbussarna" by their parts; a heading naming it alone speaks for
        # its sentences as any neighbour does, answer.is_about)
        about = ((lambda s: stats.says(specific, s.text) or _says_with_heading(stats, specific, s)
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

    def _of_asked_year(self, q: QueryAnalysis, judged: TextJudgement, said: bool = False) -> list[Sentence] | None:
        """The evidence chosen among the sentences that name the asked year or whose document is dated it, when the
        best evidence overall does not speak of it ("vilket uppdrag gav fullmäktige om bredbandet 2024?": the minutes
        of 2024 answer, not an undated plan's proposal on the same topic); None when no such
        sentence is good enough evidence on its own (a title's period spanning the year is not enough here). With
        `said` (the best evidence names other years of its own: "Sjukfrånvaron var 6,8 procent under 2023"), only a
        sentence saying the asked year itself, not one dated it ("Kommunen är den största arbetsgivaren")."""
        _, _, named, threshold, about, _ = judged
        asked = set(q.years) - set(q.doc_years)
        # a sentence giving its figures for years on both sides of the asked one skips it, whatever its date
        of_year = [s for s in named if has_year(s, asked, periods=False) and not answer_rules.of_other_years(s, asked)
                   and (not said or asked & (answer_rules.own_years(s) | relative_years(s.text, year_of_date(s.chunk.date))))]
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
            chosen = self._of_asked_year(q, judged, said=answer_rules.of_other_years(
                chosen[0], set(q.years) - set(q.doc_years)))
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
        elif q.wants_amount and says_sources_differ(q.original):  # "olika siffror i olika dokument": each one's
            chosen = self._from_each_stating(q, chosen, judged.named, threshold)
        # an event told before the question, reported in another document than the answer's
        chosen = self._with_reported_event(q, chosen, threshold)
        if asks_said(q.own or q.original):  # "vad sa hon om ...?": all she said, not its last sentence
            chosen = self._utterances(chosen)
            if not q.wants_amount:  # "vad sa S i sin budget om lokalplaneringen?": the whole item it says it in
                chosen = self._whole_paragraphs(chosen)
            # "vad sa ks om motionen?": a body says what it decides, with what its minutes record against it
            chosen = body_statement(chosen, judged[2], speaking_bodies(q.own or q.original), self.index.text) or chosen
        if judgement.reason == "open":  # no figure: the sentence leaving the amount open answers in its document
            chosen = with_open_amount(q, chosen, judged.named)
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

    def _from_each_stating(self, q: QueryAnalysis, chosen: list[Sentence], candidates: list[Sentence],
                           threshold: float) -> list[Sentence]:
        """"Hur stora är kommunens inköp per år? Jag har sett olika siffror i olika dokument": the best evidence, and
        beside it each other document's best sentence stating the asked amount of the same subject. The subject is
        the question's concepts the best evidence says ("inköp", not "siffror" or "dokument", words of the sources);
        a sentence of another document saying enough of them answers for that document (the threshold lowered as
        for any question about several documents: each says the subject in its own words, "årlig inköpsvolym")."""
        if not chosen or not answer_rules.fills_slot(q, chosen[0]):
            return chosen
        anchor_stems = text_stems(chosen[0].text)
        stats = self.retriever.stats
        said = [i for i, g in enumerate(q.groups) if stats.coverage((g,), anchor_stems, strict=q.strict) > 0]
        if not said:
            return chosen
        groups = tuple(q.groups[i] for i in said)
        weights = tuple(q.weights[i] for i in said if i < len(q.weights))
        full = tuple(q.full[i] for i in said if i < len(q.full))
        out = list(chosen[:1])
        for s in candidates:
            if any(o.chunk.doc_path == s.chunk.doc_path for o in out):
                continue
            if answer_rules.fills_slot(q, s) and \
                    stats.coverage(groups, text_stems(s.text), weights, full, q.strict) >= threshold * MULTI_DOC_FACTOR:
                out.append(s)
        return out if len(out) > 1 else chosen

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
        statement's own words and the answer's subject (Retriever.anchored), is evidence too. Asked of no year and of
        nothing beyond the statement ("Blev det något av det sen?"), a document later than the evidence's reports
        what became of it. Unchanged when the evidence already has a document of that year or no sentence there
        covers the statement."""
        preamble, asked = statement_before(q.original)
        years = context_years(q.original)
        # the other way round: "Partiet ville bygga en ny sporthall. Blev det något beslut om det 2024?" asks of an
        # event in a year of its own, and the evidence found (the statement's own document) is not of that year
        # ("S ville i budgeten 2021-2023 ... Blev det något liknande uppdrag 2023?": the asked part's own year)
        own_years = set(years_in(asked)) if preamble else set()
        later = bool(preamble) and (not years or bool(own_years))
        if later:
            # the asked part's own year dates the reporting document, though it names one ("i januari 2024")
            years = own_years or set(q.years) - set(q.doc_years)
        after = later and not years and bool(chosen) and year_of_date(chosen[0].chunk.date) is not None \
            and self._asks_only_of_statement(asked)
        if after:  # "S ville centralisera lokalplaneringen. Blev det något av det sen?": what became of the
            # statement, reported by a document later than the one stating it
            first = year_of_date(chosen[0].chunk.date) or 0
            years = {y for c in self.index.chunks.values() if (y := year_of_date(c.date)) is not None and y > first}
        if not chosen or not preamble or not years or any(year_of_date(s.chunk.date) in years for s in chosen):
            return chosen
        event = self._analyse(asked if later and not after else preamble, [])
        hits = [h for h in self.retriever.search(event, k=40, pool=60) if year_of_date(h.chunk.date) in years][:4]
        docs = {h.chunk.doc_path for h in hits}
        found = self.retriever.anchored(event, docs, chosen[0]) if docs else None
        if found is not None and after:  # the later document tells the statement's matter in its own words
            # two documents saying one matter spread its concepts over them: the bar is lower (MULTI_DOC_FACTOR)
            return [*chosen, found] if found.coverage >= threshold * MULTI_DOC_FACTOR else chosen
        if found is not None and later:  # it tells what is asked when it says more of it than the evidence does
            def cover(s: Sentence) -> float:
                return self.retriever.stats.coverage(event.groups, text_stems(s.text), event.weights, event.full,
                                                     event.strict)
            if cover(found) <= max(cover(s) for s in chosen):
                return chosen
            # the statement's document answers with what it says of the asked event ("lokalplaneringen ska fullt ut
            # centraliseras till kommunstyrelsen" beside the later "centralisera ansvaret ... till kommunstyrelsen")
            agreed = self._agreeing(q, [*chosen, found], chosen[0], found)
            # what the statement tells ("S ville 2021 satsa på sommarjobb") is said in full by the paragraph its
            # evidence stands in ("1 mnkr tillskjuts ... Sammantagen budgetpost ... 2 mnkr ... 200 arbeten")
            return [self._whole_paragraphs([agreed[0]])[0], *agreed[1:]]
        if found is None or found.coverage < threshold:
            return chosen
        return [*chosen, found]

    def _asked_apart(self, raw: str, question: str, language: str, filters: Any,
                     timings: dict[str, float]) -> Answer | None:
        """"S ville ha fler sommarjobb i sin budget 2021-2023. Vad hände med feriearbeten i nämnden 2024?": a
        statement before a question asking of a year of its own that the statement does not name, the whole refused
        (its best evidence is the statement's, of other years): what is asked answered alone, and beside it, from
        another document, the paragraph saying what the statement tells (_with_reported_event the other way round).
        None when the question is no such one or the asked part alone finds nothing either."""
        preamble, asked = statement_before(question)
        if not preamble or not set(years_in(asked)) - set(years_in(preamble)):
            return None
        own = self._answer_one(raw, asked, None, [], language, filters, timings)
        if own.refused or not own.citations or own.composer == "calculator":
            return None
        told = self._analyse(preamble, [])
        cited = {c.doc for c in own.citations}
        hits = [h for h in self.retriever.search(told, k=8, filters=filters) if h.chunk.doc_path not in cited]
        sentences = [s for s in self.retriever.sentences(told, hits) if s.chunk.doc_path not in cited]
        judged = self._judge_text(told, sentences, hits)
        if not judged.judgement.answerable or not sentences:
            return own
        said = self._whole_paragraphs(judged.named[:1] or sentences[:1])
        draft = self.extractive.compose(told, [to_citation(1, said[0])])
        text, citations, _ = finalize(draft.text, draft.citations, self.index.text, language=told.answer_language)
        if not citations:
            return own
        statement = Answer(question=raw, answer=text, citations=citations, language=own.language,
                           composer=draft.composer)
        return self._merge(raw, [statement, own], [preamble, asked])

    def _asks_only_of_statement(self, asked: str) -> bool:
        """The question after a statement asks yes or no (words.asks_yes_no) and names no document and no matter of
        its own, only short words ("Blev det något av det sen?") and a noun said of the statement ("blev det nåt
        uppdrag om det sen?": what it came to): it asks whether the statement came true. A question word asks
        something of the statement's matter itself ("vad skulle det kosta?")."""
        if not asks_yes_no(asked):
            return False
        own = self._analyse(OF_STATEMENT.sub(" ", asked), [])
        return not own.doc_types and not own.publishers and all(len(g[0]) < UNSAID_CHARS for g in own.groups)

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
        # a sentence reporting what a document of the named kind says ("handlingsplanen, som anger att ...") is its word
        own = [s for s in sentences if any(target(s.chunk) for target in targets) or quotes_kind(s.text, q.doc_types)]
        for target in targets:
            if not any(target(s.chunk) for s in own):
                found = {(s.chunk.doc_path, s.start) for s in own}
                own += [s for s in self.retriever.sentences(q, self._hits_of_target(q, target))
                        if (s.chunk.doc_path, s.start) not in found]
        if q.wants_person:
            own = self._named_people_first(q, targets, own)
        if not own:
            return sentences
        rest = [s for s in sentences if s not in own]
        if len(targets) == 1 and ACCORDING.search(q.original) and (q.wants_amount or q.wants_date or q.wants_person) \
                and any(answer_rules.fills_slot(q, s) for s in own[:OWN_FILLERS]):
            # "enligt delårsrapporten": what the one document named states is asked; another document saying it too
            # (a press release titled "Delårsrapporten: ...") is background, never the answer's source. A kind named
            # otherwise ("i sitt budgetförslag", "behandlar årsredovisningen") may be reported by another document.
            rest = [s for s in rest if not answer_rules.fills_slot(q, s)]
        return own + rest

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

    def _facets_stated(self, raw: str, question: str, q: QueryAnalysis, answer: Answer,
                       sentences: list[Sentence]) -> Answer:
        """The answer, or a refusal naming the facet its quotes do not state (evidence/facets.py): the split of a
        whole asked ("hur mycket av pengarna till X går till köket och utemiljön?"), the words a part of a question
        distributed over two things has of its own ("för kvinnor" of "för kvinnor respektive män"), a vote's tally.
        The quotes stating what the answer states are its citations (not a table's header line); `raw` is the
        user's question `question` may be a part of."""
        if answer.refused or not answer.citations:
            return answer
        from assistant.build import clean_question  # the user's question as its parts were cut from it

        # the calculator named the rows it read by its own matching ("bun", "avdelning vuxna"); a part's own words
        # ("för kvinnor" of "för kvinnor respektive män") its rows and their table must name all the same: one
        # figure read for both parts is neither's
        calculated = answer.calculation is not None
        facets = [self._as_written(f) for f in asked_facets(question, clean_question(raw))
                  if (q.language == "sv" or f.kind == VOTE) and (not calculated or f.kind == OWN)]
        texts = [self._said_with(c) for c in answer.citations if c.role != "header"]
        # a tally in the passage of a quote is the vote of its matter, whichever sentence the answer quoted of it
        passages = [chunk.text for c in answer.citations if (chunk := self.index.chunks.get(c.chunk_id))]
        missing = next((f for f in facets
                        if not states_facet(f, texts + passages if f.kind == VOTE else texts, names_stems)), None)
        if missing is None and q.language == "sv" and not calculated:
            missing = self._unnamed_subject(question, answer)
        if missing is None:
            return answer
        if missing.kind == VOTE and not calculated:
            tallied = self._tally_elsewhere(raw, q)
            if tallied is not None:
                return tallied
        log.info("vägrade: citaten anger inte %s (%s)", missing.said, missing.kind)
        text = near_miss_text(missing, answer.citations[0].title, q.answer_language)
        refused = self._refuse(raw, q, sentences, text=text)
        if refused.related:
            refused = replace(refused, answer=text + RELATED_NOTE[q.answer_language])
        return replace(refused, route={"path": "refusal", "reasons": {"by": "facet", "why": missing.kind,
                                                             "facet": missing.said}})

    def _tally_elsewhere(self, raw: str, q: QueryAnalysis) -> Answer | None:
        """A vote asked of a matter a document is named by ("hur gick omröstningen när kommunstyrelsen beslutade om Mål
        och budget 2026?"): that document gives the decision, the minutes of the meeting the tally. The sentences
        stating a tally among the question's wider search answer, as any evidence is judged; None when none does."""
        from assistant.evidence.sentences import states_vote

        hits = [h for h in self.retriever.search(q, k=TALLY_SEARCH, pool=2 * TALLY_SEARCH) if states_vote(h.chunk.text)]
        tallied = [s for s in self.retriever.sentences(q, hits) if states_vote(s.text)] if hits else []
        if not tallied:
            return None
        answer = self._text_answer(raw, q, tallied, self._judge_text(q, tallied, hits))
        return None if answer.refused or not any(states_vote(c.quote) for c in answer.citations) else answer

    def _as_written(self, facet: Facet) -> Facet:
        """The facet with each part the documents never write but the tables name by its initials or a part of it
        ("bun": Barn- och utbildningsnämnden, budget/matching.match_rows) named by that row's words too: the quote
        names the part as the documents write it."""
        if facet.kind not in (PARTS, OWN) or self.figures is None:
            return facet
        from assistant.budget.matching import match_rows
        from assistant.understand.query import stems as query_stems

        stats = self.retriever.stats
        parts = []
        for part in facet.parts:
            if not any(stats.known((t,)) for t in part):
                rows = match_rows(" ".join(sorted(part)), self.figures.index.lexicon)
                part = part | {t for r in rows for t in query_stems(r.label) if len(t) >= 4}
            parts.append(part)
        return replace(facet, parts=tuple(parts))

    def _unnamed_subject(self, question: str, answer: Answer) -> Facet | None:
        """The name a question gives its subject in lower case ("hur många elever går på gällö skola?": a word the
        documents write only capitalised inside sentences, TermStats.name_forms; not a municipality, in its genitive
        too, nor a party, nor a body: "Socialnämndens") when no passage the answer quotes, nor its document's title, names it: the quotes speak of
        something else ("Antalet elever i grundskolan beräknas till 1 120"). A name written capitalised is the
        retrieval's to find (Retriever.names_present)."""
        from assistant.evidence.claims import roles
        from assistant.understand.words import municipality_names

        stats = self.retriever.stats
        parties = {w.lower() for words in roles()["parties"].values() for w in words}
        bodies = tuple(roles()["body_nouns"])  # "Socialnämndens": a body's name, which the scope reads
        places = municipality_names()
        # "i storumans socialnämnd": a municipality's genitive is its name too
        names = [w for w in re.findall(r"(?<![\w-])[a-zåäöé][^\W\d_]{2,}", question)
                 if w in stats.name_forms and w not in places and w.removesuffix("s") not in places and w not in parties
                 and not any(b in w for b in bodies)]
        if not names:
            return None
        framed = " ".join(f"{chunk.text if (chunk := self.index.chunks.get(c.chunk_id)) else c.quote} {c.title}"
                          for c in answer.citations).lower()
        unnamed = [w for w in names if not re.search(rf"(?<!\w){re.escape(w)}", framed)]
        return Facet(SUBJECT, " ".join(w.capitalize() for w in unnamed)) if unnamed else None

    def _said_with(self, citation: Citation) -> str:
        """A quote with what frames it: its document's title, its section's heading and, for a table's row, the
        table's title and header above it in its passage (or carried as the passage's context): "Avgiftsfinansierad
        verksamhet 152 631 ..." is a row of the investment budget."""
        from assistant.evidence.table_rows import is_table_line

        chunk = self.index.chunks.get(citation.chunk_id) if citation.chunk_id else None
        framed = [citation.quote, citation.title, chunk.section or "" if chunk is not None else ""]
        if chunk is not None and is_table_line(citation.quote):
            at = chunk.text.find(citation.quote)
            framed += [chunk.context or "", chunk.text[max(0, at - TABLE_ABOVE):at] if at > 0 else ""]
        return " ".join(framed)

    def _refuse(self, raw: str, q: QueryAnalysis, sentences: list[Sentence], *, reason: str = "weak",
                text: str | None = None, notes: tuple[str, ...] = (), verdict: str | None = None) -> Answer:
        related = self._related(sentences)
        body = text or refusal_text(q.answer_language, reason, bool(related))
        return Answer(question=raw, answer=body, refused=True, verdict=verdict, related=related,
                      language=q.answer_language, notes=notes)

    def _of_named_municipality(self, q: QueryAnalysis, sentences: list[Sentence]) -> list[Sentence]:
        """A claim that names one municipality is about its documents (metadata): another municipality's sentence
        neither supports nor contradicts it ("Tranemo höjer VA-taxan" against Vårgårda's decision)."""
        named = self.retriever.named_municipality(q)  # a name opening the claim is a term: both count
        if named is None:
            return sentences
        return [s for s in sentences if not s.chunk.municipality or s.chunk.municipality == named]

    def _documents_say(self, phrase: str) -> bool:
        """Some document uses the phrase (case and spacing aside)."""
        return self._documents_write(rf"{re.escape(phrase.lower())}(?!\w)")

    def _municipalities_of(self, sources: Sequence[Any]) -> list[str]:
        """The municipalities (document metadata) of the sources' documents."""
        paths = {getattr(s, "doc_path", None) for s in sources}
        return sorted({d.meta.municipality for d in self.index.documents.values()
                       if d.path in paths and d.meta.municipality})

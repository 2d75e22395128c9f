"""The calculator's figure as an answer: whether it states what was asked (year, kind, outcome or forecast)."""
from __future__ import annotations

import logging
import re
from dataclasses import replace
from collections.abc import Callable, Sequence
from typing import Any

from assistant.compose import answer as answer_rules
from assistant.understand import followup
from assistant.compose.answer import (
    ExtractiveComposer,
)
from assistant.evidence.amount_stretch import names_year_of_amount, states_outcome_of
from core.years import year_of_date, years_in
from assistant.compose.citations import finalize
from assistant.budget.deviation import told_with_outcome
from assistant.budget.columns import (asks_only_outcome, asks_outcome, asks_whole_year_outcome,
                                      column_kind, column_states_outcome, family, names_months, period_kind,
                                      says_to_date,
                                      states_outcome)
from assistant.budget.layout import MONTH_PERIOD, months_covered
from assistant.understand.query import (QueryAnalysis)
from assistant.retrieval.retrieve import Filters, Sentence
from assistant.evidence.headings import frame
from assistant.evidence.sentences import (UNSAID_CHARS)
from core.types import Answer
from assistant.budget.outcome_tables import outcome_book
from assistant.evidence.claim_amounts import claims_outcome
from assistant.budget.named_source import source_book, tableless_source, titled_source
from assistant.understand.parts import (
    statement_before,
)
from assistant.evidence.near_miss import measures, other_slot, total_for_rate
from assistant.evidence.sentences import amounts_in
from assistant.understand.subset import says_qualifier, subset_groups

from assistant.answering.prose import TextJudgement

from assistant.understand.coverage import POINTER

log = logging.getLogger(__name__)

# "hur mycket av det", "how much of that": a part of the figure an earlier turn asked about (the pointing words of
# understand/coverage.py, and their plurals), not "av den budgeten"
PART_OF_EARLIER = re.compile(rf"\b(?:av|of)\s+(?:{POINTER}|dem|dessa|those)\b(?!\s+\w+(?:en|et|na)\b)", re.I)


def _row_name(label: str) -> str:
    """A row's name without its unit and case ("Årets resultat, mnkr (Bjuv)" is "årets resultat (bjuv)": the place a
    comparison adds stays)."""
    from assistant.budget.matching import without_unit

    place = re.search(r"\s*\((?P<name>[A-ZÅÄÖ][^()]*)\)$", label)  # "(Bjuv)": a place, not a unit "(mnkr)"
    if place is None:
        return without_unit(label).strip().lower()
    return (without_unit(label[:place.start()]).strip() + " " + place.group("name")).lower()


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
        # Budget 2025 column does not answer it; a deviation told with its budget and outcome is the outcome's
        return all(column_states_outcome(c) for c in (columns[2:] if told_with_outcome(columns) else columns))
    if figure.stated:  # amounts read from prose: each is judged in its own words, of the year asked
        asked = set(years_in(question))
        # a source naming the asked year in an amount's own words speaks for that year before one naming none
        # ("-6,6 miljoner i år" is 2020's forecast; the 5,4 million package beside it is no outcome of 2020)
        sources = [s for s in figure.sources if names_year_of_amount(s.quote, year_of_date(s.date), asked)] \
            or figure.sources
        return any(states_outcome_of(s.quote, year_of_date(s.date), asked) for s in sources)
    return any(states_outcome(s.quote) for s in figure.sources)


FORECAST, BUDGET = "Prognos", "Budget"  # what a year underway is expected to come to; what was set before it began


FORECAST, BUDGET = "Prognos", "Budget"  # what a year underway is expected to come to; what was set before it began


def _budget_for_forecast(figure: Any, question: str) -> bool:
    """The question asks a forecast and the calculator's cells are all of budget columns ("prognosen för helåret"
    read from "Budget 2024": the income statement budgeted the result, no table forecasts it). A forecast revises the
    budget, so the budget's figure is not it; a plan year's column ("Plan 2028" of a population projection) or an
    outcome the forecast is set against ("Utfall 2024") may be what is asked, and "budget" asked may be read from a
    plan year ("the Social Democrats' budget ... 2022": its "Plan 2022"). So, the other way round, is a budget asked
    ("vad var budgeterat för 2024?") and every cell of a forecast's column ("Prognos 2024"): the forecast revised
    what the budget set."""
    asked = column_kind(question)
    inputs = figure.calculation.inputs if figure.calculation is not None else ()
    columns = [i.column for i in inputs if i.column]
    if asked is None or family(asked) not in (FORECAST, BUDGET) or figure.stated or not columns:
        return False
    other = BUDGET if family(asked) == FORECAST else FORECAST
    return all(family(column_kind(c) or "") == other for c in columns)


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


def _wholes_of_parts(table: Any, columns: Sequence[str]) -> list[str]:
    """The label of the column before each of `columns` that is a part of it ("Besparing 2025, tkr" before "Därav
    personalkostnader, tkr"): what the part is a part of, and so what it measures."""
    from assistant.budget.matching import is_part_kind

    return [table.columns[i - 1].label for i, c in enumerate(table.columns)
            if i and c.label in columns and is_part_kind(c.kind or c.label)]


class FigureAnswering:
    """The calculator's figure as an answer: whether it states what was asked (year, kind, outcome or forecast). A part of Assistant (assistant/build.py): it uses the index, the retriever and the other parts."""

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
        judged by its parts elsewhere; a change of one row over its years is that row's measure still ("hur mycket
        ökar driftkostnaden när boendet är klart": the investment row's change from 2025 to 2027 is no cost of
        running it), but not a change between its budget and outcome of one year (an overspend asked of an operating
        budget), nor one a follow-up asks (its analysis holds the earlier turn's words: "skatteintäkterna", then
        "generella statsbidrag" asked, is no measure the change must name)."""
        calculation = figure.calculation
        over_years = calculation is not None and calculation.operation in ("change", "percent_change") \
            and not q.followup and len({i.label for i in calculation.inputs}) == 1 \
            and len({tuple(years_in(i.column or "")) for i in calculation.inputs}) > 1
        if calculation is not None and calculation.operation != "lookup" and not over_years:
            return False
        if calculation is not None and total_for_rate(self._slots_asked(q), [i.unit for i in calculation.inputs],
                                                      calculation.inputs):
            return True  # "kommunalskatt" asked: a rate, which no total in mnkr states
        asked, said = self._slots_asked(q), self._figure_said(figure)
        if other_slot(asked, said) is not None:
            return True
        # a row whose words name no measure is what its table's kind measures: an operating budget's committee row is
        # the committee's frame, no saving ("hur mycket ska socialnämnden spara")
        kinds = self._kinds_measured(figure) if not measures(said) else frozenset()
        return bool(kinds) and other_slot(asked, " ".join(sorted(kinds))) is not None

    def _figure_said(self, figure: Any) -> str:
        """What says what the calculator's figure is: its sentences when read from prose; else its tables' titles,
        its rows' sections and lines and the looked-up columns, a column of a part with the column it is a part of
        ("Därav personalkostnader, tkr" of "Besparing 2025, tkr": a saving)."""
        columns = [i.column for i in figure.calculation.inputs] if figure.calculation is not None and \
            not figure.stated else []
        wholes = [w for t in self._cited_tables(figure) for w in _wholes_of_parts(t, columns)] if columns else []
        return " ".join([*columns, *wholes, *self._sources_said(figure)])

    def _sources_said(self, figure: Any) -> list[str]:
        """What says what each of the figure's sources is: a sentence itself; a table row its line, its sections
        and its table's title."""
        if figure.stated:
            return [s.quote for s in figure.sources]
        tables = self._cited_tables(figure)
        out = []
        for source in figure.sources:
            held = [(t, r) for t in tables for r in t.rows if (r.source.doc_path, r.source.start) ==
                    (source.doc_path, source.start)]
            out.append(" ".join([*(f"{t.title} {' '.join(r.sections)}" for t, r in held), source.quote or ""]))
        return out

    def _measure_left_open(self, q: QueryAnalysis, figure: Any, judged: Callable[[], TextJudgement]) -> bool:
        """A table's figure names no measure at all where the question asks one (evidence/near_miss.measures:
        "spara" asked, "Kultur och fritid | 3" of "Fördelning av 100 kronor i skatt"), and the sentence the text
        answer would quote names the asked measure with an amount ("Nämnden ska spara 850 000 kronor 2025"): the
        prose states what is asked, the row only the topic."""
        asked = measures(self._slots_asked(q))
        if not asked or figure.stated or measures(self._figure_said(figure)) or asked & self._kinds_measured(figure):
            return False
        chosen = self._prose_evidence(q, judged())
        return bool(chosen) and bool(asked & measures(f"{chosen[0].text} {chosen[0].chunk.title or ''}")) \
            and bool(amounts_in(chosen[0].text))

    def _cited_tables(self, figure: Any) -> list[Any]:
        """The tables holding a row the calculator's figure cites."""
        cited = {(s.doc_path, s.start) for s in figure.sources}
        return [t for t in getattr(self.figures, "tables", ()) if t.doc_path in {d for d, _ in cited}
                and any((r.source.doc_path, r.source.start) in cited for r in t.rows)]

    def _kinds_measured(self, figure: Any) -> frozenset[str]:
        """The measures the kinds of the figure's tables name: an operating budget's committee row is the committee's
        frame ("vilken ram har socialnämnden ...": "drift"), though its caption says only "Belopp i mnkr"."""
        from assistant.budget.matching import table_kind_of

        return measures(" ".join(sorted({kind for t in self._cited_tables(figure) if (kind := table_kind_of(t))})))

    def _slots_asked(self, q: QueryAnalysis) -> str:
        """The words whose slots a figure must fill: the question's, with the earlier turn's topic merged in; a
        follow-up naming a row of its own ("och generella statsbidrag samma år?" after "hur mycket skatteintäkter
        ...?") replaces the earlier turn's row and its measure, as the calculator's plan does (plan.merge), so only
        its own words are asked. One asking a part of the earlier figure ("hur mkt av det ska socialnämnden stå för?"
        after "hur mycket sparar mellerud totalt?") asks it of the earlier measure: the committee's saving, no frame."""
        if q.followup and q.own and self._names_rows(q.own) and not PART_OF_EARLIER.search(q.own):
            return q.own
        return q.original

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

    def _figures(self, question: str, history: list[str], lang: str, filters: Any, leaning: bool = False) -> Any:
        chosen = Filters.from_any(filters)
        if self.figures is None or not (chosen.empty or chosen.only_municipalities):
            return None
        from assistant.budget.answer import answer_figures

        book = self.figures.of_municipalities(chosen.municipalities) if chosen.municipalities else self.figures
        # the calculator merges history into the question: only for a real follow-up (or a later part of one
        # question asking another figure of the first part's thing: `leaning`), never for a new topic
        earlier = tuple(history) if history and (leaning or followup.is_followup(question, history)) else ()
        if earlier:  # "nämndens budget": the body the conversation named, by its name
            question = followup.named_body(question, earlier)
        standalone = followup.restated(question, history, self._places()) if earlier and not leaning else None
        if standalone is not None:  # "och för barn?": the earlier question with its phrase replaced stands alone
            question, earlier = standalone, ()
        asked = self._asked_of_tables(question)
        titled = titled_source(asked, book)
        if titled is not None:  # "enligt Mål och budget 2025": that document's tables, the question without its title
            found = answer_figures(titled[1], titled[0], history=earlier, language=lang,
                                   counts=self._stated_counts(titled[1]),
                                   similarity=self._label_similarity)
            if found is not None and not found.refused:
                return found
            asked = titled[1]
        if tableless_source(asked, book):  # "enligt nyheten": what the news says, which no table of it holds; the
            # amounts the documents state, not another document's cells
            book = book.part(("prose",), lambda whole=book: (replace(d, tables=()) for d in whole.documents))
        named = source_book(asked, book)
        if named is not None:  # "enligt KS-protokollet": the tables of the document named as the source first
            found = answer_figures(named[1], named[0], history=earlier, language=lang,
                                   counts=self._stated_counts(named[1]),
                                   similarity=self._label_similarity)
            if found is not None and not found.refused:
                return found
        found = answer_figures(asked, book, history=earlier, language=lang, counts=self._stated_counts(asked),
                               similarity=self._label_similarity)
        return self._as_outcome(asked, found, book, earlier, lang) or found

    def _as_outcome(self, asked: str, found: Any, book: Any, earlier: tuple, lang: str) -> Any:
        """"vad blev resultatet 2024?", "hur mycket investerade Bjuv 2024?": a year's figure asked in the past tense
        is what the year came to. When the calculator read it in a budget's, plan's or forecast's column, the same
        row read in the tables of outcomes (budget/outcome_tables.py) answers instead; None when there is none, or
        the outcome tables answer of another row (they hold other rows: no reason to leave the one asked)."""
        if found is None or found.refused or found.calculation is None:
            return None
        inputs = found.calculation.inputs
        # "utfallet 2024" read in "Utfall jan–aug 2024": the year's first months, not the whole year's outcome asked
        partial = column_kind(asked) == "Utfall" and not names_months(asked) and bool(years_in(asked)) and any(
            i.column and months_covered(i.column) < 12 for i in inputs)
        if not partial and (column_kind(asked) or not (
                asks_whole_year_outcome(asked) or claims_outcome(asked, set(years_in(asked))))):
            return None
        if not inputs or (not partial and all(column_states_outcome(i.column) for i in inputs if i.column)):
            return None
        if partial:  # the year's outcome of the place whose months were read, not another municipality's
            places = {d.municipality for d in book.documents if d.doc_path in {s.doc_path for s in found.sources}}
            book = book.of_municipalities([p for p in places if p]) if len(places) == 1 and None not in places else book
        outcomes = outcome_book(book, years_in(asked))
        if outcomes is None:
            return None
        from assistant.budget.answer import answer_figures

        other = answer_figures(asked, outcomes, history=earlier, language=lang, counts=self._stated_counts(asked))
        if other is None or other.refused or other.calculation is None:
            return None
        rows = {_row_name(i.label) for i in inputs}
        if partial:  # the months' table names the year's row otherwise ("Periodens/årets resultat"): one row each
            return other if len(rows) == len({_row_name(i.label) for i in other.calculation.inputs}) == 1 else None
        return other if {_row_name(i.label) for i in other.calculation.inputs} == rows else None

    def _label_similarity(self, topic: str, labels: Sequence[str]) -> list[float]:
        """The index's embedder's cosine similarity of the topic (a query) to each row label (a passage); a label's
        vector is embedded once per assistant (assistant/budget/row_meaning.py)."""
        import numpy as np

        embedder = self.index.embedder
        vectors = self.__dict__.setdefault("_label_vectors", {})
        new = [label for label in labels if label not in vectors]
        if new:
            vectors.update(zip(new, embedder.embed_documents(new)))
        topic_vector = embedder.embed_query(topic)
        return [float(np.dot(vectors[label], topic_vector)) for label in labels]

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

    def _figure_answer(self, raw: str, q: QueryAnalysis, figure: Any, sentences: list[Sentence]) -> Answer:
        citations = self._figure_citations(figure)
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

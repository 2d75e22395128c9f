"""Questions of several parts or places: split, answered part by part, merged."""
from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from assistant.understand import followup, referent
from assistant.compose.citations import finalize
from assistant.evidence.table_rows import is_table_line
from assistant.compose.parts_merged import unrepeated
from assistant.budget.municipal import names_said
from assistant.understand.query import (QueryAnalysis)
from assistant.retrieval.retrieve import Filters
from assistant.evidence import shared
from assistant.evidence.sentences import (text_stems)
from core.types import Answer, Citation, Hit
from assistant.understand.coverage import covered
from assistant.understand.parts import (
    COMPARING, compared, distribute, named_body, share_scope,
)
from assistant.understand.sources import named_sources
from assistant.understand.stated_figure import figure_then_asked
from assistant.understand.agreement import agreement
from assistant.understand.including import including
from assistant.understand.remaining import left_after
from assistant.compose import followup_figures
from assistant.compose.place_comparison import compare_places


log = logging.getLogger(__name__)


PART_LABEL = {"sv": "Om ”{part}”:", "en": "On “{part}”:"}  # a part of a compound question the documents do not answer


DEFINITE_FORMS = ("en", "et", "n", "t")  # "delårsrapporten", "protokollet", "nyheten": one document, not the kind


MARKER = re.compile(r"\[(\d+)\]")


class CompoundAnswering:
    """Questions of several parts or places: split, answered part by part, merged. A part of Assistant (assistant/build.py): it uses the index, the retriever and the other parts."""

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
        from assistant.understand.sources import without_source_phrases

        columns = self.figures.index.lexicon.columns
        asked = part[len(preamble):] if preamble and part.startswith(preamble) else part
        # the municipality said with every part ("..., och vad är prognosen för helåret i Sandviken?") is where, not what
        # "enligt kommunstyrelsens protokoll i september": where the figure is written, no topic of its own
        own = followup.own_topic(without_source_phrases(followup.without_places(asked, self._places())))
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
        first_groups, groups = self._analyse(asked[0], history).groups, self._analyse(part, history).groups
        loser = shared.yielding_part(first_groups, groups, lambda groups: self.retriever.stats.coverage(groups, present),
                                     (shared.verb_groups(asked[0], first_groups), shared.verb_groups(part, groups)))
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

    def _with_compared(self, parts: list[str], history: list[str], language: str, filters: Any) -> list[str]:
        """The parts with a comparison of two things stated in prose as one question for each
        (understand.parts.compared); a question asking no more than the comparison follows them, so the
        difference it asks is computed from their answers. Tables compare rows themselves: a comparison the
        calculator computes stays one question."""
        lang = "en" if language == "en" else "sv"
        out: list[str] = []
        differs = any(followup_figures.asked_operation(part) == "difference" for part in parts)
        for i, part in enumerate(parts):
            resolved = named_body(part, part)  # "A:s kommunbidrag än nämndens prognos": the body A names, by its name
            part = resolved if resolved != part and (compared(resolved, lang) or compared(resolved, lang, True)) \
                else part
            # the gap and what covers it, the whole and the part drawn from it, a figure and what is added to it, each
            # from its document
            covering = covered(part, self._places(), lang) or left_after(part, lang) or including(part, lang)
            if covering:
                out.extend([*covering, part])  # the question last: what remains computed of the two
                continue
            # "Budgeten hade en prognos för 2024. Hur mycket bättre blev utfallet?": the statement's figure and the
            # asked one, each from its own document, their difference computed
            stated = figure_then_asked(part) if differs and lang == "sv" else []
            if stated:  # the asked figure first: it is asked of its own, not of the statement's ("det faktiska ...")
                out.extend(reversed(share_scope(stated, self._places())))
                if len(parts) == 1:
                    out.append(part)
                continue
            two = compared(part, lang)
            leaned = [] if two else compared(part, lang, leaning=True)
            figure = self._figures(part, history, lang, filters) if two or leaned else None
            if leaned and figure is not None and figure.refused and figure.refusal == "absent":
                # one thing's two figures no table holds both of ("ram för 2027 jämfört med budgeten för 2026": the
                # frame stated in a decision): each asked, the later leaning on the first, the change computed
                two = leaned
            if not two or (figure is not None and not figure.refused and not figure.stated
                           and figure.calculation is not None and figure.calculation.operation != "lookup"):
                out.append(part)
                continue
            # "tibro: ... jämfört med mål och budget": a document a side names is the municipality's the question names
            scoped = share_scope([part, *two], self._places())[1:]
            out.extend(s if named_sources(side) else side for side, s in zip(two, scoped))
            if len(parts) == 1:
                out.append(part)  # the question itself, last: what it asks of the two
        return out

    def _agreement(self, raw: str, question: str, language: str, filters: Any) -> Answer | None:
        """"Stämmer A i pressmeddelandet med budgetdokumentet?": each side's figure asked of its own document
        (understand.agreement), within the one municipality either names: when both state one amount, that told with
        both; None when the question asks no such thing, either side states no amount or they differ (the claim is
        checked)."""
        sides = share_scope(agreement(question), self._places())
        if not sides:
            return None
        answers = [self._answer_one(raw, side, None, [], language, filters, {}) for side in sides]
        agreed = followup_figures.compute(question, sides, lambda turn, before: answers[sides.index(turn)],
                                          "en" if language == "en" else "sv", operation="agreement")
        agreed = self._verified(agreed) if agreed is not None else None
        if agreed is None or agreed.calculation is None or agreed.calculation.result:
            # two amounts that differ may be a side answered by another figure of its document (a transport's cost
            # for the hall's): the claim the question makes is checked instead
            return None
        log.info("överensstämmelse: två sidor")
        return self._merge(raw, [*answers, agreed], [*sides, question])

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

    def _earlier_evidence(self, question: str, history: list[str], language: str, filters: Any) -> tuple:
        """What the answer to the turn a pointing-back follow-up leans on cited ("Hur ska det finansieras?")."""
        if not history or not followup.refers_back(question) or not followup.is_followup(question, history):
            return ()
        turn = followup.antecedent(question, history)
        before = self._answer_one(history[turn], history[turn], None, history[:turn], language, filters, {})
        # a table's header line is what names the columns, not what the earlier turn said
        return () if before.refused else tuple(c for c in before.citations if c.role != "header")

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

    def _leaning_on_first(self, raw: str, part: str, first_part: str, first: Answer, history: list[str],
                          language: str, filters: Any, timings: dict[str, float]) -> Answer | None:
        """A later part that no passage or table answers on its own, asked as a follow-up to the first part (in the
        municipality of the first part's answer); None when that answers nothing either."""
        scoped = self._first_answers_place(part, first, filters)
        answer = self._answer_one(raw, part, None, history + [first_part], language, scoped, timings, leaning=True)
        return None if answer.refused else answer

    def _half_of_named_documents(self, q: QueryAnalysis, figure: Any) -> bool:
        """The calculator's amount is stated in one document's prose while the question names two kinds of document
        as its sources ("inköpen enligt S-budgeten jämfört med handlingsplanen"): it answers for one of them only. A
        year beside one kind ("S satsning i budgeten 2021-2023") names that document's period, no second source."""
        return bool(figure.stated and figure.sources) and len({s.doc_path for s in figure.sources}) == 1 \
            and len(set(q.doc_types)) >= 2 and self._names_documents(q)

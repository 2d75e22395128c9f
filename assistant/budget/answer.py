"""answer_figures: a question about budget figures -> a short cited answer with its calculation.

Returns None when the question is not about figures (retrieval answers it instead). Every number in
the text comes from a cited table cell or text amount; the trace shows how it was computed.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import Decimal

from assistant.budget.allocation import allocation_amounts, asks_allocation, going_to
from assistant.budget.columns import (
    COMPARING, WHOLE_YEAR, asks_outcome, family, holds, kind_of_word, moves_year, names_column_kind, period_words,
    stated_kinds, to_date_word)
from assistant.budget.committees_measured import committees_measured
from assistant.budget.compose import FigureAnswer, FigureValue, table_answer, text_answer
from assistant.budget.execute import Outcome, Refusal, execute
from assistant.budget.matching import (DEFINITE_ENDINGS, FUNCTION_WORDS, MIN_PART, Lexicon, group_stems, inflects, stem,
                                      stems, table_words, tokens, committee_mentions, compound_parts_said,
                                      without_unit)
from assistant.budget.layout import MONTH_PERIOD
from assistant.budget.per_column import per_column, states_per
from assistant.budget.quantity import times_quantity
from assistant.budget.stated_counts import (StatedCount, of_places, per_count_of_text, per_period, per_stated_count,
                                           per_word, said_per)
from assistant.budget.municipal import compare, scope
from assistant.budget.rows_kind import labelled_as, tables_of_rows_asked
from assistant.understand.followup import names_own_thing
from assistant.budget.amount_share import share_of_amount
from assistant.budget.kind_added import kind_added
from assistant.budget.text_forecast import forecast_told
from assistant.budget.year_kinds import each_kinds_figure, each_years_kind
from assistant.budget.stated_change import stated_change
from core.years import year_of_date, years_in
from assistant.evidence.amount_slots import BACK_POINTING
from assistant.budget.notes import note_answer
from assistant.budget.plan import (
    ANY_COMPARATIVE, BY_HOW_MUCH_EITHER, CHANGE, DIFFERENCE, FIGURE, MAX, MEAN, MIN, MONEY_UNITS, PERCENT, RANK, RATIO,
    SHARE, SUM, Plan,
    asked_after_statement, in_columns, plan_question, sum_named, with_rows, without_count_alone,
)
from assistant.budget.store import FigureBook
from assistant.understand.language import detect_language
from assistant.understand.sources import source_phrases
from assistant.understand.words import asks_kronor
from assistant.budget.text_change import stated_difference, text_change, text_difference
from assistant.budget.text_share import text_share
from assistant.budget.text_sum import listed_items, listed_sum, text_sum
from assistant.budget.text_per_count import text_per_count
from assistant.budget.records import CellSource, Column, Table, TextAmount
from assistant.budget.row_groups import grouped_rows
from assistant.budget.row_meaning import Similarity, named_by_meaning
from assistant.budget.section_scope import within_named_section
from assistant.budget.selection import YEAR_KINDS, find_row, row_of_years, without_measure_rows
from assistant.budget.numbers import NUMBER_WORDS
from assistant.budget.units import Unit, unit_in
from assistant.budget.topics import STOP, best_amounts, names_no_topic, says_row
from assistant.understand.abbreviations import expand
from assistant.budget.whole_including import whole_including
from assistant.budget.place_whole import whole_of_place

__all__ = ["FigureAnswer", "FigureValue", "answer_figures"]

TEXT_INTENT = re.compile(r"\b(hur mycket|hur många " + MONEY_UNITS + r"|how many " + MONEY_UNITS + r"|hur stor\w*|"
                         r"vilket belopp|belopp\w*|hur många procent|how much|how large|"
                         r"how big|how high|what amount|what is the|vad är|vad får|vad kostar|kostar|costs?|summa\w*|hur högt?|högst|"
                         r"at most|maximalt)\b", re.I)
# the words for a table's rows, inflected but not as the first part of a compound ("nämndbuffertarna" are buffers)
GENERIC_ROWS = re.compile(r"\b(nämnd(?:en|er|erna|ens|ernas|s)?|committees?|boards?|styrelse(?:n|r|rna|ns)?|"
                          r"verksamhet(?:en|er|erna)?|rad(?:en|er|erna)?|post(?:en|er|erna)?)\b", re.I)
STRONG_TEXT_SCORE = 3.0
RANKING = ("max", "min", "rank", "mean", "sum", "share", "filter")  # operations over a table's rows as a set
SLASHED = re.compile(r"[^\W\d_]+(?:/[^\W\d_]+)+")  # words a slash joins as alternatives ("spara/effektivisera")

SEVERAL_SOURCES = re.compile(r"\benligt\b.+\benligt\b|\bboth\b|\bbåde\b|\brespektive\b|\baccording to\b.+\baccording to\b",
                             re.I)
QUESTION_WORD = re.compile(r"\b(hur|vad|vilken|vilket|vilka|how|what|which)\b", re.I)
GOAL = re.compile(r"\b(mål|målet|målen|målsättning\w*|syfte\w*|goal\w*|target\w*|aim\w*)\b", re.I)
FILLER = {"planåret", "budgetåret", "året", "år", "har", "hade", "ha", "ska", "skall", "kommer", "per", "varje",
          "nämnden", "nämnderna", "inom", "under", "mellan", "perioden", "nästa", "kommande", "förra", "next",
          "year", "years", "this", "last", "coming", "period", "budget", "budgeten", "get", "gets", "receive"}


def answer_figures(question: str, book: FigureBook, *, history: Sequence[str] = (),
                   language: str = "sv", claim: bool = False, money: bool | None = None,
                   column: str | None = None, counts: Sequence[StatedCount] = (),
                   similarity: Similarity | None = None) -> FigureAnswer | None:
    """Answer a question about figures in the book's tables or text amounts; None if it is not one.

    `claim=True` (used by verify.py) reads a claim stripped of its figures: it asks for figures by nature;
    `money` then says whether the claimed figure is a sum of money (True) or a percentage (False); `column`
    names the kind of column to read ("Budget", "Utfall") when the claim names none; `counts` are the counts the
    running text states (stated_counts.py), divided by when a figure is asked per one of something no row counts;
    `similarity` scores row labels against a topic (row_meaning.py), naming by meaning the row an English question
    names in no word the tables or the glossary hold.
    """
    if book.is_empty:
        return None
    names, question_alone, history_alone = scope(question, book, history)
    if len(names) >= 2 and not claim:  # "Vilken kommun lägger mest på ..., Vårgårda eller Tranemo?"
        lang = "en" if language == "en" or detect_language(question) == "en" else "sv"
        return compare(question, names, book, lang, counts)
    if names:  # one municipality's figures only; its name is not a topic word
        book, question, history = book.of_municipalities(names), question_alone, history_alone
        counts = of_places(counts, names)
        if book.is_empty:
            return None
    index = book.index  # built once per book
    plan = plan_question(question, index.lexicon, history)
    if not history:
        plan = without_count_alone(question, plan)
    if not claim:  # a follow-up's rows are sought again with the earlier turns' words ("och 2027 då?", "och samma
        # period året innan?")
        plan = _rows_of_the_years(question, plan, index.lexicon, book.tables, history)
        plan = _rows_of_the_months(question, plan, index.lexicon, book.tables, history)
    lang = "en" if language == "en" or detect_language(question) == "en" else "sv"
    if lang == "en" and not plan.unknown and history and not plan_question(question, index.lexicon).rows:
        plan = _own_rows_in_swedish(question, plan, index.lexicon, history)
    elif lang == "en" and not plan.unknown and not (plan.rows and plan.intent
                                                    and not _said_inside_phrases(question, plan.said)):
        # rows asked by their own English words stand; a word of a longer phrase ("tax" of "the combined municipal
        # and regional tax rate") is read as the phrase says it in Swedish
        plan = _rows_in_swedish(question, plan, index.lexicon, history)
    if lang == "en" and similarity is not None and not history and not claim:
        # "replacing street lighting with LED": "Gatubelysning, byte till LED", a row no word of the glossary names
        plan = named_by_meaning(plan, leftover_topic(question, plan, index.lexicon.columns), book.tables, similarity)
    plan = replace(plan, language=lang)
    if column is not None and plan.column_kind is None:
        plan = replace(plan, column_kind=column)
    asking = asking_turn(question, history)  # "och 2023?" after "hur många ...?": it asks how many too
    # the tables counting what is asked are read as counts whether or not the plan asks for figures by its own words
    # ("hur många föddes det året?" after a turn on the population: a table stating no unit holds counts)
    counted = _counted_tables(asking, plan, book.tables)
    if counted and not plan.intent:
        plan = replace(plan, intent=True, operation=plan.operation or "lookup",
                       column_kind=_counting_column(plan, book.tables, counted) or plan.column_kind)
    exclude = _non_topic_words(question, plan)
    noted = None if claim else note_answer(question, plan.rows, book.tables, lang)
    if noted is not None:  # "Vilken not hänvisar raden ... till?": the row's cell in the Not column
        return noted
    if not claim and plan.operation == "sum":
        # "räkna ihop förstärkningarna (körkort, buss, föräldrastöd)": the amount the text states for each part
        summed = _listed_parts_sum(question, index, lang)
        if summed is not None:
            return summed
    if not claim and plan.intent and plan.operation in (None, "lookup"):
        # "hur mycket går till elevhälsan?": the amount the text says goes there, not the frame it is part of
        going = going_to(question, index.amounts)
        if going and _rows_in_named_column(question, plan, book.tables):
            # "av varje hundralapp": the row's cell in the column named by that sum, or an amount said of that sum
            # ("2 700 kronor" of a month's tax is another figure)
            going = [(s, a) for s, a in going if _of_named_sum(question, a)]
        if plan.years:
            going = [(s, a) for s, a in going if _about_years(a, plan.years) or _budget_years(a, book, plan.years)]
        if going:
            return text_answer(going, lang, index.amounts.amounts())
    if claim:
        plan = replace(plan, intent=True, operation=plan.operation or "lookup")
    elif plan.intent and plan.operation in (None, "lookup") and asks_allocation(question):
        # "får äldreomsorgen extra": the tables hold the whole frame, the extra sum is told in the text
        given = allocation_amounts(question, plan.rows, plan.said, index.amounts)
        if plan.years:
            given = [(s, a) for s, a in given if _about_years(a, plan.years) or _budget_years(a, book, plan.years)]
        if given:
            return text_answer(given, lang, index.amounts.amounts())
    if money is None and not claim and asks_kronor(question):
        money = True
    texts = (best_amounts(question, index.amounts, exclude, plan.said and plan.rows, money, lang)
             if claim or TEXT_INTENT.search(expand(question)) else [])  # "hur mkt": "hur mycket"
    if not texts and history and not claim and not plan.rows and not plan.table_kind \
            and (plan.operation in ("change", "percent_change") or plan.column_kind in CHANGE_KINDS) \
            and names_no_topic(question, exclude | _compared_words(question)):
        # "hur stor förbättring är det?" after "vad var socialförvaltningens prognos 2020?", "hur mycket sämre är
        # den än budget?" after "vad är helårsprognosen?": a follow-up asking a change or a deviation and naming no
        # thing of its own (a comparative and the kind of figure it is held against name none), nor a row the
        # conversation named, asks how the amounts the conversation's words find changed
        texts = best_amounts(" ".join((*history, question)), index.amounts, exclude, plan.said and plan.rows, money,
                             lang)
    if not claim and SUM.search(question) and not PERCENT.search(question):
        texts = [(s, a) for s, a in texts if a.unit is not Unit.PERCENT]  # a total ("hur mycket totalt") is no rate
    if plan.years and not claim:  # "underskottet 2017": only amounts said about that year, or in a budget whose
        # tables cover it (its prose is about its years unless it names another: _of_other_years)
        texts = [(s, a) for s, a in texts if _about_years(a, plan.years) or _budget_years(a, book, plan.years)]
        texts = [_for_year(s, a, plan.years, index.amounts.amounts()) for s, a in texts]
        # "från -14,3 miljoner förra året till en prognos på -6,6 miljoner i år": each amount of its own year
        if not _dates_a_document(question, plan.years):
            texts = [(s, a) for s, a in texts if not _of_other_years(a, plan.years)] or texts
    if plan.column_kind and not claim:  # "det budgeterade resultatet": a forecast said of it is another figure
        texts = [(s, a) for s, a in texts if _of_kind(a, plan.column_kind)]
    # "föreningsbidragen totalt": the grand total of the one table its title names
    titled = None if claim else (titled_total(question, plan, book.tables, index.lexicon.columns)
                                 or total_of_the_years(plan, book.tables)
                                 or whole_of_place(question, plan, book.tables, history))  # "totalt i kommunen"
    titled = row_of_the_years(question, plan, titled, book.tables, index.lexicon.columns)
    if titled is not None and _counts_things(asking, plan, titled[0]):
        # "hur många invånare hade Mellerud 2019?", "hur mycket ökade antalet årsarbetare": a count of what a table of
        # counts is titled by ("Befolkning 31 december") asks for its figures, as a count of a row's things does
        # (_counted_tables); a table stating no unit is read as those counts
        if not plan.intent:
            plan = replace(plan, intent=True, operation=plan.operation or "lookup")
        if titled[0].stated_unit is None:
            counted |= {titled[0].id}
            titled = (replace(titled[0], unit=Unit.NUMBER), titled[1])
    # "vilket verksamhetsområde har störst underskott": the rows of the tables whose rows are of the kind asked which of
    among = tables_of_rows_asked(question, book.tables) if plan.intent and not plan.rows and not plan.table_kind \
        and plan.operation in RANKING and not claim else ()
    if plan.intent and plan.operation == "sum" and not plan.rows and not plan.table_kind and titled is None:
        # "gång- och cykelvägar sammanlagt": the rows of one table its words name, where no row is named whole
        plan = grouped_rows(question, plan, book.tables)
    tabular = plan.intent and (plan.rows or plan.table_kind or plan.unknown or titled is not None or bool(among) or (
        GENERIC_ROWS.search(question) and plan.operation in RANKING) or plan.within is not None)
    if tabular and not claim and (_about_something_else(question, plan, index.lexicon.columns, book.tables)
                                  or _share_of_another_whole(question, plan, index.lexicon.columns, book.tables) or (
            titled is None and (_rows_in_general_of_else(question, plan, index.lexicon.columns, book.tables)
                                or _forecast_elsewhere(question, plan, book.tables)))):
        tabular = False
    table_years = bool(plan.years) and any(all(y in t.years for y in plan.years) for t in book.tables)
    if texts and tabular and table_years and not claim and texts[0][0] >= STRONG_TEXT_SCORE and \
            _states_what_is_asked(question, plan, texts[0][1], index.lexicon.columns, book.tables):
        table_years = False  # "hur mycket ska nämnderna effektivisera 2025": the sum the text says they save, not
        # the row's frame of that year
    if texts and texts[0][0] >= STRONG_TEXT_SCORE and history and not claim and _names_no_row(question, index) \
            and names_own_thing(question):
        # a follow-up whose own words find a stated amount ("Hur mycket av det går till sommarlovsaktiviteter?"):
        # the row and the year it borrowed from the earlier question do not make it a table lookup
        tabular = False
    if texts and tabular and plan.operation == "share" and not claim and texts[0][1].unit is not Unit.PERCENT:
        if not plan.rows:  # "hur stor andel av årets investeringsbudget hade använts": a share of a kind of table
            # asked naming no row of it, whose part and whole the text states
            shared = text_share([a for _, a in texts[:3]], index.amounts.amounts(), question, lang)
            if shared is not None:
                return shared
        texts = []  # a share asked of a row the tables hold: a sum of money the text states is no share
    if texts and tabular and not claim and _rows_held_against(plan) and not _names_any_row(texts[0][1], plan):
        texts = []  # "hur mycket större är socialnämndens underskott än BUN:s": two rows of the tables held against
        # each other; an amount of the text naming neither is about something else
    if texts and tabular and plan.rows and plan.said and not _names_any_row(texts[0][1], plan) and \
            _rows_in_named_column(question, plan, book.tables):
        texts = []  # "43 kr av varje hundralapp till skolan": the row's cell in the column the question names, not a
        # tax rate per hundralapp that names no row
    if texts and tabular and _names_other_rows_too(texts[0][1], plan, book.tables):
        texts = []  # "förskola, grundskola, gymnasieskola och vuxenutbildning får tillsammans 40 kronor" for
        # "förskola och grundskola": the amount of that row and another together; the row's own cell answers
    if texts and tabular and plan.operation == "sum" and plan.of_sign and len(committee_mentions(texts[0][1].clause)) == 1:
        texts = []  # "det sammanlagda underskottet för de nämnder som prognostiserade underskott": the sum over the
        # committees of that sign, not the one committee's deficit the text states
    if texts and not claim and _to_another_recipient(question, texts[0][1], plan, tabular):
        texts = []  # "hur många kronor ... går till äldreomsorgen": the row's figure, not what goes "till kommunen"
    if texts and (not tabular or (texts[0][0] >= STRONG_TEXT_SCORE and not table_years)):
        if (len(QUESTION_WORD.findall(question)) >= 2 or SEVERAL_SOURCES.search(question)) and not claim:
            return None  # two questions in one, or one per document: retrieval answers those
        if len(set(plan.years)) >= 2 and plan.operation in (None, "lookup") and not claim:
            return None  # "hur mkt räknades nämnderna upp 2021, 2022 och 2023": a figure for each year, which the
            # sentences retrieval quotes state, not one amount of them
        if not plan.rows or texts[0][0] >= STRONG_TEXT_SCORE:
            # "från -14,3 ... till -6,6": how much it changed, or "hur mycket mindre" the second is than the first
            changes = plan.operation in ("change", "percent_change", "difference") or bool(
                BY_HOW_MUCH_EITHER.search(question))
            if (changes or plan.column_kind in CHANGE_KINDS) and not claim:
                stated = stated_difference(texts[0][1], index.amounts.amounts())
                if stated is not None:  # "..., vilket är 5,3 miljoner kronor lägre än budget": the change as stated
                    return text_answer([(texts[0][0], stated)], lang, index.amounts.amounts())
            if changes and not claim:
                changed = text_change(texts[0][1], index.amounts.amounts(), lang,
                                      plan.operation == "percent_change" or bool(plan.percent))
                if changed is None and plan.operation == "difference" and not plan.percent:
                    # "hur mycket mer än bokfört värde fick ...": two amounts told in neighbouring sentences
                    changed = text_difference(texts[0][1], index.amounts.amounts(), lang)
                if changed is not None:
                    return changed
            if plan.operation == "share" and not claim:  # "hur stor del av paketet": the part of the whole stated
                shared = text_share([a for _, a in texts[:3]], index.amounts.amounts(), question, lang)
                if shared is not None:
                    return shared
            if (plan.operation == "mean" or per_word(question)) and not claim:
                # "vad kostar ett sommarjobb i snitt?": the sum divided by the count its sentence states
                spread = text_per_count(texts[0][1], index.amounts.amounts(), lang, per_word(question))
                if spread is not None:
                    return spread
            if plan.operation == "sum" and not claim:  # "lägger man ihop ...": each amount stated the same way
                told = [a for a in index.amounts.amounts() if not plan.years or _about_years(a, plan.years)]
                summed = text_sum(texts[0][1], told, (*plan.said, *plan.rows), lang)
                if summed is not None:
                    return summed
            return text_answer(texts, lang, () if claim else index.amounts.amounts())
    if not tabular and history and plan.intent and (plan.rows or plan.table_kind):
        tabular = True
    if not tabular:
        return None
    doc_year = index.doc_year
    # "hur många barn föddes": the figures of a table stating no unit are read as the counts the question asks
    # "hur många väntas det bli 2025?" of the children in förskolan: the table counting them, not a table of the
    # same rows' money holding that year too
    pool = [t for t in (among or book.tables) if t.id in counted and t.unit is Unit.NUMBER] or (among or book.tables)
    tables = tuple(replace(t, unit=Unit.NUMBER) if t.id in counted and t.stated_unit is None else t for t in pool)
    plan = grouped_rows(question, plan, tables)  # "föreningarna i Skänninge sammanlagt": the rows naming Skänninge
    plan = row_of_years(plan, index.lexicon, tables)  # "resultatet 2025–2027": the row so named that has those years
    # "hur mycket ska bun spara på gymnasieskolan": the committee is the section the row stands in, no row of its own
    plan, tables = within_named_section(question, plan, tables, _owned_by)
    if titled is not None:
        plan, tables = replace(plan, rows=(titled[1],)), (titled[0],)
    elif (measured := committees_measured(plan, tables)) is not None:  # "nämndernas nettokostnader": "Summa nämnder"
        plan, tables = measured  # of the tables of committees, before each year's kind is sought
    plan = owners_of_titles(question, plan, tables)  # "enligt socialnämndens åtgärdsplan": whose table, no row
    if titled is None and (including := whole_including(question, plan, tables)) is not None:
        plan, tables = including  # "den totala skatten inklusive regionen": the total of the region's table
    # "prognosen för 2024 jämfört med ramen för 2025": each year's figure of its own kind, wherever it is held
    outcome = None if claim or titled is not None else \
        each_years_kind(asked_after_statement(question), plan, tables, doc_year) or \
        each_kinds_figure(plan, tables, doc_year) or \
        stated_change(plan, tables)  # "i procent mot 2025" beside 2026 only: "Förändring mot budget 2025, %"
    if outcome is None and not claim and titled is None:  # "2025 om man räknar med det som ombudgeteras": the year's
        # budget with the carried-over column added, each read where it is held
        outcome = kind_added(question, plan, tables, doc_year)
    per = None if claim else asked_per(question, plan, history)  # "per invånare": what the figure is asked per
    if outcome is None and per and plan.operation == "per" and plan.denominator:
        # a row whose own table states it per the count ("Kr per inv. 2025"): that cell, not a division
        outcome = _stated_in_a_column(plan, tables, doc_year, per, own_years=bool(years_in(question)))
    try:
        outcome = outcome or share_of_amount(question, plan, tables, doc_year) \
            or per_count_of_text(question, plan, tables, doc_year, counts) or execute(plan, tables, doc_year)
        if per and outcome.operation == "lookup" and plan.denominator is None and not _rows_are(per, tables):
            # "vad kostar nämnden per invånare?" where no row counts the invånare: its table's column per invånare
            # ("Kr per inv. 2025"), else the count the text states
            divided = per_column(outcome, per, tables) or per_stated_count(
                question, plan, outcome, tables, doc_year, counts)
            if divided is None and outcome.cells and not per_period(per) and not said_per(outcome.cells[-1], per):
                return None  # "vad kostar förskolan per kvadratmeter?": the project's whole is no figure per one
            outcome = divided or outcome
        outcome = times_quantity(outcome, question, lang) or outcome  # "för 150 kubikmeter": the price times 150
        # "hur mycket sämre väntas resultatet 2024 bli än 2023": the forecast the text states, not the year's budget
        outcome = forecast_told(outcome, plan, index.amounts.amounts()) or outcome
    except Refusal as refusal:
        return FigureAnswer(text=refusal.en if lang == "en" else refusal.sv, sources=(), calculation=None,
                            refused=True, language=lang, refusal=refusal.reason)
    answer = table_answer(outcome, plan, lang, doc_year)
    if plan.goal is not None and outcome.unit == "%":
        answer = replace(answer, text=f"{goal_verdict(outcome.result, plan.goal, plan.goal_above, lang)} {answer.text}")
        stated = goal_source(plan.goal, [c.row_label for c in outcome.cells], book.amounts)
        if stated is not None:  # the goal as the documents set it, cited beside the rows that test it
            answer = replace(answer, text=f"{answer.text} {GOAL_SAID[lang]}: ”{stated.quote.lstrip(BULLETS)}” "
                                          f"[{len(answer.sources) + 1}].", sources=(*answer.sources, stated))
    return answer


def _listed_parts_sum(question: str, index, lang: str) -> FigureAnswer | None:  # type: ignore[no-untyped-def]
    """The sum of what the text states for each part the question lists, when no part is a row of the tables
    (those the calculator adds up cell by cell); None otherwise."""
    items = listed_items(question)
    if not items or any(plan_question(item, index.lexicon).rows for item in items):
        return None
    return listed_sum(items, index.amounts.amounts(), lang)


def asked_per(question: str, plan: Plan, history: Sequence[str]) -> str | None:
    """The word a figure is asked per: the question's own ("per invånare"), else, for a follow-up asking no
    operation of its own ("och äldreomsorgen?" after "... per invånare 2025?"), the earlier turn's, as its plan
    keeps that turn's years and measure."""
    own = per_word(question)
    if own is not None or not history or plan.operation not in (None, "lookup"):
        return own
    return per_word(history[-1])


def _rows_are(word: str, tables: Sequence[Table]) -> bool:
    """`word` names what a table's rows are ("driftbudget per verksamhet" of "| Verksamhet | Intäkter | ..."): how
    the figures are broken down, no count a figure is asked per."""
    return any(stem(word) in labelled_as(t) for t in tables)


def _stated_in_a_column(plan: Plan, tables: tuple[Table, ...], doc_year: int | None, word: str,
                        own_years: bool = True) -> Outcome | None:
    """The plan's figure row looked up, then read in its table's column per `word`; None when there is none. A year
    the question does not say itself (`own_years` False: the earlier turn's, "hur mycket kostar socialnämnden per
    invånare då?" after the population at the end of 2025) that no table of the row holds is no year asked of it."""
    named = tuple(r for r in plan.rows if r != plan.denominator)[:1]
    if not named:
        return None
    holding = [t for t in tables if any(r.label == named[0] for r in t.rows)]
    if plan.years and not own_years and not any(set(plan.years) <= set(t.years) for t in holding):
        plan = replace(plan, years=(), year_range=False)
    if not plan.years and not plan.relative_year:
        # no year asked: the row in a table stating it per `word` ("Kr per invånare 2027" in the budget), not the
        # figure of another table (an interim report's "Budget 2026") divided
        tables = tuple(t for t in holding if states_per(t, word)) or tables
    try:
        figure = execute(replace(plan, operation="lookup", rows=named, denominator=None, said=()), tables, doc_year)
    except Refusal:
        return None
    return per_column(figure, word, tables)


def _rows_held_against(plan: Plan) -> bool:
    """The plan computes with two rows or more of the tables (their difference, ratio or sum)."""
    return len(plan.rows) >= 2 and plan.operation in ("difference", "ratio", "sum")


def _names_any_row(amount: TextAmount, plan: Plan) -> bool:
    """The amount's sentence names one of the plan's rows, as the question said it or by its label."""
    said = set(stems(amount.source.quote))
    # a row's label may be said as the front of a compound ("Kultur och fritid": "kultur- och fritidsnämnden"); a word
    # the question said is said as it is ("skatt" is no "skattesatsen")
    return any(name and set(stems(name)) <= said for name in plan.said) or \
        any(name and says_row(stems(name), said) for name in plan.rows)


def _rows_in_named_column(question: str, plan: Plan, tables: Sequence[Table]) -> bool:
    """A table holding the plan's rows has the column the question names by a sum ("av varje hundralapp": a column
    "Kronor av 100")."""
    numbers = {n for w in tokens(question) if (n := sum_named(w))}
    rows = without_measure_rows(plan, tuple(tables))[0].rows if numbers else ()  # "i skatt": the table's title
    return bool(rows) and any(all(find_row(t, r) is not None for r in rows) and
                                 any(numbers & set(tokens(c.label)) for c in t.columns) for t in tables)


def _of_named_sum(question: str, amount: TextAmount) -> bool:
    """The amount's sentence says the sum the question names it of ("av varje hundralapp": "100" or "hundralapp")."""
    numbers = {n for w in tokens(question) if (n := sum_named(w))}
    said = tokens(amount.source.quote)
    return bool(numbers & ({n for w in said if (n := sum_named(w))} | set(said)))


def _names_other_rows_too(amount: TextAmount, plan: Plan, tables: Sequence[Table]) -> bool:
    """The amount's sentence names, beside a row asked, another row of a table holding it, every word of its label:
    the amount is theirs together."""
    holding = [t for t in tables if any(find_row(t, r) is not None for r in plan.rows)]
    asked = {row.label for t in holding for r in plan.rows if (row := find_row(t, r)) is not None}
    said = set(stems(amount.source.quote))
    linking = set(stems(" ".join(FUNCTION_WORDS)))
    return bool(asked) and _names_any_row(amount, plan) and any(
        row.label not in asked and not row.is_total and (words := set(stems(row.label)) - linking) and words <= said
        for t in holding for row in t.rows)


def _states_what_is_asked(question: str, plan: Plan, amount: TextAmount, columns: frozenset[str],
                          tables: Sequence[Table]) -> bool:
    """The amount's sentence names the row the question asks of and says all the question asks of it that no
    table holding the row has in its title ("Nämnderna ska effektivisera med 4,7 miljoner kronor" for "hur mycket
    ska nämnderna spara/effektivisera": one of the words a slash joins will do): the text answers, the row's cell
    is another figure. A sentence saying another deed ("beviljas" for "begärde") answers something else."""
    if plan.operation not in (None, "lookup") or not plan.rows or not _names_any_row(amount, plan):
        return False
    titles = _title_stems(tuple(t for t in tables if any(find_row(t, r) is not None for r in plan.rows)))
    # what a list's introduction says its items are ("genomföra effektiviseringar ... Kravet fördelas så här:") is
    # said of each item's amount ("• kultur- och fritidsnämnden 600 000 kronor")
    said = set(stems(amount.clause)) | set(stems(amount.introduction))
    asked = [w for w in leftover_topic(question, plan, columns) if stem(w) not in titles]
    either = {w: set(alternative) for alternative in (tokens(m.group()) for m in SLASHED.finditer(question))
              for w in alternative}
    from assistant.understand.derivation import derivational_bases

    families = {b for x in said for b in derivational_bases(x)}
    # a word of the asked family said in another class ("effektivisera": "effektiviseringar") says it too
    return bool(asked) and all(any(stem(a) in said or set(derivational_bases(stem(a))) & families
                                   for a in either.get(w, {w})) for w in asked)


def _to_another_recipient(question: str, amount: TextAmount, plan: Plan, tabular: bool = True) -> bool:
    """The question asks what goes to a row the tables hold ("... går till äldreomsorgen?") and the amount's
    sentence does not name that recipient ("du betalar 22,29 kronor till kommunen"): it is about another. Asked
    of no table as a part of a whole it names ("hur mkt av omställningspaketet gick till staben?"), a sentence
    naming that whole but not the recipient states the whole: "ett omställningspaket ... om 5,4 miljoner kronor"
    is not what went to the staff."""
    from assistant.evidence.amount_stretch import asked_recipient

    wanted = set(stems(asked_recipient(question)))
    said = set(stems(amount.source.quote))
    if not wanted or wanted <= said:
        return False
    if not tabular:  # a share of the whole ("hur stor del av paketet ... i procent") holds the whole's amount too
        whole = PART_OF_WHOLE.search(question) if plan.operation in (None, "lookup") else None
        return whole is not None and bool(set(stems(whole.group("whole"))) & said)
    return any(set(stems(named)) & wanted for named in plan.said)


# "hur mycket av omställningspaketet gick till staben": the whole a part is asked of ("det" names none)
PART_OF_WHOLE = re.compile(rf"\bav\s+(?!(?:{BACK_POINTING})\b)(?P<whole>(?:[^\W\d_]+\s+){{0,2}}[^\W\d_]{{4,}})", re.I)


GOAL_SAID = {"sv": "Målet", "en": "The goal"}
BULLETS = "-–•* "  # a list item's mark is no part of what it says


def goal_source(goal: Decimal, labels: Sequence[str], amounts: Sequence[TextAmount]) -> CellSource | None:
    """The sentence setting the goal a computed share is held against ("Det årliga ekonomiska resultatet ska uppgå
    till minst 4 procent av skatteintäkter och generella statsbidrag"): a percentage of the goal's value in a
    sentence naming at least half the words of the share's rows, the one naming most; None when none does."""
    words = {stem(w) for label in labels for w in tokens(label) if w not in STOP and len(w) >= 4}
    best: tuple[int, CellSource] | None = None
    for amount in amounts:
        if amount.unit != Unit.PERCENT or amount.stated != goal:
            continue
        shared = len(words & set(stems(amount.source.quote)))
        if words and 2 * shared >= len(words) and (best is None or shared > best[0]):
            best = (shared, amount.source)
    return best[1] if best else None


def goal_verdict(share: Decimal, goal: Decimal, above: bool, lang: str) -> str:
    """Whether a computed percentage meets the bound the question set ("minst 4 %")."""
    met = share >= goal if above else share <= goal
    shown = f"{share:.2f}".replace(".", "," if lang == "sv" else ".")  # 4,03 % against 4 %: two decimals
    bound = f"{goal}".rstrip("0").rstrip(".").replace(".", "," if lang == "sv" else ".")
    if lang == "en":
        return f"{'Yes' if met else 'No'}: {shown} % is {'at least' if above else 'at most'} {bound} %" + \
            ("." if met else f" — it is {'below' if above else 'above'} it.")
    word = "minst" if above else "högst"
    return f"Ja: {shown} % är {word} {bound} %." if met else \
        f"Nej: {shown} % är {'under' if above else 'över'} {bound} %."


def _rows_in_swedish(question: str, plan: Plan, lexicon, history: Sequence[str]) -> Plan:  # type: ignore[no-untyped-def]
    """An English question naming no row in its own words: the rows its words name in Swedish ("inhabitants" is
    "invånare" of "Antal invånare 1 november"; assistant/data/glossary_en_sv.json), everything else as asked. One
    naming its rows asks their figure when its words said in Swedish do ("the net budget for förskola": "net" is no
    other topic, it is the "netto" of the column "Nettobudget 2025")."""
    from assistant.understand.query import in_swedish

    found = plan_question(in_swedish(question), lexicon, history)
    own = [said for row, said in zip(plan.rows, plan.said) if row not in found.rows]
    if own and _said_inside_phrases(question, own):
        plan = replace(plan, rows=(), said=())  # "municipal tax rate": "tax" is a word of a phrase the glossary
        # says in Swedish ("skattesats"), no row of its own ("Skatteintäkter"), whether or not a table has that row
    if plan.rows:
        return replace(plan, intent=True, operation=plan.operation or found.operation) \
            if found.intent and set(found.rows) == set(plan.rows) else plan
    if not found.rows:
        return plan
    # the operation as the Swedish words read it, where they name the rows: "average" is the "genomsnittlig" of the
    # row "Genomsnittlig ränta, %" ("the average interest rate"), no mean to compute
    taken = plan.operation == "mean" and found.operation != "mean"
    return replace(plan, rows=found.rows, said=found.said, intent=plan.intent or found.intent,
                   operation=found.operation if taken else plan.operation or found.operation,
                   denominator=found.denominator)


def _said_inside_phrases(question: str, said: Sequence[str]) -> bool:
    """Every row name the English question said is a part of a longer phrase of the glossary said around it ("tax"
    of "municipal tax rate"): the phrase names what is asked, not the word."""
    from assistant.understand.query import glossary_spans

    spans = glossary_spans(question)
    lowered = question.lower()

    def inside(name: str) -> bool:
        at = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(name.lower())}(?!\w)", lowered)]
        return bool(at) and all(any(a <= s and e <= b and (b - a) > (e - s) for a, b in spans) for s, e in at)
    return bool(said) and all(inside(name) for name in said)


def _own_rows_in_swedish(question: str, plan: Plan, lexicon, history: Sequence[str]) -> Plan:  # type: ignore[no-untyped-def]
    """An English follow-up whose own words name no row but say one in Swedish ("how many babies were born that
    year?": "födda" of "Födda"): that row, in the conversation's years and place, not the earlier turn's row."""
    from assistant.understand.query import in_swedish

    found = plan_question(in_swedish(question), lexicon, history)
    if not found.rows and not plan.rows or _reads_rows_in_swedish(history, lexicon):
        # "how big was the drop from the year before?" after "how many people lived ...": the earlier turn names its
        # row in English too ("lived": "bodde" of "Folkmängd"); "by how much was it raised?" after "What is the
        # municipal tax rate?": the earlier turn's row is the one its words say in Swedish ("skattesats"), as it was
        # answered, not "Skatteintäkter" of its "tax"
        swedish = plan_question(in_swedish(question), lexicon, [in_swedish(h) for h in history])
        found = swedish if swedish.rows or not found.rows else found
    if found.operation in (None, "lookup") and plan.operation not in (None, "lookup"):
        found = replace(found, operation=plan.operation)  # "raised" asks the change, however "höja" reads in Swedish
    return replace(found, language=plan.language) if found.rows and not set(found.rows) <= set(plan.rows) else plan


def _reads_rows_in_swedish(history: Sequence[str], lexicon) -> bool:  # type: ignore[no-untyped-def]
    """The latest earlier turn, in English, names other rows when read in Swedish (_rows_in_swedish) than by its own
    words: it was answered with those."""
    if not history:
        return False
    earlier = plan_question(history[-1], lexicon, history[:-1])
    read = _rows_in_swedish(history[-1], earlier, lexicon, history[:-1])
    return bool(read.rows) and set(read.rows) != set(earlier.rows)


def asking_turn(question: str, history: Sequence[str]) -> str:
    """The turn whose asking the question shares: its own when it asks by an interrogative of its own ("hur mycket
    är det per invånare?"); for an elliptic follow-up ("och 2023?", "och för kvinnor?") the latest earlier turn that
    asks by one ("hur många invånare 80 år och äldre hade Hammarö 2021?"), as its plan keeps that turn's rows."""
    from assistant.understand.followup import INTENT

    if not history or INTENT.search(question):
        return question
    return next((turn for turn in reversed(history) if INTENT.search(turn)), question)


def _counted_tables(question: str, plan: Plan, tables: Sequence[Table]) -> frozenset[str]:
    """"Hur många var 65–79 år 2024?": a question for a number of things whose rows a table of counts holds
    (a caption "Antal invånare") asks for that table's figures, as "hur mycket" asks for a money table's; so does
    one whose rows a table stating no unit at all holds ("Födda", "Döda" under "Befolkningsutveckling 2018–2024":
    nothing says they are kronor). The ids of those tables; empty when the question asks no count of them."""
    from assistant.understand.query import COUNT

    rows = without_measure_rows(plan, tuple(tables))[0].rows  # "hur många bor på Smögen": "bor" is what is counted
    if not rows or not COUNT.search(question):
        return frozenset()
    return frozenset(t.id for t in tables if all(
        (row := find_row(t, r)) is not None
        and (t.unit is Unit.NUMBER or t.row_measure(row) is Unit.NUMBER or t.stated_unit is None
             or _counts_in_column(t, plan.column_kind, plan.topic)) for r in rows))


def _counts_things(question: str, plan: Plan, table: Table) -> bool:
    """The question asks how many ("hur många") of what the table counts (its unit a number, or none stated), every
    other word of its topic a word of the title ("hur många elever går på Rots skola" asks one school, not the
    table's total)."""
    from assistant.understand.query import COUNT

    title = _measure_words(table.title or "")
    # the word asking the count ("antalet årsarbetare") is no word of what is counted
    return bool(COUNT.search(question)) and (table.unit is Unit.NUMBER or table.stated_unit is None) and all(
        _names_title_word(w, title) for w in leftover_topic(question, plan) if len(w) > 3 and not COUNT.fullmatch(w))


def _counting_column(plan: Plan, tables: Sequence[Table], counted: frozenset[str]) -> str | None:
    """The kind of the one counting column of the counted tables that the question names by its topic ("hur många
    årsarbetare": "Antal årsarbetare"): the column read, whatever kind of column the question also says ("i
    budget 2025" of a table of the budget year). None when no such column, or several kinds, fit."""
    kinds = {c.kind for t in tables if t.id in counted for c in t.columns
             if c.unit is Unit.NUMBER and c.kind and _labelled_by(c, plan.topic)}
    return kinds.pop() if len(kinds) == 1 else None


def _labelled_by(column: Column, topic: tuple[str, ...]) -> bool:
    """The column's label holds every stem of the question's topic ("Antal årsarbetare" for "årsarbetare")."""
    return bool(topic) and set(topic) <= set(stems(column.label))


def _counts_in_column(table: Table, kind: str | None, topic: tuple[str, ...] = ()) -> bool:
    """The table's column of the asked kind counts, or a counting column its label names by the question's topic
    ("hur många årsarbetare har socialnämnden i budget 2025": "Antal årsarbetare" beside the committees' net costs,
    the budget year said of the whole table)."""
    return any(c.unit is Unit.NUMBER and ((kind is not None and c.kind == kind) or _labelled_by(c, topic))
               for c in table.columns)


def _names_no_row(question: str, index) -> bool:  # type: ignore[no-untyped-def]
    """The question on its own names no table row or table (what it names is not in the tables)."""
    own = plan_question(question, index.lexicon, ())
    return not (own.rows or own.table_kind or own.unknown)


def _budget_years(amount: TextAmount, book: FigureBook, years: tuple[int, ...]) -> bool:
    """The amount is in a budget whose tables cover the years: its prose is about the same period."""
    return any(all(y in t.years for y in years) for t in book.tables if t.doc_path == amount.source.doc_path)


def _for_year(score: float, amount: TextAmount, years: tuple[int, ...], every: Sequence[TextAmount]
              ) -> tuple[float, TextAmount]:
    """The amount its sentence gives for the asked year: "öka med 4,1 procent 2025, 3,6 procent 2026" asked about
    2026 is 3,6 procent, the amount whose own clause names the year, when the best-scored one names another."""
    def names(a: TextAmount, ys: tuple[int, ...]) -> bool:
        return any(re.search(rf"(?<!\d){y}(?!\d)", a.clause) for y in ys)

    if names(amount, years) or not re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", amount.clause):
        return score, amount
    sibling = next((a for a in every if a.source.doc_path == amount.source.doc_path and a.source.start ==
                    amount.source.start and a.unit == amount.unit and names(a, years)), None)
    return (score, sibling) if sibling is not None else (score, amount)


def _of_kind(amount: TextAmount, kind: str) -> bool:
    """The amount's own clause names the asked kind of figure, or none: "prognostiserar vi ett resultat på 25,4
    miljoner" is no budgeted result (a deviation, said of every kind, is no kind of its own)."""
    said = stated_kinds(amount.clause)
    return not said or family(kind) in said or family(kind) in COMPARING


def _dates_a_document(question: str, years: tuple[int, ...]) -> bool:
    """A year asked dates the document the question names ("enligt pressmeddelandet från maj 2020": its "förra
    året" is 2019), not the figure (understand.query's document years)."""
    from assistant.understand.query import analyse

    return bool(set(years) & set(analyse(question).doc_years))


def _of_other_years(amount: TextAmount, years: tuple[int, ...]) -> bool:
    """The amount's own words in its sentence (evidence.amount_stretch) name years, relative ones by its document's
    date, and none of the asked: "-14,3 miljoner kronor förra året" in a document of 2020 is 2019's."""
    from assistant.evidence.amount_stretch import stated_amounts

    at = amount.amount_start - amount.source.start
    own = [a for a in stated_amounts(amount.source.quote, year_of_date(amount.source.date)) if abs(a.at - at) <= 1]
    return len(own) == 1 and bool(own[0].years) and not own[0].years & set(years)


def _about_years(amount: TextAmount, years: tuple[int, ...]) -> bool:
    """The amount's sentence or paragraph names the year, or its document is dated that year."""
    date_year = int(amount.source.date[:4]) if amount.source.date and amount.source.date[:4].isdigit() else None
    return any(str(y) in amount.source.quote or y in amount.years or y == date_year for y in years)


def _about_something_else(question: str, plan: Plan, columns: frozenset[str] = frozenset(),
                          tables: Sequence[Table] = ()) -> bool:
    """A plain lookup whose other words are about something the table does not hold: a goal, or a
    topic of two or more words ("Hur mycket kostar det att avskaffa de delade turerna inom äldreomsorgen?"). A word
    of the title of a table holding the asked row is that table's topic, nothing else ("kronor av en hundralapp i
    skatt" of "Så fördelas 100 kronor i skatt")."""
    if plan.operation not in (None, "lookup"):
        return False
    if GOAL.search(_without_source_phrases(question)):  # "i Mål och budget": a document's title, no goal asked
        return True
    titles = _title_stems(tuple(t for t in tables if any(find_row(t, r) is not None for r in plan.rows)))
    leftover = [w for w in leftover_topic(question, plan, columns) if stem(w) not in titles]
    if _goes_to_leftover(question, leftover):
        return True  # "hur mycket av socialnämndens budget går till hemtjänsten": a part no row of the table holds
    if _part_within(question, plan, leftover):
        return True  # "inhyrd personal inom socialnämnden": a part of the committee's costs, not its whole frame
    said = set(tokens(question))
    if any(_contrasts(w, label_word) for w in leftover for r in plan.rows for label_word in tokens(r)
           if label_word not in said):
        return True  # "trygghetsåtgärder i centrum" is not the row "Dagvattenåtgärder centrum": another kind of them
    if (_named_only_by_names(plan) or _named_only_by_deeds(plan)) and any(_names_a_thing(w) for w in leftover):
        # "utegymmet i Mörrum" is not "Ny förskola Mörrum": another thing at the place the row names; nor is
        # "ombyggnaden av simhallen" the row "Ombyggnad Långasjö vattenverk", another thing so rebuilt; the prose
        # answers, or the question is refused
        return True
    if plan.table_kind and not plan.rows:
        # "hur mycket investerar Rättvik i vatten och avlopp 2025": a topic of two or more words within the kind of
        # table asked, which no row of it holds, is a part of its total, not the whole (the municipality's name says
        # only whose table it is)
        places = {stem(w) for t in tables if t.municipality for w in tokens(t.municipality)}
        return sum(1 for w in leftover if stem(w) not in places and _names_a_thing(w)) >= 2
    if plan.years or plan.table_kind:
        return False
    if plan.column_kind and family(plan.column_kind) not in YEAR_KINDS and any(
            holds(t, plan.column_kind, ()) for t in tables if all(find_row(t, r) is not None for r in plan.rows)):
        return False  # "hur stort effektiviseringskrav fick socialnämnden i fullmäktiges budgetbeslut": the row's cell
        # in the column the question names ("Varav effektiviseringskrav"); the words left say where it is written
    return len(leftover) >= 2


WITHIN = frozenset({"inom", "within"})  # a preposition placing a thing inside the body or field named after it


def _part_within(question: str, plan: Plan, leftover: Sequence[str]) -> bool:
    """The row is said as where the topic lies ("vad kostade inhyrd personal inom socialnämnden"): a word of the
    topic, which names no row, comes before "inom" and the row's name right after it; the question asks that part of
    the row, which the row's own figure is not."""
    words = tokens(question)
    topic = set(leftover)
    for said in plan.said:
        name = said.split()
        for i in range(1, len(words) - len(name) + 1):
            if words[i - 1] in WITHIN and words[i:i + len(name)] == name and topic & set(words[:i - 1]):
                return True
    return False


def _forecast_elsewhere(question: str, plan: Plan, tables: Sequence[Table]) -> bool:
    """A deviation asked as forecast ("hur stort underskott prognostiserade socialnämnden för 2024") that no table
    holding the row forecasts for the year: the tables' deviation is the outcome's against the budget, another
    figure; the forecast is told in the prose, or nowhere."""
    if plan.column_kind != "Avvikelse" or not plan.rows or not plan.years:
        return False
    if not any(kind_of_word(w) == "Prognos" for w in tokens(question)):
        return False
    holding = [t for t in tables if any(find_row(t, r) is not None for r in plan.rows)]
    return bool(holding) and not any(holds(t, "Prognos", plan.years) for t in holding)


MIN_HEAD, MIN_MODIFIER = 4, 3  # letters of the head two compounds share and of each one's own first part


def _contrasts(word: str, other: str) -> bool:
    """Two compounds of one head with different first parts ("trygghetsåtgärder", "dagvattenåtgärder"; "förskolan",
    "grundskolan"): two kinds of the same thing, by their stems' common ending (a definite ending the stemmer keeps
    taken off: evidence/sentences.definite_bases)."""
    from os.path import commonprefix

    from assistant.evidence.sentences import definite_bases

    def contrast(a: str, b: str) -> bool:
        shared = len(commonprefix([a[::-1], b[::-1]]))
        return shared >= MIN_HEAD and len(a) - shared >= MIN_MODIFIER and len(b) - shared >= MIN_MODIFIER

    mine, theirs = ({stem(w)} | definite_bases(stem(w)) for w in (word, other))
    return not mine & theirs and any(contrast(a, b) for a in mine for b in theirs)


def _without_source_phrases(question: str) -> str:
    """The question without the phrases naming where its figure is written ("enligt protokollet", "i Mål och
    budget?": understand.sources.source_phrases)."""
    for start, end in sorted(source_phrases(question), reverse=True):
        question = question[:start] + question[end:]
    return question


def _goes_to_leftover(question: str, leftover: list[str]) -> bool:
    """The question asks what goes to something ("... går till hemtjänsten": amount_stretch.asked_recipient), what
    comes from something ("fick ... från arvsfonden": asked_giver), or what something caused ("hur mycket av
    underskottet berodde på bemanningssjuksköterskorna": asked_cause), that names no row, table or column: the asked
    amount is that part, or that party's, not the row's whole."""
    from assistant.evidence.amount_stretch import asked_cause, asked_giver, asked_recipient

    parties = set(tokens(asked_recipient(question))) | set(tokens(asked_giver(question))) | \
        set(tokens(asked_cause(question)))
    return any(w in parties and (_names_a_thing(w) or _abbreviation(w, question)) for w in leftover)


def _abbreviation(word: str, question: str) -> bool:
    """The word is written in capitals in the question ("går till LSS", "IFO"): an abbreviation naming a thing,
    however short."""
    return len(word) >= 2 and re.search(rf"\b{re.escape(word.upper())}\b", question) is not None


def _names_a_thing(word: str) -> bool:
    """A word that may name what an amount is of: no verb ("satsas", "kostade", "bygga") nor a short word."""
    from assistant.evidence.claims import is_finite_verb
    from assistant.evidence.sentences import PLURAL_DEFINITE
    from assistant.understand.words import is_clear_verb

    return len(word) >= MIN_THING and not is_finite_verb(word) and not is_clear_verb(word) and \
        not (word.endswith("a") and stem(word) != word and not word.endswith(PLURAL_DEFINITE))  # an infinitive
    # ("bygga"), not a noun the stemmer keeps nor a definite plural ("sjuksköterskorna")


MIN_THING = 6  # letters of the shortest word taken for a thing of its own ("utegym")


def _named_only_by_names(plan: Plan) -> bool:
    """Every row the question names is named only by a name inside its label: a capitalised word after the label's
    first ("Mörrum" of "Ny förskola Mörrum (Väggaparken)"), a place or a project's name, not what the row is of."""
    if not plan.rows or len(plan.said) != len(plan.rows):
        return False
    for label, said in zip(plan.rows, plan.said):
        words = re.findall(r"[^\W\d_]+", label)
        names = {stem(w.lower()) for w in words[1:] if w[:1].isupper() and not w.isupper()}
        if not said.split() or not all(stem(w.lower()) in names for w in said.split()):
            return False
    return True


# the endings of a noun made of a verb, naming a deed ("renovering", "ombyggnad", "nybyggnation", "rivning")
DEED_ENDINGS = ("ing", "nad", "tion")


def _named_only_by_deeds(plan: Plan) -> bool:
    """Every row the question names is named only by nouns of a deed ("renoveringen" of "Långsele skola,
    renovering"), and its label names more, unsaid: what is done, not the thing it is done to. A row the question
    names whole ("socialförvaltningen" of "Socialförvaltningen") is named by what it is."""
    if not plan.rows or len(plan.said) != len(plan.rows):
        return False
    for label, said in zip(plan.rows, plan.said):
        words = said.split()
        if not words or not all(stem(w.lower()).endswith(DEED_ENDINGS) for w in words):
            return False
        named = {stem(w.lower()) for w in words}
        if not [w for w in re.findall(r"[^\W\d_]{4,}", label) if stem(w.lower()) not in named]:
            return False
    return True


def _rows_in_general_of_else(question: str, plan: Plan, columns: frozenset[str], tables: Sequence[Table]) -> bool:
    """A question naming rows only in general ("nämnderna", "vilken nämnd"), no row nor kind of table, whose topic is
    something no table holds: no word of a row, a column or a title ("Hur stort är effektiviseringskravet för
    nämnderna 2026 totalt?" asks for the requirement the text states, not the sum of the committees' budgets).
    A sum or a share only: a ranking or a threshold over the committees ("de tre största nämnderna", "more than 300
    million") asks for the rows themselves, in words of order and bounds no table holds."""
    if plan.rows or plan.table_kind or plan.unknown or plan.within or plan.operation not in ("sum", "share"):
        return False  # "de projekt som ombudgeteras": the rows of the table holding that kind (Plan.within)
    from assistant.budget.plan import names_document

    titles = _title_stems(tuple(tables))  # ("i delårsrapporten": where it is written, no topic)
    return any(not GENERIC_ROWS.fullmatch(w) and not in_columns(w, titles) and unit_in(w) is None
               and w not in NUMBER_WORDS and not names_document(w) for w in leftover_topic(question, plan, columns))


VOWELS = "aeiouyåäö"


def _rows_of_the_years(question: str, plan: Plan, lexicon: Lexicon, tables: Sequence[Table],
                       history: Sequence[str] = ()) -> Plan:
    """The rows the question's words name in the tables holding every year it asks, when the rows found first stand
    only in tables without them: "hur mycket budgeterar ödeshög för grundskolan 2025?" is "Grundskola inkl.
    förskoleklass" of the budget, not "Kostnad per elev i grundskolan, kr" of key figures for 2021–2023. The plan
    as it was when no such table names rows with the same words."""
    if not plan.rows or not plan.years:
        return plan

    named = family(plan.column_kind) if plan.column_kind is not None else None

    def dated(table: Table) -> bool:
        return all(any(c.year == y and _column_of_kind(c, named) for c in table.columns) for y in plan.years)

    return _rows_of_tables(question, plan, lexicon, tables, dated, history=history)


def _column_of_kind(column: Column, named: str | None) -> bool:
    """The column holds a year's figure of the kind the question names: a table's own kind ("ombudgeteras till
    2025": "Ombudgeteras till 2025"), or any for a kind every year takes (a budget said, "driftbudget 2025", is read
    in any column of the year); none named, the year's own figure ("Budget 2025", "2025", a place's "Dorotea 2023"),
    not a movement into it ("Ombudgeteras till 2025": a carry-over)."""
    if named in YEAR_KINDS:
        return True
    if named is not None:
        return not column.kind or family(column.kind) == named
    return not moves_year(column)


def _labels(table: Table) -> frozenset[str]:
    return frozenset(r.label for r in table.rows) | frozenset(s for r in table.rows for s in r.sections)


def _stands_in(table: Table, row: str) -> bool:
    """The row stands in the table as it is named or as the table writes it: "Årets resultat" is "Årets resultat, mnkr"
    of key figures over five years, the row its reader finds (`find_row`), not another row the words name there."""
    return row in _labels(table) or find_row(table, row) is not None


def _rows_of_tables(question: str, plan: Plan, lexicon: Lexicon, tables: Sequence[Table],
                    fits: Callable[[Table], bool], renamed: Callable[[frozenset[str]], tuple[str, ...]] | None = None,
                    history: Sequence[str] = ()) -> Plan:
    """The plan's rows sought again among the tables that `fits`, when the rows found first stand in none of them:
    each row's other name there (`renamed`), else the rows the question's words name there; the plan as it was
    when they name none or other ones."""
    if all(any(fits(t) for t in tables if _stands_in(t, row)) for row in plan.rows):
        return plan
    holding = frozenset().union(*(_labels(t) for t in tables if fits(t)))
    if not holding:
        return plan
    rows = renamed(holding) if renamed is not None else ()
    if rows and all(rows):
        return with_rows(plan, rows)
    again = plan_question(question, lexicon.restricted(holding), history)
    if len(again.rows) != len(plan.rows) or again.said != plan.said:
        return plan
    return with_rows(plan, again.rows)


def _rows_of_the_months(question: str, plan: Plan, lexicon: Lexicon, tables: Sequence[Table],
                        history: Sequence[str] = ()) -> Plan:
    """The rows the question's words name in the tables with a column of months for every year asked, when the
    question names a period of months and the rows found first stand only in tables without such columns:
    "resultatet jan–aug 2024" is "Periodens resultat" of the interim report's "Utfall jan–aug 2024", not "Årets
    resultat" of key figures by whole years (a year's row, "Årets ...", is the period's, "Periodens ...", over
    months). The plan as it was when no such table names rows with the same words. A follow-up naming no period of
    its own ("och samma period året innan?") asks of the earlier turn's."""
    said = [question] if MONTH_PERIOD.search(question) or WHOLE_YEAR.search(question) else [*history[-1:], question]
    if not plan.rows or not MONTH_PERIOD.search(" ".join(said)):
        return plan

    def of_months(table: Table) -> bool:
        years = {c.year for c in table.columns if MONTH_PERIOD.search(c.label)}
        return bool(years) and all(y in years for y in plan.years)

    def periods(holding: frozenset[str]) -> tuple[str, ...]:
        named = {without_unit(label).lower(): label for label in holding}
        return tuple(named.get(PERIODS_ROW.sub("periodens ", without_unit(row).lower()), "") for row in plan.rows)

    return _rows_of_tables(question, plan, lexicon, tables, of_months, periods, history=history)



# a year's row over the months of an interim report: "Årets resultat" is "Periodens resultat"
PERIODS_ROW = re.compile(r"^(?:årets|year's)\s+")


def titled_total(question: str, plan: Plan, tables: Sequence[Table], columns: frozenset[str] = frozenset()
                 ) -> tuple[Table, str] | None:
    """The one table whose title names the question's topic, and its grand total row, for a question naming no row
    nor kind of table: "hur mycket ökar föreningsbidragen totalt 2026" is the "Summa" of "Beviljade
    föreningsbidrag". A row the question names is the table's owner, no row of it, when the table lacks it and its
    document is the row's own ("hur mycket sparar socialnämnden 2026 genom åtgärdsplanen": the total of
    "Åtgärdsplan för en budget i balans" in "Protokoll socialnämnden", not the committee's frame in the budget).
    None when no such word, or it names several tables, or the table has no one grand total."""
    if len(plan.rows) > 1 or plan.unknown or plan.of_sign or (plan.operation not in (
            None, "lookup", "sum", "change", "percent_change") and not plan.kinds):  # "andel av det sökta som beviljades"
        return None  # committees of one sign ("nämnderna som gick back") are some rows, not the table's total
    if plan.table_kind:  # a kind of table named: a table of that kind holding the years asked that the kind's others
        # lack ("investeringsbudgeten 2024 för projekten i KS ombudgeteringsärende": "Ombudgetering av
        # investeringsmedel från 2024 till 2025" beside the investment budget of 2025–2027)
        from assistant.budget.matching import table_kind_of

        of_kind = [t for t in tables if table_kind_of(t) == plan.table_kind]
        dated = [t for t in of_kind if plan.years and all(y in t.years for y in plan.years)]
        if not dated or len(dated) == len(of_kind):
            return None
        tables = dated
    # a column's word names the table too when its title says it ("borgensramarna" of "Borgensram 2025, mnkr" in
    # "Borgensramar för de kommunala bolagen 2025")
    words = [w for w in leftover_topic(question, plan) if len(w) >= 6]
    named = [t for t in tables if any(_names_title_word(w, _measure_words(t.title or "")) for w in words)]
    if len(named) > 1 and plan.years:  # of the tables named, those of the years asked ("budgeten 2024 för projekten i
        # ombudgeteringsärendet": "Ombudgetering ... från 2024 till 2025", not "Investeringar per nämnd och projekt")
        named = [t for t in named if all(y in t.years for y in plan.years)] or named
    if not named and plan.rows and plan.column_kind and plan.column_kind not in YEAR_KINDS:
        # "hur mycket ombudgeterade kommunstyrelsen den 11 mars": the kind named ("Föreslagen ombudgetering") is held
        # only by a table of the committee's own minutes, which lacks the committee's row: that table's total
        named = [t for t in tables if holds(t, plan.column_kind, ())]
    if len(named) != 1 or (plan.rows and not _owned_by(named[0], plan.rows[0])):
        return None
    totals = [r.label for r in named[0].rows if r.is_total and not r.sections]
    return (named[0], totals[0]) if len(totals) == 1 else None


def total_of_the_years(plan: Plan, tables: Sequence[Table]) -> tuple[Table, str] | None:
    """The one row named stands only in tables lacking a year asked, and one table holding every year has a title
    naming the row's words and one grand total: that total is the row in those years ("befolkningen 2019–2024" is
    the "Totalt" of "Befolkning i Aneby kommun 31 december 2019–2024", where the key figures' "Invånare 31
    december" has 2023–2025 only). None otherwise."""
    if len(plan.rows) != 1 or len(plan.said) != 1 or not plan.years or plan.table_kind or plan.operation not in (
            None, "lookup", "change", "percent_change"):
        return None

    def dated(table: Table) -> bool:
        return all(y in table.years for y in plan.years)

    if any(dated(t) and find_row(t, plan.rows[0]) is not None for t in tables):
        return None
    # the words said, or the row's own when a word of another form named it ("bodde" of "Folkmängd 31 december")
    words = [w for w in (*plan.said[0].split(), *tokens(plan.rows[0])) if len(w) >= 6 and w.isalpha()]
    named = [t for t in tables if dated(t) and any(_names_title_word(w, _measure_words(t.title or "")) for w in words)]
    if len(named) != 1:
        return None
    totals = [r.label for r in named[0].rows if r.is_total and not r.sections]
    return (named[0], totals[0]) if len(totals) == 1 else None


def row_of_the_years(question: str, plan: Plan, titled: tuple[Table, str] | None, tables: Sequence[Table],
                     columns: frozenset[str] = frozenset()) -> tuple[Table, str] | None:
    """The table the question's word titles lacks a year asked: the one row that word names in a table holding every
    year asked, by the word's own stem or its row-word group, of the titled table's document first ("befolkningen
    2019–2023" of "Befolkning efter ålder" 2021–2023 is "Invånare 31 dec" of the key figures 2019–2023: the mirror of
    total_of_the_years); the titled table and its total otherwise."""
    if titled is None or not plan.years or all(y in titled[0].years for y in plan.years):
        return titled
    title = _measure_words(titled[0].title or "")
    words = [w for w in leftover_topic(question, plan, columns) if len(w) >= 6 and _names_title_word(w, title)]
    found = [(t, r.label) for t in tables if t is not titled[0] and all(y in t.years for y in plan.years)
             for r in t.rows if not r.is_total and any(_names_title_word(w, tokens(r.label)) for w in words)]
    found = [f for f in found if f[0].doc_path == titled[0].doc_path] or found
    return found[0] if len(found) == 1 else titled


FOR = ("för", "for")
PHRASE = 3  # the words before "för" a title's word may stand among ("åtgärdsplanens effekt 2027 för ...")


def owners_of_titles(question: str, plan: Plan, tables: Sequence[Table]) -> Plan:
    """A name no row holds, said in the genitive right before a word of the title of a table holding every row the
    question names ("hemtagning av LSS-placeringar enligt socialnämndens åtgärdsplan" of "Åtgärdsplan för ekonomi
    i balans 2025"), or after "för" closing a phrase a word of the table's or its document's title opens
    ("åtgärdsplanens effekt 2027 för socialnämnden"), names whose table it is, not a row: it is no unknown row."""
    if not plan.unknown or not plan.rows:
        return plan
    holding = [t for t in tables if all(find_row(t, r) is not None for r in plan.rows)]
    titles = [tokens(t.title or "") for t in holding]
    # "åtgärdsplanens effekt 2027 för socialnämnden": the name after "för" closing a phrase that opens with a word of
    # the table's or its document's title ("Åtgärdsplan för ekonomi i balans 2026–2027") is whose plan it is
    documents = [tokens(f"{t.title or ''} {t.rows[0].source.title if t.rows else ''}") for t in holding]
    words = tokens(question)

    def owns(name: str) -> bool:
        said = tokens(name)
        last = said[-1:]
        n = len(said)
        return bool(last) and last[0].endswith("s") and any(
            w == last[0] and k + 1 < len(words) and any(_names_title_word(words[k + 1], title) for title in titles)
            for k, w in enumerate(words)) or bool(said) and any(
            words[k:k + n] == said and k and words[k - 1] in FOR and any(
                _names_title_word(w, title) for w in words[max(0, k - 1 - PHRASE):k - 1] for title in documents)
            for k in range(len(words)))

    unknown = tuple(name for name in plan.unknown if not owns(name))
    return plan if unknown == plan.unknown else replace(plan, unknown=unknown)


def _measure_words(title: str) -> list[str]:
    """The title's words less the one a rate divides by ("invånare" of "Kronor per invånare" is no measure of it)."""
    words = tokens(title)
    return [w for k, w in enumerate(words) if not (k and words[k - 1] in ("per", "av"))]


def _owned_by(table: Table, row: str) -> bool:
    """The table lacks the row, and its document's title (a committee's own minutes) or its own title ("Barn- och
    utbildningsnämnden – driftbudget per verksamhet 2025") names every word of it."""
    document = table.rows[0].source.title if table.rows else ""
    words = [w for w in tokens(row) if len(w) > 2]
    return find_row(table, row) is None and bool(words) and any(
        all(_names_title_word(w, tokens(title)) for w in words) for title in (document, table.title or ""))


COMPOUND_FRONT = 8  # a title word opening a compound of the question names it when this long ("ombudgetering"; not
# "kommun" of "kommunstyrelsen")


def _names_title_word(word: str, title: Sequence[str]) -> bool:
    """The question's word is a word of the title in any form: the same stem, or the title's word with a definite
    or plural ending ("sjukfrånvaron" of "Sjukfrånvaro", "skolan" of "skola", which the stemmer leaves apart), or a
    compound opening with it ("ombudgeteringsärendet" of "Ombudgetering av investeringsmedel")."""
    from assistant.evidence.sentences import definite_bases

    found = group_stems(word)  # "befolkningen" names "Antal invånare den 31 december": one group of row words
    own = stem(word)  # ... and "Befolkningsutveckling i Ovanåkers kommun": the compound's first part, joined by "s"
    return any(stem(t) in found or (t[-1:] in VOWELS and word in (t + "n", t + "t", t + "r", t + "rna"))
               or inflects(word, t) or (len(own) >= 6 and t.startswith(own + "s") and len(t) >= len(own) + 5)
               or (len(t) >= COMPOUND_FRONT and word.startswith(t + "s") and len(word) >= len(t) + 5)
               or own in definite_bases(stem(t))  # "grundskolor" of "grundskolan", both of "grundskola"
               for t in title if len(t) >= 3 and t.isalpha()) or _compound_of_title_words(word, title)


def _compound_of_title_words(word: str, title: Sequence[str]) -> bool:
    """The question's word is a compound of two of the title's words ("elevantalet" of "Antal elever i ...")."""
    from assistant.budget.matching import MIN_PART, _compound_heads, _starts

    heads = _compound_heads(stem(word))
    stems_ = [stem(t) for t in title if len(t) >= MIN_PART and t.isalpha()]
    return any(head in heads and _starts(stem(word)[:heads[head]], front)
               for head in stems_ for front in stems_ if front != head)


CHANGE_KINDS = frozenset({"Avvikelse", "Förändring"})  # columns stating a change or a deviation


COMPARATIVE = re.compile(ANY_COMPARATIVE, re.IGNORECASE)


def _compared_words(question: str) -> set[str]:
    """The question's comparatives and words naming a kind of figure ("sämre", "mer"; "budget", "prognosen"): how a
    change is asked and what it is held against, no thing of its own."""
    from assistant.budget.columns import names_column_kind

    return {w for w in tokens(question) if names_column_kind(w) or COMPARATIVE.fullmatch(w)}


def _share_of_another_whole(question: str, plan: Plan, columns: frozenset[str], tables: Sequence[Table]) -> bool:
    """A share asked of a whole the question names after "av" that the tables holding the row do not name (no word
    of a row, column or title: "av hela kommunbidraget" is their "Summa kommunbidrag"): "hur stor del av
    effektiviseringskravet ska kultur- och fritidsnämnden stå för" is a share of the saving, not of the operating
    budget's total; the text answers, or nothing does."""
    from assistant.understand.words import is_clear_verb

    if plan.operation != "share" or plan.denominator or not plan.rows:
        return False
    whole = PART_OF_WHOLE.search(question)
    if whole is None:
        return False
    holding = tuple(t for t in tables if any(find_row(t, r) is not None for r in plan.rows))
    named = _title_stems(holding) | {stem(w) for t in holding for r in t.rows for w in tokens(r.label)} | {
        stem(w) for t in holding for c in t.columns for w in tokens(c.label)}
    leftover = {stem(w) for w in leftover_topic(question, plan, columns)} - named
    # a definite form the stemmer keeps is its word ("kommunbidraget" of "Summa kommunbidrag")
    bare = {s[:-len(e)] for s in leftover for e in DEFINITE_ENDINGS if s.endswith(e) and len(s) - len(e) >= MIN_PART}
    said = tokens(whole.group("whole"))
    said = said[:next((i for i, w in enumerate(said) if is_clear_verb(w)), len(said))]
    if not said:
        return False
    # a word of the whole the tables name (a row's, in its definite form too; what their kind measures) makes it
    # theirs: "äldreomsorgens kostnader", "hela kommunbidraget", "totala nettokostnad"
    stems_ = [stem(w) for w in said]
    if any(s in named or any(s.startswith(b) for b in bare & named) or _measured_by_kind(s, holding) for s in stems_):
        return False
    return any(s in leftover for s in stems_)


def _measured_by_kind(word: str, tables: Sequence[Table]) -> bool:
    """The word is a root of what the tables' kind measures (data/measures.json families: "nettokostnad" of an
    operating budget, "investering" of an investment budget): the tables' own whole."""
    from assistant.budget.matching import table_kind_of
    from assistant.evidence.near_miss import measures_data

    families = measures_data().get("families", {})
    roots = {form for t in tables for root in families.get(table_kind_of(t) or "", ()) if " " not in root
             for form in (root, stem(root)) if len(form) >= 4}
    return any(word.startswith(root) or root.startswith(word) for root in roots)  # "nettokostn" of "nettokostnad"


def _title_stems(tables: tuple[Table, ...]) -> frozenset[str]:
    """The stems of the words of the tables' titles ("sjukfrånvaro" of "Sjukfrånvaro per nämnd 2024")."""
    return frozenset(stem(w) for t in tables for w in tokens(t.title or "") if len(w) > 2 and w.isalpha())


def leftover_topic(question: str, plan: Plan, columns: frozenset[str] = frozenset()) -> list[str]:
    """The question's words that name neither the row, the table, a column (its kind or a word of the tables'
    column labels) nor a closed-class word."""
    from assistant.budget.plan import closed_words, in_columns, names_document, proposes_column, relative_words
    from assistant.understand.parts import statement_before

    named = {w for said in plan.said for w in said.split()} | table_words() | STOP | FILLER | closed_words()
    # "X säger i pressmeddelandet att ..., hur mycket av det ...": the document a statement before the question is
    # said in, no topic of its own (a document the question itself names may be what it asks of)
    named |= {w for w in tokens(statement_before(question)[0]) if names_document(w)}
    named |= asking_words(question) | period_words(question)
    named |= relative_words(question)  # "vid senaste årsskiftet": when
    named |= {w for start, end in source_phrases(question) for w in tokens(question[start:end])}  # where it is written
    row_stems = {s for row in plan.rows for s in stems(row)}  # "konstgräsplanen" of "Konstgräsplan Boxholmsvallen"
    named |= compound_parts_said(plan.rows, tokens(question))  # "belysning på gatorna": "Gatubelysning"
    # "hundralapp" of the column asked, "Kronor av 100": the sum the column is of, no topic of its own
    named |= {w for w in tokens(question) if (n := sum_named(w)) and n in tokens(plan.column_kind or "")}
    words = [w for w in tokens(question) if w not in named and not w.isdigit() and not names_column_kind(w)
             and not asks_outcome(w) and not to_date_word(w) and not _inflects(w, row_stems)
             and not in_columns(w, columns) and not proposes_column(w, columns)  # "föreslogs": "Förslag, tkr"
             and len(w) > 1]  # "hur hög e den": a one-letter word names nothing
    return [w for w in words if not any(p.fullmatch(w) for p in (CHANGE, DIFFERENCE, FIGURE, MAX, MEAN, MIN, RANK,
                                                                     RATIO, SHARE, SUM))]


def asking_words(question: str) -> set[str]:
    """The words of the phrases that ask for a figure or a share of one ("hur hög", "hur mycket", "hur stor del"):
    they ask, they name no topic."""
    return {w for pattern in (FIGURE, SHARE) for m in pattern.finditer(question) for w in tokens(m.group())}


def _inflects(word: str, row_stems: set[str]) -> bool:
    """The word is a row's word, inflected ("nya" of "Ny förskola")."""
    found = stem(word)
    return found in row_stems or any(len(s) >= 2 and found.startswith(s) and len(found) - len(s) <= 2 for s in row_stems)


def _non_topic_words(question: str, plan: Plan) -> set[str]:
    words = {w for said in plan.said for w in said.split()} | table_words()
    for pattern in (CHANGE, DIFFERENCE, FIGURE, MAX, MEAN, MIN, RANK, RATIO, SHARE, SUM):
        words.update(w for w in tokens(question) if pattern.fullmatch(w))
    if plan.rows:  # "prognosen för konstgräsplanen": the column kind addresses the row's cell, it is no topic
        words.update(w for w in tokens(question) if names_column_kind(w))
    words.update(w for w in tokens(question) if unit_in(w) is not None)  # "milj", "tkr": how much, not of what
    return words

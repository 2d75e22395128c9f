"""Counts the running text states ("Kommunens befolkning uppgick till 9 702 invånare den 31 december 2023"), so a
figure asked per one of something ("vad kostar nämnden per invånare?") is divided by the count the text gives when
no table row holds it.

A count is a whole number followed by a noun. It counts what the question divides by when that noun is the word
after "per" (or a word of its group in `row_words`: "befolkning", "invånare", "folkmängd"), or when it counts people
("15 600 personer") in a sentence that names the word's group ("ett oförändrat invånarantal om 15 600 personer").
The year is the one the sentence names; a figure of a later year is divided by the latest count before it, the
basis a budget is built on, and the answer says which count it used.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from assistant.budget.execute import Outcome, Refusal, execute, format_amount
from assistant.budget.matching import group_stems, stem, tokens
from assistant.budget.numbers import format_number
from assistant.budget.plan import Plan
from assistant.budget.records import Cell, CellSource, Column, Table
from assistant.budget.selection import find_row
from assistant.budget.units import PEOPLE, Unit, unit_in
from assistant.evidence.amount_slots import PERIODS
from core.types import Chunk
from core.years import MONTHS_SV, years_in

# a whole number written with spaces between thousands or as digits, not part of a decimal, a date or a year range
COUNT = re.compile(r"(?<![\w,.:/–-])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?![\w,.:/–-]?\d)\s+([^\W\d_]+)")
RATE_AFTER = re.compile(r"\s*(?:per\s|/\s*[^\W\d_])", re.IGNORECASE)  # a count per something is a rate
MIN_COUNT = 10  # "2 personer" counts no population
WORD = re.compile(r"[^\W\d_]+")
TIME_SPANS = frozenset({"år", "månader", "veckor", "dagar", "timmar", "minuter"})  # "12 år": a span, no count


@dataclass(frozen=True, slots=True)
class StatedCount:
    value: Decimal
    noun: str  # the word after the number, lower-case: "invånare"
    stems: frozenset[str]  # the stems of the sentence's words
    years: tuple[int, ...]  # the years the sentence names
    source: CellSource  # quote = the sentence
    municipality: str | None = None


def find_counts(chunks: Iterable[Chunk], text_of: Callable[[str], str]) -> tuple[StatedCount, ...]:
    """Every count in the passages' sentences (tables and lists of figures excluded), each sentence once."""
    from assistant.evidence.sentences import split_sentences

    seen: set[tuple[str, int]] = set()
    found: list[StatedCount] = []
    for chunk in chunks:
        if chunk.kind != "text":
            continue
        text = text_of(chunk.doc_path)
        for start, end in split_sentences(chunk):
            if (chunk.doc_path, start) in seen:
                continue
            seen.add((chunk.doc_path, start))
            sentence = text[start:end]
            if "|" in sentence or "\t" in sentence:
                continue
            counted = sentence_counts(sentence)
            if not counted:
                continue
            source = CellSource(chunk.doc_path, chunk.title, sentence, start, end, chunk.page, chunk.doc_type,
                                chunk.date)
            words = frozenset(stem(w) for w in tokens(sentence))
            years = years_in(sentence)
            for value, noun, _ in counted:
                found.append(StatedCount(value, noun, words, years, source, chunk.municipality))
    return tuple(found)


# a line giving a count after its label: "Antal invånare 1 november 2024: 8 650" (a list of key figures)
LABELLED = re.compile(r"^[^\w\n]*(?P<label>[^\W\d_][^:\n]{2,60}?):\s*(?P<count>\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)"
                      r"\s*[.;]?\s*$", re.MULTILINE)


def sentence_counts(sentence: str) -> list[tuple[Decimal, str, int]]:
    """The counts a sentence states: (value, its noun lower-case, offset of the number). No year, no day of a date
    ("31 december"), no rate ("60 invånare per år"), no sum of money ("700 000 kronor") or span of time ("12 år").
    A line labelling a bare number ("Antal invånare 1 november 2024: 8 650") counts each noun of its label."""
    years = years_in(sentence)
    found = []
    for m in LABELLED.finditer(sentence):
        value = Decimal(re.sub(r"\D", "", m.group("count")))
        if value < MIN_COUNT or int(value) in years:
            continue
        nouns = [w.lower() for w in WORD.findall(m.group("label"))]
        found += [(value, noun, m.start("count")) for noun in dict.fromkeys(nouns)
                  if noun not in MONTHS_SV and noun not in TIME_SPANS and unit_in(noun) is None]
    for m in COUNT.finditer(sentence):
        value = Decimal(re.sub(r"\D", "", m.group(1)))
        noun = m.group(2).lower()
        if value < MIN_COUNT or int(value) in years or noun in MONTHS_SV or noun in TIME_SPANS:
            continue
        if RATE_AFTER.match(sentence, m.end()) or unit_in(noun) is not None:
            continue
        found.append((value, noun, m.start()))
    return found


def per_word(question: str) -> str | None:
    """The word a figure is asked per ("invånare" of "per invånare"), None when the question asks none. An English
    question is read in the documents' words first ("per inhabitant" -> "per invånare")."""
    from assistant.understand.language import detect_language
    from assistant.understand.query import in_swedish

    words = tokens(in_swedish(question) if detect_language(question) == "en" else question)
    return next((w for k, w in enumerate(words) if k and words[k - 1] == "per" and w.isalpha()), None)


NEAR = 25  # characters after the count's word within which a year is the count's ("folkmängden 31/12 2023")


def count_years_said(question: str, word: str) -> tuple[int, ...]:
    """The years the question names right after a word for the count other than the one after "per"
    ("räkna med folkmängden 31/12 2023" in a question asking "per invånare ... 2025")."""
    group = group_stems(word)
    found: list[int] = []
    previous = ""
    for m in WORD.finditer(question):
        w = m.group().lower()
        if previous != "per" and stem(w) in group:
            found.extend(years_in(question[m.end():m.end() + NEAR])[:1])
        previous = w
    return tuple(dict.fromkeys(found))


def of_places(counts: Sequence[StatedCount], names: Sequence[str]) -> list[StatedCount]:
    """The counts stated in the documents of these municipalities (case-insensitive names)."""
    kept = {n.casefold() for n in names}
    return [c for c in counts if (c.municipality or "").casefold() in kept]


def counts_of(word: str, counts: Sequence[StatedCount]) -> list[StatedCount]:
    """The counts of what `word` names: its noun (or a word of its group), or people in a sentence naming it."""
    group = group_stems(word)
    return [c for c in counts if stem(c.noun) in group or (c.noun in PEOPLE and not group.isdisjoint(c.stems))]


def count_for(year: int | None, counts: Sequence[StatedCount]) -> StatedCount | None:
    """The count of the figure's year, else the latest one before it; one count of one value when no year is known.
    None when two differ for the year chosen."""
    dated = [(max(y for y in c.years if year is None or y <= year), c) for c in counts
             if c.years and any(year is None or y <= year for y in c.years)]
    if dated:
        latest = max(y for y, _ in dated)
        chosen = [c for y, c in dated if y == latest]
    else:
        chosen = [c for c in counts if not c.years]
    values = {c.value for c in chosen}
    return chosen[0] if len(values) == 1 else None


def _basis(year: int | None, own: Sequence[StatedCount]) -> StatedCount | None:
    """The count the figure's own document states with no year, when every count it dates is of an earlier year than
    the figure's ("Den 31 december 2023 hade kommunen 6 658 invånare ... Budgeten bygger på 6 600 invånare" for 2025):
    the one its figures are built on. None when the document dates a count of the figure's year or none is undated."""
    undated = [c for c in own if not c.years]
    if year is None or not undated or any(max(c.years) >= year for c in own if c.years):
        return None
    return count_for(None, undated)


def _count_of(year: int | None, own: Sequence[StatedCount], of_word: Sequence[StatedCount]) -> StatedCount | None:
    """The count a figure of `year` is divided by: the basis its own document states (`own`), else the count its own
    document states for the year, else any document's (`of_word`)."""
    return ((_basis(year, own) or count_for(year, own)) if own else None) or count_for(year, of_word)


def _dated(count: StatedCount) -> int | None:
    """The year the count is of: the first the sentence names after it ("9 680 invånare den 1 november 2024, vilket är
    underlaget för skatteintäkterna 2025": 2024), else the last before it."""
    at = count.source.quote.find(count.noun)
    after, before = years_in(count.source.quote[at:]), years_in(count.source.quote[:max(at, 0)])
    return after[0] if after else (before[-1] if before else None)


def _divided(figure: Outcome, word: str, of_word: Sequence[StatedCount], language: str,
             count_years: tuple[int, ...] = ()) -> Outcome | None:
    """The figure's cell divided by the count of `word` (`of_word`, counts_of) the text states for its year
    (`count_years`: the year the question names for the count, "räkna med folkmängden 31/12 2023"); money in kronor
    per one, its size."""
    if not of_word or not figure.cells:
        return None
    cell = figure.cells[-1]
    figure_year = cell.column.year
    if count_years:
        of_word = [c for c in of_word if set(c.years) & set(count_years)] or of_word
        figure_year = max(count_years) if figure_year is None else figure_year
    # the figure's own document states the count it was built on ("5 760 invånare år 2025" in the budget), where an
    # interim report of the same year states another ("5 731 invånare den 30 juni 2025")
    own = [c for c in of_word if c.source.doc_path == cell.source.doc_path]
    count = _count_of(figure_year, own, of_word)
    if count is None or count.value == 0:
        return None
    year = _dated(count)
    noun = word if count.noun in PEOPLE else count.noun  # "15 600 personer" of an "invånarantal": the invånare
    label = f"antal {noun}" if language == "sv" else f"the number of {noun}"
    counted = Cell(table_id=f"{count.source.doc_path}#text", table_title=count.source.title,
                   row_label=f"{label} {year}" if year else label, column=Column("", year),
                   value=count.value, unit=Unit.NUMBER, stated_unit=Unit.NUMBER, is_total=False, source=count.source)
    money = cell.unit.is_money
    value = abs(cell.value) * cell.unit.factor if money else abs(cell.value)
    result = value / count.value
    unit = "kr" if money else figure.unit
    expr = (f"{format_amount(value, unit, language)} / {format_number(count.value, 0, language)} = "
            f"{format_amount(result, unit, language, 0)}")
    return replace(figure, operation="per", result=result, unit=unit, cells=(cell, counted), expression=expr,
                   secondary=(), ranking=(), denominator_label=counted.row_label, runner_up=None, parts=1, months=0)


def per_stated_count(question: str, plan: Plan, outcome: Outcome, tables: tuple[Table, ...], doc_year: int | None,
                      counts: Sequence[StatedCount]) -> Outcome | None:
    """The looked-up figure divided by the count the text states of what the question asks it per; a year the
    question names right after the count's own word is the count's ("per invånare 2025, räkna med folkmängden
    2023"), the other years the figure's. None when the figure already is per that ("Kronor per invånare") or no count fits."""
    word = per_word(question)
    if word is None or not outcome.cells:
        return None
    cell = outcome.cells[-1]
    if said_per(cell, word) or not cell.unit.is_money:
        return None
    of_word = counts_of(word, counts)
    count_years = tuple(y for y in count_years_said(question, word) if y in plan.years)
    if count_years and len(plan.years) > len(count_years):
        figure_years = tuple(y for y in plan.years if y not in count_years)
        outcome = execute(replace(plan, years=figure_years), tables, doc_year)
    return _divided(outcome, word, of_word, plan.language, count_years)


def said_per(cell: Cell, word: str) -> bool:
    """The cell's table title, row or column names what the figure is asked per ("Kronor per invånare" for "per
    invånare", "Avgift per kubikmeter" for "per kubik": a word of it cut short), or its header names what its rows
    are ("| Projekt | Budget 2025 |" for "investeringsbudgeten per projekt"): the figure already is one of that."""
    said = f"{cell.table_title} {cell.row_label} {cell.column.label} {cell.header.quote if cell.header else ''}"
    group = group_stems(word)
    return any(stem(w) in group or (len(w) >= 3 and (w.startswith(word) or word.startswith(w))) for w in tokens(said))


def per_period(word: str) -> bool:
    """The word after "per" is a period ("per år", "per månad"): a figure of a time, no count to divide by."""
    return word.lower() in PERIODS


def per_count_of_text(question: str, plan: Plan, tables: tuple[Table, ...], doc_year: int | None,
                       counts: Sequence[StatedCount]) -> Outcome | None:
    """A figure per a count the text states where a row counts it too: the count the figure's own document states
    ("Beräknat på 6 600 invånare" in the budget, not the annual report's "Invånare 31 december" of 2023), else, when
    the row lacks the figure's year ("Invånare 31 dec" of 2019–2023, none for 2024, for 2025), the count any document
    states for that year or the latest before it ("Antal invånare 1 november 2024: 8 650"). None otherwise."""
    word = per_word(question)
    if plan.operation != "per" or not plan.denominator or not counts or not plan.years or word is None:
        return None
    rows = tuple(r for r in plan.rows if r != plan.denominator)[:1]
    if not rows and not plan.table_kind:
        return None
    lookup = replace(plan, operation="lookup", rows=rows, denominator=None, said=())
    try:
        figure = execute(lookup, tables, doc_year)
    except Refusal:
        return None
    of_word = counts_of(word, counts)
    year = figure.cells[-1].column.year if figure.cells else None
    own = [c for c in of_word if figure.cells and c.source.doc_path == figure.cells[-1].source.doc_path]
    stated = _count_of(year, own, of_word)
    if stated is None:
        return None
    try:
        row_count = execute(plan, tables, doc_year).cells[-1]
    except Refusal as refusal:
        if refusal.table is None or find_row(refusal.table, plan.denominator) is None:
            return None  # refused for the figure, not for its count
    else:  # beside the row's count, the text's only when the figure's own document states it, counting the same
        # whole (a tenth apart at most: "950 invånare" of a village is no count of the municipality)
        if not own or abs(stated.value - row_count.value) > abs(row_count.value) / 10:
            return None
    return per_stated_count(question, lookup, figure, tables, doc_year, counts)

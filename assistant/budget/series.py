"""Claims about the shape of a row over the years, checked against every year of its table:

- a trend every year ("Kommunstyrelsens kommunbidrag ökar varje år 2021-2023"): each step must go that way;
- a peak or a low in a named year ("Investeringarna toppar 2025", "... är som lägst 2022"): that year must hold
  the row's largest (smallest) value;
- one row above another every year ("BUN får mer än VON alla tre åren"): it must, year by year.

The verdict names the year that breaks the claim, and every value is cited.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from assistant.budget import direction
from assistant.budget.compose import FigureAnswer, FigureValue, header_mark
from assistant.budget.execute import execute, format_amount
from assistant.budget.plan import MAX, MIN, plan_question
from assistant.understand.language import detect_language
from assistant.budget.records import Cell, CellSource
from assistant.budget.selection import Refusal, table_name
from assistant.budget.store import FigureBook
from assistant.budget.verify import CLAIM_PREFIX, DOWN, EVERY_YEAR, UP, FigureClaim
from core.types import Calculation, CalculationInput
from core.years import YEAR

PEAK = re.compile(r"\b(?:topp\w*|peak\w*)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Shape:
    kind: str  # "trend", "extreme", "above"
    rising: bool  # trend up, a peak, the first row above the second
    year: int | None = None  # the extreme's claimed year


def claimed_shape(body: str) -> Shape | None:
    """What the claim says about the series; None when it is not a claim about a series."""
    up, down = bool(UP.search(body)), bool(DOWN.search(body))
    years = [int(y) for y in YEAR.findall(body)]
    if EVERY_YEAR.search(body) and up != down:
        return Shape("above" if re.search(r"\b(än|than)\b", body, re.I) else "trend", up)
    high = extreme(body)
    if high is not None and len(set(years)) == 1:
        return Shape("extreme", high, years[0])
    return None


def extreme(body: str) -> bool | None:
    """True for a claimed largest ("mest", "toppar"), False for a smallest ("minst"), None for neither or both."""
    high, low = bool(MAX.search(body) or PEAK.search(body)), bool(MIN.search(body))
    return high if high != low else None


def check_series_claim(claim: str, book: FigureBook, *, history: Sequence[str] = (),
                       language: str = "sv") -> FigureClaim | None:
    """Verdict on a claim about a row's course over the years; None when the claim is not one or the tables
    do not hold its row."""
    body = CLAIM_PREFIX.sub("", claim).strip().rstrip("?").strip()
    shape = claimed_shape(body)
    if shape is None or book.is_empty:
        return None
    lang = "en" if language == "en" or detect_language(body) == "en" else "sv"
    asked = EVERY_YEAR.sub(" ", body)
    plan = plan_question(asked, book.index.lexicon, history)
    if not (plan.rows or plan.table_kind):
        return None
    wanted = 2 if shape.kind == "above" else 1
    if len(plan.rows) != wanted and not (wanted == 1 and not plan.rows):
        return None
    years = tuple(int(y) for y in YEAR.findall(body))
    span = tuple(range(min(years), max(years) + 1)) if shape.kind != "extreme" and len(set(years)) >= 2 else ()
    lookup = replace(plan, operation="lookup", years=(), all_years=True, year_range=False, by_year=False,
                     intent=True, measure="value")
    try:
        outcome = execute(lookup, book.tables, book.index.doc_year)
    except Refusal:
        return None
    series: dict[str, list[Cell]] = {}
    for cell in outcome.cells:
        if cell.column.year is not None and (not span or cell.column.year in span):
            series.setdefault(cell.row_label, []).append(cell)
    rows = [sorted(cells, key=lambda c: c.column.year) for cells in series.values()]
    if len(rows) != wanted or any(len(r) < 2 for r in rows):
        return None
    if shape.year is not None and shape.year not in {c.column.year for c in rows[0]}:
        return None  # the claimed year is not in the table: the ordinary checks say so
    holds, breaks = _judge(shape, rows)
    result = _claim(shape, rows, holds, breaks, outcome.unit, outcome.table, lang)
    return replace(result, rows_named=bool(plan.rows) and not plan.unknown)


def _judge(shape: Shape, rows: list[list[Cell]]) -> tuple[bool, list[str]]:
    """Whether the shape holds, and the column labels where it does not."""
    first = rows[0]
    if shape.kind == "trend":  # a cost written below zero grows by its size (direction.change)
        broken = [b.column.label for a, b in zip(first, first[1:])
                  if (direction.change(a.row_label, a.value, b.value) > 0) != shape.rising or b.value == a.value]
        return not broken, broken
    if shape.kind == "extreme":
        by_size = direction.signed_cost(first[0].row_label, [c.value for c in first]) if first else False
        best = (max if shape.rising else min)(first, key=lambda c: abs(c.value) if by_size else c.value)
        claimed = [c for c in first if c.column.year == shape.year]
        holds = bool(claimed) and claimed[0].value == best.value
        return holds, [] if holds else [best.column.label]
    other = {c.column.year: c for c in rows[1]}
    broken = [a.column.label for a in first if a.column.year in other
              and ((a.value > other[a.column.year].value) != shape.rising or a.value == other[a.column.year].value)]
    return not broken, broken


def _claim(shape: Shape, rows: list[list[Cell]], holds: bool, breaks: list[str], unit: str, table: object,
           lang: str) -> FigureClaim:
    sources = []
    for row in rows:
        for cell in row:
            if cell.source not in sources:
                sources.append(cell.source)
    marker = lambda source: sources.index(source) + 1  # noqa: E731
    name = table_name(table, "en") if lang == "en" else table_name(table)
    headers: list[CellSource] = []
    listed = "; ".join(
        f"{row[0].row_label} ({name}): " + ", ".join(f"{format_amount(c.value, unit, lang)} ({c.column.label})" for c in row)
        + " " + "".join(f"[{n}]" for n in sorted({marker(c.source) for c in row}))
        + "".join(dict.fromkeys(header_mark(c, headers) for c in row)) for row in rows)
    if lang == "en":
        lead = "Supported." if holds else "Not correct:"
        why = {"trend": f"it {'does not rise' if shape.rising else 'does not fall'} in {', '.join(breaks)}",
               "extreme": f"the {'highest' if shape.rising else 'lowest'} year is {', '.join(breaks)}",
               "above": f"not in {', '.join(breaks)}"}[shape.kind]
    else:
        lead = "Stämmer." if holds else "Stämmer inte:"
        why = {"trend": f"den {'ökar inte' if shape.rising else 'minskar inte'} {', '.join(breaks)}",
               "extreme": f"{'högst' if shape.rising else 'lägst'} är {', '.join(breaks)}",
               "above": f"inte {', '.join(breaks)}"}[shape.kind]
    text = f"{lead} {listed}." + ("" if holds else f" {why[0].upper()}{why[1:]}.")
    inputs = tuple(CalculationInput(label=c.row_label, column=c.column.label, value=c.value, unit=unit,
                                    citation=marker(c.source)) for row in rows for c in row)
    values = tuple(FigureValue(c.value, unit) for row in rows for c in row)
    expression = "; ".join(f"{c.row_label}, {c.column.label}: {format_amount(c.value, unit, lang)}" for row in rows for c in row)
    calculation = Calculation(operation="series", expression=expression, result=Decimal(int(holds)), unit="",
                              inputs=inputs)
    answer = FigureAnswer(text=text, sources=tuple(sources), calculation=calculation, language=lang, values=values,
                          headers=tuple(headers))
    return FigureClaim("supported" if holds else "contradicted", text, answer, ())

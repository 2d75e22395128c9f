"""Claims that one row ranks first among the committees in a year: "Överförmyndarnämnden har minst kommunbidrag
av alla nämnder 2022", "Kommunstyrelsen har störst investeringar av nämnderna 2023".

The calculator ranks the committees of the claim's table that year (the planner's `committees_only`: the claim
names the set of committees, not one row's years), and the claimed row must be the first. The verdict cites the
first row and the claimed one.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from assistant.budget.compose import FigureAnswer, FigureValue
from assistant.budget.execute import execute, format_amount
from assistant.budget.plan import detect_language, plan_question
from assistant.budget.records import Cell
from assistant.budget.selection import Refusal
from assistant.budget.series import EVERY_YEAR, claimed_shape
from assistant.budget.store import FigureBook
from assistant.budget.verify import CLAIM_PREFIX, FigureClaim
from assistant.types import Calculation, CalculationInput


def check_rank_claim(claim: str, book: FigureBook, *, history: Sequence[str] = (),
                     language: str = "sv") -> FigureClaim | None:
    """Verdict on a claim that a row is the largest (smallest) of the committees in one year; None when the claim
    is not one (no superlative, no single year, no set of committees, not one named row)."""
    body = CLAIM_PREFIX.sub("", claim).strip().rstrip("?").strip()
    shape = claimed_shape(body)
    if shape is None or shape.kind != "extreme" or shape.year is None or book.is_empty or EVERY_YEAR.search(body):
        return None
    plan = plan_question(body, book.index.lexicon, history)
    if not plan.committees_only or len(plan.rows) != 1 or plan.unknown:
        return None
    lang = "en" if language == "en" or detect_language(body) == "en" else "sv"
    operation = "max" if shape.rising else "min"
    try:
        ranked = execute(replace(plan, operation=operation, rows=(), years=(shape.year,), by_year=False,
                                 measure="value", intent=True), book.tables, book.index.doc_year)
        claimed = execute(replace(plan, operation="lookup", years=(shape.year,), by_year=False, measure="value",
                                  intent=True), book.tables, book.index.doc_year)
    except Refusal:
        return None
    if not ranked.cells or not claimed.cells or claimed.table is not ranked.table:
        return None
    first, own = ranked.cells[0], claimed.cells[0]
    holds = first.row_label == own.row_label
    return _verdict(holds, first, own, ranked.unit, shape.rising, lang)


def _verdict(holds: bool, first: Cell, own: Cell, unit: str, largest: bool, lang: str) -> FigureClaim:
    cells = [first] if holds else [first, own]
    sources = tuple(dict.fromkeys(c.source for c in cells))
    marker = {c.source: i + 1 for i, c in enumerate(cells)}
    said = [f"{c.row_label} {format_amount(c.value, unit, lang)} ({c.column.label}) [{marker[c.source]}]" for c in cells]
    if lang == "en":
        rank = "largest" if largest else "smallest"
        text = (f"Supported: {said[0]} is the {rank} of the committees." if holds else
                f"Not correct: the {rank} of the committees is {said[0]}; {said[1]}.")
    else:
        rank = "störst" if largest else "minst"
        text = (f"Stämmer: {said[0]} är {rank} av nämnderna." if holds else
                f"Stämmer inte: {rank} av nämnderna är {said[0]}; {said[1]}.")
    inputs = tuple(CalculationInput(label=c.row_label, column=c.column.label, value=c.value, unit=unit,
                                    citation=marker[c.source]) for c in cells)
    calculation = Calculation(operation="max" if largest else "min", expression="; ".join(
        f"{c.row_label}, {c.column.label}: {format_amount(c.value, unit, lang)}" for c in cells),
        result=first.value, unit=unit, inputs=inputs)
    answer = FigureAnswer(text=text, sources=sources, calculation=calculation, language=lang,
                          values=tuple(FigureValue(c.value, unit) for c in cells))
    return FigureClaim("supported" if holds else "contradicted", text, answer, (), rows_named=True)

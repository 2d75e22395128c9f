"""Claims that one row ranks first among the committees in a year: "Överförmyndarnämnden har minst kommunbidrag
av alla nämnder 2022", "Kommunstyrelsen har störst investeringar av nämnderna 2023".

The calculator ranks the committees of the claim's table that year (the planner's `committees_only`: the claim
names the set of committees, not one row's years), and the claimed row must be the first. The verdict cites the
first row and the claimed one.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from assistant.budget.columns import counts_down
from assistant.budget.compose import FigureAnswer, FigureValue, header_mark
from assistant.budget.execute import execute, format_amount
from assistant.budget.municipal import scope
from assistant.budget.plan import plan_question
from assistant.understand.language import detect_language
from assistant.budget.records import Cell, CellSource
from assistant.budget.selection import Refusal
from assistant.budget.series import EVERY_YEAR, YEAR, Shape, claimed_shape, extreme
from assistant.budget.store import FigureBook
from assistant.budget.verify import CLAIM_PREFIX, FigureClaim
from core.types import Calculation, CalculationInput


def check_rank_claim(claim: str, book: FigureBook, *, history: Sequence[str] = (),
                     language: str = "sv") -> FigureClaim | None:
    """Verdict on a claim that a row is the largest (smallest) of the committees in a year, or in every year of
    its table when the claim names none ("BUN får mest kommunbidrag av alla nämnder"); None when the claim is not
    one (no superlative, no set of committees, not one named row)."""
    body = CLAIM_PREFIX.sub("", claim).strip().rstrip("?").strip()
    shape = claimed_shape(body) or _extreme_in_no_year(body)
    if shape is None or shape.kind != "extreme" or book.is_empty or EVERY_YEAR.search(body):
        return None
    names, alone, alone_history = scope(body, book, tuple(history))
    if len(names) == 1:  # "... av nämnderna i Boxholm": ranked among that municipality's committees only
        book, body, history = book.of_municipalities(names), alone, alone_history
    plan = plan_question(body, book.index.lexicon, history)
    if not plan.committees_only or len(plan.rows) != 1 or plan.unknown:
        return None
    lang = "en" if language == "en" or detect_language(body) == "en" else "sv"
    # "det största underskottet": a figure named by a word for a negative value is largest where it is smallest
    operation = "max" if shape.rising != counts_down(body) else "min"
    try:
        # a claim naming no year: every year of the row's table, or its one column without a year ("Avvikelse")
        years = (shape.year,) if shape.year is not None else (_row_years(plan, book) or (None,))
        ranks = []
        for year in years:
            asked = (year,) if year is not None else ()
            ranked = execute(replace(plan, operation=operation, rows=(), years=asked, by_year=False,
                                     measure="value", intent=True), book.tables, book.index.doc_year)
            claimed = execute(replace(plan, operation="lookup", years=asked, by_year=False, measure="value",
                                      intent=True), book.tables, book.index.doc_year)
            if not ranked.cells or not claimed.cells or _where(claimed.table) != _where(ranked.table):
                return None
            ranks.append((ranked.cells[0], claimed.cells[0], ranked.unit))
    except Refusal:
        return None
    if not ranks:
        return None
    # the first year the row is not first breaks the claim; otherwise every year holds it
    broken = next(((first, own, unit) for first, own, unit in ranks if first.row_label != own.row_label), None)
    down = counts_down(body)
    if broken is not None:
        return _verdict(False, [broken[0], broken[1]], broken[2], shape.rising, lang, down)
    return _verdict(True, [first for first, _, _ in ranks], ranks[0][2], shape.rising, lang, down)


def _where(table) -> str | None:  # type: ignore[no-untyped-def]
    """A table's stable id (execution may hand back a copy of it in another unit)."""
    return table.id if table is not None else None


def _extreme_in_no_year(body: str) -> Shape | None:
    """"mest"/"minst" in a claim that names no year: the rank in every year of the table."""
    high = None if YEAR.search(body) else extreme(body)
    return Shape("extreme", high) if high is not None else None


def _row_years(plan, book: FigureBook) -> tuple[int, ...]:  # type: ignore[no-untyped-def]
    """The years of the claimed row's value columns (budget, plan, outcome) in its table."""
    cells = execute(replace(plan, operation="lookup", years=(), all_years=True, year_range=False, by_year=False,
                            measure="value", intent=True), book.tables, book.index.doc_year).cells
    return tuple(sorted({c.column.year for c in cells if c.column.year is not None}))


def _verdict(holds: bool, cells: list[Cell], unit: str, largest: bool, lang: str, down: bool = False) -> FigureClaim:
    """`cells`: the row's cell of every year it ranks first (holds), or the first row's and the claimed row's
    cells of the year that breaks the claim."""
    sources = tuple(dict.fromkeys(c.source for c in cells))
    marker = {s: i + 1 for i, s in enumerate(sources)}
    headers: list[CellSource] = []
    said = [f"{c.row_label} {format_amount(c.value, unit, lang)} ({c.column.label}) [{marker[c.source]}]"
            f"{header_mark(c, headers)}" for c in cells]
    if lang == "en":
        rank = ("largest" if largest else "smallest") + (" negative" if down else "")
        text = (f"Supported: {'; '.join(said)}: the {rank} of the committees"
                f"{' every year' if len(said) > 1 else ''}." if holds else
                f"Not correct: the {rank} of the committees is {said[0]}; {said[1]}.")
    else:
        rank = ("störst" if largest else "minst") + (" i minus" if down else "")
        text = (f"Stämmer: {'; '.join(said)}: {rank} av nämnderna{' varje år' if len(said) > 1 else ''}."
                if holds else f"Stämmer inte: {rank} av nämnderna är {said[0]}; {said[1]}.")
    inputs = tuple(CalculationInput(label=c.row_label, column=c.column.label, value=c.value, unit=unit,
                                    citation=marker[c.source]) for c in cells)
    calculation = Calculation(operation="max" if largest != down else "min", expression="; ".join(
        f"{c.row_label}, {c.column.label}: {format_amount(c.value, unit, lang)}" for c in cells),
        result=cells[0].value, unit=unit, inputs=inputs)
    answer = FigureAnswer(text=text, sources=sources, calculation=calculation, language=lang,
                          values=tuple(FigureValue(c.value, unit) for c in cells), headers=tuple(headers))
    return FigureClaim("supported" if holds else "contradicted", text, answer, (), rows_named=True)

"""A year's forecast the text states where the tables hold only its budget: "Hur mycket sämre väntas resultatet för
2024 bli jämfört med utfallet 2023?" asks the forecast of 2024, which an interim report states in prose ("Dorotea
kommun prognostiserar ett resultat på 2 450 tkr för 2024") while the budget's table has only "Budget 2024". The
question's verb says the figure is still expected (columns.expects: "väntas", "beräknas"); the change computed by
the tables reads the budget of that year, so the text's forecast of the same row and year stands in for it, cited
from its sentence.

    forecast_told(outcome, plan, amounts)  # the change with the text's forecast for the later year, or None

Only a change between two years of one row, only when exactly one forecast value of that row and year is stated
(several would be a guess), and only money.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from assistant.budget.columns import expected_forms, family, kind_of_word
from assistant.budget.execute import Outcome, _num, format_amount
from assistant.budget.matching import stem, tokens
from assistant.budget.plan import Plan
from assistant.budget.records import Cell, Column, TextAmount
from core.years import years_in

HUNDRED = Decimal(100)
TOLD_KINDS = ("Prognos", "Utfall")  # a column of these kinds holds the figure itself: the table answers


def forecast_told(outcome: Outcome, plan: Plan, amounts: Sequence[TextAmount]) -> Outcome | None:
    """The outcome's change with its later year read from the one forecast the text states of the row for that year,
    when the question expects the figure and the table's column of that year is a budget or plan; None otherwise."""
    if not plan.expected or outcome.operation not in ("change", "percent_change") or len(outcome.cells) != 2:
        return None
    earlier, later = outcome.cells
    year = later.column.year
    if year is None or family(later.column.kind) in TOLD_KINDS or not later.unit.is_money:
        return None
    said = {stem(w) for text in (*plan.said, later.row_label) for w in tokens(text) if len(w) > 3}
    told = [a for a in amounts if a.unit.is_money and _forecast(a) and year in (a.years | set(years_in(a.clause)))
            and said & {stem(w) for w in tokens(a.clause)}]
    if len({a.value for a in told}) != 1:
        return None
    amount = told[0]
    value = amount.value / later.unit.factor
    label = f"Prognos {year}"
    forecast = Cell(table_id=f"{amount.source.doc_path}#text", table_title=amount.source.title,
                    row_label=later.row_label, column=Column(label, year, "Prognos"), value=value, unit=later.unit,
                    stated_unit=later.unit, is_total=False, source=amount.source)
    diff = value - earlier.value
    pct = diff / earlier.value * HUNDRED if earlier.value else Decimal(0)
    unit, lang = outcome.unit, plan.language

    def num(v: Decimal) -> str:
        return _num(v, lang)

    expr = (f"{num(value)} - {num(earlier.value)} = {format_amount(diff, unit, lang)}; "
            f"{num(diff)} / {num(earlier.value)} = {format_amount(pct, '%', lang)}")
    if outcome.operation == "percent_change":
        return replace(outcome, result=pct, cells=(earlier, forecast), expression=expr, secondary=((diff, unit),))
    return replace(outcome, result=diff, cells=(earlier, forecast), expression=expr, secondary=((pct, "%"),))


def _forecast(amount: TextAmount) -> bool:
    """The amount's sentence says it is a forecast ("prognostiserar", "prognosen", "väntas", "beräknas")."""
    words = tokens(amount.source.quote)
    return any(kind_of_word(w) == "Prognos" for w in words) or bool(set(words) & expected_forms())

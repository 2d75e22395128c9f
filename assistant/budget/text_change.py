"""A change between two amounts one sentence states ("har gått från -14,3 miljoner kronor förra året till en
prognos på -6,6 miljoner kronor i år"), computed when the question asks how much something changed.

The text-amount lookup answers with the best amount; a question asking for a change or a difference needs both
amounts of that sentence: the first as written is the starting point, the second the end point. Only sums of
money, and only when the sentence states exactly two: with three or more the pairing is a guess.
"""
from __future__ import annotations

from collections.abc import Iterable

from assistant.budget.compose import FigureAnswer, FigureValue, amount_text, written_places
from assistant.budget.execute import format_amount
from assistant.budget.numbers import format_value
from assistant.budget.records import TextAmount
from core.types import Calculation, CalculationInput


def sentence_amounts(best: TextAmount, amounts: Iterable[TextAmount]) -> list[TextAmount]:
    """The sums of money stated in the best amount's sentence, in the order written."""
    same = {(a.amount_start, a.amount_end): a for a in amounts
            if a.source.doc_path == best.source.doc_path and a.source.start == best.source.start and a.unit.is_money}
    return [same[key] for key in sorted(same)]


def text_change(best: TextAmount, amounts: Iterable[TextAmount], lang: str) -> FigureAnswer | None:
    """The change from the first to the second amount of the best amount's sentence; None unless it states
    exactly two sums of money."""
    pair = sentence_amounts(best, amounts)
    if len(pair) != 2:
        return None
    first, second = pair
    change_kr = second.value - first.value
    if first.unit == second.unit:
        change, unit = second.stated - first.stated, first.unit
        places = max(written_places(first), written_places(second))
        shown = format_value(change, unit, lang, places)
    else:
        change, unit = change_kr, None
        shown = format_amount(change_kr, "kr", lang)
    sign = "+" if change > 0 else ""
    one, two = amount_text(first, lang), amount_text(second, lang)
    text = (f"From {one} to {two}: a change of {sign}{shown} [1]: ”{best.source.quote.strip()}”" if lang == "en" else
            f"Från {one} till {two}: en förändring med {sign}{shown} [1]: ”{best.source.quote.strip()}”")
    unit_name = unit.value if unit is not None else "kr"
    calc = Calculation(
        operation="difference", expression=f"{second.stated} - ({first.stated})", result=change, unit=unit_name,
        inputs=tuple(CalculationInput(label=a.text, column=a.source.date or "", value=a.stated, unit=a.unit.value,
                                      citation=1) for a in pair))
    values = (FigureValue(abs(change), unit_name), FigureValue(abs(change_kr), "kr"),
              *(FigureValue(a.stated, a.unit.value) for a in pair))
    return FigureAnswer(text=text, sources=(best.source,), calculation=calc, values=values, language=lang)

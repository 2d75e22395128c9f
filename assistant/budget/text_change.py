"""A change between two amounts one sentence states ("har gått från -14,3 miljoner kronor förra året till en
prognos på -6,6 miljoner kronor i år"), computed when the question asks how much something changed.

The text-amount lookup answers with the best amount; a question asking for a change or a difference needs both
amounts of that sentence: the first as written is the starting point, the second the end point. Only sums of
money, and only when the sentence states exactly two: with three or more the pairing is a guess.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from assistant.budget.compose import FigureAnswer, FigureValue, amount_text, written_places
from assistant.budget.execute import format_amount
from assistant.budget.numbers import format_value
from assistant.budget.plan import ANY_COMPARATIVE
from assistant.budget.records import TextAmount
from assistant.budget.units import Unit
from core.types import Calculation, CalculationInput

HUNDRED = Decimal(100)


def sentence_amounts(best: TextAmount, amounts: Iterable[TextAmount]) -> list[TextAmount]:
    """The sums of money stated in the best amount's sentence, in the order written."""
    same = {(a.amount_start, a.amount_end): a for a in amounts
            if a.source.doc_path == best.source.doc_path and a.source.start == best.source.start and a.unit.is_money}
    return [same[key] for key in sorted(same)]


# an amount said as a difference: "5,3 miljoner kronor lägre än budget", "2 miljoner mer än i fjol"
STATED_DIFFERENCE = re.compile(rf"^\s*(?:kronor\s+|kr\s+)?{ANY_COMPARATIVE}\s+(?:än|than)\b", re.IGNORECASE)


def stated_difference(best: TextAmount, amounts: Iterable[TextAmount]) -> TextAmount | None:
    """The sum of money of the best amount's sentence that states a difference itself ("..., vilket är 5,3 miljoner
    kronor lägre än budget"): the change asked, which no subtraction of the sentence's amounts gives; None when none
    does."""
    quote = best.source.quote
    for amount in sentence_amounts(best, amounts):
        at = amount.amount_end - best.source.start
        if 0 <= at <= len(quote) and STATED_DIFFERENCE.match(quote[at:]):
            return amount
    return None


def text_change(best: TextAmount, amounts: Iterable[TextAmount], lang: str, percent: bool = False
                ) -> FigureAnswer | None:
    """The change from the first to the second amount of the best amount's sentence, in percent of the first when
    `percent` ("hur mycket mindre är prognosen, i procent?"); None unless it states exactly two sums of money."""
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
    # in percent of the first amount's size: a deficit from -14,3 to -6,6 shrinks by 53,8 % (+7,7 mnkr)
    pct = change_kr / abs(first.value) * HUNDRED if percent and first.value else None
    if pct is not None:
        shown = f"{shown} ({'+' if pct > 0 else ''}{format_value(pct, Unit.PERCENT, lang)})"
    one, two = amount_text(first, lang), amount_text(second, lang)
    text = (f"From {one} to {two}: a change of {sign}{shown} [1]: ”{best.source.quote.strip()}”" if lang == "en" else
            f"Från {one} till {two}: en förändring med {sign}{shown} [1]: ”{best.source.quote.strip()}”")
    unit_name = unit.value if unit is not None else "kr"
    inputs = tuple(CalculationInput(label=a.text, column=a.source.date or "", value=a.stated, unit=a.unit.value,
                                    citation=1) for a in pair)
    expression = f"{second.stated} - ({first.stated})"
    calc = (Calculation(operation="difference", expression=expression, result=change, unit=unit_name, inputs=inputs)
            if pct is None else
            Calculation(operation="percent_change", expression=f"({expression}) / |{first.stated}| = {pct:.1f} %",
                        result=pct, unit="%", inputs=inputs))
    values = (FigureValue(abs(change), unit_name), FigureValue(abs(change_kr), "kr"),
              *(FigureValue(a.stated, a.unit.value) for a in pair),
              *((FigureValue(abs(pct), "%"),) if pct is not None else ()))
    return FigureAnswer(text=text, sources=(best.source,), calculation=calc, values=values, language=lang)


def next_to(best: TextAmount, amounts: Iterable[TextAmount]) -> list[TextAmount]:
    """The one sum of money of the sentence written right before or after the best amount's, in its paragraph (one
    space between them), when the best amount's sentence states no other: two facts told side by side ("Kommunen har
    fått ett bud på 1 250 000 kronor. Fastigheten har ett bokfört värde på 410 000 kronor.")."""
    amounts = list(amounts)
    if len(sentence_amounts(best, amounts)) != 1:
        return []
    by_sentence: dict[tuple[int, int], list[TextAmount]] = {}
    for a in amounts:
        if a.source.doc_path == best.source.doc_path and a.unit.is_money and (
                0 < a.source.start - best.source.end <= 1 or 0 < best.source.start - a.source.end <= 1):
            by_sentence.setdefault((a.source.start, a.source.end), []).append(a)
    single = [found for found in by_sentence.values() if len({(a.amount_start, a.amount_end) for a in found}) == 1]
    return [single[0][0]] if len(single) == 1 else []


def text_difference(best: TextAmount, amounts: Iterable[TextAmount], lang: str) -> FigureAnswer | None:
    """How much one amount exceeds the other, of two told side by side in neighbouring sentences ("hur mycket mer
    än bokfört värde fick kommunen": the bid against the book value), each cited; None unless each sentence states
    one sum of money."""
    other = next_to(best, amounts)
    if not other:
        return None
    first, second = sorted((best, other[0]), key=lambda a: a.amount_start)
    big, small = (first, second) if first.value >= second.value else (second, first)
    diff_kr = big.value - small.value
    if big.unit == small.unit:
        diff, unit = big.stated - small.stated, big.unit
        shown = format_value(diff, unit, lang, max(written_places(big), written_places(small)))
    else:
        diff, unit = diff_kr, None
        shown = format_amount(diff_kr, "kr", lang)
    marks = {id(first): 1, id(second): 2}
    one, two = amount_text(big, lang), amount_text(small, lang)
    text = (f"{one} [{marks[id(big)]}] is {shown} more than {two} [{marks[id(small)]}]." if lang == "en" else
            f"{one} [{marks[id(big)]}] är {shown} mer än {two} [{marks[id(small)]}].")
    unit_name = unit.value if unit is not None else "kr"
    inputs = tuple(CalculationInput(label=a.text, column=a.source.date or "", value=a.stated, unit=a.unit.value,
                                    citation=marks[id(a)]) for a in (big, small))
    calc = Calculation(operation="difference", expression=f"{big.stated} - {small.stated} = {diff}", result=diff,
                       unit=unit_name, inputs=inputs)
    values = (FigureValue(diff, unit_name), FigureValue(diff_kr, "kr"), *(FigureValue(a.stated, a.unit.value)
                                                                          for a in (big, small)))
    return FigureAnswer(text=text, sources=(first.source, second.source), calculation=calc, values=values,
                        language=lang)

"""A sum of amounts the text states one by one in the same form ("1 mnkr tillskjuts kultur- och
utbildningsnämnden för ...", "600 tkr tillskjuts kultur- och utbildningsnämnden för ...", "500 tkr tillskjuts
kultur- och utbildningsnämnden för ..."), computed when the question asks for their sum.

The text-amount lookup answers with the best amount; a question asking for a sum of what the row it names is given
needs every amount stated the way the best one is: the words from the amount to the row's name (its verb and its
recipient) are the statement's frame, and each amount of the same document whose clause has that frame is a part.
Only sums of money, and only when the best amount's clause names the row: without it the frame is a guess.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from decimal import Decimal

from assistant.budget.compose import FigureAnswer, FigureValue, written_places
from assistant.budget.execute import format_amount
from assistant.budget.numbers import format_value
from assistant.budget.records import TextAmount
from core.types import Calculation, CalculationInput

_SPACE = re.compile(r"[\s\-–]+")


def _plain(text: str) -> str:
    """Lower case, hyphens and runs of space as one space: "Kultur- och" and "kultur och" alike."""
    return _SPACE.sub(" ", text.lower()).strip()


def statement_frame(amount: TextAmount, names: Sequence[str]) -> str | None:
    """The words from the amount to the end of the first row name its clause says after it
    ("tillskjuts kultur och utbildningsnämnden"); None when no name follows the amount."""
    clause = _plain(amount.clause)
    written = _plain(amount.text)
    at = clause.find(written)
    if at < 0:
        return None
    rest = clause[at + len(written):]
    ends = [rest.find(n) + len(n) for n in map(_plain, names) if n and n in rest]
    if not ends:
        return None
    frame = rest[:min(ends)].strip()
    return frame or None


def parallel_amounts(best: TextAmount, amounts: Iterable[TextAmount], names: Sequence[str]) -> list[TextAmount]:
    """The sums of money in the best amount's document stated in its frame, in the order written (the best one
    among them); [] when the best amount's clause names none of the rows after it."""
    if not best.unit.is_money:
        return []
    frame = statement_frame(best, names)
    if frame is None:
        return []
    same: dict[int, TextAmount] = {}
    for a in amounts:
        if a.source.doc_path == best.source.doc_path and a.unit.is_money and statement_frame(a, names) == frame:
            same.setdefault(a.amount_start, a)
    return [same[k] for k in sorted(same)]


def text_sum(best: TextAmount, amounts: Iterable[TextAmount], names: Sequence[str], lang: str) -> FigureAnswer | None:
    """The sum of the amounts stated in the best amount's frame, each cited; None unless there are two or more."""
    parts = parallel_amounts(best, amounts, names)
    if len(parts) < 2:
        return None
    sources: list = []
    for a in parts:
        if a.source not in sources:
            sources.append(a.source)
    total_kr = sum((a.value for a in parts), Decimal(0))
    unit = min((a.unit for a in parts), key=lambda u: u.factor)  # the finest unit written: no figure is rounded
    total = total_kr / unit.factor
    shown = format_value(total, unit, lang)
    terms = " + ".join(f"{format_value(a.stated, a.unit, lang, written_places(a))} [{sources.index(a.source) + 1}]"
                      for a in parts)
    in_kr = format_amount(total_kr, "kr", lang)
    text = (f"In total {shown} ({in_kr}): {terms} = {shown}." if lang == "en" else
            f"Sammanlagt {shown} ({in_kr}): {terms} = {shown}.")
    calc = Calculation(
        operation="sum", expression=" + ".join(a.text for a in parts) + f" = {shown}", result=total,
        unit=unit.value, inputs=tuple(CalculationInput(label=a.clause[:60], column=a.source.date or "",
                                                       value=a.stated, unit=a.unit.value,
                                                       citation=sources.index(a.source) + 1) for a in parts))
    values = (FigureValue(total, unit.value), FigureValue(total_kr, "kr"),
              *(FigureValue(a.stated, a.unit.value) for a in parts))
    return FigureAnswer(text=text, sources=tuple(sources), calculation=calc, values=values, language=lang)

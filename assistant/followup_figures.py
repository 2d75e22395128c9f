"""A follow-up that computes with the amounts the earlier answers stated ("Hur mycket av paketet gick till
avdelning vuxna?" ... "hur stor andel av hela paketet blir det i procent?", "och hur mycket skiljer det?").

The calculator computes with table cells; amounts stated in prose ("5,4 miljoner kronor", "4,7 miljoner") are
answered one turn at a time. When a follow-up asks for a share or a difference and names no amount of its own,
the two previous turns' answers are the inputs: the part is the smaller amount, the whole the larger. Each input
is cited with the quote that stated it, and the result is computed here, never taken from a text.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal

from assistant.budget.phrasing import human_amount
from assistant.budget.plan import DIFFERENCE, PERCENT, SHARE
from assistant.budget.units import Unit
from assistant.claims import figures_in
from assistant.types import Answer, Calculation, CalculationInput, Citation

SHARE_WORDS = ("andel", "procent", "share", "percent", "proportion")


@dataclass(frozen=True, slots=True)
class Stated:
    value: Decimal  # kronor
    written: str
    citation: Citation


def asked_operation(question: str) -> str | None:
    """"share" for a share or percentage, "difference" for a difference; None for anything else."""
    text = question.lower()
    if SHARE.search(text) or PERCENT.search(text):
        return "share"
    if DIFFERENCE.search(text):
        return "difference"
    return None


def stated_amount(answer: Answer) -> Stated | None:
    """The first amount of money an answer states in its first sentence, with the citation that holds it."""
    if answer.refused or not answer.citations or answer.verdict is not None:
        return None
    money = [f for f in figures_in(answer.answer) if f.kind == "money"]
    if not money:
        return None
    first = money[0]
    for citation in answer.citations:
        if any(f.kind == "money" and f.value == first.value for f in figures_in(citation.quote)):
            return Stated(first.value, first.written, citation)
    return None


def compute(question: str, history: Sequence[str], answer_turn: Callable[[str, list[str]], Answer],
            language: str) -> Answer | None:
    """The follow-up's answer computed from the amounts the two previous turns stated; None when it does not
    ask for a share or a difference, or the earlier answers do not state two different amounts."""
    operation = asked_operation(question)
    if operation is None or len(history) < 2 or figures_in(question):
        return None
    turns = list(history)
    stated = [stated_amount(answer_turn(turns[i], turns[:i])) for i in (len(turns) - 2, len(turns) - 1)]
    if any(s is None for s in stated) or stated[0].value == stated[1].value:
        return None
    whole, part = sorted(stated, key=lambda s: s.value, reverse=True)
    citations = (replace(whole.citation, n=1), replace(part.citation, n=2))
    inputs = (CalculationInput(label=whole.written, column="", value=whole.value, unit="kr", citation=1),
              CalculationInput(label=part.written, column="", value=part.value, unit="kr", citation=2))
    if operation == "share":
        result = (part.value / whole.value * 100).quantize(Decimal("0.1"), ROUND_HALF_UP)
        shown = _number(result, language)
        text = (f"{part.written} [2] is {shown} % of {whole.written} [1] ({part.written} / {whole.written})."
                if language == "en" else
                f"{part.written} [2] är {shown} procent av {whole.written} [1] ({part.written} / {whole.written}).")
        calculation = Calculation("share", f"{part.value} / {whole.value} * 100", result, "%", inputs)
    else:
        result = whole.value - part.value
        shown = human_amount(result, Unit.KR, language)
        text = (f"The difference is {shown}: {whole.written} [1] minus {part.written} [2]." if language == "en" else
                f"Skillnaden är {shown}: {whole.written} [1] minus {part.written} [2].")
        calculation = Calculation("difference", f"{whole.value} - {part.value}", result, "kr", inputs)
    return Answer(question=question, answer=text, citations=citations, calculation=calculation,
                  language=language, composer="calculator",
                  route={"path": "calculator", "reasons": {"operation": operation, "inputs": "earlier answers"}})


def _number(value: Decimal, language: str) -> str:
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return text if language == "en" else text.replace(".", ",")

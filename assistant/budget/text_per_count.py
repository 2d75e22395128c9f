"""What one thing costs when a sentence states a sum of money and how many things it pays for ("Sammantagen
budgetpost för sommarjobb uppgår därmed till 2 mnkr och bedöms kunna finansiera omkring 200 arbeten"), computed
when the question asks the cost of one on average or per one of something ("vad kostar ett sommarjobb i snitt?"):
2 000 000 kr / 200 = 10 000 kr per arbete, the sentence cited.

The text-amount lookup answers with the best amount, the sum; an average per one needs the count it is spread
over. That count is the one its own sentence states: a whole number followed by a noun that is no unit of money
or time (stated_counts.sentence_counts). When the question asks per a word ("per plats"), the count must be of
that word; otherwise the sentence must state exactly one count, so no count is guessed.
"""
from __future__ import annotations

from collections.abc import Sequence

from assistant.budget.compose import FigureAnswer, FigureValue, amount_text, continuations
from assistant.budget.execute import format_amount
from assistant.budget.matching import group_stems, stem
from assistant.budget.numbers import format_number
from assistant.budget.records import TextAmount
from assistant.budget.stated_counts import sentence_counts
from core.types import Calculation, CalculationInput


def text_per_count(best: TextAmount, every: Sequence[TextAmount], lang: str, word: str | None = None
                   ) -> FigureAnswer | None:
    """The best amount, else the amount of the next sentence pointing back at it ("1 mnkr tillskjuts ...
    sommarjobb. Sammantagen budgetpost för sommarjobb uppgår därmed till 2 mnkr och bedöms kunna finansiera omkring
    200 arbeten"), divided by the count its own sentence states; None when neither states one."""
    for amount in (best, *continuations([best], every)):
        answer = _divided(amount, lang, word)
        if answer is not None:
            return answer
    return None


def _divided(amount: TextAmount, lang: str, word: str | None) -> FigureAnswer | None:
    """The amount divided by the count its sentence states (of `word` when the question asks per a word);
    None unless the amount is money and exactly one count fits."""
    if not amount.unit.is_money or amount.value == 0:
        return None
    counts = [(value, noun) for value, noun, start in sentence_counts(amount.source.quote)
              if not amount.amount_start - amount.source.start <= start < amount.amount_end - amount.source.start]
    if word is not None:
        group = group_stems(word)
        counts = [(value, noun) for value, noun in counts if stem(noun) in group]
    if len({value for value, _ in counts}) != 1:
        return None
    count, noun = counts[0]
    result = abs(amount.value) / count
    shown = format_amount(result, "kr", lang, 0)
    total = format_amount(abs(amount.value), "kr", lang)
    number = format_number(count, 0, lang)
    quote = " ".join(amount.source.quote.split())
    text = (f"On average {shown} each: {amount_text(amount, lang)} / {number} {noun} = {shown} [1]: "
            f"”{quote}”" if lang == "en" else
            f"I snitt {shown} styck: {amount_text(amount, lang)} / {number} {noun} = {shown} [1]: "
            f"”{quote}”")
    calc = Calculation(
        operation="per", expression=f"{total} / {number} = {shown}", result=result, unit="kr",
        inputs=(CalculationInput(label=amount.clause[:60], column=amount.source.date or "", value=amount.stated,
                                 unit=amount.unit.value, citation=1),
                CalculationInput(label=f"{number} {noun}", column=amount.source.date or "", value=count, unit="st",
                                 citation=1)))
    values = (FigureValue(result, "kr"), FigureValue(amount.stated, amount.unit.value),
              FigureValue(abs(amount.value), "kr"), FigureValue(count, "st"))
    return FigureAnswer(text=text, sources=(amount.source,), calculation=calc, values=values, language=lang)


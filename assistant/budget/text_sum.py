"""A sum of amounts the text states one by one in the same form ("1 mnkr tillskjuts kultur- och
utbildningsnämnden för ...", "600 tkr tillskjuts kultur- och utbildningsnämnden för ...", "500 tkr tillskjuts
kultur- och utbildningsnämnden för ..."), computed when the question asks for their sum.

The text-amount lookup answers with the best amount; a question asking for a sum of what the row it names is given
needs every amount stated the way the best one is: the words from the amount to the row's name (its verb and its
recipient) are the statement's frame, and each amount of the same document whose clause has that frame is a part.
Only sums of money, and only when the best amount's clause names the row: without it the frame is a guess.

A question may also name the parts itself ("räkna ihop förstärkningarna (körkort, buss, föräldrastöd)"): each part's
amount is the sum of money of one document naming it nearest (`listed_sum`).
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal

from assistant.budget.compose import FigureAnswer, FigureValue, written_places
from assistant.budget.execute import format_amount
from assistant.budget.matching import stem, tokens
from assistant.budget.numbers import format_value
from assistant.budget.records import TextAmount
from assistant.budget.topics import STOP
from assistant.understand.parts import LIST_JOINT
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
    return _summed(parts, lang)


def _summed(parts: Sequence[TextAmount], lang: str, labels: Sequence[str] = ()) -> FigureAnswer:
    """The parts added up, each cited (with the name the question gave it, `labels`), in the finest unit written."""
    sources: list = []
    for a in parts:
        if a.source not in sources:
            sources.append(a.source)
    total_kr = sum((a.value for a in parts), Decimal(0))
    unit = min((a.unit for a in parts), key=lambda u: u.factor)  # the finest unit written: no figure is rounded
    total = total_kr / unit.factor
    shown = format_value(total, unit, lang)
    named = [f" ({label})" for label in labels] if len(labels) == len(parts) else [""] * len(parts)
    terms = " + ".join(f"{format_value(a.stated, a.unit, lang, written_places(a))}{name} "
                       f"[{sources.index(a.source) + 1}]" for a, name in zip(parts, named))
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


# A list the question names its parts by: in parentheses ("(sommarjobb, körkort, föreningsaktiviteter)"), else
# the words before a closing "och"/"samt"/"and" and the commas before it ("körkort, buss och föräldrastöd").
_PARENTHESISED = re.compile(r"\(([^()]+)\)")
_LISTED = re.compile(r"(?:[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,2}\s*,\s*)+[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,2}?"
                     r"\s+(?:och|samt|and)\s+[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?", re.IGNORECASE)
ITEM_WORDS = 3  # a part named in a list is a short phrase
SHORT_PART = 4  # "buss" begins "busstrafik"; a shorter word names no part
JOINED_PART = 5  # "förenings-" ends where "föreningsaktiviteter" goes on


def listed_items(question: str) -> tuple[str, ...]:
    """The parts a question lists: a parenthesised list of two or more, else a list joined by commas and a closing
    conjunction, its first and last parts as long as those between ("hur mycket får körkort, buss och föräldrastöd
    sammanlagt");
    () when it lists none."""
    found = _PARENTHESISED.search(question)
    text = found.group(1) if found else (m.group(0) if (m := _LISTED.search(question)) else "")
    items = [i.strip(" .?!") for i in LIST_JOINT.split(text) if i.strip(" .?!")]
    if len(items) >= 3 and not found:  # the words around the list run into its first and last parts: each is as
        size = max(len(i.split()) for i in items[1:-1])  # long as the longest between the commas
        items[0], items[-1] = " ".join(items[0].split()[-size:]), " ".join(items[-1].split()[:size])
    items = tuple(items)
    if len(items) < 2 or any(len(i.split()) > ITEM_WORDS for i in items):
        return ()
    return items


def _same_word(asked: str, written: str) -> bool:
    """The question's word and the document's are one word or one compound's parts: "körkort" and
    "körkortsutbildning", "föreningsaktiviteter" and "förenings", "föräldrastöd" and "föräldrar"."""
    if asked == written or stem(asked) == stem(written):
        return True
    if len(asked) >= SHORT_PART and written.startswith(asked):
        return True
    if len(written) >= JOINED_PART and asked.startswith(written):
        return True
    common = len(os.path.commonprefix((asked, written)))
    return common >= JOINED_PART and common >= min(len(asked), len(written)) - 2


def _position(item: str, amount: TextAmount) -> int | None:
    """How far from the amount the item is named (its farthest word's nearest place in the amount's context:
    clause, sentence, paragraph, heading); None when a word of it is not there."""
    words = [w for w in tokens(item) if w not in STOP and len(w) >= 2]
    if not words:
        return None
    places = []
    for word in words:
        found = [k for k, written in enumerate(amount.context) if _same_word(word, written)]
        if not found:
            return None
        places.append(found[0])
    return max(places)


def listed_sum(items: Sequence[str], amounts: Iterable[TextAmount], lang: str) -> FigureAnswer | None:
    """The sum of the sums of money the text states for each listed part, in one document: each part's amount is
    the one naming it nearest (a statement of its own before one pointing back at it, "Sammantagen budgetpost ...
    därmed"), no amount counted twice. None unless every part has one."""
    by_doc: dict[str, list[TextAmount]] = {}
    for a in amounts:
        if a.unit.is_money:
            by_doc.setdefault(a.source.doc_path, []).append(a)
    best: list[TextAmount] | None = None
    for doc_amounts in by_doc.values():
        chosen: list[TextAmount] = []
        for item in items:
            placed = [(bool(a.lead), p, a.amount_start, a) for a in doc_amounts
                      if a not in chosen and (p := _position(item, a)) is not None]
            if not placed:
                break
            chosen.append(min(placed, key=lambda t: t[:3])[3])
        else:
            if best is not None:
                return None  # two documents state every part: which one is meant is a guess
            best = chosen
    if best is None:
        return None
    order = sorted(range(len(items)), key=lambda k: best[k].amount_start)
    return _summed([best[k] for k in order], lang, [items[k] for k in order])

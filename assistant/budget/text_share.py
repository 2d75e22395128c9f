"""A share of a whole the text states ("ett omställningspaket ... om 5,4 miljoner kronor. Av detta landar 4,7
miljoner på avdelning vuxna"), computed when the question asks how large a part of the whole something got.

The text-amount lookup answers with the best amount, the part; a question asking for its share needs the whole it
is part of. The whole is a larger sum of money the text states before the part, in the part's own sentence
("10 mnkr, varav 2 mnkr ...") or in the sentence the part's sentence points back at ("Av detta ..."), or after the
part in its sentence, the part said "of" it ("investerat för 31,7 miljoner kronor av årets budget på 84,0 miljoner");
when the question states the whole itself ("av paketet på 5,4 milj"), the whole is that figure, cited where the text
states it. Without the question's figure, the whole's clause must name a word of the question the part's does not
("omställningspaketet"), or, for a whole after the part, the words between them must ("av årets budget på" for
"andel av investeringsbudgeten"): a larger sum nearby is otherwise a guess.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from decimal import Decimal

from assistant.budget.amounts import AMOUNT, quantity_of, refers_back
from assistant.budget.compose import FigureAnswer, FigureValue, amount_text, written_places
from assistant.budget.matching import stem, tokens
from assistant.budget.numbers import format_value
from assistant.budget.records import TextAmount
from assistant.budget.topics import STOP
from assistant.budget.units import Unit
from core.types import Calculation, CalculationInput

HUNDRED = Decimal(100)
OF = re.compile(r"^\s*(?:\S+\s+){0,2}?(?:av|of)\s", re.IGNORECASE)  # the part said "of" what follows it
ADJACENT = 3  # at most this many characters between the sentence pointed back at and the part's sentence


def asked_sums(question: str) -> list[Decimal]:
    """The sums of money the question states, in kronor ("på 5,4 milj" -> 5 400 000)."""
    quantities = (quantity_of(match) for match in AMOUNT.finditer(question))
    return [q.value for q in quantities if q is not None and q.unit.is_money]


def _between(part: TextAmount, whole: TextAmount) -> str:
    """The words of the part's sentence between the part and a whole stated after it."""
    quote, start = part.source.quote, part.source.start
    return quote[part.amount_end - start:whole.amount_start - start]


def of_later(part: TextAmount, whole: TextAmount) -> bool:
    """The whole is stated after the part in its sentence and the part is said of it: "31,7 miljoner kronor av
    årets budget på 84,0 miljoner" (a unit's word may come between the part's number and "av")."""
    return whole.source.start == part.source.start and whole.amount_start >= part.amount_end and \
        bool(OF.match(_between(part, whole)))


def whole_candidates(part: TextAmount, amounts: Iterable[TextAmount]) -> list[TextAmount]:
    """Larger sums of money stated before the part in its sentence or in the sentence it points back at, nearest
    first, then those the part is said of after it in its sentence, nearest first."""
    found, later = [], []
    points_back = bool(part.lead) or refers_back(part.source.quote, "")  # "Av detta ..." after a paragraph break too
    for a in amounts:
        if a.source.doc_path != part.source.doc_path or not a.unit.is_money or abs(a.value) <= abs(part.value):
            continue
        same = a.source.start == part.source.start and a.amount_end <= part.amount_start
        before = 0 <= part.source.start - a.source.end <= ADJACENT and points_back
        if same or before:
            found.append(a)
        elif of_later(part, a):
            later.append(a)
    return sorted(found, key=lambda a: -a.amount_start) + sorted(later, key=lambda a: a.amount_start)


def _topic(text: str) -> set[str]:
    return {stem(w) for w in tokens(text) if len(w) >= 5 and w not in STOP and w.isalpha()}


def find_whole(part: TextAmount, amounts: Sequence[TextAmount], question: str) -> tuple[TextAmount | None, Decimal] | None:
    """The whole the part is a share of and its value in kronor: the question's own figure (cited where the text
    states it, None when it does not), else the nearest candidate whose clause names a word of the question the
    part's clause does not; None when there is no such whole."""
    candidates = whole_candidates(part, amounts)
    stated = [v for v in asked_sums(question) if abs(v) > abs(part.value)]
    if len(stated) == 1:
        cited = next((a for a in candidates if a.value == stated[0]), None)
        if cited is None:
            cited = next((a for a in amounts if a.source.doc_path == part.source.doc_path and a.value == stated[0]),
                         None)
        return cited, stated[0]
    if stated:
        return None
    asked = _topic(question) - _topic(part.clause)
    words = [w for w in tokens(question) if w.isalpha() and w not in STOP]
    named = [a for a in candidates
             if (_overlap(_between(part, a), words) if of_later(part, a) else asked & _topic(a.clause))]
    return (named[0], named[0].value) if named else None


def asked_part(best: Sequence[TextAmount], question: str) -> TextAmount | None:
    """The best amount that is not the whole the question states itself ("av paketet på 5,4 milj": the amount
    found for that is the whole, the part is the next best)."""
    stated = set(asked_sums(question))
    return next((a for a in best if a.value not in stated), None)


def _overlap(clause: str, question_words: Sequence[str]) -> int:
    """How many of the clause's words the question says, in a compound too ("avdelning vuxna" in
    "vuxenavdelningen"): a word inside a question word, or the first three letters starting one."""
    score = 0
    for s in _topic(clause) | {stem(w) for w in tokens(clause) if len(w) >= 4 and w.isalpha() and w not in STOP}:
        score += any(s in w for w in question_words) + any(w.startswith(s[:3]) for w in question_words)
    return score


def part_of_stated(best: Sequence[TextAmount], amounts: Sequence[TextAmount], question: str) -> TextAmount | None:
    """When the best amount is the whole the question states, the part: of the amounts that have it as their
    whole, the one whose clause the question names best (one only)."""
    stated = set(asked_sums(question))
    whole = next((a for a in best if a.value in stated), None)
    if whole is None:
        return None
    words = [w for w in tokens(question) if w.isalpha() and w not in STOP]
    parts = [(_overlap(a.clause, words), a) for a in amounts if a.source.doc_path == whole.source.doc_path
             and a.unit.is_money and whole in whole_candidates(a, amounts)]
    scores = sorted((s for s, _ in parts), reverse=True)
    if not scores or scores[0] == 0 or (len(scores) > 1 and scores[1] == scores[0]):
        return None
    return next(a for s, a in parts if s == scores[0])


def part_of_named_whole(whole: TextAmount, amounts: Sequence[TextAmount], question: str) -> TextAmount | None:
    """When the best amount is the whole the question names in words ("andel av Smedjebackens oförutsedda medel":
    "Oförutsedda medel uppgår 2025 till 3,0 miljoner kronor"), the part in another sentence of its document: the
    smaller sum of money whose clause names what the question asks of the whole and the whole's clause does not
    ("beviljar tilläggsanslag om totalt 1 675 000 kronor"; the one the question names best, one only)."""
    asked = _topic(question)
    if not whole.unit.is_money or not asked & _topic(whole.clause):
        return None
    rest = asked - _topic(whole.clause)
    words = [w for w in tokens(question) if w.isalpha() and w not in STOP]
    parts = [(_overlap(a.clause, words), a) for a in amounts if a.source.doc_path == whole.source.doc_path
             and a.unit.is_money and 0 < a.value < whole.value and a.source.start != whole.source.start
             and rest & _topic(a.clause)]
    scores = sorted((s for s, _ in parts), reverse=True)
    if not scores or (len(scores) > 1 and scores[1] == scores[0]):
        return None
    return next(a for s, a in parts if s == scores[0])


def text_share(best: Sequence[TextAmount], amounts: Sequence[TextAmount], question: str, lang: str
               ) -> FigureAnswer | None:
    """The share of the best amount (the part) of the whole the text (or the question) states, in percent, or, the
    best amount being the whole the question names, of its part another sentence states; None without a whole."""
    part = asked_part(best, question) or part_of_stated(best, amounts, question)
    if part is None:
        return None
    found = find_whole(part, amounts, question)
    if found is None and not asked_sums(question):
        named_part = part_of_named_whole(part, amounts, question)
        part, found = (named_part, (part, part.value)) if named_part is not None else (part, None)
    if found is None or not part.unit.is_money:
        return None
    whole, whole_kr = found
    if not whole_kr:
        return None
    pct = part.value / whole_kr * HUNDRED
    shown_pct = format_value(pct, Unit.PERCENT, lang)
    if whole is not None and whole.unit == part.unit and part.unit is not Unit.KR:
        places = max(written_places(part), written_places(whole))
        number = format_value(part.stated, part.unit, lang, places).rsplit(" ", 1)[0]
        of = f"{number} {'of' if lang == 'en' else 'av'} {amount_text(whole, lang)}"
    else:
        whole_text = amount_text(whole, lang) if whole is not None else format_value(whole_kr, Unit.KR, lang)
        of = f"{amount_text(part, lang)} {'of' if lang == 'en' else 'av'} {whole_text}"
    sources = (part.source,) + ((whole.source,) if whole is not None and whole.source != part.source else ())
    quotes = f" [1]: ”{part.clause.strip(' -–.')}”"
    if len(sources) == 2:
        quotes += f"; {'the whole' if lang == 'en' else 'helheten'} [2]: ”{whole.clause.strip(' -–.')}”"  # type: ignore[union-attr]
    text = (f"{of}, i.e. {shown_pct}{quotes}." if lang == "en" else f"{of}, dvs. {shown_pct}{quotes}.")
    inputs = (CalculationInput(label=part.clause[:60], column=part.source.date or "", value=part.stated,
                               unit=part.unit.value, citation=1),
              CalculationInput(label=(whole.clause if whole is not None else question)[:60],
                               column=part.source.date or "", value=whole.stated if whole is not None else whole_kr,
                               unit=whole.unit.value if whole is not None else "kr",
                               citation=len(sources) if whole is not None else None))
    calc = Calculation(operation="share", expression=f"{part.value} / {whole_kr} = {pct:.1f} %", result=pct,
                       unit="%", inputs=inputs)
    values = (FigureValue(pct, "%"), FigureValue(part.stated, part.unit.value), FigureValue(part.value, "kr"),
              FigureValue(whole_kr, "kr"))
    return FigureAnswer(text=text, sources=sources, calculation=calc, values=values, language=lang)

"""A follow-up that computes with the amounts the earlier answers stated ("Hur mycket av paketet gick till
avdelning vuxna?" ... "hur stor andel av hela paketet blir det i procent?", "och hur mycket skiljer det?",
"lägg ihop dom två"); the earlier turns may be the earlier parts of one question.

The calculator computes with table cells; amounts stated in prose ("5,4 miljoner kronor", "4,7 miljoner") are
answered one turn at a time. When a follow-up asks for a share, a difference or a sum and names no amount of its own,
the two previous turns' answers are the inputs: the part is the smaller amount, the whole the larger. Each input
is cited with the quote that stated it, and the result is computed here, never taken from a text.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal

from assistant.budget.numbers import format_value
from assistant.budget.phrasing import amount_words, human_amount
from assistant.budget.plan import (
    BY_HOW_MUCH, BY_HOW_MUCH_EITHER, CHANGE, COMPARATIVES, DIFFERENCE, PERCENT, RATIO, SET_AGAINST, SHARE, SUM,
    WORTH_COMPARATIVES,
)
from assistant.budget.deviation import told_with_terms
from assistant.budget.units import PER_UNIT, Unit
from core.years import years_in
from assistant.evidence.claims import figures_in
from assistant.understand.coverage import asks_coverage, names_gap
from assistant.understand.followup import against_year_before, names_other_side
from assistant.understand.parts import CHOSEN_OF_TWO, RELATIVE, between
from assistant.understand.including import including
from assistant.understand.remaining import asks_left
from core.types import Answer, Calculation, CalculationInput, Citation

SHARE_WORDS = ("andel", "procent", "share", "percent", "proportion")
SIZE = re.compile(r"\b(?:större|mindre|larger|bigger|smaller)\b", re.I)  # a comparison of sizes, not of signed values
# a comparative the follow-up asks of its own figure against the earlier one ("hur mycket lägre är det 2025?", "hur
# många procent mindre är prognosen för i år?")
COMPARATIVE = re.compile(rf"\b(?:{COMPARATIVES}|{WORTH_COMPARATIVES})\b", re.I)
# what is left of the whole once the part is taken ("och resten då?", "what about the rest?"): the whole minus the part
REST = re.compile(r"\b(?:resten|återstoden|det som (?:återstår|blir kvar)|the rest|the remainder|what remains)\b",
                  re.I)
MANY_TIMES = Decimal(2)  # a whole at least twice the part is also said as a multiple ("18 gånger så mycket")


@dataclass(frozen=True, slots=True)
class Stated:
    value: Decimal  # kronor
    written: str
    citation: Citation
    unit: Unit = Unit.KR  # the unit the source states it in (a table's tkr)


def asked_operation(question: str) -> str | None:
    """"share" for a share or percentage, "ratio" for how many times one is the other, "remainder" for what of a
    gap (a deficit) a measure leaves uncovered (understand.coverage), "rest" for what is left of the whole once the
    part is taken ("och resten då?": the whole minus the part), "difference" for a
    difference or a change between the two ("hur mycket har de förbättrat sig?"), "sum" for the two together
    ("lägg ihop dom två"); None for anything else. One set "i förhållande till" the other is a share of it."""
    text = question.lower()
    if SHARE.search(text) or PERCENT.search(text) or re.search(rf"\b(?:{RELATIVE})\b", text):
        return "share"
    if RATIO.search(text):
        return "ratio"
    if asks_coverage(question):  # "räcker anslaget för att täcka underskottet?": what remains of the gap
        return "remainder"
    if REST.search(text) or asks_left(question):  # "hur mycket finns kvar i reserven efter anslaget?"
        return "rest"
    if DIFFERENCE.search(text) or CHANGE.search(text) or BY_HOW_MUCH_EITHER.search(text):
        return "difference"
    if CHOSEN_OF_TWO.match(question):  # "vad är störst: A eller B?": the larger told by how much it is larger
        return "difference"
    if SUM.search(text) or including(question):  # "... om man räknar med det som KS ombudgeterade?": added
        return "sum"
    if between(question):  # "hur stor marginal finns mellan kontraktet och totalutgiften?": how the two differ
        return "difference"
    return None


# the whole a share is of, named after "av"/"of" ("i procent av hela paketet", "what share of the whole package")
WHOLE = re.compile(r"\b(?:procent|andel\w*|del|percent|per cent|share|proportion)\s+(?:av|of)\s+(?P<whole>[^?.!,;]+)",
                   re.I)


# a pronoun as the whole: what the earlier turn's answer stated ("andel av det", "share of it")
WHOLE_POINTED = re.compile(r"(?:det|den|detta|denna|dessa|dem|it|that|this|them)\b", re.I)


def whole_question(question: str, language: str) -> str | None:
    """The question that asks for the whole a share follow-up names ("hur mycket är det i procent av hela
    paketet?" -> "Hur mycket är hela paketet?"), so its amount can be the share's denominator when only one earlier
    turn stated an amount; when the whole is a pronoun for the earlier turn ("hur stor andel av det hamnar på
    avdelning vuxna?"), the question asking for the part the follow-up names ("Hur mycket hamnar på avdelning
    vuxna?"), the share's numerator. None when the follow-up asks no share of a named whole."""
    if asked_operation(question) != "share":
        return None
    found = WHOLE.search(question)
    if found is None or figures_in(found.group("whole")):
        return None
    from assistant.understand.words import is_verb

    pointing = WHOLE_POINTED.match(found.group("whole"))
    if pointing is not None:  # "hur stor andel av det hamnar på avdelning vuxna?": the whole is the earlier turn's,
        asked = found.group("whole")[pointing.end():].strip()  # the follow-up's own words ask for the part
        if not re.search(r"[^\W\d_]", asked):
            return None
        return f"How much {asked}?" if language == "en" else f"Hur mycket {asked}?"

    kept: list[str] = []
    for word in found.group("whole").split():  # "av hela paketet är det": the phrase ends at its verb
        if is_verb(word.lower()):
            break
        kept.append(word)
    if not kept:
        return None
    whole = " ".join(kept)
    return f"How much is {whole}?" if language == "en" else f"Hur mycket är {whole}?"


def stated_amount(answer: Answer, language: str = "sv", counts: bool = False, decided: bool = False,
                  years: tuple[int, ...] = ()) -> Stated | None:
    """The amount of money an answer states: the one cell a calculator lookup read, else the first amount in
    its text, with the citation that holds it; None for a figure computed per something. With `counts`, a lookup's cell counting something ("Invånare 31
    dec": 7 342) is a stated amount too: counts add up and differ like money, never with it (same_dimension). With
    `decided`, an amount a decision states comes first (_decides): what a committee got is what was granted, not
    what it asked for ("har begärt ... 8 000 tkr", "beslutar att bevilja ... 5 500 tkr"). With `years`, a lookup of
    one row's cells in several years states the cell of the one of them its column names ("Budget 2025")."""
    if answer.refused or not answer.citations or answer.verdict is not None:
        return None
    calc = answer.calculation
    if calc is not None and (calc.operation == "per" or any(PER_UNIT.search(f"{i.label} {i.column}")
                                                             for i in calc.inputs)):
        return None  # "1 800 kronor per invånare" is no amount a total is held against, added to or a share of
    cells = calc.inputs if calc is not None and calc.operation == "lookup" else ()
    if told_with_terms([i.column for i in cells]):
        cells = cells[:1]  # a deviation told with its budget and forecast (or outcome) states the deviation
    if years and len({i.label for i in cells}) == 1:
        cells = tuple(i for i in cells if set(years_in(i.column)) & set(years))
    if len(cells) == 1:
        cell = cells[0]
        cited = [c for c in answer.citations if c.n == cell.citation]
        unit = next((u for u in Unit if u.value == cell.unit), None)
        if cited and unit is not None and (unit.is_money or counts and unit is Unit.NUMBER):
            return Stated(cell.value * unit.factor, human_amount(cell.value, unit, language), cited[0], unit)
    money = [f for f in figures_in(answer.answer) if f.kind == "money"]
    if not money:
        return None
    held = [(f, c) for f in money for c in answer.citations
            if any(g.kind == "money" and g.value == f.value for g in figures_in(c.quote))]
    if decided:
        held = sorted(held, key=lambda pair: not _decides(pair[1].quote))  # stable: the text's order otherwise
    first = money[0] if not decided else next((f for f, _ in held), money[0])
    for figure, citation in held:
        if figure.value == first.value:
            return Stated(figure.value, figure.written, citation)
    return None


# what a figure is per, right after it: "22,15 kronor per hundra kronor", "150 kr/inv", "350 kronor i månaden"
PER_AFTER = re.compile(r"\s*(?:per\b|/\s*[^\W\d_]|i\s+(?:timmen|månaden|veckan|året)\b|a\s+(?:month|year|week)\b)", re.I)


def per_one(stated: Stated) -> bool:
    """The figure is a rate, written per something ("22,15 kronor per hundra kronor", "kr/inv"), as its quote says
    it: no sum of money, which it cannot be added to or subtracted from."""
    quote, written = " ".join(stated.citation.quote.split()), " ".join(stated.written.split())
    at = quote.find(written)
    return at >= 0 and PER_AFTER.match(quote, at + len(written)) is not None


def _years_of_one_row(answer: Answer) -> bool:
    """The answer looked up one row's cells in several columns (the years a question naming none reads)."""
    calc = answer.calculation
    return calc is not None and calc.operation == "lookup" and len(calc.inputs) > 1 \
        and len({i.label for i in calc.inputs}) == 1


def _decides(quote: str) -> bool:
    """The quote states a decision: a word of the outcome nouns' stems ("beslutar", "Beslut:"; sentence_types.json
    outcome_nouns)."""
    from assistant.understand.query import word_stems
    from assistant.understand.words import sentence_types

    outcome = {s for w in sentence_types()["outcome_nouns"] for s in word_stems(w)}
    return bool(word_stems(quote) & outcome)


def compute(question: str, history: Sequence[str], answer_turn: Callable[[str, list[str]], Answer],
            language: str, operation: str | None = None) -> Answer | None:
    """The follow-up's answer computed from the amounts the two previous turns stated; None when it does not
    ask for a share, a difference or a sum, or the earlier answers do not state two different amounts. An
    `operation` given ("agreement": whether the two state one amount) is computed whatever the question's words."""
    operation = operation or asked_operation(question)
    if operation is None or len(history) < 2 or any(f.kind != "count" for f in figures_in(question)):
        # an amount of its own ("mer än 3 miljoner"); a count ("lägg ihop dom två") names the earlier turns
        return None
    turns = list(history)
    counts = operation in ("sum", "difference", "rest")  # counts add up and differ; a share of counts is not
    answers = [answer_turn(turns[i], turns[:i]) for i in (len(turns) - 2, len(turns) - 1)]
    stated = [stated_amount(a, language, counts) for a in answers]
    for k in (0, 1):  # a row's years looked up ("reserven": 2023-2025): the year the other amount's sentence names
        other = stated[1 - k]
        if other is not None and _years_of_one_row(answers[k]):
            stated[k] = stated_amount(answers[k], language, counts, years=tuple(years_in(other.citation.quote))) \
                or stated[k]
    if operation == "agreement":
        return None if any(s is None for s in stated) or stated[0].unit.dimension != stated[1].unit.dimension \
            else _agreement(question, *stated, language)
    if any(s is None for s in stated) or stated[0].value == stated[1].value \
            or stated[0].unit.dimension != stated[1].unit.dimension or per_one(stated[0]) != per_one(stated[1]):
        return None  # a rate ("22,15 kronor per hundra kronor") and a sum ("85 miljoner kronor") do not combine
    unit = "kr" if stated[0].unit.is_money else stated[0].unit.value  # the inputs' and the result's dimension
    if operation == "remainder":  # the gap is the turn naming one (or the earlier), the measure the other
        gap_first = names_gap(turns[-2]) or not names_gap(turns[-1])
        measure = stated_amount(answers[1 if gap_first else 0], language, counts, decided=True) \
            or stated[1 if gap_first else 0]  # the measure's turn: the amount decided covers the gap
        if measure.value == stated[0 if gap_first else 1].value or measure.unit.dimension != stated[0].unit.dimension:
            return None
        return _remainder(question, stated[0 if gap_first else 1], measure, unit, language)
    if operation in ("share", "ratio", "rest") or operation == "difference" and SIZE.search(question):
        # sizes ("hur mycket större är sparkravet än underskottet?", "underskottet i förhållande till
        # kommunbidraget"): a deficit of -14,3 is 14,3 large, 7 procent of a budget of 205,2; a reserve the
        # operating budget lists as a cost (-5,0) holds 5,0 to draw from
        stated = [replace(s, value=abs(s.value), written=_size(s, language) if operation == "rest" else s.written)
                  for s in stated]
    # the sum in the order said; a share or difference of the larger amount (the whole) and the smaller
    whole, part = stated if operation == "sum" else sorted(stated, key=lambda s: s.value, reverse=True)
    same = (whole.citation.doc, whole.citation.quote) == (part.citation.doc, part.citation.quote)
    n = 1 if same else 2  # both amounts in one sentence: one citation
    citations = (replace(whole.citation, n=1),) + (() if same else (replace(part.citation, n=2),))
    inputs = (CalculationInput(label=whole.written, column="", value=whole.value, unit=unit, citation=1),
              CalculationInput(label=part.written, column="", value=part.value, unit=unit, citation=n))
    if operation == "ratio":
        result = _times(whole.value / part.value)
        text = _times_text(whole, part, n, result, language)
        calculation = Calculation("ratio", f"{whole.value} / {part.value}", result, "ggr", inputs)
    elif operation == "share":
        result = (part.value / whole.value * 100).quantize(Decimal("0.1"), ROUND_HALF_UP)
        shown = _number(result, language)
        text = (f"{part.written} [{n}] is {shown} % of {whole.written} [1] ({part.written} / {whole.written})."
                if language == "en" else
                f"{part.written} [{n}] är {shown} procent av {whole.written} [1] ({part.written} / {whole.written}).")
        calculation = Calculation("share", f"{part.value} / {whole.value} * 100", result, "%", inputs)
    elif operation == "sum":
        result = whole.value + part.value
        shown = _said(result, whole.unit if whole.unit == part.unit else Unit.KR, language)
        text = (f"Together {shown}: {whole.written} [1] plus {part.written} [{n}]." if language == "en" else
                f"Tillsammans {shown}: {whole.written} [1] plus {part.written} [{n}].")
        calculation = Calculation("sum", f"{whole.value} + {part.value}", result, unit, inputs)
    else:
        result = whole.value - part.value
        shown = _said(result, whole.unit if whole.unit == part.unit else Unit.KR, language)
        said = {"en": ("The rest is", "The difference is"), "sv": ("Resten är", "Skillnaden är")}[
            "en" if language == "en" else "sv"][0 if operation == "rest" else 1]
        text = f"{said} {shown}: {whole.written} [1] minus {part.written} [{n}]."
        calculation = Calculation("difference", f"{whole.value} - {part.value}", result, unit, inputs)
        if set_against_only(question) and part.value > 0 and whole.value >= MANY_TIMES * part.value:
            text += " " + _times_text(whole, part, n, _times(whole.value / part.value), language)
    return Answer(question=question, answer=text, citations=citations, calculation=calculation,
                  language=language, composer="calculator",
                  route={"path": "calculator", "reasons": {"operation": operation, "inputs": "earlier answers"}})


def _remainder(question: str, gap: Stated, measure: Stated, unit: str, language: str) -> Answer:
    """What of the gap (the earlier turn's amount: a deficit, negative or not) the measure (the later turn's: a
    grant, a plan's savings) leaves uncovered, or how much it leaves over: sizes, each cited."""
    gap, measure = (replace(s, value=abs(s.value), written=_size(s, language)) for s in (gap, measure))
    same = (gap.citation.doc, gap.citation.quote) == (measure.citation.doc, measure.citation.quote)
    n = 1 if same else 2
    citations = (replace(gap.citation, n=1),) + (() if same else (replace(measure.citation, n=2),))
    left = gap.value - measure.value
    shown = _said(abs(left), gap.unit if gap.unit == measure.unit else Unit.KR, language)
    if language == "en":
        text = (f"No: {measure.written} [{n}] does not cover all of {gap.written} [1]; {shown} remains "
                f"({gap.written} minus {measure.written})." if left > 0 else
                f"Yes: {measure.written} [{n}] covers {gap.written} [1], with {shown} to spare.")
    else:
        text = (f"Nej: {measure.written} [{n}] täcker inte hela {gap.written} [1]; {shown} återstår "
                f"({gap.written} minus {measure.written})." if left > 0 else
                f"Ja: {measure.written} [{n}] täcker {gap.written} [1], med {shown} till godo.")
    inputs = (CalculationInput(label=gap.written, column="", value=gap.value, unit=unit, citation=1),
              CalculationInput(label=measure.written, column="", value=measure.value, unit=unit, citation=n))
    calculation = Calculation("difference", f"{gap.value} - {measure.value}", left, unit, inputs)
    return Answer(question=question, answer=text, citations=citations, calculation=calculation,
                  language=language, composer="calculator",
                  route={"path": "calculator", "reasons": {"operation": "remainder", "inputs": "earlier answers"}})


def _agreement(question: str, first: Stated, second: Stated, language: str) -> Answer:
    """Whether the two amounts are one ("Ja: 33,3 miljoner kronor [1] och 33,3 miljoner kronor [2]"), else both and
    how much the second differs from the first; each cited by the sentence or row stating it."""
    same = (first.citation.doc, first.citation.quote) == (second.citation.doc, second.citation.quote)
    n = 1 if same else 2
    citations = (replace(first.citation, n=1),) + (() if same else (replace(second.citation, n=2),))
    a, b = _figure(first, language), _figure(second, language)
    difference = second.value - first.value
    unit = first.unit if first.unit == second.unit else Unit.KR
    if language == "en":
        text = (f"Yes: both state the same amount, {a} [1] and {b} [{n}]." if not difference else
                f"No: {a} [1] against {b} [{n}], a difference of {_said(abs(difference), unit, language)}.")
    else:
        text = (f"Ja: båda anger samma belopp, {a} [1] och {b} [{n}]." if not difference else
                f"Nej: {a} [1] mot {b} [{n}], en skillnad på {_said(abs(difference), unit, language)}.")
    kind = "kr" if first.unit.is_money else first.unit.value
    inputs = (CalculationInput(label=first.written, column="", value=first.value, unit=kind, citation=1),
              CalculationInput(label=second.written, column="", value=second.value, unit=kind, citation=n))
    calculation = Calculation("difference", f"{second.value} - {first.value}", difference, kind, inputs)
    return Answer(question=question, answer=text, citations=citations, calculation=calculation,
                  language=language, composer="calculator",
                  route={"path": "calculator", "reasons": {"operation": "agreement", "inputs": "earlier answers"}})


def _size(stated: Stated, language: str) -> str:
    """The amount as said, without its sign: a deficit of -6,9 miljoner kronor is 6,9 miljoner kronor large."""
    return re.sub(r"^\s*[-−–]\s*", "", _figure(replace(stated, value=abs(stated.value)), language))


def asks_change_from_earlier(question: str) -> bool:
    """The follow-up asks how much its own figure is above or below the earlier answer's, by an amount or in percent
    ("och hur mycket lägre är det 2025?", "hur mycket bättre är prognosen i år?", "hur många procent mindre är
    prognosen för i år?"): a comparative with no other side named ("än socialnämndens") but the year before the
    earlier figure's ("än året innan": its own figure is then that year's) and no amount of its own."""
    text = question.lower()
    asked = BY_HOW_MUCH_EITHER.search(text) or (PERCENT.search(text) and COMPARATIVE.search(text))
    return bool(asked) and (not names_other_side(text) or against_year_before(text)) and not figures_in(question)


def change_from_earlier(question: str, earlier: Answer, own: Answer, language: str) -> Answer | None:
    """The follow-up's own figure against the amount the earlier answer stated: both figures, the difference and
    the difference in percent of the earlier figure, computed here. The follow-up's figure is the amount its own
    answer states, or, when that is the earlier amount again, the one other amount of the passage both quote
    ("gått från -14,3 miljoner kronor förra året till en prognos på -6,6 miljoner kronor i år"). None when it asks
    no such comparison or the answers do not state two different amounts."""
    if not asks_change_from_earlier(question):
        return None
    base = stated_amount(earlier, language)
    new = stated_amount(own, language)
    if base is None or new is None:
        return None
    if new.value == base.value:
        new = _other_amount(own, base)
        if new is None:
            return None
    if against_year_before(question.lower()) and 0 < _year_of(new) < _year_of(base):
        base, new = new, base  # "än året innan": the later year's figure held against the year before it
    if SIZE.search(question):  # "hur många procent mindre är underskottet?": sizes, a deficit of -14,3 is 14,3 large
        base, new = replace(base, value=abs(base.value)), replace(new, value=abs(new.value))
    if base.value == 0 or new.value == base.value:
        return None
    same = (base.citation.doc, base.citation.quote) == (new.citation.doc, new.citation.quote)
    n = 1 if same else 2
    citations = (replace(base.citation, n=1),) + (() if same else (replace(new.citation, n=2),))
    difference = new.value - base.value
    percent = (abs(difference) / abs(base.value) * 100).quantize(Decimal("0.1"), ROUND_HALF_UP)
    unit = base.unit if base.unit == new.unit else Unit.KR
    shown, pct = _said(abs(difference), unit, language), _number(percent, language)
    lower = difference < 0
    if language == "en":
        word = ("smaller" if lower else "larger") if SIZE.search(question) else ("lower" if lower else "higher")
        text = f"{_figure(new, language)} [{n}] against {_figure(base, language)} [1]: {shown} {word}, {pct} % {word}."
    else:
        word = ("mindre" if lower else "större") if SIZE.search(question) else ("lägre" if lower else "högre")
        text = f"{_figure(new, language)} [{n}] mot {_figure(base, language)} [1]: {shown} {word}, {pct} procent {word}."
    inputs = (CalculationInput(label=base.written, column="", value=base.value, unit="kr", citation=1),
              CalculationInput(label=new.written, column="", value=new.value, unit="kr", citation=n))
    calculation = Calculation("percent_change", f"({new.value} - {base.value}) / {abs(base.value)} * 100",
                              percent if not lower else -percent, "%", inputs)
    return Answer(question=question, answer=text, citations=citations, calculation=calculation,
                  language=language, composer="calculator",
                  route={"path": "calculator", "reasons": {"operation": "percent_change",
                                                           "inputs": "earlier answer"}})


def _year_of(stated: Stated) -> int:
    """The one year the quoted sentence says its amount is of ("-14,3 miljoner kronor förra året" in a text of 2020:
    2019; evidence.amount_stretch), 0 when it says none or several."""
    from assistant.evidence.amount_stretch import stated_amounts
    from core.years import year_of_date

    number = stated.written.split(" ")[0]
    years = [a.years for a in stated_amounts(stated.citation.quote, year_of_date(stated.citation.date))
             if a.number == number]
    return next(iter(years[0])) if len(years) == 1 and len(years[0]) == 1 else 0


def _figure(stated: Stated, language: str) -> str:
    """An amount as said in the answer: as its passage wrote it, a table's cell with its exact figure beside the
    words ("29,3 miljoner kronor (29 290 tkr)")."""
    return stated.written if stated.unit == Unit.KR else _said(stated.value, stated.unit, language)


def _other_amount(answer: Answer, stated: Stated) -> Stated | None:
    """The one amount of money other than `stated` in the passage the answer quoted; None when it quotes none or
    more than one."""
    others = {(f.value, f.written): c for c in answer.citations for f in figures_in(c.quote)
              if f.kind == "money" and f.value != stated.value}
    if len({value for value, _ in others}) != 1:
        return None
    (value, written), citation = next(iter(others.items()))
    return Stated(value, written, citation)


def set_against_only(question: str) -> bool:
    """The question sets one thing against another ("jämfört med") without asking how (no "skillnad", no
    comparative, no change): the difference and, for very unequal amounts, the multiple both answer it."""
    rest = SET_AGAINST.sub(" ", question)
    return rest != question and not (DIFFERENCE.search(rest) or CHANGE.search(rest) or BY_HOW_MUCH.search(rest))


def _times(quotient: Decimal) -> Decimal:
    """A multiple as said: whole times from ten up, one decimal below."""
    return quotient.quantize(Decimal("1") if quotient >= 10 else Decimal("0.1"), ROUND_HALF_UP)


def _times_text(whole: Stated, part: Stated, n: int, times: Decimal, language: str) -> str:
    shown = _number(times, language)
    return (f"{whole.written} [1] is {shown} times {part.written} [{n}] ({whole.written} / {part.written})."
            if language == "en" else
            f"{whole.written} [1] är {shown} gånger så mycket som {part.written} [{n}] "
            f"({whole.written} / {part.written}).")


def _said(kronor: Decimal, unit: Unit, language: str) -> str:
    """The result in words, with the exact figure in the sources' unit beside it when the words round it
    ("2,7 miljarder kronor (2 677 795 tkr)")."""
    value = kronor / unit.factor
    words, exact = amount_words(value, unit, language, format_value(value, unit, language))
    return f"{words} ({exact})" if exact else words


def _number(value: Decimal, language: str) -> str:
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return text if language == "en" else text.replace(".", ",")

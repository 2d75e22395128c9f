"""Claim checks against the tables: "Stämmer det att socialnämnden får 205 172 tkr 2021?"

The claim's own figures are taken out before planning (a wrong figure must not steer the plan), the
calculator answers the claim as a question, and the claimed figures are compared with its values,
unit-aware and within the precision the claim was written with.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from assistant.budget import direction
from assistant.budget.amounts import AMOUNT
from assistant.budget.columns import COMPARING, claimed_kinds, column_kind, family, kind_of_word
from assistant.budget.matching import synonyms
from assistant.budget.answer import FigureAnswer, FigureValue, answer_figures
from assistant.budget.execute import format_amount
from assistant.budget.numbers import format_number, parse_number, parse_number_en, parse_quantity
from assistant.understand.language import detect_language
from assistant.budget.store import FigureBook
from assistant.budget.units import Unit
from assistant.evidence.claim_amounts import scales_apart
from assistant.evidence.claim_figures import SHARE, SHARE_WORDS, agrees, bound_before, hedged_before
from core.years import YEAR

BARE_NUMBER = re.compile(r"(?<![\w,])[\u2212-]?\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?(?![\w,])")
CLAIM_PREFIX = re.compile(r"^\s*(stämmer (det|påståendet|uppgiften)( att)?|är det (sant|korrekt|riktigt) att|"
                          r"faktakoll\s*:|fact[- ]?check\s*:?|is it (true|correct|right) that|påstående\s*:|"
                          r"claim\s*:)\s*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ClaimedFigure:
    written: str
    value: Decimal  # kronor for money, the number for percent/ratio, as written when unit is None
    unit: Unit | None  # None: a bare number, read in the table's unit
    tolerance: Decimal  # half of the last written digit, in the same scale as `value`
    hedged: bool = False  # "drygt 4 miljoner", "cirka 5 procent": approximate (claim_figures.agrees)
    bound: int = 0  # +1 "över 1 miljard", -1 "mindre än 100 miljoner": the value must lie above (below) it


@dataclass(frozen=True, slots=True)
class FigureClaim:
    verdict: str  # "supported" or "contradicted" ("not_found" when the tables cannot answer)
    text: str  # Swedish or English, with the answer's [n] markers
    answer: FigureAnswer
    claimed: tuple[ClaimedFigure, ...]
    rows_named: bool = False  # every row came from the claim's own words: its subject is the cited rows'


EN_AMOUNT = re.compile(
    r"(?<![\w.,])(?:SEK\s?)?(?P<num>[\u2212-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[\u2212-]?\d+(?:\.\d+)?)\s?"
    r"(?P<unit>thousand sek|thousand kronor|thousand|million sek|million kronor|millions?|billion sek|"
    r"billion kronor|billions?|sek|kronor|tkr|mnkr|mdkr|per cent|percent|%)(?![\w])", re.IGNORECASE)


def claimed_figures(claim: str, language: str = "sv") -> list[ClaimedFigure]:
    """The figures a claim states, with the precision they were written with."""
    out: list[ClaimedFigure] = []
    taken: list[tuple[int, int]] = []
    pattern = EN_AMOUNT if language == "en" else AMOUNT
    for m in pattern.finditer(claim):
        number = m.group("num") or m.group("word")
        if language == "en" and m.group("num"):
            value = parse_number_en(number)
            number = format_number(value, max(0, -value.as_tuple().exponent)) if value.as_tuple().exponent < 0 \
                else str(value)  # Swedish spelling, so the decimals below are counted after a comma
        try:
            q = parse_quantity(f"{number} {m.group('unit')}")
        except ValueError:
            continue
        half = _half_last_digit(number)
        tol = half if q.unit is Unit.PERCENT else half * q.unit.factor
        out.append(ClaimedFigure(m.group(0).strip(), q.value, q.unit, tol, hedged_before(claim, m.start()),
                                 bound_before(claim, m.start())))
        taken.append(m.span())
    for m in BARE_NUMBER.finditer(claim):
        if any(a <= m.start() < b for a, b in taken):
            continue
        out.append(ClaimedFigure(m.group(0), parse_number(m.group(0)), None, _half_last_digit(m.group(0)),
                                 hedged_before(claim, m.start()), bound_before(claim, m.start())))
    for m in SHARE.finditer(claim):  # "hälften", "en tredjedel": a share in percent, rounded by nature
        out.append(ClaimedFigure(m.group(0), SHARE_WORDS[m.group(0).lower()], Unit.PERCENT, Decimal(0), True,
                                 bound_before(claim, m.start())))
    return out


def _half_last_digit(number: str) -> Decimal:
    _, comma, frac = number.partition(",")
    return Decimal(5).scaleb(-(len(frac) + 1)) if comma else Decimal("0.5")


def _without_figures(claim: str, language: str) -> str:
    text = (EN_AMOUNT if language == "en" else AMOUNT).sub(lambda m: " " + m.group("unit") + " ", claim)
    text = BARE_NUMBER.sub(" ", text)
    text = SHARE.sub(" procent ", text)  # "mer än hälften av investeringarna": a share of them
    return " ".join(text.split())


def _same_kind(claimed: ClaimedFigure, value: FigureValue) -> bool:
    """The value measures what the claimed figure does: money for a sum, a percentage for a percentage (a bare
    number is read in the value's own unit)."""
    if claimed.unit is None:
        return True
    if claimed.unit is Unit.PERCENT:
        return value.unit == "%"
    try:
        unit = Unit(value.unit)
    except ValueError:
        return False
    # "22,61 kr" against a row of 1 327 mnkr: sums further apart than a unit step measure another quantity
    return unit.is_money and not scales_apart(claimed.value, value.value * unit.factor)


def _matches(claimed: ClaimedFigure, value: FigureValue) -> bool:
    """The calculator's value, in the claim's scale, agrees with the claimed figure at the coarser of the two
    precisions: "29 050 tkr" is the "29,1" of a table in mnkr."""
    scale = Decimal(1)
    if claimed.unit is None:
        got = value.value if value.unit not in ("%", "ggr") else None
    elif claimed.unit is Unit.PERCENT:
        got = value.value if value.unit == "%" else None
    else:
        try:
            unit = Unit(value.unit)
        except ValueError:
            return False
        scale = unit.factor
        got = value.value * unit.factor if unit.is_money else None
    if got is None:
        return False
    exponent = value.value.as_tuple().exponent
    # half the last digit the value was written with (at most a unit: "1E+3" is no thousand's rounding)
    written = Decimal(5).scaleb(min(exponent, 0) - 1) * scale if isinstance(exponent, int) else Decimal(0)
    return agrees(claimed.value, got, max(claimed.tolerance, written), claimed.hedged, claimed.bound)


def check_figure_claim(claim: str, book: FigureBook, *, history: Sequence[str] = (),
                       language: str = "sv") -> FigureClaim | None:
    """Verdict on a claim about figures; None when the claim has no figures or is not about the tables."""
    body = CLAIM_PREFIX.sub("", claim).strip().rstrip("?").strip()
    lang = "en" if language == "en" or detect_language(body) == "en" else "sv"
    figures = claimed_figures(body, lang)
    if not figures:
        return None
    kinds = {f.unit.is_money for f in figures if f.unit is not None}
    answer = answer_figures(_without_figures(body, lang), book, history=history, language=lang, claim=True,
                            money=next(iter(kinds)) if len(kinds) == 1 else None)
    if answer is None:
        return None
    sv = answer.language == "sv"
    if answer.refused:
        return FigureClaim("not_found", answer.text, answer, tuple(figures))
    if answer.values and not any(_same_kind(f, v) for f in figures for v in answer.values):
        return None  # "förskolan kostar 45 miljoner" against a count of children: the tables hold no such figure
    if any(_is_change(body, f) for f in figures) and (
            answer.calculation is None or answer.calculation.operation not in DIRECTED):
        # "får 35 miljoner mer 2026" claims a change; the calculator's level cannot judge it, the change asked of it
        # can ("hur mycket mer får ... 2026")
        answer = _as_change_asked(body, figures, book, history, lang, kinds)
        if answer is None:
            return None
    # "200 tkr varje år": every year's value must agree; otherwise the year (or row) the claim means is one of them
    every = all if EVERY_YEAR.search(body) and len(answer.values) > 1 else any
    if answer.stated:  # a text's amount may be a limit itself ("inte överstiga 4,0 mdkr"): compare the figures
        figures = [replace(f, bound=0) for f in figures]
    wrong = [f for f in figures if not every(_matches(f, v) for v in answer.values)]
    if wrong and answer.stated and len(wrong) < len(figures):
        # "gick från -14,3 miljoner till -6,6 miljoner": one claimed figure is the answer, and the cited sentence
        # states the claim's other figure too
        said = [v for source in answer.sources for v in _stated_values(source.quote, lang)]
        wrong = [f for f in wrong if not any(_matches(f, v) for v in said)]
    asked = column_kind(body)
    if asked is not None and not answer.stated and not _read_from(answer, (family(asked),)):
        # "prognostiserar ett resultat på 26,7 miljoner enligt delårsrapporten": the kind of column the claim names is
        # none the calculator read (the budget's 26,7); its tables hold no such figure, the text may
        return None
    spoken = claimed_kinds(body) if asked is None else ()
    if spoken and not answer.stated and not _read_from(answer, spoken):
        # "årets resultat blev 21,4 miljoner 2024" speaks of the outcome: the year's budget column does not judge it
        own = _in_columns(body, book, history, lang, kinds, spoken)
        if own is None:
            return None
        answer = own
        wrong = [f for f in figures if not every(_matches(f, v) for v in answer.values)]
    if wrong and not answer.stated and spoken:
        # "hade 110,2 miljoner 2023" names no kind of column: the year's budget holds it as well as its outcome
        other = _in_another_column(body, figures, book, history, lang, kinds, every, spoken)
        if other is not None:
            answer, wrong = other, []
    total = _row_total(answer) if wrong and every is any and not YEAR.search(body) else None
    if total is not None and all(_matches(f, total) for f in figures):
        # "Ombyggnaden kostar 172 miljoner" names no year: a project's cost is its row over the table's years
        shown = format_amount(total.value, total.unit, lang)
        lead = "Stämmer, sammanlagt" if sv else "Supported, in total"
        return FigureClaim("supported", f"{lead} {shown}. {answer.text}", answer, tuple(figures))
    if not wrong:
        lead = "Stämmer." if sv else "Supported."
        return FigureClaim("supported", f"{lead} {answer.text}", answer, tuple(figures))
    listed = ", ".join(f.written for f in wrong)
    lead = (f"Stämmer inte: {listed} stämmer inte med källan." if sv
            else f"Not correct: {listed} does not match the source.")
    if total is not None and COSTS.search(body):
        # "förskolan kostar 75 miljoner": what a project costs is its row over the years, said beside them
        shown = format_amount(total.value, total.unit, lang)
        lead += f" Sammanlagt {shown}." if sv else f" In total {shown}."
    return FigureClaim("contradicted", f"{lead} {answer.text}", answer, tuple(figures))


# a verb saying what something costs as a whole: "förskolan kostar 75 miljoner", "the preschool costs"
COSTS = re.compile(r"\b(?:kostar|kosta|kostade|kostat|costs?)\b", re.I)


def _as_change_asked(body: str, figures: list[ClaimedFigure], book: FigureBook, history: Sequence[str], lang: str,
                     kinds: set[bool]) -> FigureAnswer | None:
    """The calculator's change for a claim whose figure is followed by its comparative ("socialnämnden får 35
    miljoner mer 2026"), asked as by how much ("hur mycket mer socialnämnden får 2026"); None when no figure is so
    followed or the calculator computes no change of it."""
    for figure in figures:
        after = _comparative_after(body, figure)
        if after is None:
            continue
        at = body.find(figure.written)
        rest = body[:at] + " " + body[at + len(figure.written) + after.end():]
        asked = (f"how much {after.group(1)} " if lang == "en" else f"hur mycket {after.group(1)} ") + \
            _without_figures(rest, lang)
        found = answer_figures(asked, book, history=history, language=lang, claim=True,
                               money=next(iter(kinds)) if len(kinds) == 1 else None)
        if found is not None and not found.refused and found.calculation is not None \
                and found.calculation.operation in DIRECTED:
            return found
    return None


CHANGE_VERB = re.compile(r"\b(?:ökar|ökade|ökat|höjs|höjdes|minskar|minskade|minskat|sänks|sänktes|växer|"
                         r"stiger|sjunker|increases?|increased|decreases?|decreased|rises?|rose|falls?|fell)"
                         r"\s+(?:med|by)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _is_change(body: str, figure: ClaimedFigure) -> bool:
    """The claimed figure is a change, not a level: a comparative follows it ("7 miljoner mer än i år", "2 procent
    lägre") or a verb of change leads to it ("ökar med 7 miljoner")."""
    at = body.find(figure.written)
    if at < 0:
        return False
    return _comparative_after(body, figure) is not None or CHANGE_VERB.search(body[:at]) is not None


def _comparative_after(body: str, figure: ClaimedFigure) -> re.Match[str] | None:
    """The comparative right after the claimed figure and its unit ("35 miljoner mer", "2 procent lägre"), its word
    as group 1 and the match read from the figure's end; None when another word follows."""
    at = body.find(figure.written)
    if at < 0:
        return None
    first = re.match(r"\s*(?:kronor\s+|kr\s+|sek\s+)?(\w+)", body[at + len(figure.written):], re.IGNORECASE)
    return first if first and (UP.fullmatch(first.group(1)) or DOWN.fullmatch(first.group(1))) else None


def _stated_values(quote: str, lang: str) -> list[FigureValue]:
    """The amounts a cited sentence states, as the calculator's values (money in kronor)."""
    return [FigureValue(f.value, Unit.KR.value if f.unit.is_money else f.unit.value)
            for f in claimed_figures(quote, lang) if f.unit is not None and not f.bound]


EVERY_YEAR = re.compile(r"\b(?:varje år|vart år|alla (?:\w+ )?år(?:en)?|samtliga år(?:en)?|år för år|every year|"
                        r"each year|all (?:\w+ )?years|year (?:after|on|by) year)\b", re.IGNORECASE)


def _row_total(answer: FigureAnswer) -> FigureValue | None:
    """The sum of one row's values over the years the calculator listed (a lookup of a row with no year named),
    or None when its values are not one row's years."""
    calculation = answer.calculation
    if calculation is None or calculation.operation != "lookup" or len(calculation.inputs) < 2 or \
            len({i.label for i in calculation.inputs}) != 1 or len({i.unit for i in calculation.inputs}) != 1:
        return None
    return FigureValue(sum((i.value for i in calculation.inputs), Decimal(0)), calculation.inputs[0].unit)


def _read_from(answer: FigureAnswer, families: tuple[str, ...]) -> bool:
    """Some value of the answer was read from a column of one of the kinds, or from a column of no kind, or the
    answer was read from no column (a stated amount): "mer 2025 än det kostade 2024" reads a budget beside it."""
    calculation = answer.calculation
    read = [kind_of_word(i.column.split()[0]) for i in (calculation.inputs if calculation else ()) if i.column.split()]
    return not read or any(kind is None or family(kind) in families for kind in read)


def _in_columns(body: str, book: FigureBook, history: Sequence[str], lang: str, kinds: set[bool],
                families: tuple[str, ...]) -> FigureAnswer | None:
    """The calculator's answer read from the first of the kinds of column the tables hold for the claim, or None."""
    for kind in families:
        answer = answer_figures(_without_figures(body, lang), book, history=history, language=lang, claim=True,
                                money=next(iter(kinds)) if len(kinds) == 1 else None, column=kind)
        if answer is not None and not answer.refused and _read_from(answer, families):
            return answer
    return None


def _in_another_column(body: str, figures: list[ClaimedFigure], book: FigureBook, history: Sequence[str],
                       lang: str, kinds: set[bool], every: Callable[[Iterable[bool]], bool],
                       families: tuple[str, ...]) -> FigureAnswer | None:
    """The calculator's answer from another kind of value column of the claim's year, among the kinds the claim
    can speak of (`families`: columns.claimed_kinds; columns.COMPARING left out), that agrees with every claimed
    figure, or None."""
    for kind in synonyms()["column_kinds"]:
        if kind.startswith("_") or kind in COMPARING or family(kind) not in families:
            continue
        answer = answer_figures(_without_figures(body, lang), book, history=history, language=lang, claim=True,
                                money=next(iter(kinds)) if len(kinds) == 1 else None, column=kind)
        if answer is not None and not answer.refused and not answer.stated and \
                all(every(_matches(f, v) for v in answer.values) for f in figures):
            return answer
    return None


# a direction verb in any finite form or governed as an infinitive ("låter investeringarna öka", "ska minska")
# a particle verb of going says a direction too: "har gått ner", "gick upp"
_GOING = r"(?:gå|går|gick|gått)\s+"
# the participles too: "får ökad budget", "får sänkt budget" say which way it went
UP = re.compile(r"\b(mer|högre|större|fler|ökar|ökade|ökat|öka|ökad|utökad|utökade|höjd|höjda|höjt|växer|växte|växa|"
                r"stiger|steg|stiga|höjs|"
                + _GOING + r"upp|more|higher|"
                r"larger|bigger|greater|increases?|increased|grows?|grew|rises?|rose)\b", re.IGNORECASE)
DOWN = re.compile(r"\b(mindre|lägre|färre|minskar|minskade|minskat|minska|minskad|sänkt|sänkta|sjunker|sjönk|"
                  r"sjunka|sänks|"
                  + _GOING + r"ne[rd]|less|lower|"
                  r"smaller|fewer|decreases?|decreased|falls?|fell|drops?|dropped|shrinks?|shrank)\b", re.IGNORECASE)
DIRECTED = ("change", "difference", "percent_change")


def _states_figure(body: str) -> bool:
    """The claim states a figure besides its years ("ökade med 103 personer", "med 5 procent")."""
    return re.search(r"\d", re.sub(r"\b(?:19|20)\d\d\b", " ", body)) is not None


def check_direction_claim(claim: str, book: FigureBook, *, history: Sequence[str] = (),
                          language: str = "sv") -> FigureClaim | None:
    """A claim about a direction without figures ("Socialnämnden får mer 2023 än 2022"): the calculator computes
    the change or difference, and its sign is compared with the claimed direction. None when the claim names
    no single direction or the calculator does not compute a change."""
    body = CLAIM_PREFIX.sub("", claim).strip().rstrip("?").strip()
    up, down = bool(UP.search(body)), bool(DOWN.search(body))
    if up == down or _states_figure(body):
        return None  # "ökade med 103 personer": a claimed size, which a change's sign alone does not judge
    lang = "en" if language == "en" or detect_language(body) == "en" else "sv"
    answer = answer_figures(body, book, history=history, language=lang)
    if answer is None or answer.refused or answer.calculation is None or answer.calculation.operation not in DIRECTED:
        return None
    calculation = answer.calculation
    rising = up  # "ökar", "växer": a change over time, computed from the earlier year to the later one
    inputs = calculation.inputs
    if calculation.operation == "difference" and len(inputs) >= 2:
        # "A får mer än B": the rows stand in the claim's order, and the claim says the first is the larger (a
        # cost written below zero by its size)
        first, second = inputs[0], inputs[1]
        costs = direction.signed_cost(first.label, [first.value]) and direction.signed_cost(second.label, [second.value])
        result = abs(first.value) - abs(second.value) if costs else first.value - second.value
    else:
        # a change of one row: by its size when it is a cost written below zero ("nettokostnaderna ökar")
        result = direction.change(inputs[0].label, inputs[0].value, inputs[-1].value) \
            if len(inputs) >= 2 and inputs[0].label == inputs[-1].label else calculation.result
        years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", body)]
        if re.search(r"\b(än|than)\b", body, re.IGNORECASE) and len(years) >= 2 and years[0] < years[1]:
            rising = not up  # "mer 2022 än 2023": the earlier year is claimed larger, so the change is a fall
    if result == 0:
        return None
    sv = answer.language == "sv"
    if (result > 0) == rising:
        return FigureClaim("supported", f"{'Stämmer.' if sv else 'Supported.'} {answer.text}", answer, ())
    lead = "Stämmer inte:" if sv else "Not correct:"
    return FigureClaim("contradicted", f"{lead} {answer.text}", answer, ())

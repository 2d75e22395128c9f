"""The figures a claim or a sentence states: amounts with units ("4,7 miljoner", "600 tusen", "16 mille"),
percentages, shares in words ("halva"), counts in digits or words ("4000 anställda", "två skolpsykologer"),
each with its kind (money in kronor, percent, count) and position. Years, dates and clock times are not figures.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from assistant.budget.numbers import QUANTITY_UNITS
from assistant.understand.query import YEAR

QUANTITY = re.compile(
    # a sign, or an en dash after a word ("blev \u2013 4,1 mnkr"; after a number it is a range: "10 \u2013 12")
    r"(?<![\w,.])(?P<num>(?:[-\u2212+]|(?<!\d)(?<!\d )\u2013 ?)?(?:\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)"
    r"|en halv|ett halvt|(?:half an?|en|ett|one|(?<!half )an?)(?=\s+(?:miljon|miljoner|miljard|miljarder|million|billion)\b))"
    r"\s*(?P<unit>" + "|".join(map(re.escape, sorted(QUANTITY_UNITS + ("mille",), key=len, reverse=True))) +
    r")?(?!\w)", re.I)  # the units parse_quantity reads ("6,6 milj", "2 mdkr"), and colloquial "mille"
EN_UNITS = {"million": "miljoner", "millions": "miljoner", "billion": "miljarder", "sek": "kronor",
            "thousand": "tusen", "thousand kronor": "tusen kronor", "thousand sek": "tusen kronor",
            "per cent": "procent", "percent": "procent", "mille": "miljoner"}  # "mille": colloquial Swedish
PER = re.compile(r"\b(?:per|för varje)\s+$", re.I)
# a day of a month or a clock time is not a count: "torsdagen 14 maj", "2020-05-18 07:00"
DATE_PART = re.compile(r"\s*(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|"
                       r"december)\b|[-:]\d", re.I)


@dataclass(frozen=True, slots=True)
class Figure:
    value: Decimal  # kronor for money, the number otherwise
    kind: str  # "money", "percent" or "count"
    written: str
    at: int = field(default=-1, compare=False)  # where the figure starts in its text (-1: unknown)


def figures_in(text: str) -> list[Figure]:
    from assistant.budget.numbers import numbers_unwrapped, parse_number, parse_quantity, unjustified

    out = []
    view, where = unjustified(text)  # "hade  1  675  anställda" in a justified line: 1 675
    view = numbers_unwrapped(view)  # "hade kommunen 5\n250 invånare": 5 250, the line wrapped inside it
    for m in QUANTITY.finditer(view):
        num, unit = m.group("num"), (m.group("unit") or "").lower()
        num = re.sub("^\u2013 ?", "-", num)  # "blev \u2013 4,1 mnkr": a dash after a word is a minus sign
        if not unit and YEAR.fullmatch(num.strip()):
            continue
        if re.fullmatch(r"\d+\.\d+", num):
            num = num.replace(".", ",")
        unit = EN_UNITS.get(unit, unit)
        written = text[where[m.start()]:where[m.end() - 1] + 1].strip() if m.end() > m.start() else ""
        try:
            if unit:
                q = parse_quantity(f"{num} {unit}")
                kind = "percent" if not q.unit.is_money else "money"
                out.append(Figure(q.value, kind, written, where[m.start("num")]))
            elif not DATE_PART.match(view, m.end()) and not (m.start() and view[m.start() - 1] in "-:/") and \
                    not PER.search(view, 0, m.start()):  # "antal/1000 invånare", "per 1000": a rate's base
                out.append(Figure(abs(parse_number(num.replace("\u2212", "-"))), "count", written,
                                  where[m.start("num")]))
        except (ValueError, AssertionError):
            continue
    for m in SHARE.finditer(text):  # "halva prisindexet", "en tredjedel av kostnaden": a share in percent
        if PERIOD_BEFORE.search(text, 0, m.start()) or PERIOD_AFTER.match(text, m.end()):
            continue  # "the first half of 2024", "andra halvan av året": a part of a year, not a share
        out.append(Figure(SHARE_WORDS[m.group().lower()], "percent", m.group(), m.start()))
    taken = [(where[m.start()], where[m.end() - 1] + 1) for m in QUANTITY.finditer(view) if m.end() > m.start()] + \
        [m.span() for m in SHARE.finditer(text)]
    for m in COUNT_WORD.finditer(text):  # "två nya skolpsykologer", "en extra skolpsykolog"
        if not any(a <= m.start() < b for a, b in taken):
            out.append(Figure(COUNT_WORDS[m.group().lower()], "count", m.group(), m.start()))
    return out


# a share word naming a part of a period: after an ordinal ("the first half", "andra halvan") or before a year
PERIOD_BEFORE = re.compile(r"(?<!\w)(?:first|second|last|första|andra|sista|senare|förra)\s+$", re.I)
PERIOD_AFTER = re.compile(r"\s+(?:of|av)\s+(?:the\s+)?(?:(?:19|20)\d\d|year|året|år)\b", re.I)


def claim_figures(claim: str) -> list[Figure]:
    """The figures a claim states: its "en"/"ett" is an article ("ett sparkrav på 14 miljoner"), not a count."""
    return [f for f in figures_in(claim) if f.written.lower() not in ARTICLES]


# counts written as words; "en"/"ett" is also the article, so only a document's count of the thing a claim
# counts is compared with it (claim_amounts), and a claim's own "en"/"ett" is no claimed figure
COUNT_WORDS = {"en": Decimal(1), "ett": Decimal(1), "två": Decimal(2), "tre": Decimal(3), "fyra": Decimal(4),
               "fem": Decimal(5), "sex": Decimal(6), "sju": Decimal(7), "åtta": Decimal(8), "nio": Decimal(9),
               "tio": Decimal(10), "elva": Decimal(11), "tolv": Decimal(12), "one": Decimal(1), "two": Decimal(2),
               "three": Decimal(3), "four": Decimal(4), "five": Decimal(5), "six": Decimal(6), "seven": Decimal(7),
               "eight": Decimal(8), "nine": Decimal(9), "ten": Decimal(10), "eleven": Decimal(11),
               "twelve": Decimal(12)}
ARTICLES = ("en", "ett", "one")
COUNT_WORD = re.compile(r"(?<![\w-])(?:" + "|".join(COUNT_WORDS) + r")(?![\w-])", re.I)


# shares written as words, in percent (Swedish number words, as budget.numbers.NUMBER_WORDS)
SHARE_WORDS = {"halva": Decimal(50), "hälften": Decimal(50), "en tredjedel": Decimal("33.3"),
               "två tredjedelar": Decimal("66.7"), "en fjärdedel": Decimal(25), "tre fjärdedelar": Decimal(75),
               "half": Decimal(50), "a third": Decimal("33.3"), "two thirds": Decimal("66.7"),
               "a quarter": Decimal(25), "three quarters": Decimal(75)}
SHARE = re.compile(r"(?<!\w)(?:" + "|".join(sorted(SHARE_WORDS, key=len, reverse=True)) + r")(?!\w)", re.I)


def strip_figures(text: str) -> str:
    """The claim without its numbers (with the rate that belongs to them: "10 miljoner om året") and years, for
    retrieval."""
    from assistant.budget.amounts import PER_YEAR

    text = QUANTITY.sub(lambda m: "" if re.search(r"\d", m.group()) else m.group(),
                        re.sub(rf"({QUANTITY.pattern})\s+{PER_YEAR.pattern}", r"\1", text, flags=re.I))
    return re.sub(r"\s+", " ", YEAR.sub("", text)).strip()


def same_figure(a: Figure, b: Figure) -> bool:
    """The claimed figure `a` states `b` at the precision it was written with (agrees), a count comparable with
    any kind."""
    if a.kind != b.kind and "count" not in (a.kind, b.kind):
        return False
    return agrees(a.value, b.value, half_unit(a))


MAX_ROUNDING = Decimal("0.05")  # writing a value rounded ("2,4 miljarder" for 2 384 696 tkr) moves it a few percent
APPROX_TOLERANCE = Decimal("0.10")  # a hedged figure ("nästan", "cirka", "runt", "drygt"): within a tenth
WRITTEN_NUMBER = re.compile(r"[-\u2212+]?(?P<int>\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:[.,](?P<frac>\d+))?")


def half_unit(figure: Figure) -> Decimal:
    """Half of the last digit the figure was written with, in its value's scale: "4,7 miljoner" -> 50 000 (kr),
    "4 miljoner" -> 500 000, "205 172" -> 0,5. A number in words ("två", "halva") is exact."""
    m = WRITTEN_NUMBER.match(" ".join(figure.written.split()))  # "1  675" of a justified line: 1 675
    if not m:
        return Decimal(0)
    frac = m.group("frac") or ""
    number = Decimal(re.sub(r"\D", "", m.group("int")) + (f".{frac}" if frac else ""))
    if not number:
        return Decimal(0)
    return Decimal(5).scaleb(-(len(frac) + 1)) * abs(figure.value) / number


def agrees(claimed: Decimal, stated: Decimal, half: Decimal, hedged: bool = False, bound: int = 0) -> bool:
    """A claimed value agrees with a stated one when the stated value, written at the claim's precision (`half`
    of its last digit), is the claimed one, and that rounding moves it by at most MAX_ROUNDING ("4 miljoner" is
    not 3,6 miljoner, "en miljard" not a half); a hedged claim agrees within APPROX_TOLERANCE. A bound
    (bound_before: +1 "över 1700", -1 "under 100 miljoner") agrees with any value beyond it, none at or before it."""
    x, y = abs(claimed), abs(stated)
    if bound:
        return (y - x) * bound > 0
    if x == y:
        return True
    if not y:
        return False
    share = abs(x - y) / y
    if hedged:
        return share <= APPROX_TOLERANCE
    return abs(x - y) <= half and share <= MAX_ROUNDING


@lru_cache(maxsize=1)
def _approximator() -> re.Pattern[str]:
    from assistant.understand.words import sentence_types

    words = "|".join(re.escape(w) for w in sorted(sentence_types()["approximators"], key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{words})\.?\s+$", re.I)


def hedged_before(text: str, at: int) -> bool:
    """A hedge word (sentence_types.json "approximators": "nästan", "cirka", "drygt") stands right before `at`."""
    return at > 0 and _approximator().search(text[:at]) is not None


@lru_cache(maxsize=1)
def _bounds() -> tuple[re.Pattern[str], re.Pattern[str]]:
    from assistant.understand.words import sentence_types

    kinds = sentence_types()
    return tuple(re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(kinds[k], key=len, reverse=True))
                            + r")\s+$", re.I) for k in ("bounds_above", "bounds_below"))  # type: ignore[return-value]


NEGATION_REACH = 3  # words before the comparison word a negation of it may stand


def bound_before(text: str, at: int) -> int:
    """+1 when a comparison word right before `at` makes the figure a lower bound ("över 1 miljard"), -1 an upper
    bound ("mindre än 100 miljoner"), 0 when it is a figure (sentence_types.json bounds_above, bounds_below): also
    when a negation denies the comparison, which makes the figure a limit ("får inte gå över 4 miljarder")."""
    from assistant.budget.columns import NEGATIONS

    above, below = _bounds()
    lead = text[:at]
    m = above.search(lead) or below.search(lead)
    # the negation may stand before a modal and its verb: "inte ska gå över", "ska inte gå över"
    if m is None or set(re.findall(r"\w+", lead[:m.start()].lower())[-NEGATION_REACH:]) & NEGATIONS:
        return 0
    return 1 if m.re is above else -1

"""Parse and format Swedish (and English) numbers: "2 421 049", "−5 443", "-14,3", "4,7 miljoner".

One place for number syntax. Money is Decimal, built from strings; rounding happens only when
formatting, once, with ROUND_HALF_UP.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from assistant.budget.units import Unit, unit_in

MINUS_SIGNS = "\u2212\u2013-"  # hyphen-minus, U+2212 minus, en dash (used as minus in some tables)
GROUP_SEPARATORS = " \u00a0\u202f\u2009"  # space, NBSP, narrow NBSP, thin space
ROUNDING = ROUND_HALF_UP

_SV_NUMBER = re.compile(
    rf"^(?P<sign>[+{MINUS_SIGNS}])?\s*(?P<int>\d{{1,3}}(?:[{GROUP_SEPARATORS}]\d{{3}})+|\d+)(?:,(?P<frac>\d+))?$"
)
_EN_NUMBER = re.compile(rf"^(?P<sign>[+{MINUS_SIGNS}])?(?P<int>\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.(?P<frac>\d+))?$")

# Number words that appear before a scale word ("en halv miljard", "två miljoner").
NUMBER_WORDS: dict[str, Decimal] = {
    "en halv": Decimal("0.5"), "ett halvt": Decimal("0.5"), "halv": Decimal("0.5"),
    "en": Decimal(1), "ett": Decimal(1), "två": Decimal(2), "tre": Decimal(3), "fyra": Decimal(4),
    "fem": Decimal(5), "sex": Decimal(6), "sju": Decimal(7), "åtta": Decimal(8), "nio": Decimal(9),
    "tio": Decimal(10), "tjugo": Decimal(20), "hundra": Decimal(100),
    "a half": Decimal("0.5"), "half a": Decimal("0.5"), "a": Decimal(1), "an": Decimal(1), "one": Decimal(1), "two": Decimal(2),
    "three": Decimal(3), "four": Decimal(4), "five": Decimal(5), "six": Decimal(6), "seven": Decimal(7),
    "eight": Decimal(8), "nine": Decimal(9), "ten": Decimal(10),
}


_WIDE_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")
_NARROW_GAP = re.compile(r"(?<=\S) (?=\S)")


# a number whose digit groups a PDF's line wrap broke apart ("hade kommunen 5\n250 invånare"): a group of one to three
# digits at a line's end, a group of three opening the next
WRAPPED_NUMBER = re.compile(r"(?<![\d,.])(\d{1,3})\n(?=\d{3}(?!\d))")


def numbers_unwrapped(text: str) -> str:
    """The text with each number the line wrap broke written on one line ("5 250 invånare", not "5" and "250
    invånare"); the text keeps its length, so offsets into it stay."""
    return WRAPPED_NUMBER.sub(r"\1 ", text) if "\n" in text else text


def unjustified(text: str) -> tuple[str, list[int]]:
    """The text with the widened word gaps of its justified lines closed to one space, and for each character of
    that view its offset in `text`. A justified PDF line widens every gap alike, the one inside a number too
    ("hade  1  675  anställda"): in a line with no single space between words, a run of spaces is one space.
    Other lines (table rows, prose with single spaces) are left as they are."""
    out: list[str] = []
    where: list[int] = []
    at = 0
    for line in text.split("\n"):
        justified = is_justified(line)
        pos = 0
        for gap in _WIDE_GAP.finditer(line) if justified else ():
            out.append(line[pos:gap.start() + 1])
            where.extend(range(at + pos, at + gap.start() + 1))
            pos = gap.end()
        out.append(line[pos:] + "\n")
        where.extend(range(at + pos, at + len(line) + 1))
        at += len(line) + 1
    view = "".join(out)[:-1]
    return view, where[:len(view)]


JUSTIFIED_GAP = 8  # the widest word gap of a justified line; a header's labels over columns stand wider apart


def is_justified(line: str) -> bool:
    """A line of justified prose: words, every gap between them widened alike (2 to 8 spaces, never 1), some in
    lower case ("och", "för"); a table row's gaps differ in width, and its cells are mostly figures; a header's
    labels ("Intäkter      Kostnader      Nettokostnad") each open with a capital."""
    gaps = [len(g.group()) for g in _WIDE_GAP.finditer(line)]
    words = re.findall(r"(?<!\S)[^\W\d_]{2,}[.,:;]?(?!\S)", line)
    return bool(gaps) and _NARROW_GAP.search(line) is None and max(gaps) - min(gaps) <= 1 and \
        max(gaps) <= JUSTIFIED_GAP and len(words) >= 4 and len(words) > len(gaps) / 2 and \
        any(w[0].islower() for w in words)


def ascii_digits(text: str) -> str:
    """Every character Unicode calls a digit ("²", "①", "٣", "𝟚", "❶") as its ASCII digit, the rest unchanged.

    `str.isdigit()` is true for "²" while `int("²")` fails: after this, isdigit() means 0-9."""
    if text.isascii():
        return text
    return "".join(str(unicodedata.digit(c)) if not c.isascii() and c.isdigit() else c for c in text)


def parse_number(text: str) -> Decimal:
    """A Swedish number: digit groups by space/NBSP, decimal comma, "-" or U+2212 minus.

    `<i>` markup around the number is ignored. Raises ValueError for anything else.
    """
    return _parse(text, allow_english=False)


def parse_number_en(text: str) -> Decimal:
    """An English number ("2,421,049", "3.9"), falling back to Swedish syntax."""
    return _parse(text, allow_english=True)


def _parse(text: str, *, allow_english: bool) -> Decimal:
    cleaned = ascii_digits(re.sub(r"</?i>", "", text).strip())
    cleaned = cleaned.replace("\u2212", "-")
    match = _SV_NUMBER.match(cleaned)
    if allow_english:
        en = _EN_NUMBER.match(cleaned)
        if en:
            match = en
    if not match:
        raise ValueError(f"inget tal: {text!r}")
    digits = re.sub(rf"[{GROUP_SEPARATORS},]", "", match.group("int"))
    frac = match.group("frac")
    try:
        value = Decimal(f"{digits}.{frac}" if frac else digits)
    except InvalidOperation as exc:  # pragma: no cover - regex guarantees digits
        raise ValueError(f"inget tal: {text!r}") from exc
    sign = match.group("sign")
    if sign and sign in MINUS_SIGNS:
        value = -value
    return value


def is_number(text: str) -> bool:
    try:
        parse_number(text)
    except ValueError:
        return False
    return True


@dataclass(frozen=True, slots=True)
class Quantity:
    """A parsed figure: `value` in kronor for money (unit = the unit it was stated in), or percent."""

    value: Decimal  # kronor for money units; the percent number for Unit.PERCENT
    unit: Unit
    stated: Decimal  # the number as written, in `unit`

    @property
    def in_stated_unit(self) -> Decimal:
        return self.stated


# every unit parse_quantity reads, longest first (a reader of figures in text matches the same ones)
QUANTITY_UNITS = tuple(sorted((
    "%", "procent", "percent", "per cent", "kronor", "kr", "sek", "tkr", "tusen kronor", "tusen", "thousand sek",
    "thousand kronor", "thousand", "mnkr", "mkr", "miljoner kronor", "miljoner", "miljon kronor", "miljon", "milj kr",
    "milj", "million sek", "million kronor", "millions", "million", "mdkr", "miljarder kronor", "miljarder",
    "miljard kronor", "miljard", "billion sek", "billion kronor", "billions", "billion"), key=len, reverse=True))
_QUANTITY = re.compile(r"^(?P<num>.+?)\s*(?P<unit>" + "|".join(map(re.escape, QUANTITY_UNITS)) + r")$")
_EN_UNITS = {"thousand": Unit.TKR, "thousand sek": Unit.TKR, "thousand kronor": Unit.TKR, "million": Unit.MNKR,
             "millions": Unit.MNKR, "million sek": Unit.MNKR, "million kronor": Unit.MNKR, "billion": Unit.MDKR,
             "billions": Unit.MDKR, "billion sek": Unit.MDKR, "billion kronor": Unit.MDKR, "per cent": Unit.PERCENT}


def parse_quantity(text: str) -> Quantity:
    """"4,7 miljoner" -> 4 700 000 kr; "600 tkr"; "en halv miljard"; "75%"; "-14,3 miljoner kronor"."""
    low = " ".join(text.lower().replace("\u00a0", " ").split())
    low = low.replace("+/-", "").replace("±", "").strip()
    match = _QUANTITY.match(low)
    if not match:
        raise ValueError(f"inget belopp: {text!r}")
    num_text, unit_text = match.group("num").strip(), match.group("unit")
    unit = Unit.TKR if unit_text == "tusen" else _EN_UNITS.get(unit_text) or unit_in(unit_text)
    assert unit is not None
    if num_text in NUMBER_WORDS:
        stated = NUMBER_WORDS[num_text]
    else:
        stated = parse_number(num_text)
    value = stated if unit is Unit.PERCENT else stated * unit.factor
    return Quantity(value=value, unit=unit, stated=stated)


def round_to(value: Decimal, decimals: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUNDING)


def format_number(value: Decimal, decimals: int = 0, language: str = "sv") -> str:
    """Swedish "2 421 049" / "3,9" / "-5 443"; English "2,421,049" / "3.9"."""
    rounded = round_to(Decimal(value), decimals)
    if rounded == 0:
        rounded = abs(rounded)  # no "-0"
    sign = "-" if rounded < 0 else ""
    text = f"{abs(rounded):f}"
    int_part, _, frac = text.partition(".")
    group = " " if language == "sv" else ","
    point = "," if language == "sv" else "."
    groups = []
    while len(int_part) > 3:
        groups.insert(0, int_part[-3:])
        int_part = int_part[:-3]
    groups.insert(0, int_part)
    out = sign + group.join(groups)
    if decimals > 0:
        out += point + frac
    return out


PERCENT_CLOSENESS = Decimal("0.005")  # a percent said is within this share of the exact one
PERCENT_MAX_DECIMALS = 3


def percent_decimals(value: Decimal) -> int:
    """The fewest decimals (one, two below 1; at most three) that keep a percent within half a percent of itself
    ("3,9 %" for 3,894, "3,46 %" for 3,4612: 3,5 is 1 % off) and that round on to the figure fewer decimals show:
    "4,746 %" for 4,7459, which a reader rounds to 4,7 as one decimal says it, where "4,75 %" would give 4,8."""
    value = Decimal(value)
    least = 1 if abs(value) >= 1 or value == 0 else 2
    places = least
    while places < PERCENT_MAX_DECIMALS and abs(round_to(value, places) - value) > PERCENT_CLOSENESS * abs(value):
        places += 1
    while places < PERCENT_MAX_DECIMALS and any(
            round_to(round_to(value, places), shorter) != round_to(value, shorter) for shorter in range(least, places)):
        places += 1
    return places


def auto_decimals(value: Decimal, unit: Unit) -> int:
    """Whole numbers stay whole; fractional amounts get one decimal (two below 1); a percent as many as keep it
    close to itself (percent_decimals)."""
    if unit is Unit.PERCENT:
        return percent_decimals(value)
    if value == value.to_integral_value():
        return 0
    return 1 if abs(value) >= 1 else 2


def format_value(value: Decimal, unit: Unit, language: str = "sv", decimals: int | None = None) -> str:
    """"7 990 tkr", "3,9 %" (Swedish); "7,990 thousand SEK", "3.9%" (English)."""
    places = auto_decimals(value, unit) if decimals is None else decimals
    number = format_number(value, places, language)
    if unit is Unit.PERCENT:
        return f"{number} %" if language == "sv" else f"{number}%"
    if unit is Unit.NUMBER:  # the row's label says what is counted or measured
        return number
    return f"{number} {unit.label(language)}"

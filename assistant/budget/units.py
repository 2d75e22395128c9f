"""Units of money (kr, tkr, mnkr, mdkr) and percent; `Amount` stores kronor as Decimal."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from decimal import Decimal
from enum import Enum


class Unit(str, Enum):
    KR = "kr"
    TKR = "tkr"
    MNKR = "mnkr"
    MDKR = "mdkr"
    PERCENT = "%"
    NUMBER = "antal"  # a count or a measure that is not money (invånare, kvadratmeter, kWh, gram)

    @property
    def factor(self) -> Decimal:
        """Kronor per unit (1 for percent and numbers: they are not money)."""
        return _FACTORS[self]

    @property
    def is_money(self) -> bool:
        return self not in (Unit.PERCENT, Unit.NUMBER)

    @property
    def dimension(self) -> str:
        """What the figure measures: "money" (in any of kr, tkr, mnkr, mdkr), "%" or "antal". Figures of two
        dimensions are never added, averaged or held against each other."""
        return "money" if self.is_money else self.value

    def label(self, language: str = "sv") -> str:
        if language == "en":
            return _EN_LABELS[self]
        return self.value


_FACTORS = {
    Unit.KR: Decimal(1), Unit.TKR: Decimal(1000), Unit.MNKR: Decimal(1_000_000),
    Unit.MDKR: Decimal(1_000_000_000), Unit.PERCENT: Decimal(1), Unit.NUMBER: Decimal(1),
}
_EN_LABELS = {
    Unit.KR: "SEK", Unit.TKR: "thousand SEK", Unit.MNKR: "million SEK",
    Unit.MDKR: "billion SEK", Unit.PERCENT: "%", Unit.NUMBER: "",
}
MONEY_UNITS = (Unit.KR, Unit.TKR, Unit.MNKR, Unit.MDKR)

# How a table header or a running text names a unit; matched on lower-cased text.
_UNIT_WORDS: tuple[tuple[str, Unit], ...] = (
    (r"mdkr|mdr kr|miljarder kronor|miljarder|miljard", Unit.MDKR),
    (r"mnkr|mkr|mnkr\.|miljoner kronor|miljoner|miljon|milj|mn kr|msek", Unit.MNKR),
    (r"tkr|tusen kronor|tusental kronor|ksek|tsek", Unit.TKR),
    (r"kronor|kr|sek", Unit.KR),
    (r"%|procent|percent", Unit.PERCENT),
)
_UNIT_RES = tuple((re.compile(rf"(?<!\w)(?:{words})(?!\w)"), unit) for words, unit in _UNIT_WORDS)


def unit_in(text: str) -> Unit | None:
    """The unit a header cell or title names ("tkr", "Belopp i mnkr", "(miljoner kronor)"), or None."""
    low = text.lower()
    for pattern, unit in _UNIT_RES:
        if pattern.search(low):
            return unit
    return None


def one_unit_in(text: str) -> Unit | None:
    """The unit a title states for its whole table, or None when its clauses name different units of money for
    its parts ("Skattesats i kronor per skattekrona, årets resultat i mnkr": each row's label, not the title, says
    its unit). Within a clause the unit is `unit_in`'s ("Nettokostnad i tusentals kronor (tkr)": tkr)."""
    said = {unit for clause in re.split(r"[,;]", text) if (unit := unit_in(clause)) is not None and unit.is_money}
    if len(said) > 1 or _RESPECTIVE_UNIT.search(text.lower()):
        return None  # "Antal respektive kronor": each row's own measure, one of them money
    return unit_in(text)


# a unit word joined by "respektive" to another measure names each part's unit in turn, not the table's
_RESPECTIVE_UNIT = re.compile(rf"(?<!\w)(?:{'|'.join(w for w, _ in _UNIT_WORDS)})\s+resp(?:\.|ektive)\s"
                              rf"|\sresp(?:\.|ektive)\s+(?:{'|'.join(w for w, _ in _UNIT_WORDS)})(?!\w)")


# a figure said per one of something ("per invånare", "kr/invånare", "Kr per inv. 2025")
PER_UNIT = re.compile(r"(?<![\wåäöÅÄÖ])(?:per\b|/)\s*[^\W\d_]", re.IGNORECASE)  # "per" a word: "Periodens" no ratio


# A money unit said of each one of something, next to it ("Kr per invånare", "kronor/elev", "Kostnad per brukare, kr"):
# a ratio; "Prognos per nämnd 2024, tkr" is a breakdown whose unit is the table's
_MONEY_WORDS = "|".join(words for words, unit in _UNIT_WORDS if unit in MONEY_UNITS)
_PER = re.compile(rf"(?<!\w)(?:{_MONEY_WORDS})\s*(?:per\s+|/\s*)[^\W\d_]"
                  rf"|(?:\bper\s+|/\s*)[^\W\d_]+\s*(?:,|\()\s*(?:{_MONEY_WORDS})(?!\w)", re.IGNORECASE)


def money_per(label: str) -> Unit | None:
    """The money unit a label states per one of something ("Kr per invånare 2025", "Kostnad kr/elev"): that column's
    own unit, never the unit of the table's other columns; None when the label states no such ratio."""
    unit = unit_in(label)
    if unit is None or not unit.is_money:
        return None
    return unit if _PER.search(label) else None


_PER_WORD = re.compile(r"(?<![\wåäöÅÄÖ])(?:per|/)\s*([^\W\d_]+)", re.IGNORECASE)


def title_per(title: str) -> str:
    """What a table's title says every figure is in kronor per ("Belopp i kr per invånare, nettokostnad" -> "per
    invånare"); "" when it states no such ratio (thousands or millions "per nämnd" break a whole down by body)."""
    m = _PER_WORD.search(title) if money_per(title) is Unit.KR else None
    return f"per {m.group(1)}" if m else ""


def per_person(label: str) -> bool:
    """The label gives a figure per one person counted ("Nettokostnad per invånare", "Kostnad per elev"): per a noun of
    people, singular or plural, not a breakdown by body ("per nämnd")."""
    m = _PER_WORD.search(label)
    return m is not None and any(counts_people(m.group(1).lower() + end) for end in ("", "er", "ar", "e"))


# What a row label says its own figures measure when that is not money: a count ("Antal elever"), a share
# ("Andel behöriga lärare"), a physical measure ("Lokalyta, kvadratmeter", "kWh/m²", "gram per portion").
_COUNT_START = re.compile(r"^(antal|number of)\b", re.IGNORECASE)
_SHARE_START = re.compile(r"^(andel|share of|percentage of)\b", re.IGNORECASE)
_MEASURES = re.compile(r"(?<!\w)(kvadratmeter|kvm|m²|m2|kwh|mwh|gwh|gram|kilo|kg|ton|liter|timmar|minuter|dagar|dygn|"
                       r"kilometer|km|portioner|besök|personer|elever|platser|årsarbetare|st|stycken|antal|"
                       r"square metres|hours|persons)(?!\w)", re.IGNORECASE)
# Nouns of people or stays counted, as the head of a compound too ("Tillsvidareanställda", "Visstidsanställda",
# "Årsarbetare", "Folkbokförda invånare", "Gästnätter"): a label that is only such a noun counts, never kronor
_COUNTED = re.compile(r"[^\W\d_]*(?:anställda|anställde|arbetare|invånare|medarbetare|elever|deltagare|besökare|"
                      r"brukare|personer|folkmängd|befolkning|nätter|övernattningar|employees|residents|pupils|"
                      r"population|nights)", re.IGNORECASE)
# a measure noun as the head of a compound ("hemtjänsttimmar", "vårddygn", "biblioteksbesök"): long nouns only, a
# short one ("st", "km") ends too many other words
_MEASURE_HEAD = re.compile(r"[^\W\d_]{3,}(?:timmar|minuter|dagar|dygn|besök|platser|portioner|kilometer|"
                           r"årsarbetare|elever)", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"\s*\([^()]*\)\s*$")  # "(Samtliga nämnder)" after a label
_PERCENT_SIGN_LAST = re.compile(r"[^\W\d_]\s+%\s*$")
# a unit word as a label's last word, after its name with no comma ("Nettoinvesteringar mnkr", "Skattesats kr",
# "Anställda antal"): a caption of a key-figure table's row written in a column of its own
_UNIT_WORD_LAST = re.compile(rf"[^\W\d_]\s+((?:{'|'.join(w for w, _ in _UNIT_WORDS)})|antal)\s*$", re.IGNORECASE)
_RESPECTIVE = re.compile(r"\s+resp(?:\.|ektive)\s+", re.IGNORECASE)
_LABEL_UNIT = re.compile(r"(?:,|\(|\bi\b)\s*([^,()]{1,30}?)\)?\s*$")  # "Sjukfrånvaro, %", "Lokalyta (kvm)"


def measure_not_money(label: str) -> Unit | None:
    """The count or share a label names ("Antal anställda", "Årsarbetare", "Andel i %"); None for money or nothing."""
    unit = measure_in(label)
    return unit if unit is not None and not unit.is_money else None


PEOPLE = frozenset({"person", "personer"})  # a count of people, whatever group its sentence names


@lru_cache(maxsize=8192)
def counts_people(word: str) -> bool:
    """The word names people or stays counted ("befolkning", "invånare", "tillsvidareanställda"): a topic whose count
    is a figure, not a unit an answer is given in ("i antal")."""
    return bool(_COUNTED.fullmatch(word))


def measure_in(label: str) -> Unit | None:
    """The unit a table row's label gives its own figures ("Soliditet, %", "Kostnad per invånare, kr",
    "Antal årsarbetare", "Lokalyta, kvadratmeter"), or None when the label names none (the table's unit). An
    attribute in parentheses after the label ("Sjukfrånvaro, % (Samtliga nämnder)", "Soliditet, % (minst 40)")
    names no measure: the label before it does. Measures listed with "respektive" ("Antal personer respektive
    procent") name each part's unit in turn: the figures naming none are the first's, the others name their own
    ("Andel 65 år och äldre, %"). Asked per cell (Row.measure), so cached."""
    listed = _RESPECTIVE.split(label, maxsplit=1)
    if len(listed) == 2:
        first, second = (measure_in(part) or unit_in(part) for part in listed)
        if first is not None and second is not None and first is not second:
            return first
    if _PERCENT_SIGN_LAST.search(label):  # "Sjukfrånvaro %": the sign after the name, with no comma before it
        return Unit.PERCENT
    last = _UNIT_WORD_LAST.search(label)
    if last:
        return unit_in(last.group(1)) or Unit.NUMBER
    tail = _LABEL_UNIT.search(label)
    if tail:
        unit = unit_in(tail.group(1))
        if unit is not None and not _stated_quantity(tail.group(1)):
            return unit
    attribute = _ATTRIBUTE.search(label)
    if attribute and attribute.start():
        unit = measure_in(label[:attribute.start()])
        if unit is not None:
            return unit
    if _MEASURES.fullmatch(label.strip()) or _COUNTED.fullmatch(label.strip()):  # "Årsarbetare", "Tillsvidareanställda"
        return Unit.NUMBER
    first, _, rest = label.strip().partition(" ")
    if _COUNTED.fullmatch(first) and re.search(r"\d", rest) and unit_in(label) is None:
        return Unit.NUMBER  # "Folkmängd 31 december", "Invånare 31/12": people counted at a date
    if _MEASURES.fullmatch(first) and not _COUNTED.fullmatch(first) and unit_in(label) is None:
        return Unit.NUMBER  # "Platser i särskilt boende", "Kilometer gång- och cykelväg": what is counted, first
    if _SHARE_START.match(label) or _PERCENT_OF.search(label):  # "Andel långtidssjukfrånvaro (60 dagar eller mer)":
        return Unit.PERCENT  # a share, not days; "Resultat i procent av skatter och statsbidrag", however long
    if _COUNT_START.match(label):
        return Unit.NUMBER
    if tail and _MEASURES.search(tail.group(1)) and not _stated_quantity(tail.group(1)):
        return Unit.NUMBER
    return money_per(label)  # "Nettokostnad kr/inv", "Kostnad kr per elev": money per one, whatever the table's unit


_PERCENT_OF = re.compile(r"(?<!\w)i\s+(?:procent|%)\s+av(?!\w)", re.IGNORECASE)  # a share of a named whole


def _stated_quantity(tail: str) -> bool:
    """A count said with its number ("Nytt äldreboende Ekbacken, 90 platser") is what the thing holds, an attribute
    of the row, not the unit of its figures (the kronor of an investment budget)."""
    said = re.fullmatch(r"\s*\d[\d\s]*\s+([^\W\d_]+)\s*", tail)
    return said is not None and _MEASURES.fullmatch(said.group(1)) is not None


@lru_cache(maxsize=4096)
def measure_headed(label: str) -> Unit | None:
    """A count named by the noun heading a label's last compound ("Utförda hemtjänsttimmar", "Vårddygn"). Weaker
    than `measure_in`: in a table stated in money the same word names what the money goes to ("Lekplatser" in an
    investment budget in tkr), so the table's own unit decides first."""
    if label.split() and _MEASURE_HEAD.fullmatch(label.split()[-1]) and unit_in(label) is None:
        return Unit.NUMBER
    return None


def parse_unit(text: str) -> Unit:
    unit = unit_in(text)
    if unit is None:
        raise ValueError(f"okänd enhet: {text!r}")
    return unit


@dataclass(frozen=True, slots=True)
class Amount:
    """A sum of money, stored in kronor; converts to any unit for display."""

    kronor: Decimal

    @classmethod
    def of(cls, value: Decimal, unit: Unit) -> "Amount":
        if not unit.is_money:
            raise ValueError("procent är inget belopp")
        return cls(value * unit.factor)

    def in_unit(self, unit: Unit) -> Decimal:
        if not unit.is_money:
            raise ValueError("procent är inget belopp")
        return self.kronor / unit.factor

    def best_unit(self) -> Unit:
        """The largest unit in which the amount is at least 1 (kr for small sums)."""
        size = abs(self.kronor)
        for unit in (Unit.MDKR, Unit.MNKR, Unit.TKR):
            if size >= unit.factor:
                return unit
        return Unit.KR


def convert(value: Decimal, from_unit: Unit, to_unit: Unit) -> Decimal:
    return Amount.of(value, from_unit).in_unit(to_unit)

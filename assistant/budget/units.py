"""Units of money (kr, tkr, mnkr, mdkr) and percent; `Amount` stores kronor as Decimal."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum


class Unit(str, Enum):
    KR = "kr"
    TKR = "tkr"
    MNKR = "mnkr"
    MDKR = "mdkr"
    PERCENT = "%"

    @property
    def factor(self) -> Decimal:
        """Kronor per unit (1 for percent: percent is not money)."""
        return _FACTORS[self]

    @property
    def is_money(self) -> bool:
        return self is not Unit.PERCENT

    def label(self, language: str = "sv") -> str:
        if language == "en":
            return _EN_LABELS[self]
        return self.value


_FACTORS = {
    Unit.KR: Decimal(1), Unit.TKR: Decimal(1000), Unit.MNKR: Decimal(1_000_000),
    Unit.MDKR: Decimal(1_000_000_000), Unit.PERCENT: Decimal(1),
}
_EN_LABELS = {
    Unit.KR: "SEK", Unit.TKR: "thousand SEK", Unit.MNKR: "million SEK",
    Unit.MDKR: "billion SEK", Unit.PERCENT: "%",
}
MONEY_UNITS = (Unit.KR, Unit.TKR, Unit.MNKR, Unit.MDKR)

# How a table header or a running text names a unit; matched on lower-cased text.
_UNIT_WORDS: tuple[tuple[str, Unit], ...] = (
    (r"mdkr|mdr kr|miljarder kronor|miljarder|miljard", Unit.MDKR),
    (r"mnkr|mkr|mnkr\.|miljoner kronor|miljoner|miljon|mn kr|msek", Unit.MNKR),
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

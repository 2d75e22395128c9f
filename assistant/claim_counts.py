"""Counts of things in a claim against the same things counted in the evidence: "två nya skolpsykologer"
against "en extra skolpsykolog". A count is a number (a digit or a Swedish/English number word, data in
assistant.budget.numbers.NUMBER_WORDS) before a noun, with at most one word between them ("nya", "extra").
"""
from __future__ import annotations

import re
from decimal import Decimal

from assistant.budget.numbers import NUMBER_WORDS
from assistant.query import stems

_WORDS = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS if " " not in w), key=len, reverse=True))
COUNTED = re.compile(rf"(?<![\w,.])(?P<num>\d{{1,3}}|{_WORDS})\s+(?:(?P<between>[^\W\d_]+)\s+)?(?P<noun>[^\W\d_]{{4,}})",
                     re.I)
UNITS = re.compile(r"^(kronor|kr|tkr|mnkr|mdkr|miljon\w*|miljard\w*|procent|tusen|år|procentenheter|öre)$", re.I)


def counted_nouns(text: str) -> dict[str, tuple[Decimal, str]]:
    """Noun stem -> (count, the words as written), for each counted noun of the text."""
    out: dict[str, tuple[Decimal, str]] = {}
    for m in COUNTED.finditer(text):
        num, noun, between = m.group("num").lower(), m.group("noun"), m.group("between")
        if UNITS.match(noun) or (between and UNITS.match(between)):
            continue  # an amount ("två miljoner kronor"), not a count of things
        count = NUMBER_WORDS.get(num) if not num.isdigit() else Decimal(num)
        found = stems(noun, drop_stopwords=False)
        if count is None or not found or count != count.to_integral_value():
            continue
        out.setdefault(found[0], (count, m.group(0)))
    return out


def compare_counts(claim: str, evidence: str) -> tuple[bool, str] | None:
    """(the counts agree, the evidence's words) for the first noun both count; None when none is counted in both."""
    stated = counted_nouns(evidence)
    for noun, (count, _) in counted_nouns(claim).items():
        if noun in stated:
            other, written = stated[noun]
            return count == other, written
    return None

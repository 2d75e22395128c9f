"""Written abbreviations and informal spellings ("hur mkt", "enl resultatbudgeten", "ordf i KS") expanded before a
question is analysed (assistant/data/abbreviations_sv.json); the question shown keeps the user's words."""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    data = json.loads(resources.files("assistant.data").joinpath("abbreviations_sv.json").read_text(encoding="utf-8"))
    table = {k.lower(): v for k, v in data.items() if not k.startswith("_")}
    forms = sorted(table, key=len, reverse=True)  # "vice ordf" before "ordf", "bl.a." before "bl a"
    pattern = re.compile(r"(?<![\w.-])(?P<form>" + "|".join(re.escape(f) for f in forms) + r")(?P<genitive>:s)?(?![\w])",
                         re.IGNORECASE)
    return pattern, table


# a period written short: "2021-23", or "21-23" after a word for what spans it ("budget 21-23", "planperioden 22-24")
SHORT_PERIOD = re.compile(r"(?P<lead>\b(?:budget|plan|period|mandatperiod|åren)\w*\s+)?(?<![\d,.])"
                          r"(?P<first>(?:19|20)?\d\d)\s*(?P<dash>[-–])\s*(?P<last>\d\d)(?![\d%]|[,.]\d|\s*(?:%|procent))",
                          re.IGNORECASE)


def _full_period(m: re.Match[str]) -> str:
    first, last = m.group("first"), m.group("last")
    if len(first) == 2 and not m.group("lead"):
        return m.group()  # "21-23" alone may be pages, ages or hours
    century = first[:2] if len(first) == 4 else "20"
    start, end = int(century + first[-2:]), int(century + last)
    if not 0 < end - start <= 10:
        return m.group()
    return f"{m.group('lead') or ''}{start}{m.group('dash')}{end}"


def expand(text: str) -> str:
    """The text with abbreviations written out; a genitive "KS:s" becomes "kommunstyrelsens"; a period written
    short ("budget 21-23", "2021-23") in full years."""
    text = SHORT_PERIOD.sub(_full_period, text)
    pattern, table = _pattern()
    def written_out(m: re.Match[str]) -> str:
        if len(m.group("form")) == 1 and text[m.end():m.end() + 1] == "-":
            return m.group()  # "O-ringen": a letter opening a compound is no abbreviation; "IFO-kostnaderna" is
        return table[m.group("form").lower()] + ("s" if m.group("genitive") else "")

    return pattern.sub(written_out, text)

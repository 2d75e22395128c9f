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


def expand(text: str) -> str:
    """The text with abbreviations written out; a genitive "KS:s" becomes "kommunstyrelsens"."""
    pattern, table = _pattern()
    def written_out(m: re.Match[str]) -> str:
        if len(m.group("form")) == 1 and text[m.end():m.end() + 1] == "-":
            return m.group()  # "O-ringen": a letter opening a compound is no abbreviation; "IFO-kostnaderna" is
        return table[m.group("form").lower()] + ("s" if m.group("genitive") else "")

    return pattern.sub(written_out, text)

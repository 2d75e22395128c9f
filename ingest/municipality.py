"""Which municipality a document belongs to: from its publisher, its text, or its folder or file name.

The names of Sweden's 290 municipalities are data (assistant/data/kommuner.txt). In text a name counts when
followed by "kommun" or "stad" ("Lerums kommun", "Tranemo kommun"); the letterhead's, else the most frequent
wins. Folder and file names are compared with ASCII-folded names ("vargarda" is Vårgårda).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from importlib import resources
from pathlib import Path

FOLD = str.maketrans("åäöéüÅÄÖÉÜ", "aaoeuaaoeu")


def fold(text: str) -> str:
    return re.sub(r"[\s_]+", "-", text.lower().translate(FOLD)).strip("-")


@lru_cache(maxsize=1)
def municipality_names() -> tuple[str, ...]:
    text = resources.files("assistant").joinpath("data/kommuner.txt").read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip())


@lru_cache(maxsize=1)
def _text_pattern() -> re.Pattern[str]:
    names = sorted(municipality_names(), key=len, reverse=True)
    alternatives = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<![\wåäö])({alternatives})s? (?:kommun|stad)(?![\wåäö])")


@lru_cache(maxsize=1)
def _folded() -> dict[str, str]:
    return {fold(n): n for n in municipality_names()}


def municipality_in_text(text: str) -> str | None:
    """The municipality a text names most often as "X kommun" / "Xs kommun" / "X stad"."""
    counts = Counter(match.group(1) for match in _text_pattern().finditer(text))
    return counts.most_common(1)[0][0] if counts else None


@lru_cache(maxsize=1)
def _letterhead_pattern() -> re.Pattern[str]:
    return re.compile(_text_pattern().pattern, re.IGNORECASE)


def municipality_in_letterhead(text: str) -> str | None:
    """The municipality the document's first line names as its own ("VÄNNÄS KOMMUN", "Tierps kommun"), in any
    case: its sender, whatever other municipalities its text goes on to name ("tillsammans med Bjurholms kommun")."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    found = _letterhead_pattern().search(first)
    if found is None:
        return None
    return _by_casefold().get(found.group(1).casefold())


@lru_cache(maxsize=1)
def _by_casefold() -> dict[str, str]:
    """Each municipality's name as written, by its case-folded form ("VÄNNÄS" finds "Vännäs")."""
    return {n.casefold(): n for n in municipality_names()}


def municipality_in_path(path: Path) -> str | None:
    """A folder named after a municipality ("corpus/vargarda/"), else a token of the file name of 5+ letters."""
    folded = _folded()
    for part in reversed(path.parent.parts):
        name = folded.get(fold(part))
        if name:
            return name
    for token in re.split(r"[-_. ]+", fold(path.stem)):
        if len(token) >= 5 and token in folded:
            return folded[token]
    return None


def guess_municipality(text: str, path: Path, publisher: str | None = None) -> str | None:
    """Publisher first, then the letterhead, the opening text, the folder or file name, then the whole text."""
    if publisher:
        found = municipality_in_text(publisher) or _folded().get(fold(publisher))
        if found:
            return found
    return municipality_in_letterhead(text) or municipality_in_text(text[:3000]) or municipality_in_path(path) \
        or municipality_in_text(text)

"""Governing bodies by the noun that heads their name (roles_sv.json `body_nouns`): a committee or board
("socialnämnden", "kommunstyrelsen", "överförmyndarstyrelsen", "förbundsdirektionen", "arbetsutskottet"), the
assembly ("kommunfullmäktige") or an administration ("socialförvaltningen", "kommunledningskontoret"), in any of
the noun's singular forms.

    head_pattern(kinds)   # regex source: a body noun of those kinds and its ending, for a name's end
    body_kind(word)       # "committee", "assembly", "administration" or None
    bare_body(word)       # "nämnd" for "nämndens": the noun alone, in a definite form, naming no body of its own
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

# a singular noun's endings: definite (-en/-n, -et/-t), genitive (-s, -ens/-ns, -ets/-ts)
ENDINGS = ("ens", "ets", "ns", "ts", "en", "et", "n", "t", "s")
COMMITTEES = ("committee",)
ALL_KINDS = ("committee", "assembly", "administration")


@lru_cache(maxsize=1)
def body_nouns() -> dict[str, str]:
    """Each noun heading a body's name -> the kind of body."""
    text = resources.files("assistant.data").joinpath("roles_sv.json").read_text(encoding="utf-8")
    return dict(json.loads(text)["body_nouns"])


@lru_cache(maxsize=8)
def head_pattern(kinds: tuple[str, ...] = ALL_KINDS) -> str:
    """A regex (no anchors) for a body noun of the kinds with its ending: "(?:nämnd|styrelse|...)(?:ens|...)?"."""
    nouns = sorted((n for n, kind in body_nouns().items() if kind in kinds), key=len, reverse=True)
    return f"(?:{'|'.join(map(re.escape, nouns))})(?:{'|'.join(ENDINGS)})?"


@lru_cache(maxsize=8)
def _head(kinds: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(f"({head_pattern(kinds)})$")


def body_kind(word: str) -> str | None:
    """The kind of body the word names by the noun that ends it ("kommunstyrelsens" -> committee); None when
    it names none."""
    low = word.lower()
    for kind in ALL_KINDS:
        if _head((kind,)).search(low):
            return kind
    return None


DEFINITE_ENDINGS = ("ens", "ets", "ns", "ts", "en", "et", "n", "t")


def bare_body(word: str) -> str | None:
    """The body noun the word is in a definite form, with nothing before it ("nämnden", "nämndens", "styrelsen",
    "förvaltningen"): it points at a body named before ("kultur- och fritidsnämndens budget ... nämndens budget per
    invånare"), as a pronoun would; None for a body's own name ("socialnämnden") or any other word."""
    low = word.lower()
    for noun in body_nouns():
        if low.startswith(noun) and low[len(noun):] in DEFINITE_ENDINGS:
            return noun
    return None

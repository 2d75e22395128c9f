"""Evidence two parts of one question found alike: which part it answers.

"Vad blev resultatet för jan-aug och vad tror dom om helåret?": both parts may rank the same sentence first
("För helåret prognostiserar vi ett resultat på 25,4 miljoner kronor"). Said once, it leaves one part unanswered;
a part whose own concepts (those the other part does not share) the sentence names none of gives it up and is
answered from the rest of the evidence. A sentence naming some of each part's own concepts ("plats för 100 barn
och ska stå klar i augusti 2026") answers both.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

Groups = tuple[tuple[str, ...], ...]
_SPACE = re.compile(r"\s+")


def quotes_of(texts: Sequence[str]) -> frozenset[str]:
    """The quoted texts, whitespace made single spaces (a quote and its sentence compare equal)."""
    return frozenset(same_text(t) for t in texts if t.strip())


def same_text(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def own_groups(groups: Groups, other: Groups) -> Groups:
    """The concept groups of one part that the other part does not name in any form."""
    named = {t for g in other for t in g}
    return tuple(g for g in groups if named.isdisjoint(g))


def yielding_part(first: Groups, second: Groups, says: Callable[[Groups], float]) -> int | None:
    """0 or 1: the part that gives up the evidence both found, the one whose own concepts the shared evidence
    names none of (`says`: the share of groups it names) while it names some of the other's; None when it names
    some of each (it answers both) or a part has no own concept to judge by."""
    mine, theirs = own_groups(first, second), own_groups(second, first)
    if not mine or not theirs:
        return None
    a, b = says(mine), says(theirs)
    if a > 0 and b > 0 or a == b:
        return None
    return 0 if a == 0 else 1

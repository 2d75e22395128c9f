"""The deed a claim joins its amount to, and the sentences that state their figure as that deed.

"socialnämnden måste spara 7,4 miljoner" says the amount is what is saved: the verb right before it (a hedge or a
preposition may stand between) is the deed. A sentence about the same committee stating another figure as something
else ("Nämndens ram ökar med 13,4 miljoner kronor, trots sparkravet") names the deed's word only beside another
figure or after its own; one leading its figure with the deed or a word for it ("Socialnämnden ska minska
kostnaderna med 4,7 miljoner kronor", "genomföra besparingen på 4,7 miljoner") states the figure the claim is about.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from assistant.evidence.claim_figures import Figure, figures_in

T = TypeVar("T")
WORD = re.compile(r"[^\W\d_]+")


def claimed_deed(claim: str, at: int) -> str:
    """The verb the claim joins the amount written at `at` to ("måste spara 7,4 miljoner": "spara"): the first word
    before it that is neither a stop word nor a hedge, when it is a finite verb or a verb an auxiliary or "att"
    governs; "" when a noun or nothing joins it ("ett underskott på 26,3 miljoner": the measure, not a deed)."""
    from assistant.evidence.claims import is_finite_verb
    from assistant.understand.query import stop_words
    from assistant.understand.words import infinitives, sentence_types

    if at <= 0:
        return ""
    skipped = set(stop_words()) | {w.lower() for w in sentence_types()["approximators"]}
    before = [w.lower() for w in WORD.findall(claim[:at])]
    word = next((w for w in reversed(before) if w not in skipped), "")
    if not word:
        return ""
    return word if is_finite_verb(word) or word in infinitives(claim) else ""


def lead_of(text: str, figure: Figure) -> str:
    """The words of the text leading to the figure: since the amount before it (a count between is part of it)."""
    before = [f.at + len(f.written) for f in figures_in(text) if 0 <= f.at < figure.at and f.kind != "count"]
    return text[max(before, default=0):figure.at]


def led_by_deed(deed: str, candidates: Sequence[tuple[T, str]], figures: Callable[[str], Sequence[Figure]],
                same_thing: Callable[[str, str], bool]) -> T | None:
    """The first candidate (item, sentence text) one of whose figures (`figures`: the ones comparable with the
    claim's) the deed or a word for it (`same_thing`) leads, when some but not the first candidate is so led; None
    when the first is, or none is: the order stands."""
    led = [item for item, text in candidates
           if any(f.at >= 0 and same_thing(deed, lead_of(text, f)) for f in figures(text))]
    if not led or led[0] is candidates[0][0]:
        return None
    return led[0]

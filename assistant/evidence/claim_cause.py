"""Claims of a cause: "Simhallen stängdes för att det läckte in vatten genom taket" against "Simhallen stängdes i
början av september när reningsanläggningen gick sönder".

The claim is cut at its causal conjunction (sentence_types.json `causal_conjunctions`) into an event and a cause. A
sentence that names the event (its words, the document's municipality counting as said) and gives a cause of its own
decides: a cause sharing none of the claim's cause words contradicts, one holding all of them supports.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from assistant.evidence.claims import ClaimCheck
from assistant.evidence.sentences import Sentence, place_stems_of
from assistant.understand.query import stems
from assistant.understand.words import sentence_types

EVENT_SHARE = 0.6  # share of the event's words a sentence must name to be about the same event
MIN_CAUSE_WORDS = 2  # a cause of fewer content words is too thin to tell two causes apart
SUPPORT_SHARE = 1.0  # a supporting cause names every content word of the claimed one


@lru_cache(maxsize=1)
def _causal() -> re.Pattern[str]:
    words = sorted(sentence_types()["causal_conjunctions"], key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.I)


def cause_parts(text: str) -> tuple[str, str] | None:
    """(the event, its cause) at the first causal conjunction, or None when the text names no cause."""
    m = _causal().search(text)
    if m is None or not text[:m.start()].strip() or not text[m.end():].strip():
        return None
    return text[:m.start()], text[m.end():]


def check_cause(claim: str, sentences: Sequence[Sentence]) -> ClaimCheck | None:
    """Verdict on the claim's cause; None when it claims none or no sentence gives the event's cause."""
    parts = cause_parts(claim)
    if parts is None:
        return None
    event, cause = (frozenset(stems(p)) for p in parts)
    if not event or len(cause) < MIN_CAUSE_WORDS:
        return None
    for s in sentences:
        said = cause_parts(s.text)
        if said is None:
            continue
        present = frozenset(stems(s.text)) | place_stems_of(getattr(s.chunk, "municipality", None))
        if len(event & present) < EVENT_SHARE * len(event):
            continue
        given = frozenset(stems(said[1]))
        if not given:
            continue
        shared = cause & given
        if not shared:
            return ClaimCheck("contradicted", (s,), s.text.strip(" ."), "en annan orsak")
        if len(shared) >= SUPPORT_SHARE * len(cause):
            return ClaimCheck("supported", (s,), reason="samma orsak")
    return None

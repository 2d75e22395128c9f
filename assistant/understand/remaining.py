"""What is left of a whole once a part is drawn from it: "Hur mycket finns kvar i kommunfullmäktiges reserv efter
tilläggsanslaget till vinterväghållningen?", "hur mycket av investeringsbudgeten blir kvar efter kontraktet?",
"how much is left of the reserve after the grant?". The whole (a reserve, a budget's row) and the part drawn (a
grant, a contract) usually stand in two documents, a budget and a decision or a press release. Each is asked as a
question of its own, so each is answered and cited from its own document, and the rest is computed of both
(compose.followup_figures, operation "rest").

    left_after(question, language)   # ["Hur stort är <the whole>?", "Hur stort är <the part>?"] or []
    asks_left(question)              # the question asks what is left after something ("finns kvar ... efter")
"""
from __future__ import annotations

import re

from assistant.understand.parts import has_topic, statement_before
from core.years import YEAR

LEFT = r"kvar|left|remaining|remains?"  # "finns kvar", "is left"
_PHRASE = r"[^?.!;,]+?"
# "kvar i reserven efter anslaget", "left in the reserve after the grant": the whole after the word of remaining
LEFT_IN = re.compile(rf"\b(?:{LEFT})\s+(?:i|av|på|in|of|from)\s+(?P<whole>{_PHRASE})\s+(?:efter|after)\s+"
                     rf"(?P<part>{_PHRASE})\s*[?.!]?\s*$", re.I)
# "hur mycket av investeringsbudgeten blir kvar efter kontraktet?", "how much of the reserve is left after the grant":
# the whole after "av"/"of", before the verb of remaining
OF_LEFT = re.compile(rf"\b(?:av|of)\s+(?P<whole>{_PHRASE})\s+(?:\w+\s+){{1,2}}?(?:{LEFT})\s+(?:efter|after)\s+"
                     rf"(?P<part>{_PHRASE})\s*[?.!]?\s*$", re.I)
ASKED = re.compile(rf"\b(?:hur\s+mycket|vad|how\s+much|what)\b.*\b(?:{LEFT})\b", re.I)
POINTER = re.compile(r"(?:det|den|detta|denna|it|this|that)", re.I)
ASK_SIZE = {"sv": "Hur stort är {}?", "en": "How large is {}?"}
ASK_STATED = {"sv": "{} Hur stort var det?", "en": "{} How large was it?"}


def asks_left(question: str) -> bool:
    """The question asks how much is left of a whole after a part is drawn from it (left_after finds both)."""
    return bool(left_after(question))


def _asks(question: str) -> bool:
    """The question asks how much is left ("hur mycket finns kvar ...", "what remains ...")."""
    _, asked = statement_before(question)
    return bool(ASKED.search(asked))


def left_after(question: str, language: str = "sv") -> list[str]:
    """The whole and the part drawn from it, asked as one question each ([whole, part]); the part a pronoun for
    what the statement before the question tells ("Nämnden fick ett anslag ur reserven. Hur mycket finns kvar i
    reserven efter det?") is asked of that statement. [] for any other question, or when the whole or the part
    names no thing of its own (a year: "kvar efter 2025")."""
    lang = "en" if language == "en" else "sv"
    preamble, asked = statement_before(question)
    if not _asks(question):
        return []
    found = LEFT_IN.search(asked) or OF_LEFT.search(asked)
    if found is None:
        return []
    whole, part = found.group("whole").strip(), found.group("part").strip()
    if not has_topic(whole) or YEAR.fullmatch(part):
        return []
    if POINTER.fullmatch(part):
        if not preamble.strip():
            return []
        return [ASK_SIZE[lang].format(whole), ASK_STATED[lang].format(preamble.strip())]
    if not has_topic(part) or _event(part):
        return []
    return [ASK_SIZE[lang].format(whole), ASK_SIZE[lang].format(part)]


def _event(part: str) -> bool:
    """The part names a decision, no amount drawn ("efter fullmäktiges beslut i november": sentence_types.json
    outcome_nouns): what is left after it is the figure a document states, not one to compute."""
    from assistant.understand.query import word_stems
    from assistant.understand.words import sentence_types

    return bool(word_stems(part) & {s for w in sentence_types()["outcome_nouns"] for s in word_stems(w)})

"""A figure asked with another added to it: "hur mycket pengar finns det för förskolan i Ekeby 2025 om man räknar med
det som KS ombudgeterade från 2024?", "vad blir ramen 2025 om man räknar med tilläggsanslaget?". The figure (a budget's row)
and what is added (money moved from the year before, a supplementary grant) usually stand in two documents, the
budget and the minutes. Each is asked as a question of its own, so each is answered and cited from its document, and
their sum is computed (compose.followup_figures, operation "sum").

    including(question)   # ["<the figure asked>?", "<what is added>?"] or []
"""
from __future__ import annotations

import re

from assistant.understand.parts import has_topic, opens_question
from assistant.understand.query import analyse
from core.years import YEAR

# what joins the added amount to the figure asked: "om man räknar med", "if you count"; "inklusive moms" names what a
# stated figure includes, no amount to add
ADDED = re.compile(r"\s*,?\s+(?:om\s+(?:man|vi|du)\s+(?:räknar|tar)\s+med|(?:if|when)\s+(?:you|we)\s+(?:count|add|"
                   r"include))\s+(?P<added>[^?.!;]+?)\s*[?.!]?\s*$", re.I)
# "det som KS ombudgeterade från 2024": a relative clause saying what the added money is
RELATIVE = re.compile(r"^(?:det|den|de|vad|that|what)\s+(?:som\s+)?(?P<clause>.+)$", re.I)
OBJECT = re.compile(r"\b(?:för|till|åt|for|to)\s+(?P<thing>[^?.!;,]+?)(?:\s+(?:19|20)\d\d)?\s*$", re.I)
ASK_SIZE = {"sv": "Hur stort är {}?", "en": "How large is {}?"}
ASK_HOW_MUCH = {"sv": "Hur mycket {}?", "en": "How much {}?"}


def including(question: str, language: str = "sv") -> list[str]:
    """The figure asked and the amount added to it, one question each; the added amount said as a relative clause
    ("det som KS ombudgeterade från 2024") is asked of the thing the figure is for ("Hur mycket KS ombudgeterade från
    2024 för förskolan i Ekeby?"). [] for any other question, or when either names nothing of its own."""
    lang = "en" if language == "en" else "sv"
    found = ADDED.search(question)
    if found is None or not opens_question(question):
        return []
    asked = question[:found.start()].rstrip(" ,") + "?"
    added = found.group("added").strip()
    if not has_topic(asked) or not analyse(asked).wants_amount or YEAR.fullmatch(added):
        return []
    clause = RELATIVE.match(added)
    if clause is None:
        return [asked, ASK_SIZE[lang].format(added)] if has_topic(added) else []
    thing = OBJECT.search(asked[:-1])
    said = clause.group("clause").strip()
    if not re.search(r"[^\W\d_]{3,}", said):
        return []
    of = f" för {thing.group('thing').strip()}" if thing and lang == "sv" else \
        f" for {thing.group('thing').strip()}" if thing else ""
    return [asked, ASK_HOW_MUCH[lang].format(f"{said}{of}")]

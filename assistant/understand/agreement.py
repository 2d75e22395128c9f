"""Whether two documents state one figure alike: "Stämmer helårsprognosen för 2024 i Ljungbys pressmeddelande om
delårsrapporten med prognosen i budgetdokumentet?", "Stämmer investeringssumman för 2025 i Mjölbys nyhet med
budgetdokumentet?". No claim of a figure is made to check: the question asks whether each side's document states
the same amount. Each side is asked as a question of its own (the later one of the first one's thing when it names
only a document: understand.sides.other_side), and the two amounts are held against each other
(compose.followup_figures, operation "agreement").

    agreement(question)   # ["Hur stort är <A>?", "Hur stort är <B>?"] or []
"""
from __future__ import annotations

import re

from assistant.understand.parts import has_topic
from assistant.understand.sides import other_side

# "Stämmer A med B?", "Stämmer A överens med B?"; "Stämmer det att ...?" states a claim of its own
AGREES = re.compile(r"^\s*(?:stämmer|stämde|överensstämmer|överensstämde)\s+(?!det\b|detta\b)(?P<a>.+?)\s+"
                    r"(?:överens\s+)?(?:med|mot)\s+(?P<b>[^?]+?)\s*\??\s*$", re.I)
ASK_SIZE = "Hur stort är {}?"


def agreement(question: str) -> list[str]:
    """The two sides whose figures a question asks to agree, one question each; [] for any other question (a claim
    "Stämmer det att ...?", or sides naming nothing to ask of)."""
    found = AGREES.match(question)
    if found is None:
        return []
    a, b = found.group("a").strip(" ,"), found.group("b").strip(" ,")
    if not has_topic(a) or not has_topic(b):
        return []
    return [ASK_SIZE.format(a), ASK_SIZE.format(other_side(a, b))]

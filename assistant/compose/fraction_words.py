"""A share written as a word in a quoted sentence, said as a percentage: "hur stor del av prisindex räknas
kommunbidragen upp med" answered by "... motsvarande hela prisindex för kommunal verksamhet (PKV) år 2021, 75% av
PKV 2022" says 100 % for 2021 only in words. The answer adds what the word is in per cent, for the thing the question
asks a share of, so every share it quotes is stated alike.

    with_fractions(question, answer) -> Answer   # the answer with "”hela prisindex” = 100 %" added, when it applies
"""
from __future__ import annotations

import re
from dataclasses import replace

from core.types import Answer

# a word saying a share of what follows it, and the share in per cent
FRACTIONS = {"hela": "100", "halva": "50", "hälften av": "50", "en tredjedel av": "33", "två tredjedelar av": "67",
             "en fjärdedel av": "25", "tre fjärdedelar av": "75", "dubbla": "200"}
FRACTION = re.compile(r"\b(" + "|".join(sorted(map(re.escape, FRACTIONS), key=len, reverse=True))
                      + r")\s+([^\W\d_]+)", re.IGNORECASE)
# "hur stor del av X", "hur mycket av X", "vilken andel av X", "hur många procent av X": the thing a share is of
SHARE_OF = re.compile(r"\b(?:del|andel|mycket|procent|share|much|percent(?:age)?)\s+(?:av|of)\s+(?:the\s+)?"
                      r"([^\W\d_]+)", re.IGNORECASE)
QUOTE = re.compile(r"”([^”]*)”")
STEM = 5  # letters of the thing's word that must agree ("prisindex", "prisindexet")


def with_fractions(question: str, answer: Answer) -> Answer:
    """The answer with each share its quotes write as a word of the thing the question asks a share of stated in
    per cent ("”hela prisindex” = 100 %"); unchanged for a refusal, a verdict, or when no such word is quoted."""
    if answer.refused or answer.verdict is not None:
        return answer
    things = {m.group(1).lower()[:STEM] for m in SHARE_OF.finditer(question) if len(m.group(1)) >= STEM}
    if not things:
        return answer
    said: dict[str, str] = {}  # the phrase quoted -> its share in per cent
    for quote in QUOTE.findall(answer.answer):
        for m in FRACTION.finditer(quote):
            if m.group(2).lower()[:STEM] in things:
                said.setdefault(f"{m.group(1)} {m.group(2)}", FRACTIONS[" ".join(m.group(1).lower().split())])
    if not said:
        return answer
    label = "Det vill säga" if answer.language != "en" else "That is"
    notes = "; ".join(f"”{phrase}” = {share} %" for phrase, share in said.items())
    return replace(answer, answer=f"{answer.answer.rstrip()} {label}: {notes}.")

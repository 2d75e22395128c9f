"""A follow-up's definite noun that is the head of a compound the earlier turn said ("hur stor är den sammanlagda
ramen 2025?" after "vilka bolag har borgensram i torsby?"): the noun points back at that compound, as "den" would,
so it is read as the compound ("borgensramen"), not as the noun's own general sense (the committees' frames).

    with_earlier_compounds(question, history) -> question
"""
from __future__ import annotations

import re
from collections.abc import Sequence

WORD = re.compile(r"[^\W\d_]+")
DEFINITE = ("en", "et", "na", "n", "t")  # a singular or plural definite ending: "ramen", "beloppet", "ramarna"
MIN_HEAD = 3  # letters of the shortest stem taken for a head ("ram")
MIN_MODIFIER = 3  # letters of the shortest modifier taken for a compound's first part ("borgens")


def with_earlier_compounds(question: str, history: Sequence[str]) -> str:
    """The question with each definite noun that heads a compound of the latest earlier turn naming one written as
    that compound, in the noun's own form; unchanged when none does."""
    from assistant.understand.query import word_stem

    if not history:
        return question
    said = {w.lower() for w in WORD.findall(question)}

    def compounded(m: re.Match[str]) -> str:
        word = m.group()
        head = word_stem(word)
        if len(head) < MIN_HEAD or head == word.lower() or not word.lower().endswith(DEFINITE):
            return word
        before = WORD.findall(question[:m.start()])
        if before and len(before[-1]) < MIN_MODIFIER:  # "i s förslaget", "m budgeten": a party's letters as the
            return word  # noun's own first part, written apart
        for turn in reversed(history):
            for earlier in WORD.findall(turn):
                whole = word_stem(earlier)
                modifier = whole[:-len(head)]
                if whole.endswith(head) and len(modifier) >= MIN_MODIFIER and earlier.lower().startswith(whole) \
                        and earlier.lower() not in said:
                    return modifier + word.lower()
        return word

    return WORD.sub(compounded, question)

"""A claim calling a part the whole: "Mullsjö lägger totalt 38,5 miljoner på förskolan" against "Investeringar på
totalt 81,3 miljoner kronor under 2025, varav 38,5 miljoner kronor till förskolan i Nyhem".

The claimed figure stands in the sentence, but as a part of a larger sum ("varav", "därav": sentence_types.json
part_words), while the claim calls it the whole ("totalt", "sammanlagt": whole_words). When the part's document
states a whole of the thing the part goes to ("Den totala projektbudgeten för förskolan är 50,5 miljoner
kronor."), that whole contradicts the claim; without one the claim stands as the sentence confirms it.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from assistant.evidence.claim_figures import Figure, figures_in
from assistant.retrieval.retrieve import Sentence
from assistant.understand.query import stems

LEAD_WORDS = 3  # words right before a claimed figure in which the claim calls it a whole ("lägger totalt 38,5")
CLAUSE_END = re.compile(r"[.;:!?]|,\s|\s(?:och|men|samt|medan|and|but)\s")
MONEY_WORDS = "kronor miljoner miljarder tusen kr tkr mnkr mdkr mkr"  # a sum's own words say nothing it goes to


@dataclass(frozen=True, slots=True)
class Whole:
    sentence: Sentence
    figure: Figure


@lru_cache(maxsize=2)
def _words(kind: str) -> re.Pattern[str]:
    from assistant.understand.words import sentence_types

    words = sorted(sentence_types()[kind], key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])", re.I)


def _lead(text: str, figure: Figure) -> str:
    """The text between the figure before (or the text's start) and the figure."""
    at = figure.at if figure.at >= 0 else text.find(figure.written)
    before = [f.at + len(f.written) for f in figures_in(text) if 0 <= f.at < at]
    return text[max(before, default=0):max(at, 0)]


def called_whole(claim: str, figure: Figure) -> bool:
    """The claim calls its figure a whole: a whole word among the few words right before it ("totalt 38,5")."""
    lead = _lead(claim, figure)
    words = re.findall(r"[^\W\d_]+", lead)
    return _words("whole_words").search(" ".join(words[-LEAD_WORDS:])) is not None


def says_whole(claim: str) -> bool:
    """The claim calls what it speaks of a whole anywhere ("kostar 62 miljoner kronor totalt", whole_words)."""
    return _words("whole_words").search(claim) is not None


def states_whole(text: str) -> bool:
    """The text states an amount as a whole: a whole word leads to one of its figures ("Den totala
    projektkostnaden för Rimforsa skola beräknas till 112 miljoner kronor")."""
    money = [f for f in figures_in(text) if f.kind == "money" and f.at >= 0]
    leads = [text[(money[i - 1].at + len(money[i - 1].written)) if i else 0:f.at] for i, f in enumerate(money)]
    return any(_words("whole_words").search(lead) for lead in leads)  # since the amount before ("etapp 2" is none)


def names_part(text: str) -> bool:
    """The text speaks of a part of something named before ("Av detta landar ...", "varav": part_words)."""
    return _words("part_words").search(text) is not None


def stated_as_part(text: str, figure: Figure) -> bool:
    """The text states the figure as a part of a sum before it: the last clause of its lead opens with a part word
    ("81,3 miljoner kronor under 2025, varav 38,5 miljoner")."""
    lead = re.split(r"[,;]", _lead(text, figure))[-1].strip()
    return bool(lead) and _words("part_words").match(lead) is not None and \
        any(0 <= f.at < figure.at for f in figures_in(text))


def _clause_after(text: str, figure: Figure) -> str:
    """What the figure goes to: its clause after it ("38,5 miljoner kronor till förskolan i Nyhem")."""
    rest = text[figure.at + len(figure.written):]
    end = CLAUSE_END.search(rest)
    return rest[:end.start()] if end else rest


def whole_of_part(claim: str, claimed: Figure, part: Sentence, figure: Figure, sentences: Sequence[Sentence],
                  same: Callable[[Figure, str], bool]) -> Whole | None:
    """The whole a document of the part's municipality states of the thing the part goes to, when the claim calls the part (`figure` in
    `part`, equal to `claimed`: `same`) the whole: a figure of the same kind, led by a whole word and by a word of
    the part's clause that the claim says too ("förskolan"), of another value."""
    if not called_whole(claim, claimed) or not stated_as_part(part.text, figure):
        return None
    said = set(stems(claim))
    goes_to = {w for w in stems(_clause_after(part.text, figure)) if len(w) >= 4 and w in said} - set(stems(MONEY_WORDS))
    if not goes_to:
        return None
    for s in sentences:
        if s.chunk.doc_path != part.chunk.doc_path and (s.chunk.municipality or "") != (part.chunk.municipality or "-"):
            continue  # the whole of the same municipality's thing: its own document or another of its documents
        for f in figures_in(s.text):
            if f.kind != figure.kind or f.at < 0 or same(f, s.text):
                continue
            lead = _lead(s.text, f)
            if _words("whole_words").search(lead) and goes_to & set(stems(lead)):
                return Whole(s, f)
    return None

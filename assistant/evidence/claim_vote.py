"""Claims that a decision was unanimous: "budgeten klubbades enhälligt i fullmäktige" is contradicted by a sentence
stating a vote with votes against ("Majoritetens förslag vann med 29 röster mot 18"). The unanimity and vote words
are data (roles_sv.json `unanimity`, `vote_words`); the sentence (with the retrieved sentences just before it in its
passage, which name what was voted on) must name as much of the claim's subject as an answer must.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant.evidence.claims import ClaimCheck, _passage, _years_agree, bodies_in, governing_bodies, roles
from assistant.evidence.sentences import Sentence
from assistant.understand.query import word_stem, word_stems

# "29 röster mot 18", "15 ja-röster mot 6 nej-röster", "17 mot 4", "by 29 votes to 18"
SPLIT = re.compile(r"(?<![\d,.])(\d{1,3})\s+(?:[^\W\d_]+-)?(?:[^\W\d_]+\s+)?(?:mot|to|against)\s+(\d{1,3})(?!\d|[,.]\d)",
                   re.IGNORECASE)
VOTES_AGAINST = "röster emot"


def says_unanimous(text: str) -> bool:
    """The text calls a decision unanimous (roles_sv.json `unanimity`, any form) and does not deny it."""
    words = word_stems(text)
    return bool(words & {word_stem(w) for w in roles()["unanimity"]}) and not re.search(
        r"\b(?:inte|ej|icke|not)\s+(?:\w+\s+)?(?:enh|enig|unanim)", text, re.IGNORECASE)


def split_vote(text: str) -> str:
    """The vote the sentence states with votes against ("29 röster mot 18"), as written; "" when it states none
    (a vote word must name it: "17 mot 4" alone may count anything)."""
    if not word_stems(text) & {word_stem(w) for w in roles()["vote_words"]}:
        return ""
    for m in SPLIT.finditer(text):
        if int(m.group(2)) > 0 and int(m.group(1)) > 0:
            return m.group(0)
    return ""


def check_vote(claim: str, sentences: Sequence[Sentence],
               about: Callable[[Sentence, frozenset[str]], float]) -> ClaimCheck | None:
    """Contradicted when the claim calls a decision unanimous and the sentence most about its subject that states a
    vote has votes against; None otherwise."""
    from assistant.compose.answer import REFUSE_BELOW

    if not says_unanimous(claim):
        return None
    checked = frozenset(word_stem(w) for w in roles()["unanimity"])
    named = set(bodies_in(claim))
    best: tuple[float, Sentence, str] | None = None
    for s in sentences:
        vote = split_vote(s.text)
        if not vote or says_unanimous(s.text) or _years_agree(claim, s, set()) is not None:
            continue
        if named and not named & governing_bodies(s, sentences):
            continue  # another body's vote
        passage = _passage(s, list(sentences))
        score = max(about(p, checked) for p in passage)
        if best is None or score > best[0]:
            best = (score, s, vote)
    if best is None or best[0] < REFUSE_BELOW:
        return None
    return ClaimCheck("contradicted", (best[1],), best[2], VOTES_AGAINST)

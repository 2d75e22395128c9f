"""Claims about the sign of a result: "Åsele gick med överskott 2024" is checked against the result a sentence
states ("Årets resultat blev -6,2 miljoner kronor"). A surplus is a result above zero, a deficit one below it
(roles_sv.json result_signs); the sentence must speak of a result in the claim's year and name as much of the
claim's subject as an answer must.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from assistant.evidence.claim_figures import claim_figures, figures_in
from assistant.evidence.claims import ClaimCheck, _years_agree, bodies_in, roles
from assistant.understand.query import word_stem, word_stems
from assistant.evidence.sentences import Sentence

RESULT = "resultat"  # the noun a sign word speaks of


def check_sign(claim: str, sentences: Sequence[Sentence],
               about: Callable[[Sentence, frozenset[str]], float]) -> ClaimCheck | None:
    """Supported when the stated result has the claimed sign, contradicted when it has the other; None when the
    claim states a figure (the figure checks decide), names no sign or no sentence states the result."""
    from assistant.compose.answer import REFUSE_BELOW
    from assistant.evidence.claim_amounts import predicate_words

    signs = roles()["result_signs"]
    positive = {word_stem(w) for w in signs["positive"] if " " not in w}
    negative = {word_stem(w) for w in signs["negative"] if " " not in w}
    claims_positive, claims_negative = says_sign(claim, "positive"), says_sign(claim, "negative")
    if claims_positive == claims_negative or claim_figures(claim):
        return None
    sign_words = frozenset(positive | negative)
    named = set(bodies_in(claim))
    # what the claim says of its subject ("gick med överskott") is what is checked: the sentence is scored on
    # the rest (who, when)
    checked = sign_words | _phrase_stems() | {word_stem(w) for w in predicate_words(claim)}
    best: tuple[float, Sentence, bool, str] | None = None
    for s in sentences:
        stems_here = word_stems(s.text)
        money = [f for f in figures_in(s.text) if f.kind == "money" and f.value]
        if not money or not (stems_here & (sign_words | {word_stem(RESULT)}) or says_sign(s.text, "negative")
                             or says_sign(s.text, "positive")):
            continue
        bodies = set(bodies_in(f"{s.chunk.title} {s.text}"))
        if set(bodies_in(s.text)) - named or (named and not named & bodies):
            continue  # "Kommunstyrelsen redovisar ett överskott": a committee's result, not the claim's
        if _years_agree(claim, s, set()) is not None:
            continue  # the claim's year is not this sentence's (its text, date or title: "Årsredovisning 2024")
        figure = money[0]
        # "ett underskott på 6 miljoner": the word gives the sign of an amount written without one
        below = figure.value < 0 or says_sign(s.text, "negative")
        score = about(s, checked)
        if best is None or score > best[0]:
            best = (score, s, not below, figure.written)
    if best is None or best[0] < REFUSE_BELOW:
        return None
    _, s, above, written = best
    verdict = "supported" if above == claims_positive else "contradicted"
    return ClaimCheck(verdict, (s,), written, "resultatets tecken")


def says_sign(text: str, sign: str) -> bool:
    """The text names a result of that sign ("positive"/"negative", roles_sv.json result_signs) by a word in any
    form ("underskottet") or by a phrase of several words in that order, each in any form ("gick back")."""
    return any(_phrase_at(text, entry) is not None for entry in roles()["result_signs"][sign])


def in_sign_words(claim: str) -> str:
    """The claim with a sign said by a phrase ("Pajala gick back 2024") in the sign's own word ("Pajala gick
    underskott 2024"): what it is searched by, since the documents state a result with that word. The claimed
    amount may stand inside the phrase ("Norsjö gick 8,6 miljoner plus 2024"): the claim is then searched without
    its figures, as it is anyway (answering/claims._claim_query)."""
    from assistant.evidence.claim_figures import strip_figures

    bare = " ".join(strip_figures(claim).split())
    for text in dict.fromkeys((claim, bare)):
        for entries in roles()["result_signs"].values():
            for entry in (e for e in entries if " " in e):
                span = _phrase_at(text, entry)
                if span is not None:
                    return f"{text[:span[0]]}{entries[0]}{text[span[1]:]}"
    return claim


def _phrase_at(text: str, entry: str) -> tuple[int, int] | None:
    """Where the text says the entry's words in that order, each in any form (character span); None if not."""
    spans, said = _stemmed_words(text)
    phrase = _stemmed_words(entry)[1]
    for i in range(len(said) - len(phrase) + 1):
        if said[i:i + len(phrase)] == phrase:
            return spans[i][0], spans[i + len(phrase) - 1][1]
    return None


@lru_cache(maxsize=4096)
def _stemmed_words(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[str, ...]]:
    """The text's words (character spans) and their stems, in order: worked out once per text, however many sign
    phrases are looked for in it."""
    words = list(re.finditer(r"\w+", text))
    return tuple(w.span() for w in words), tuple(word_stem(w.group()) for w in words)


@lru_cache(maxsize=1)
def _phrase_stems() -> frozenset[str]:
    """The stems of the sign phrases' words: what the claim says of its subject, not who or when."""
    signs = roles()["result_signs"]
    return frozenset(t for entries in signs.values() for e in entries if " " in e for t in _stemmed_words(e)[1])

"""Claims about the sign of a result: "Åsele gick med överskott 2024" is checked against the result a sentence
states ("Årets resultat blev -6,2 miljoner kronor"). A surplus is a result above zero, a deficit one below it
(roles_sv.json result_signs); the sentence must speak of a result in the claim's year and name as much of the
claim's subject as an answer must.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

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
    positive = {word_stem(w) for w in signs["positive"]}
    negative = {word_stem(w) for w in signs["negative"]}
    said = word_stems(claim)
    claims_positive, claims_negative = bool(said & positive), bool(said & negative)
    if claims_positive == claims_negative or claim_figures(claim):
        return None
    sign_words = frozenset(positive | negative)
    named = set(bodies_in(claim))
    # what the claim says of its subject ("gick med överskott") is what is checked: the sentence is scored on
    # the rest (who, when)
    checked = sign_words | {word_stem(w) for w in predicate_words(claim)}
    best: tuple[float, Sentence, bool, str] | None = None
    for s in sentences:
        stems_here = word_stems(s.text)
        money = [f for f in figures_in(s.text) if f.kind == "money" and f.value]
        if not money or not (stems_here & (sign_words | {word_stem(RESULT)})):
            continue
        bodies = set(bodies_in(f"{s.chunk.title} {s.text}"))
        if set(bodies_in(s.text)) - named or (named and not named & bodies):
            continue  # "Kommunstyrelsen redovisar ett överskott": a committee's result, not the claim's
        if _years_agree(claim, s, set()) is not None:
            continue  # the claim's year is not this sentence's (its text, date or title: "Årsredovisning 2024")
        figure = money[0]
        # "ett underskott på 6 miljoner": the word gives the sign of an amount written without one
        below = figure.value < 0 or bool(stems_here & negative)
        score = about(s, checked)
        if best is None or score > best[0]:
            best = (score, s, not below, figure.written)
    if best is None or best[0] < REFUSE_BELOW:
        return None
    _, s, above, written = best
    verdict = "supported" if above == claims_positive else "contradicted"
    return ClaimCheck(verdict, (s,), written, "resultatets tecken")

"""A claim said in other words than the document's: "Alingsås har ett bra utgångsläge för välfärden framåt"
against "Alingsås har ett gott utgångsläge ... även i framtiden".

Word overlap cannot confirm it (a synonym list is unsafe: "bra" is not always "gott"), so meaning decides:
the embedder's claim-sentence cosine must reach PARAPHRASE_SIMILARITY. Meaning alone is not enough either (a
sentence about the same topic with another year, name or a negation is close in meaning), so everything that
must be exact is checked word for word: the claim's figures and years are stated, its proper names are named,
the sentence negates or qualifies what the claim does and nothing else, and no word of it is the opposite of a
word of the claim.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant.evidence.claim_figures import claim_figures, figures_in, same_figure
from assistant.retrieval.retrieve import Sentence, place_stems
from assistant.understand.query import YEAR, word_stem, word_stems
from assistant.understand.words import sentence_types

# The least claim-sentence cosine (multilingual-e5-small) that says the same thing in other words. Fitted by
# evals/paraphrase_sweep.py on every claim question of the TUNING dev sets (176; the check sets never read): 34
# reach the paraphrase step (not_found by the word checks, their topic present). Among the sentences passing the
# exact checks, the highest cosine of a claim whose gold verdict is not_found or contradicted is 0.901, the one
# supported claim said in other words reaches 0.923; the bar lies halfway between them (29 of 34 right for any
# bar from 0.905 to 0.920; the five wrong are contradictions no paraphrase can give). One positive example only:
# refit when the tuning sets hold more.
PARAPHRASE_SIMILARITY = 0.912
CANDIDATES = 8  # the best-ranked evidence sentences considered


def exact_parts_agree(claim: str, s: Sentence, names: Sequence[str], name_present: Callable[[str, frozenset[str]], bool],
                      sentence_stems: frozenset[str]) -> bool:
    """The sentence states the claim's figures and years, names its proper names (`names`: stems; the sentence,
    its document's title and municipality count), and has the same negations and qualifiers."""
    stated = figures_in(s.text)
    if any(not any(same_figure(c, f) for f in stated) for c in claim_figures(claim)):
        return False
    if not states_years(claim, s):
        return False
    present = sentence_stems | place_stems(s.chunk)
    if not all(name_present(name, present) for name in names):
        return False
    qualifiers = set(sentence_types()["qualifiers"])
    if _words(claim) & qualifiers != _words(s.text) & qualifiers:
        return False
    return not says_opposite(claim, s.text)


def states_years(claim: str, s: Sentence, context: frozenset[int] | set[int] = frozenset()) -> bool:
    """Every year the claim names (but `context`, the years that frame it) is said by the sentence, its document's
    title or date, or relative to that date ("förra året"): a year no evidence states is not confirmed."""
    from assistant.evidence.sentences import relative_years

    years = {int(y) for y in YEAR.findall(claim)} - set(context)
    doc_year = int(s.chunk.date[:4]) if s.chunk.date and s.chunk.date[:4].isdigit() else None
    said = {int(y) for y in YEAR.findall(f"{s.text} {s.chunk.title} {s.chunk.date or ''}")}
    return years <= said | relative_years(s.text, doc_year)


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[^\W\d_]+", text)}


def says_opposite(claim: str, text: str) -> bool:
    """The text uses the opposite of a word of the claim (`opposites` in data/roles_sv.json: "tillfällig" for
    "permanent", "oförändrad" for "höjer") and not that word itself."""
    from assistant.evidence.claims import roles

    said, stated = word_stems(claim), word_stems(text)
    for a, b in roles()["opposites"]:
        for word, other in ((a, b), (b, a)):
            if word_stem(word) in said and word_stem(other) in stated and word_stem(word) not in stated:
                return True
    return False


def paraphrase(claim: str, sentences: Sequence[Sentence], similarities: Callable[[list[Sentence]], list[float]],
               agrees: Callable[[Sentence], bool], bar: float = PARAPHRASE_SIMILARITY) -> tuple[Sentence, float] | None:
    """The best-ranked sentence (of the first CANDIDATES) that passes the exact checks (`agrees`) and whose cosine
    to the claim (`similarities`) reaches `bar`, with that cosine; None when none does."""
    candidates = [s for s in sentences[:CANDIDATES] if agrees(s)]
    if not candidates:
        return None
    scored = sorted(zip(similarities(candidates), range(len(candidates))), key=lambda p: (-p[0], p[1]))
    sim, i = scored[0]
    return (candidates[i], sim) if sim >= bar else None

"""A claim about what a body decided, against the decision of the matter in the minutes.

"Vilhelminas socialnämnd begärde tilläggsanslag för hela underskottet på 5,9 miljoner" is stated word for word by a
motion ("Erik Nordin (V) yrkar att nämnden ska begära ett tilläggsanslag på hela underskottet, 5 900 tkr"), and
"KS beviljade tekniska nämndens tilläggsanslag på 3,5 mnkr" by the errand ("Tekniska nämnden begär tilläggsanslag
på 3,5 miljoner kronor"). Neither says what was decided: the matter's decision does ("Socialnämnden beslutar ... att
begära ett tilläggsanslag på 3 000 tkr", "Kommunstyrelsen avslår begäran"). A sentence of a matter that is not its
decision (outcome.labelled_outcome), confirming a claim whose acting body is the one deciding the matter and which
does not itself propose ("V yrkade på ..."), yields to the decision: its figure confirms or contradicts, and a
decision rejecting the matter contradicts.

    check_decision(claim, result, sentences, text_of) -> ClaimCheck | None
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from assistant.evidence.claims import ClaimCheck, bodies_in
from assistant.retrieval.retrieve import Sentence
from assistant.understand.query import word_stems

DECIDED = "beslutet säger annat"


@lru_cache(maxsize=1)
def _stems(key: str) -> frozenset[str]:
    from assistant.understand.words import sentence_types

    return frozenset(s for w in sentence_types()[key] for s in word_stems(w))


def proposes(claim: str) -> bool:
    """The claim's verb is one of proposing ("V yrkade", "förvaltningen föreslog": sentence_types.json
    proposal_words, any form): it is about the proposal, not about what was decided."""
    from assistant.evidence.claim_amounts import predicate_words

    return bool(word_stems(" ".join(predicate_words(claim))) & _stems("proposal_words"))


def rejects(text: str) -> bool:
    """The text rejects ("avslår begäran", sentence_types.json rejection_words, any form)."""
    return bool(word_stems(text) & _stems("rejection_words"))


NUMBERED = re.compile(r"§\s*\d")  # a matter of minutes opens with its paragraph's number ("## § 59 Begäran ...")


def _matter_of(text: str, at: int) -> tuple[int, int]:
    """Where the matter of minutes `at` stands in begins and ends: between the lines opening a numbered paragraph,
    over the parts labelled within it ("### Yrkanden", "### Beslut"); sentences.matter_span in a document without
    numbered paragraphs."""
    from assistant.evidence.sentences import matter_headings, matter_span

    starts, labels = matter_headings(text)
    numbered = [start for start, label in zip(starts, labels) if NUMBERED.search(label)]
    if not numbered:
        return matter_span(text, at)
    return max((a for a in numbered if a <= at), default=0), min((a for a in numbered if a > at), default=len(text))


def _first_body(text: str) -> str:
    """The body the text names first: who acts in it ("Kommunstyrelsen avslår ...")."""
    from assistant.understand.abbreviations import expand

    return next(iter(bodies_in(expand(text))), "")


def check_decision(claim: str, result: ClaimCheck, sentences: Sequence[Sentence],
                   text_of: Callable[[str], str]) -> ClaimCheck | None:
    """The verdict the matter's decision gives a claim `result` supports by a sentence of the matter that is not
    its decision; None when the decision does not decide it (or the result needs no other)."""
    from assistant.evidence.claim_amounts import claimed_amounts, same_amount
    from assistant.evidence.claim_figures import figures_in
    from assistant.evidence.outcome import labelled_outcome

    if result.verdict != "supported" or not result.evidence or proposes(claim):
        return None
    actor = _first_body(claim)
    s = result.evidence[0]
    if not actor or _first_body(s.text) == actor:
        return None  # the sentence says what the claim's body did itself
    try:
        text = text_of(s.chunk.doc_path)
    except (KeyError, OSError):
        return None
    if labelled_outcome(text, s.start, s.text):
        return None
    span = _matter_of(text, s.start)
    decision = next((o for o in sentences if o.chunk.doc_path == s.chunk.doc_path and o is not s
                     and span[0] <= o.start < span[1] and labelled_outcome(text, o.start, o.text)
                     and _first_body(o.text) == actor), None)
    if decision is None:
        return None
    claimed = [c for c in claimed_amounts(claim) if c.figure.kind == "money"]
    stated = [f for f in figures_in(decision.text) if f.kind == "money"]
    if claimed and stated:
        if all(any(same_amount(c, f, decision.text) for f in stated) for c in claimed):
            return ClaimCheck("supported", (decision,), reason=result.reason)
        wrong = next(f for f in stated if not any(same_amount(c, f, decision.text) for c in claimed))
        return ClaimCheck("contradicted", (decision, s), " ".join(wrong.written.split()), DECIDED)
    if rejects(decision.text):
        return ClaimCheck("contradicted", (decision, s), reason=DECIDED)
    return None

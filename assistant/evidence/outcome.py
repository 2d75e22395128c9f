"""The outcome of a matter: what became of a motion, a proposal or an errand, as its decision states it.

"Vad hände med V:s motion om gratis kollektivtrafik?" asks by a verb that says only that something occurred
(sentence_types.json `happening_verbs`), "vad blev beslutet om ..." by the outcome's own noun (`outcome_nouns`). The
answer is the part of the matter that minutes label as its decision ("Beslut" on a line of its own above it, or
"Beslut: Kommunstyrelsen föreslår ... att avslå motionen."), not the motion's own text, which names the matter as
well as the decision does.

    asks_outcome(q) -> bool                       # the question asks what became of a matter
    asks_conclusion(q) -> bool                    # the question asks what a piece of work concluded
    proposes(sentence) -> bool                    # the sentence proposes something
    labelled_outcome(text, at, sentence) -> bool  # the sentence at `at` of its document is a matter's decision
"""
from __future__ import annotations

import re
from functools import lru_cache

from assistant.evidence.headings import is_heading
from assistant.evidence.sentences import field_label, matter_headings, matter_span
from assistant.understand.query import QueryAnalysis, word_stems

LABEL_REACH = 6  # lines above a sentence searched for its part's label: a decision is a paragraph or two
WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _stems() -> tuple[frozenset[str], frozenset[str]]:
    """Stems of the happening verbs and of the outcome nouns (every form: "beslutade", "besluten")."""
    from assistant.understand.words import sentence_types

    types = sentence_types()
    happening = frozenset(s for w in types["happening_verbs"] for s in word_stems(w))
    outcome = frozenset(s for w in types["outcome_nouns"] for s in word_stems(w))
    return happening, outcome


@lru_cache(maxsize=1)
def _outcome_nouns() -> frozenset[str]:
    """The outcome nouns as written: a label is matched by its words, not their stems ("Beslutande:" lists who
    decided, it labels no decision)."""
    from assistant.understand.words import sentence_types

    return frozenset(sentence_types()["outcome_nouns"])


def asks_outcome(q: QueryAnalysis) -> bool:
    """The question asks what became of a matter: by a happening verb or the outcome's noun, and for no amount,
    person or date (those the decision may hold, but their own sentences answer them)."""
    if q.wants_amount or q.wants_person or q.wants_date:
        return False
    happening, outcome = _stems()
    return bool(word_stems(q.original) & (happening | outcome))


def asks_conclusion(q: QueryAnalysis) -> bool:
    """The question asks what a piece of work came to ("vad landade handlingsplanen i?", "vad kom utredningen fram
    till?"), by what is asked after any statement before it, and for no amount, person or date (their own
    sentences answer those): what it proposes or decides answers."""
    from assistant.understand.parts import statement_before
    from assistant.understand.words import asks_conclusion_of

    if q.wants_amount or q.wants_person or q.wants_date:
        return False
    return asks_conclusion_of(statement_before(q.original)[1])


@lru_cache(maxsize=1)
def _proposing_stems() -> frozenset[str]:
    from assistant.understand.words import sentence_types

    types = sentence_types()
    return frozenset(s for w in types["proposal_words"] for s in word_stems(w))


def proposes(sentence: str) -> bool:
    """The sentence proposes: a verb of proposing in any form ("föreslås", "föreslog"). A decision the work
    reports ("Kommunstyrelsen beslutade ... att ge i uppdrag") is where it started, not what it came to."""
    return bool(word_stems(sentence) & _proposing_stems())


def labelled_outcome(text: str, at: int, sentence: str) -> bool:
    """The sentence at `at` of its document `text` stands under an outcome label: its own field label ("Beslut:
    ...") or the nearest label line above it within LABEL_REACH lines of its matter ("Beslut" over its paragraph);
    the line opening the matter is the last one searched."""
    starts, _ = matter_headings(text)
    if text.rfind("\n", 0, at) + 1 in starts:
        return False  # its line opens a matter: the labels above it are the previous matter's
    label = field_label(sentence)
    if label is None:
        label = _label_above(text, at)
    if not label:
        return False
    return any(word in _outcome_nouns() for word in WORD.findall(label.lower()))


def _label_above(text: str, at: int) -> str | None:
    line_start = text.rfind("\n", 0, at) + 1
    matter_start, _ = matter_span(text, at)
    lines = text[matter_start:line_start].splitlines()
    for line in reversed(lines[-LABEL_REACH:]):
        stripped = line.strip()
        if stripped and is_heading(stripped):
            return stripped.lstrip("#").strip("*").strip()
    return None

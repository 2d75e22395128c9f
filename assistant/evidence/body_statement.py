"""What a body said about a matter ("vad sa ks om motionen?", "vad tyckte nämnden om förslaget?"): a committee speaks
by its decisions. In its minutes that is the sentence of the item whose subject is the body ("Kommunstyrelsen föreslår
kommunfullmäktige att avslå motionen."), quoted with what the item records after it (a reservation against the
decision) up to the next item (§); the item's account of the matter (the motion's proposal) comes after them.

    speaking_bodies(question) -> the bodies the question asks to have said something (named after its reporting verb)
    body_statement(chosen, candidates, bodies, text_of) -> the quotes, or None when no candidate is the body's own
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant.evidence.claims import bodies_in
from assistant.evidence.sentences import Sentence, is_statement
from assistant.understand.abbreviations import expand
from assistant.understand.words import sentence_types

MAX_QUOTES = 3
ITEM = re.compile(r"^[ \t]*(?:#+[ \t]*)?§[ \t]*\d+", re.M)  # a line opening an item of minutes ("## § 35 Motion ...")
LABEL = re.compile(r"^\s*[^\W\d_]+:\s*")  # a field label before the decision ("Beslut: Barn- och utbildningsnämnden ...")
OPENING = 3  # the words a sentence's subject stands among (after its label)


def speaking_bodies(question: str) -> set[str]:
    """The committees the question names right after its reporting verb, as who said it ("vad sa ks om ...": the
    municipal board); empty when it asks what a person said, or names a body only as the matter ("vad sa hon om
    socialnämnden?")."""
    text = expand(question)
    reporting = set(sentence_types()["reporting_verbs"])
    verb = next((m for m in re.finditer(r"[^\W\d_]+", text) if m.group().lower() in reporting), None)
    if verb is None:
        return set()
    rest = text[verb.end():]
    matter = re.search(r"\s(?:om|about|on)\s", rest)
    speaker = rest[:matter.start()] if matter else rest
    return set(bodies_in(speaker))


def opens_with_body(text: str, bodies: set[str]) -> bool:
    """The sentence's subject is one of the bodies: it opens with its name, past a field label ("Beslut:")."""
    opening = " ".join(LABEL.sub("", text, count=1).split()[:OPENING + 3])
    named = bodies_in(opening)
    first = next(iter(named), None)
    return first in bodies and LABEL.sub("", text, count=1).lstrip().lower().startswith(named[first].lower())


def _item_end(text: str, at: int) -> int:
    found = ITEM.search(text, at)
    return found.start() if found else len(text)


def body_statement(chosen: Sequence[Sentence], candidates: Sequence[Sentence], bodies: set[str],
                   text_of: Callable[[str], str]) -> list[Sentence] | None:
    """The body's own sentence in the item of the best quote, with the item's statements after it (the candidates
    between it and the next item), then the quotes chosen before; None when no candidate of that item is the
    body's."""
    if not chosen or not bodies:
        return None
    best = chosen[0]
    text = text_of(best.chunk.doc_path)
    starts = [m.start() for m in ITEM.finditer(text)]

    def item_of(s: Sentence) -> int:
        return sum(1 for a in starts if a <= s.start)

    same_item = [s for s in candidates if s.chunk.doc_path == best.chunk.doc_path and item_of(s) == item_of(best)]
    decision = next((s for s in same_item if opens_with_body(s.text, bodies)), None)
    if decision is None:
        return None
    end = _item_end(text, decision.end)
    after = sorted((s for s in same_item if decision.end <= s.start < end and is_statement(s.text)),
                   key=lambda s: s.start)
    out = [decision]
    for s in [*after, *chosen]:
        if len(out) < MAX_QUOTES and not any(s.start < o.end and o.start < s.end and
                                             s.chunk.doc_path == o.chunk.doc_path for o in out):
            out.append(s)
    return out

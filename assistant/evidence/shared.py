"""Evidence two parts of one question found alike: which part it answers.

"Vad blev resultatet för jan-aug och vad tror dom om helåret?": both parts may rank the same sentence first
("För helåret prognostiserar vi ett resultat på 25,4 miljoner kronor"). Said once, it leaves one part unanswered;
a part whose own concepts (those the other part does not share) the sentence names none of gives it up and is
answered from the rest of the evidence. A sentence naming some of each part's own concepts ("plats för 100 barn
och ska stå klar i augusti 2026") answers both.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

Groups = tuple[tuple[str, ...], ...]
_SPACE = re.compile(r"\s+")
_BULLET = re.compile(r"^[-–•*]\s+")  # a list item's mark: the calculator quotes the line, the ranker its sentence
_STOP = re.compile(r"\s*[.!?;:]+$")  # a sentence's end mark: the calculator quotes its amount's clause without it


def quotes_of(texts: Sequence[str]) -> frozenset[str]:
    """The quoted texts, whitespace made single spaces (a quote and its sentence compare equal)."""
    return frozenset(same_text(t) for t in texts if t.strip())


def verb_groups(question: str, groups: Groups) -> Groups:
    """The concept groups of the question's finite verb ("sökte" of "Hur mycket sökte föreningen ...?"); none
    when the word where its verb stands is no verb ("hur mycket på avdelning unga?")."""
    from assistant.understand.query import stems
    from assistant.understand.words import finite_verb_at, is_verb

    words = re.findall(r"[\wåäöÅÄÖ-]+", question.lower())
    at = finite_verb_at(words)
    if at is None or not is_verb(words[at]):
        return ()
    said = set(stems(words[at], drop_stopwords=False))
    return tuple(g for g in groups if said & set(g))


def same_text(text: str) -> str:
    """The text as compared: single spaces, no list item's mark ("- Det årliga ... resultatet" is its sentence), no
    end mark ("300 tkr tillskjuts socialnämnden ... personligt ombud" is the sentence ending in a full stop)."""
    return _STOP.sub("", _BULLET.sub("", _SPACE.sub(" ", text).strip()))


def own_groups(groups: Groups, other: Groups) -> Groups:
    """The concept groups of one part that the other part does not name in any form (the stemmer cuts a bare form
    further than its definite one: "result" of "resultat" is the "resultat" of "resultatet")."""
    named = {t for g in other for t in g}
    return tuple(g for g in groups if not any(_one_word(t, n) for t in g for n in named))


def _one_word(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return a == b or (len(short) >= 4 and long.startswith(short) and len(long) - len(short) <= 3)


def yielding_part(first: Groups, second: Groups, says: Callable[[Groups], float],
                  verbs: tuple[Groups, Groups] = ((), ())) -> int | None:
    """0 or 1: the part that gives up the evidence both found, the one whose own concepts the shared evidence
    names none of (`says`: the share of groups it names) while it names some of the other's; None when it names
    some of each (it answers both). A part with no own concept ("årets resultat" beside "det strukturella
    resultatet") gives it up to the other when the evidence names the other's own concept; neither having one,
    there is nothing to judge by. `verbs`: the groups of each part's finite verb; each part saying a verb of its
    own, the part whose verb the evidence does not say gives it up though it names the rest of that part ("Hur
    mycket sökte föreningen i bidrag och hur mycket beviljade KS?": "KS beslutar att bevilja föreningen ett
    bidrag" is the grant; the second part leaves the association and the grant unsaid, not what was done)."""
    mine, theirs = own_groups(first, second), own_groups(second, first)
    if not mine and not theirs:
        return None
    if not mine or not theirs:
        own, other = (theirs, 0) if theirs else (mine, 1)
        return other if says(own) > 0 else None
    a, b = says(mine), says(theirs)
    my_verb, their_verb = (tuple(g for g in verb if g in own) for verb, own in zip(verbs, (mine, theirs)))
    if a > 0 and b > 0 and my_verb and their_verb and (says(my_verb) > 0) != (says(their_verb) > 0):
        return 0 if says(my_verb) == 0 else 1
    if a > 0 and b > 0 or a == b:
        return None
    return 0 if a == 0 else 1

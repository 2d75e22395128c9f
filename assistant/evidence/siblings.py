"""Siblings in a list: a neighbour naming the asked thing among others of its kind ("Bildningsnämnden ansvarar för
förskola, grundskola, gymnasieskola och vuxenutbildning") speaks for no sentence naming one of the others ("Antalet
elever i grundskolan beräknas till 1 045"): that sentence's figure is the sibling's, not the asked one's. A list a
noun introduces ("Kommunen har tre grundskolor: Ramundeboda skola, Centralskolan och Hasselfors skola") has that noun
for their whole: a sentence naming it ("antalet elever i grundskolan till 590") states the whole's figure."""
from __future__ import annotations

import re
from collections.abc import Callable

from assistant.evidence.sentences import text_stems
from assistant.understand.query import stems

_ITEM = r"[^\W\d_][\w]*"
_JOIN = r"(?:och|eller|samt|and|or)"
# three items or more, one word each, the last after a joining word ("förskola, grundskola och gymnasieskola")
LISTED = re.compile(rf"(?<![\w-]){_ITEM}(?:\s*,\s*{_ITEM})+\s+{_JOIN}\s+{_ITEM}(?![\w-])", re.I)
# a noun and a colon before a list of items of up to three words each ("tre grundskolor: Ramundeboda skola, ...")
_PHRASE = rf"{_ITEM}(?:\s+{_ITEM}){{0,2}}"
INTRODUCED = re.compile(rf"(?P<whole>{_ITEM}):\s+(?P<items>{_PHRASE}(?:\s*,\s*{_PHRASE})*\s+{_JOIN}\s+{_PHRASE})"
                        r"(?=\s*[.;\n]|$)", re.I)
_SEPARATOR = re.compile(rf"\s*,\s*|\s+{_JOIN}\s+", re.I)
MIN_STEM = 4  # an item's stem shorter than this opens too many other words


def listed(text: str) -> list[tuple[list[str], str]]:
    """The lists the text names, each with the noun introducing it ("" when none does): ["förskola", "grundskola",
    "gymnasieskola", "vuxenutbildning"], or ["Ramundeboda skola", "Centralskolan", "Hasselfors skola"] and
    "grundskolor"."""
    return [(items, whole) for items, whole, _ in _lists(text)]


def _lists(text: str) -> list[tuple[list[str], str, tuple[int, int]]]:
    """`listed`, with where each list stands."""
    introduced = list(INTRODUCED.finditer(text))
    return [(_SEPARATOR.split(m.group("items")), m.group("whole"), m.span("items")) for m in introduced] + [
        (_SEPARATOR.split(m.group(0)), "", m.span()) for m in LISTED.finditer(text)
        if not any(i.start() <= m.start() < i.end() for i in introduced)]  # a part of an introduced list


def names_sibling(sentence: str, neighbour: str, says: Callable[[str], bool]) -> bool:
    """The neighbour lists items of which some name the asked thing (`says`) and others not, and the sentence names
    one of the others, or the noun introducing them all, and none of the asked ones; a list whose owner, the rest of
    the neighbour, names the asked thing lists its parts."""
    present = text_stems(sentence)

    def named(item: str) -> bool:  # each word in any form: "grundskolan" (a definite form the stemmer keeps)
        words = [t for t in stems(item) if len(t) >= MIN_STEM]
        return bool(words) and all(any(w.startswith(t) for w in present) for t in words)

    for items, whole, (start, end) in _lists(neighbour):
        if says(neighbour[:start] + neighbour[end:]):
            # the list's owner is the asked thing ("Kultur- och fritidsnämnden ansvarar för bibliotek, ..."): its
            # items are the asked thing's parts, not its siblings
            continue
        asked = [i for i in items if says(i)]
        others = [i for i in items if i not in asked] + ([whole] if whole else [])
        if asked and others and not any(named(i) for i in asked) and any(named(i) for i in others):
            return True
    return False

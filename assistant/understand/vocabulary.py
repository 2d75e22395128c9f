"""A corpus vocabulary looked up by shape: the words that start or end with a form, or share a length and an
initial. Built once per index, so a question's new word costs a few binary searches instead of a scan of every
word of the corpus (the answers are the same sets a scan finds).
"""
from __future__ import annotations

import bisect
from collections.abc import Iterable


class Vocabulary:
    """Words sorted forwards and backwards, and grouped by (length, initial) and by initial."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(words)
        self._forward = sorted(self.words)
        self._backward = sorted(w[::-1] for w in self.words)
        self._shaped: dict[tuple[int, str], list[str]] = {}
        self._initial: dict[str, list[str]] = {}
        for word in self._forward:
            self._shaped.setdefault((len(word), word[:1]), []).append(word)
            self._initial.setdefault(word[:1], []).append(word)

    def __contains__(self, word: object) -> bool:
        return word in self.words

    def starting_with(self, prefix: str) -> list[str]:
        """The words that begin with `prefix` (itself included), in sorted order."""
        return _run(self._forward, prefix)

    def ending_with(self, suffix: str) -> list[str]:
        """The words that end with `suffix` (itself included)."""
        return [w[::-1] for w in _run(self._backward, suffix[::-1])]

    def shaped(self, length: int, initial: str) -> list[str]:
        """The words of `length` letters that begin with `initial`."""
        return self._shaped.get((length, initial), [])

    def with_initial(self, initial: str) -> list[str]:
        """The words whose first character is `initial` ("" for the empty word)."""
        return self._initial.get(initial, [])


def _run(ordered: list[str], prefix: str) -> list[str]:
    """The sorted words of `ordered` that begin with `prefix`: one contiguous run."""
    start = bisect.bisect_left(ordered, prefix)
    end = start
    while end < len(ordered) and ordered[end].startswith(prefix):
        end += 1
    return ordered[start:end]

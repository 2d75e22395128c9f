"""Whole words and phrases in a text: a phrase matches where no letter or digit stands beside it.

Each pattern is compiled once (the re module caches only 512, fewer than the glossary's phrases, so a
question compiled hundreds again), and a text that does not contain the phrase at all is passed over
before any pattern runs.
"""
import re
from functools import lru_cache


@lru_cache(maxsize=65536)
def word_pattern(phrase: str, suffix: str = "", trailing: bool = True) -> re.Pattern[str]:
    """`phrase` as a whole word, optionally followed by `suffix` (a regex: "s?" for a genitive); `trailing=False`
    lets the word go on ("moderat" in "moderaterna")."""
    return re.compile(r"(?<!\w)" + re.escape(phrase) + suffix + (r"(?!\w)" if trailing else ""))


def has_word(text: str, phrase: str, suffix: str = "", trailing: bool = True) -> bool:
    """`phrase` stands in `text` as a whole word (both in the same case)."""
    return phrase in text and word_pattern(phrase, suffix, trailing).search(text) is not None

"""The headings above a sentence in its passage: what a bare line of a protocol's header speaks of.

"Ordförande: Lennart Bäckström (C)" names no body; the lines above it in the same passage ("SAMMANTRÄDESPROTOKOLL",
"Kommunfullmäktige", "Sammanträdesdatum: 2025-11-26") say whose chair he is. A heading is a short line that is no
sentence (no closing full stop, question or exclamation mark).

    headings_above(sentence) -> list[str]   # nearest first
    lines_above(sentence) -> list[str]      # every line above it in its passage, nearest first
"""
from __future__ import annotations

from assistant.evidence.sentences import Sentence

HEADING_WORDS = 8  # a longer line is running text, even without its full stop


def is_heading(line: str) -> bool:
    text = line.strip()
    return bool(text) and not text.endswith((".", "?", "!", ",", ";")) and len(text.split()) <= HEADING_WORDS


def lines_above(s: Sentence) -> list[str]:
    """The lines of the sentence's passage before it, nearest first; [] when it opens its passage."""
    passage = s.chunk.text
    at = s.start - s.chunk.start
    if not (0 <= at <= len(passage) and passage[at:at + len(s.text)] == s.text):
        at = passage.find(s.text)
        if at < 0:
            return []
    return list(reversed(passage[:at].splitlines()))


def headings_above(s: Sentence) -> list[str]:
    """The heading lines of the sentence's passage before it, nearest first; [] when it opens its passage."""
    return [line.strip() for line in lines_above(s) if is_heading(line)]

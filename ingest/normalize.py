"""Text normalisation applied to every loaded document before chunking and indexing.

All offsets (page spans, chunk start/end, quote positions) refer to the text AFTER `normalize_text`.
"""
from __future__ import annotations

import re
import unicodedata

# No-break, thin, narrow and the other fixed-width spaces become a plain space; U+2212 minus is kept.
_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Simple inline formatting tags (e.g. "<i>Finansnetto</i>" in a converted budget); block tags are left alone.
_INLINE_TAGS = re.compile(r"</?(?:i|b|em|strong|u|s|small|sup|sub|span|font)(?:\s[^<>]*)?>", re.IGNORECASE)
_BREAK_TAGS = re.compile(r"<br\s*/?>", re.IGNORECASE)
_TRAILING = re.compile(r"[ \t]+$", re.MULTILINE)
_MANY_BLANK = re.compile(r"\n{3,}")


def normalize_text(text: str) -> str:
    """NFC, LF line ends, plain spaces, no inline tags, no trailing blanks, at most one empty line."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    text = _SPACES.sub(" ", text)
    text = _INVISIBLE.sub("", text)
    text = _BREAK_TAGS.sub("\n", text)
    text = _INLINE_TAGS.sub("", text)
    text = _TRAILING.sub("", text)
    text = _MANY_BLANK.sub("\n\n", text)
    return text.strip("\n")


def dedent_block(text: str) -> str:
    """Remove the indentation common to all non-empty lines (pypdf's layout mode indents everything)."""
    lines = text.split("\n")
    indents = [len(line) - len(line.lstrip(" ")) for line in lines if line.strip()]
    cut = min(indents) if indents else 0
    return "\n".join(line[cut:] if line.strip() else "" for line in lines)

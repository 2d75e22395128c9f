"""The input boundary: every question (and earlier turn) is normalised once, here, before any analysis.

- lone surrogates (a broken UTF-16 pair, or an undecodable command-line byte kept by Python as
  U+DC80-U+DCFF) become U+FFFD, so no tokenizer, JSON writer or terminal ever meets them;
- NFKC folds compatibility forms ("２０２２", "①", "ﬁ", NBSP) to their plain letters and digits;
- every Unicode digit becomes its ASCII digit (`assistant.budget.numbers.ascii_digits`), so
  `isdigit()` followed by `int()` holds everywhere downstream;
- control and format characters (C0/C1, bidi overrides, zero-width) become spaces.
"""
from __future__ import annotations

import re
import unicodedata

from assistant.budget.numbers import ascii_digits

MAX_INPUT_CHARS = 20_000  # far beyond a question; bounds the work for a pasted document
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]")


def scrub_surrogates(text: str) -> str:
    """`text` with every unpaired surrogate replaced by U+FFFD (a valid pair is joined)."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def safe_text(value: object) -> str:
    """Any value as printable, encodable text (for echoing what the user sent)."""
    text = value if isinstance(value, str) else ("" if value is None else str(value))
    return scrub_surrogates(text[:MAX_INPUT_CHARS])


def normalise_input(value: object) -> str:
    """The one normal form the analysis sees (see the module docstring); never raises."""
    text = unicodedata.normalize("NFKC", safe_text(value))
    return _CONTROL.sub(" ", ascii_digits(text))

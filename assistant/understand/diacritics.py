"""Words typed without å, ä and ö ("nar", "saffle", "manga"): read as the documents write them.

A question typed on a keyboard without Swedish letters writes "nar" for "när" and "Saffle" for "Säffle". A word
the documents never write, whose letters a and o with their Swedish variants give a form they do write, is that
form (the one they write most often when several fit: "när" rather than "når"). No word list: the documents'
own words decide, so a municipality's name, a question word and a noun are restored alike; only a question word
typed as the language writes it ("vart", sentence_types.json "interrogatives") stays, though the documents never
write it: read as "vårt", the question would be a statement.
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Callable

VARIANTS = {"a": "aåä", "o": "oö"}
MAX_VARIANT_LETTERS = 4  # a longer word has too many readings to guess among; its letters stay as typed
MIN_CHARS = 3  # "ar", "va": too short to tell apart
PLAIN_WORD = re.compile(r"\b[a-zA-Z]{%d,}\b" % MIN_CHARS)


def restored(text: str, written: Callable[[str], int]) -> str:
    """`text` with each plain-letter word the documents never write (`written(form)` = 0, lower case) replaced by
    the variant with å, ä or ö they write most often; words without such a variant stay as typed."""
    return PLAIN_WORD.sub(lambda m: _restored_word(m.group(), written), text)


CAPITALISED_WORD = re.compile(r"\b[A-Z][a-zA-Z]{%d,}\b" % (MIN_CHARS - 1))


def restored_names(text: str, written: Callable[[str], int]) -> str:
    """`restored` for the names only: an English question's capitalised words ("Sotenas", "Saffle") and the words
    whose restored form names a Swedish municipality, typed in lower case too ("overkalix": "överkalix") are the
    documents' words; its other words are English ("for" is no "för")."""
    text = CAPITALISED_WORD.sub(lambda m: _restored_word(m.group(), written), text)
    return PLAIN_WORD.sub(lambda m: _restored_municipality(m.group(), written), text)


def _restored_municipality(word: str, written: Callable[[str], int]) -> str:
    from assistant.understand.words import municipality_names

    found = _restored_word(word, written)
    return found if found != word and found.lower() in municipality_names() else word


def _restored_word(word: str, written: Callable[[str], int]) -> str:
    from assistant.understand.words import sentence_types

    low = word.lower()
    if written(low) or low in sentence_types()["interrogatives"]:
        return word
    spots = [i for i, ch in enumerate(low) if ch in VARIANTS]
    if not spots or len(spots) > MAX_VARIANT_LETTERS:
        return word
    best, count = word, 0
    for letters in itertools.product(*(VARIANTS[low[i]] for i in spots)):
        form = list(low)
        for i, ch in zip(spots, letters):
            form[i] = ch
        candidate = "".join(form)
        n = written(candidate) if candidate != low else 0
        if n > count:
            best, count = candidate, n
    if best is word:
        return word
    return best[0].upper() + best[1:] if word[0].isupper() else best

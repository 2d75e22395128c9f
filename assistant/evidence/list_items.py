"""A list item is one statement: a budget proposal's measures ("ÅTGÄRDER: - Den kommunala lokalplaneringen ska fullt
ut centraliseras till kommunstyrelsen. En lokalplaneringsenhet ska inrättas på kommunledningskontoret. Denna enhet ska
ansvara för ...") are each said in a bullet of a few sentences, and one sentence of the item tells only part of the
measure. Asked what each of two documents says, the answer quotes the whole item its sentence stands in.

    whole_item(sentence, text) -> the sentence widened to the list item (one line opened by a bullet) it stands in
"""
from __future__ import annotations

import re
from dataclasses import replace

from assistant.evidence.sentences import MAX_QUOTE, Sentence

# the marker opening a list item: a dash, a bullet sign or a short number ("1.", "2)")
BULLET = re.compile(r"[ \t]*(?:[-–—•*▪●◦]|\d{1,2}[.)])[ \t]+")
WRAPPING = "*_ \t\r"  # emphasis and spacing around an item's words ("- *Den kommunala ...*")


def whole_item(sentence: Sentence, text: str) -> Sentence:
    """`sentence` widened to the whole list item it stands in: the line it is on opens with a bullet, and the item
    holds more than the sentence, within its passage and a quote's length. Unchanged otherwise (prose, a sentence
    that is the whole item, a sentence running over the line's end, an item too long to quote)."""
    line_start = text.rfind("\n", 0, sentence.start) + 1
    line_end = text.find("\n", sentence.end)
    line_end = len(text) if line_end < 0 else line_end
    bullet = BULLET.match(text, line_start)
    if bullet is None or bullet.end() > sentence.start or line_end < sentence.end:
        return sentence
    start, end = bullet.end(), line_end
    while start < sentence.start and text[start] in WRAPPING:
        start += 1
    while end > sentence.end and text[end - 1] in WRAPPING:
        end -= 1
    chunk = sentence.chunk
    if (start, end) == (sentence.start, sentence.end) or end - start > MAX_QUOTE \
            or start < chunk.start or end > chunk.start + len(chunk.text):
        return sentence
    return replace(sentence, start=start, end=end, text=text[start:end])

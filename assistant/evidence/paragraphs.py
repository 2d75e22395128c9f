"""A short paragraph, or a list item, is one statement: a budget proposal's measure ("Fler kommunala sommarjobb: 1 mnkr
tillskjuts ... Sammantagen budgetpost för sommarjobb uppgår därmed till 2 mnkr ... Förstärkningen är tillfällig.", or
the bullet "- Den kommunala lokalplaneringen ska fullt ut centraliseras till kommunstyrelsen. En lokalplaneringsenhet
ska inrättas ...") is said in a few sentences, and one of them tells only part of it. Asked what each of two documents
says, the answer quotes the whole paragraph or item its sentence stands in.

    whole_paragraph(sentence, text) -> the sentence widened to its list item or short paragraph
    item_context(before) -> (the list's lead-in line, the sentence's own item) of text ending inside a list item
"""
from __future__ import annotations

import re
from dataclasses import replace

from assistant.evidence.sentences import MAX_QUOTE, Sentence

# the marker opening a list item: a dash, a bullet sign or a short number ("1.", "2)")
BULLET = re.compile(r"[ \t]*(?:[-–—•*▪●◦]|\d{1,2}[.)])[ \t]+")
WRAPPING = "*_ \t\r\n"  # emphasis and spacing around a paragraph's words ("- *Den kommunala ...*")
SENTENCE_END = re.compile(r"[.!?]$")  # prose ends its paragraph with a sentence's end
TABLE = re.compile(r"[|\t]|\S {3,}\S")  # a table's row: cells apart by bars, tabs or runs of spaces


def _span(sentence: Sentence, text: str) -> tuple[int, int] | None:
    """Where the sentence's list item (its line, opened by a bullet) or paragraph (between blank lines, no line of
    it a bullet) starts and ends; None when it is neither (a table, a sentence running over its item's line)."""
    line_start = text.rfind("\n", 0, sentence.start) + 1
    bullet = BULLET.match(text, line_start)
    if bullet is not None and bullet.end() <= sentence.start:
        line_end = text.find("\n", sentence.end)
        line_end = len(text) if line_end < 0 else line_end
        return (bullet.end(), line_end) if line_end >= sentence.end else None
    found = text.rfind("\n\n", 0, sentence.start)
    start = 0 if found < 0 else found + 2
    end = text.find("\n\n", sentence.end)
    end = len(text) if end < 0 else end
    block = text[start:end].strip(WRAPPING)
    if any(BULLET.match(line) for line in block.split("\n")) or TABLE.search(block) or not SENTENCE_END.search(block):
        return None  # a list, a table, or lines of names and titles (a signature) are no paragraph of prose
    return start, end


def whole_paragraph(sentence: Sentence, text: str) -> Sentence:
    """`sentence` widened to the whole list item or paragraph it stands in, when that holds more than the sentence
    within its passage and a quote's length; unchanged otherwise (a table, a long paragraph, a sentence that is
    the whole of its paragraph)."""
    span = _span(sentence, text)
    if span is None:
        return sentence
    start, end = span
    while start < sentence.start and text[start] in WRAPPING:
        start += 1
    while end > sentence.end and text[end - 1] in WRAPPING:
        end -= 1
    chunk = sentence.chunk
    if (start, end) == (sentence.start, sentence.end) or end - start > MAX_QUOTE \
            or start < chunk.start or end > chunk.start + len(chunk.text):
        return sentence
    return replace(sentence, start=start, end=end, text=text[start:end])


def item_context(before: str) -> tuple[str, str] | None:
    """Text ending inside a list item (a sentence's passage before it, its last line opened by a bullet or
    wrapping such a line): the line leading in to the list (the nearest line above its items that is no item nor a
    line of one, blank lines passed) and the item's own text, without the list's other items; None when the text
    does not end in a list item. Another item's words tell of that item only ("• Förskolan ... beräknas stå klar
    hösten 2027. • Socialnämnden har ..." says no year of the second item), the lead-in of all ("Fullmäktige
    fastställde följande ramar för 2027:")."""
    lines = before.split("\n")
    of_item = []  # per line: a list item's first line or one wrapping it (no blank line between)
    for i, line in enumerate(lines):
        of_item.append(bool(BULLET.match(line)) or bool(line.strip()) and i > 0 and of_item[i - 1])
    own = next((i for i in range(len(lines) - 1, -1, -1) if BULLET.match(lines[i]) or not of_item[i]), None)
    if own is None or not BULLET.match(lines[own]):
        return None  # the sentence's line is no item's
    lead = next((lines[i] for i in range(own - 1, -1, -1) if lines[i].strip() and not of_item[i]), "")
    return lead, "\n".join(lines[own:])

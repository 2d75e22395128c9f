"""The headings above a sentence in its passage: what a bare line of a protocol's header speaks of.

"Ordförande: Lennart Bäckström (C)" names no body; the lines above it in the same passage ("SAMMANTRÄDESPROTOKOLL",
"Kommunfullmäktige", "Sammanträdesdatum: 2025-11-26") say whose chair he is. A heading is a short line that is no
sentence (no closing full stop, question or exclamation mark).

    headings_above(sentence) -> list[str]   # nearest first
    frame(sentence) -> str                  # its document's title and those headings
    lines_above(sentence) -> list[str]      # every line above it in its passage, nearest first
    section_heading(sentence) -> Sentence | None  # its section's heading, quotable, when it stands above it
    is_section_title(sentence) -> bool    # the sentence is the title of its passage's section
    lead_in(sentence) -> str              # the line a list item's list is introduced by ("... för 2027:")
    heading_after(a, b) -> bool           # b stands under another body's heading after a, in its passage
"""
from __future__ import annotations

import re
from dataclasses import replace

from assistant.evidence.sentences import Sentence

HEADING_WORDS = 8  # a longer line is running text, even without its full stop


def is_heading(line: str) -> bool:
    text = line.strip()
    return bool(text) and not text.endswith((".", "?", "!", ",", ";")) and len(text.split()) <= HEADING_WORDS


def heading_after(a: Sentence, b: Sentence) -> bool:
    """`b` stands after `a` in their passage with a heading line naming a body between them: a whole line that is no
    sentence, opening with a capital, after a line ending a sentence or a blank one ("Bildningsnämnden" between the
    fire service's fee and the pupils of the next committee's section). `b` is then in another body's section, about
    another thing. A heading of the steps of one matter ("Omröstning", "Beslut") parts nothing; a sentence before `a`
    is often its section's own title, with lines such as "Dnr KS 2023-198" under it."""
    from assistant.understand.bodies import body_kind

    if a.chunk.id != b.chunk.id or b.start <= a.start:
        return False
    lines = a.chunk.text[max(0, a.end - a.chunk.start):max(0, b.start - a.chunk.start)].split("\n")
    for before, line in zip(lines, lines[1:-1]):  # the last piece opens the second sentence's line: no whole line
        ended = not before.strip() or before.strip().endswith((".", "?", "!", ":"))
        text = line.strip().lstrip("#").strip()
        if ended and text[:1].isupper() and is_heading(text) and any(body_kind(w) for w in text.split()):
            return True
    return False


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


def frame(s: Sentence) -> str:
    """What names the sentence's subject beside its own words: its document's title and the headings above it in its
    passage ("Finansiella mål" above "- Det årliga ekonomiska resultatet ska uppgå till minst 4 procent")."""
    return " ".join([s.chunk.title, *headings_above(s)])


def section_heading(s: Sentence) -> Sentence | None:
    """The heading of the section the sentence stands in, as a quotable sentence of the same passage: the
    chunker's section title where it is written above the sentence in the passage ("## Utdelning/koncernbidrag
    från koncernen Alingsås Energi" above "**Ansvar:** Koncernredovisningschef."). None when the passage does not
    hold it above the sentence, or the sentence is that heading."""
    heading = (s.chunk.section or "").strip()
    if not heading:
        return None
    at = s.chunk.text.find(heading)
    start = s.chunk.start + at
    if at < 0 or start + len(heading) > s.start:
        return None
    return replace(s, start=start, end=start + len(heading), text=heading)


def is_section_title(s: Sentence) -> bool:
    """The sentence is the title of the section its passage belongs to (the chunker's section), written as a line."""
    title = (s.chunk.section or "").strip()
    return bool(title) and s.text.strip().lstrip("#").strip() == title.lstrip("#").strip()


LIST_MARK = re.compile(r"^\s*(?:[-–•*]|\d{1,2}[.)])(?:\s+|$)")  # a list item's marker: "- ", "• ", "2) "


def lead_in(s: Sentence) -> str:
    """The line introducing the list the sentence is an item of, past the list's other items: "Fullmäktige
    fastställde följande nettokostnadsramar för 2027:" above "- Socialnämnden: 240,5 miljoner kronor", which says
    the item's year. "" when the sentence is no list item or no line ending in a colon introduces its list."""
    return _introduced_by(lines_above(s), s.text)


def lead_in_at(text: str, start: int, sentence: str) -> str:
    """`lead_in` of the sentence at `start` of a document's `text` (its lines above, not only its passage's). Asked
    of every sentence scored: one that is no list item is told by its own line before the lines above are read."""
    marker = (text[max(0, start - MARKER_REACH):start].splitlines() or [""])[-1]
    if not _only_marker(marker) and not LIST_MARK.match(sentence):
        return ""
    return _introduced_by(list(reversed(text[max(0, start - LEAD_IN_REACH):start].splitlines())), sentence)


LEAD_IN_REACH = 2000  # characters above a list item searched for the line introducing its list
MARKER_REACH = 80  # characters before a sentence read for the list item's marker on its line


EMPHASIS_OPENING = re.compile(r"[*_]+$")  # markdown emphasis opening the sentence's text ("- *Uppdrag", "**Tidplan:**")


def _only_marker(line: str) -> bool:
    """The line before a sentence's text holds only a list item's marker (LIST_MARK: "- ", "• ", "2) "), perhaps
    followed by the emphasis its text opens with ("- *"); emphasis alone ("**" of "**Tidplan:** ...") marks no item."""
    marker = EMPHASIS_OPENING.sub("", line)
    return bool(marker.strip()) and LIST_MARK.fullmatch(marker) is not None


def _introduced_by(above: list[str], sentence: str) -> str:
    # the marker before it on its line ("- "), the sentence's text starting after it
    own = above[0] if above and _only_marker(above[0]) else None
    if own is None and not LIST_MARK.match(sentence):
        return ""
    for line in above[1:] if own is not None else above:
        text = line.strip()
        if not text or LIST_MARK.match(text):
            continue
        return text if text.endswith(":") else ""
    return ""

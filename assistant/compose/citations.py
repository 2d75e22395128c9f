"""Citations: verify every quote against its source text, drop what cannot be verified, renumber the
[n] markers in order of first use and strip markers that point at nothing.

Nothing reaches a user with a quote that is not verbatim in the cited document (whitespace normalised).
"""
from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from core.types import Citation

MARKER = re.compile(r"\s?\[(\d+(?:\s*,\s*\d+)*)\]")
WS = re.compile(r"\s+")
log = logging.getLogger(__name__)


def squash(text: str) -> str:
    return WS.sub(" ", text).strip()


def locate(doc_text: str, quote: str, start: int | None = None, end: int | None = None) -> tuple[int, int] | None:
    """Offsets of `quote` in `doc_text`: the given ones when they hold, else the nearest whitespace-
    insensitive occurrence; None when the quote is not in the document."""
    if not quote.strip():
        return None
    if start is not None and end is not None and 0 <= start <= end <= len(doc_text):
        if doc_text[start:end] == quote or squash(doc_text[start:end]) == squash(quote):
            return start, end
    pattern = r"\s+".join(re.escape(part) for part in quote.split())
    best: tuple[int, int] | None = None
    for m in re.finditer(pattern, doc_text):
        if best is None or (start is not None and abs(m.start() - start) < abs(best[0] - start)):
            best = (m.start(), m.end())
        if start is None:
            break
    return best


def verify(citation: Citation, text_of: Callable[[str], str]) -> Citation | None:
    """The citation with checked offsets, or None when its quote is not in its document."""
    try:
        doc_text = text_of(citation.doc)
    except (KeyError, FileNotFoundError, OSError):
        return None
    span = locate(doc_text, citation.quote, citation.start, citation.end)
    if span is None:
        return None
    return replace(citation, start=span[0], end=span[1], quote=doc_text[span[0]:span[1]])


def markers_in(text: str) -> list[int]:
    return [int(n) for m in MARKER.finditer(text) for n in re.split(r"\s*,\s*", m.group(1))]


DROPPED = {"sv": "Ett citat ur ”{title}” fanns inte ordagrant i dokumentet och har tagits bort ur svaret.",
           "en": "A quote from “{title}” was not found word for word in the document and was left out of the answer."}


def finalize(text: str, citations: Iterable[Citation], text_of: Callable[[str], str],
             language: str = "sv") -> tuple[str, tuple[Citation, ...], list[str]]:
    """Verify, renumber by first use, strip unknown markers. Returns (text, citations, notes): a note, a
    sentence for readers in the answer's language, for each quote that was dropped."""
    notes: list[str] = []
    verified: dict[int, Citation] = {}
    for c in citations:
        checked = verify(c, text_of)
        if checked is None:
            log.warning("citat [%d] hittades inte ordagrant i %s och togs bort: %r", c.n, c.doc, c.quote[:80])
            note = DROPPED["en" if language == "en" else "sv"].format(title=c.title or c.doc)
            if note not in notes:
                notes.append(note)
        else:
            verified[c.n] = checked
    order: dict[int, int] = {}  # old n -> new n
    by_span: dict[tuple, int] = {}
    for n in markers_in(text):
        if n in verified and n not in order:
            c = verified[n]
            key = (c.doc, c.start, c.end)
            order[n] = by_span.setdefault(key, len(by_span) + 1)

    def renumber(m: re.Match) -> str:
        new = sorted({order[int(n)] for n in re.split(r"\s*,\s*", m.group(1)) if int(n) in order})
        if not new:
            return ""
        lead = m.group(0)[0] if m.group(0)[0].isspace() else ""
        return lead + "".join(f"[{n}]" for n in new)

    out_text = MARKER.sub(renumber, text)
    out_text = re.sub(r"[ \t]+([.,;:])", r"\1", out_text).strip()
    seen: set[int] = set()
    out: list[Citation] = []
    for old, new in sorted(order.items(), key=lambda kv: kv[1]):
        if new not in seen:
            seen.add(new)
            out.append(replace(verified[old], n=new))
    return out_text, tuple(out), notes

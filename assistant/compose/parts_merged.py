"""The answers to the parts of one question said as one answer, each statement once: a later part whose answer
repeats what an earlier part's answer already said (the same sentence, or a quote of a passage an earlier part
cited, alone as "Se även" or led by its source naming no figure) leaves it out ("vem är ordförande ..., vem är vice ..., och vilka partier tillhör de?": the
party is in the sentences the first two parts quoted).

    unrepeated(texts, citations) -> texts, each statement said once
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from core.types import Citation

MARKERS = re.compile(r"\s?\[(\d+(?:\s*,\s*\d+)*)\]")
# a statement ends with its citation markers (and the punctuation after them)
STATEMENT = re.compile(r".*?(?:\s?\[\d+(?:\s*,\s*\d+)*\])+[.,;:]?", re.S)
SEE_ALSO = ("Se även:", "See also:")
# a quote alone, or led by its source naming no figure ("”Nu startar bygget …” (2025-03-12) anger: ”…”"): nothing
# but the passage it cites ("anger 100 barn: ”…”" says which figure of it answers)
QUOTE_ONLY = re.compile(r"(?:”[^”]*”(?:\s\([^()]*\))?\s(?:anger|says):\s)?”[^”]*”[.,;:]?")


def statements(text: str) -> list[str]:
    """The text cut after each run of citation markers; text after the last marker is one more piece."""
    pieces, end = [], 0
    for match in STATEMENT.finditer(text):
        pieces.append(match.group())
        end = match.end()
    if text[end:].strip():
        pieces.append(text[end:])
    return pieces


def _cited(piece: str, spans: dict[int, tuple]) -> set[tuple]:
    return {spans[int(n)] for run in MARKERS.findall(piece) for n in re.split(r"\s*,\s*", run) if int(n) in spans}


def unrepeated(texts: Sequence[str], citations: Sequence[Citation]) -> list[str]:
    """Each part's text (markers numbered across all parts, `citations` their sources) without the statements an
    earlier part's text said: the same words citing the same passages, or a bare quote ("Se även: ”…” [1]") of
    passages earlier parts cited. A "Se även" label goes with the next quote kept, or with its quotes when all go."""
    spans = {c.n: (c.doc, c.start, c.end) for c in citations}
    said: set[tuple[str, frozenset]] = set()
    cited: set[tuple] = set()
    out: list[str] = []
    for text in texts:
        kept: list[str] = []
        label = ""
        now_said: set[tuple[str, frozenset]] = set()
        now_cited: set[tuple] = set()
        for piece in statements(text):
            body = piece.strip()
            lead = next((s for s in SEE_ALSO if body.startswith(s)), "")
            if lead:
                label, body = lead, body[len(lead):].strip()
            refs = _cited(piece, spans)
            words = " ".join(MARKERS.sub("", body).split())
            bare = bool(QUOTE_ONLY.fullmatch(words))
            if refs and ((words, frozenset(refs)) in said or (bare and refs <= cited)):
                continue
            if label and (bare or lead):  # a label whose quotes all went is left out with them
                body = f"{label} {body}"
            label = ""
            kept.append(body)
            now_said.add((words, frozenset(refs)))
            now_cited |= refs
        said |= now_said
        cited |= now_cited
        out.append(" ".join(kept) if kept else "")
    return out

"""The answers to the parts of one question said as one answer, each statement once: a later part whose answer
repeats what an earlier part's answer already said (the same sentence, or a quote of a passage an earlier part
cited, alone as "Se även" or led by its source naming no figure) leaves it out ("vem är ordförande ..., vem är vice ..., och vilka partier tillhör de?": the
party is in the sentences the first two parts quoted).

    unrepeated(texts, citations) -> texts, each statement said once
    offered_only(text, citations) -> the quotes an answer only offered under "Se även", stating none of them
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
PLAIN_QUOTE = re.compile(r"”[^”]*”[.,;:]?")  # a quote with no source before it: one more under a "Se även" label


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
    passages earlier parts cited (a quote the part states, of passages earlier parts stated: one they only offered
    under "Se även" answers this part). A "Se även" label goes with the next quote kept, or with its quotes when all go."""
    spans = {c.n: (c.doc, c.start, c.end) for c in citations}
    said: set[tuple[str, frozenset]] = set()
    cited: set[tuple] = set()
    stated: set[tuple] = set()  # cited outside a "Se även": a passage only offered there is not yet said
    out: list[str] = []
    for text in texts:
        kept: list[str] = []
        label = ""
        see_also = False
        now_said: set[tuple[str, frozenset]] = set()
        now_cited: set[tuple] = set()
        now_stated: set[tuple] = set()
        for piece in statements(text):
            body = piece.strip()
            lead = next((s for s in SEE_ALSO if body.startswith(s)), "")
            if lead:
                label, body = lead, body[len(lead):].strip()
            refs = _cited(piece, spans)
            words = " ".join(MARKERS.sub("", body).split())
            bare = bool(QUOTE_ONLY.fullmatch(words))
            see_also = bool(lead) or (see_also and bool(PLAIN_QUOTE.fullmatch(words)))
            if not see_also:
                now_stated |= refs
            if refs and ((words, frozenset(refs)) in said or (bare and refs <= (cited if see_also else stated))):
                continue
            if label and (bare or lead):  # a label whose quotes all went is left out with them
                body = f"{label} {body}"
            label = ""
            kept.append(body)
            now_said.add((words, frozenset(refs)))
            now_cited |= refs
        said |= now_said
        cited |= now_cited
        stated |= now_stated
        out.append(" ".join(kept) if kept else "")
    return out


def offered_only(text: str, citations: Sequence[Citation]) -> frozenset[tuple[str, int]]:
    """(doc, start) of the quotes the answer's text cites only under a "Se även" label (the bare quotes after it):
    passages it offered as related, not what it stated."""
    spans = {c.n: (c.doc, c.start, c.end) for c in citations}
    offered: set[tuple] = set()
    stated: set[tuple] = set()
    see_also = False
    for piece in statements(text):
        body = piece.strip()
        lead = next((s for s in SEE_ALSO if body.startswith(s)), "")
        body = body[len(lead):].strip()
        plain = bool(PLAIN_QUOTE.fullmatch(" ".join(MARKERS.sub("", body).split())))
        see_also = bool(lead) or (see_also and plain)
        (offered if see_also else stated).update(_cited(piece, spans))
    return frozenset((doc, start) for doc, start, _ in offered - stated)

"""A document headed only by its kind ("PROTOKOLL", "Sammanträdesprotokoll") is titled by the body and date the
next lines name: "Protokoll kommunfullmäktige 2025-04-28". The words naming a body are data
(assistant/data/roles_sv.json `bodies`: "nämnden", "styrelsen", "fullmäktige" ...), never a list of committees."""
from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import lru_cache

from core.years import ISO_DATE, SV_DATE

LOOK_AHEAD = 6  # non-empty lines after the kind line where the body and date stand (the minutes' head block)


@lru_cache(maxsize=1)
def _body_stems() -> tuple[str, ...]:
    """"nämnd", "styrel", "fullmäkti" ...: the body words of roles_sv.json without their endings."""
    from assistant.evidence.claims import roles

    return tuple(sorted({word[:-2] for word in roles()["bodies"] if len(word) > 5}))


# a letterhead naming the municipality before the paper's kind: "Sandvikens kommun – Protokoll"
MUNICIPALITY_LEAD = re.compile(r"^\s*#*\s*[A-ZÅÄÖ][\w-]*\s+kommun\s*[–—:,|-]\s*", re.IGNORECASE)


MUNICIPALITY_ONLY = re.compile(r"^\s*#*\s*[A-ZÅÄÖ][\w-]*(?:\s+[A-ZÅÄÖ][\w-]*)?\s+kommun\s*$", re.IGNORECASE)


def letterhead_only(line: str) -> bool:
    """The line names nothing but a municipality ("# Svenljunga kommun", "TIERPS KOMMUN"): a letterhead naming the
    sender, never what the document is."""
    return MUNICIPALITY_ONLY.match(line) is not None


def kind_part(line: str) -> str:
    """The line without a letterhead's municipality before the kind ("Sandvikens kommun – Protokoll" -> "Protokoll")."""
    return MUNICIPALITY_LEAD.sub("", line, count=1)


def kind_only(line: str, kind_words: Collection[str]) -> bool:
    """The line names nothing but a kind of document: one or two words, each holding a kind word, no figure."""
    words = re.sub(r"[^\w\s-]", " ", line.lstrip("#").lower()).split()
    return 0 < len(words) <= 2 and not re.search(r"\d", line) and \
        all(any(k in w for k in kind_words if len(k) >= 6) for w in words)


def _body(line: str) -> str | None:
    """The body a line opens with ("Kommunfullmäktige, Arjeplogs kommun" -> "Kommunfullmäktige"; "Barn- och
    utbildningsnämnden Sammanträdesdatum ..." -> "Barn- och utbildningsnämnden"): its words up to a comma, a
    figure or a capitalised word after the first, when the last of them names a body."""
    words: list[str] = []
    for word in line.lstrip("#").split():
        if words and (word[:1].isupper() or re.search(r"\d", word)):
            break
        words.append(word.rstrip(",:;"))
        if word.endswith((",", ":", ";")):
            break
    stems = _body_stems()  # a body's name ends with the word naming it ("Barn- och utbildningsnämnden")
    return " ".join(words) if 0 < len(words) <= 5 and any(s in words[-1].lower() for s in stems) else None


def body_title(lines: Sequence[str], i: int) -> str | None:
    """The title of a document whose line i only names its kind: the kind, the body the next lines name and the
    first date they give ("Protokoll kommunfullmäktige 2025-04-28"), else those of the lines above it, nearest
    first (a letterhead "Kommunstyrelsen" over "PROTOKOLL"); None when neither names a body."""
    following = [line.strip() for line in lines[i + 1:] if line.strip()][:LOOK_AHEAD]
    above = [line.strip() for line in reversed(lines[:i]) if line.strip()][:LOOK_AHEAD]
    body = next((found for line in (*following, *above) if (found := _body(line))), None)
    if body is None:
        return None
    date = next((m.group(0) for line in (*following, *above)
                 if (m := ISO_DATE.search(line) or SV_DATE.search(line))), None)
    kind = re.sub(r"[^\w\s-]", " ", kind_part(lines[i])).strip().lower()
    body = body.capitalize() if body.isupper() else body
    return " ".join(p for p in (kind.capitalize(), body[:1].lower() + body[1:], date) if p)

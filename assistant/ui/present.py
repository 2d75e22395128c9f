"""What a turn shows, decided before drawing: each note once, one source entry per passage, the verdict
said once (by the badge), the filters in words. Pure functions over the Answer; no Streamlit here."""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from core.types import Answer, Citation
from assistant.ui.texts import VERDICTS, doc_type_label, text

_PUNCT_END = re.compile(r"[\s.;:,!]+$")


def _key(note: str) -> str:
    return _PUNCT_END.sub("", " ".join(note.split())).casefold()


def unique_notes(answer: Answer) -> list[str]:
    """The answer's notes and its calculation's, each once, leaving out any the answer text already says."""
    said = _key(answer.answer)
    notes = list(answer.notes) + (list(answer.calculation.notes) if answer.calculation else [])
    seen: set[str] = set()
    kept = []
    for note in notes:
        key = _key(note)
        if not key or key in seen or key in said:
            continue
        seen.add(key)
        kept.append(note)
    return kept


def without_verdict(answer_text: str, verdict: str | None) -> str:
    """The answer text without a leading verdict the badge already shows ("Stämmer inte: Paketet var ..."
    -> "Paketet var ..."); the text unchanged when it starts otherwise."""
    if not verdict:
        return answer_text
    labels = sorted({table[verdict][0] for table in VERDICTS.values() if verdict in table}, key=len, reverse=True)
    for label in labels:
        match = re.match(rf"\s*{re.escape(label)}\s*[.:,;!–—-]\s*", answer_text, re.IGNORECASE)
        if match and answer_text[match.end():].strip():
            rest = answer_text[match.end():]
            return rest[:1].upper() + rest[1:]
    return answer_text


def _squash(text: str) -> str:
    return " ".join(text.split())


def _same_passage(a: Citation, b: Citation) -> bool:
    if a.doc != b.doc:
        return False
    if a.chunk_id and a.chunk_id == b.chunk_id:
        return True
    if None not in (a.start, a.end, b.start, b.end) and a.start < b.end and b.start < a.end:  # type: ignore[operator]
        return True
    return _squash(a.quote) == _squash(b.quote)


def source_groups(citations: Sequence[Citation]) -> list[tuple[Citation, ...]]:
    """Citations grouped by passage, in order of first mention: two numbers that quote the same passage
    (the same chunk, overlapping text) are one source entry."""
    groups: list[list[Citation]] = []
    for citation in citations:
        for group in groups:
            if any(_same_passage(citation, member) for member in group):
                group.append(citation)
                break
        else:
            groups.append([citation])
    return [tuple(group) for group in groups]


def describe_filters(filters: Mapping[str, Any] | None, lang: str, titles: Mapping[str, str]) -> str:
    """The filters in words: "dokumenttyp Budget; år 2021–2022"."""
    if not filters:
        return ""
    parts = []
    if filters.get("doc_type"):
        parts.append(text(lang, "filter_desc_types",
                          values=", ".join(doc_type_label(t, lang) for t in filters["doc_type"])))
    if filters.get("year_from") is not None and filters.get("year_to") is not None:
        parts.append(text(lang, "filter_desc_years", first=filters["year_from"], last=filters["year_to"]))
    if filters.get("docs"):
        parts.append(text(lang, "filter_desc_docs", values=", ".join(titles.get(d, d) for d in filters["docs"])))
    if filters.get("municipality"):
        parts.append(text(lang, "filter_desc_municipalities", values=", ".join(filters["municipality"])))
    return "; ".join(parts)

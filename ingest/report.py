"""What `kommun ingest` tells per document: format, pages, tables (titles), municipality, type, date, title.

`file_reports` builds the "files" list of `kommun ingest --json` (shared/CONTRACT.md) from the manifest;
`format_files` prints it for a person, one line per document.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

FORMATS = {".pdf": "pdf", ".txt": "text", ".md": "markdown", ".html": "html", ".htm": "html", ".docx": "docx",
           ".xlsx": "xlsx"}


def file_reports(seen: Iterable[str], skipped: Sequence[tuple[str, str]],
                 documents: Mapping[str, Mapping[str, Any]],
                 duplicates: Sequence[tuple[str, str]] = ()) -> tuple[dict[str, Any], ...]:
    """One entry per file seen in this run (ingested, unchanged, a duplicate of an indexed file, or skipped)."""
    reasons = dict(skipped)
    same = dict(duplicates)  # a copy of an indexed file: reported with what its original holds
    out = []
    for shown in dict.fromkeys(list(seen) + [p for p, _ in skipped if Path(p).suffix.lower() in FORMATS]):
        entry = documents.get(same.get(shown, shown)) if shown not in reasons else None
        meta = (entry or {}).get("meta", {})
        out.append({
            "doc": shown,
            "format": FORMATS.get(Path(shown).suffix.lower(), Path(shown).suffix.lower().lstrip(".") or None),
            "pages": (entry.get("n_pages") or len(entry.get("pages", [])) or None) if entry else None,
            "municipality": meta.get("municipality"),
            "type": meta.get("doc_type"),
            "date": meta.get("date"),
            "title": meta.get("title"),
            "tables": list((entry or {}).get("table_titles", [])),
            "skipped": _reason(shown, reasons[shown]) if shown in reasons else None,
        })
    return tuple(out)


def _reason(path: str, reason: str) -> str:
    return reason[len(path) + 2:] if reason.startswith(path + ": ") else reason


def report_json(documents: int, chunks: int, tables: int, files: Sequence[Mapping[str, Any]]) -> str:
    return json.dumps({"documents": documents, "chunks": chunks, "tables": tables, "files": list(files)},
                      ensure_ascii=False)


def format_files(files: Sequence[Mapping[str, Any]]) -> list[str]:
    """"corpus/lerum/budget.xlsx (xlsx, 2 blad) – Lerum, budget, 2024-11-21: "Driftbudget 2025"; 2 tabeller: ..."""
    lines = []
    for f in files:
        if f["skipped"]:
            continue
        pages = f", {f['pages']} sidor" if f["pages"] and f["format"] == "pdf" else ""
        facts = ", ".join(str(x) for x in (f["municipality"] or "kommun okänd", f["type"], f["date"] or "datum okänt"))
        tables = f"; {len(f['tables'])} tabeller: " + "; ".join(f["tables"]) if f["tables"] else "; inga tabeller"
        lines.append(f"  - {f['doc']} ({f['format']}{pages}) – {facts}: \"{f['title']}\"{tables}")
    return lines

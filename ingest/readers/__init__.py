"""One reader per format beside PDF and plain text: HTML, Word (.docx), Excel (.xlsx).

Each reader turns a file's bytes into normalised text in which every table is a markdown pipe table
(merged cells expanded), so the one table parser (assistant/budget/tables.py) reads tables of every format
and the stored text stays the single source of citations. Readers also return what the file says about
itself (headline, publisher, date). Bad files raise a `DocumentError` subclass with a Swedish reason.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ReadResult:
    text: str
    title: str | None = None  # the headline (h1, a Word title), not the site's banner
    publisher: str | None = None  # e.g. "Tranemo kommun" from the site name
    date: str | None = None  # "YYYY-MM-DD" from "Publicerad" lines or document properties
    pages: int | None = None  # sheets for a workbook


READERS = {".html": "ingest.readers.html", ".htm": "ingest.readers.html", ".docx": "ingest.readers.docx",
           ".xlsx": "ingest.readers.xlsx"}


def read(suffix: str, data: bytes, shown: str) -> ReadResult:
    """Read a file of one of READERS' formats (imported lazily: openpyxl and python-docx load only when needed)."""
    import importlib

    module = importlib.import_module(READERS[suffix.lower()])
    return module.read(data, shown)

"""Ingest step: the tables and amounts in one loaded document (the calculator's raw material)."""
from __future__ import annotations

from assistant.budget.amounts import find_amounts
from assistant.budget.store import DocumentFigures
from assistant.budget.tables import parse_tables
from core.types import LoadedDocument


def extract_figures(doc: LoadedDocument) -> DocumentFigures:
    """Tables (cells with verbatim row quotes, units checked, totals reconciled) and text amounts.

    Pure: reads only `doc`; offsets point into `doc.text` (doc.text[start:end] == quote).
    """
    return DocumentFigures(
        doc_path=doc.path, sha256=doc.sha256, title=doc.meta.title, doc_type=doc.meta.doc_type,
        date=doc.meta.date, tables=tuple(parse_tables(doc, municipality=doc.meta.municipality)),
        amounts=tuple(find_amounts(doc)), municipality=doc.meta.municipality,
    )

"""A question naming as its source a kind of document none of which holds a table ("enligt nyheten om budgeten")
asks what that document's prose states: the calculator does not answer it from another document's tables."""
from __future__ import annotations

from assistant.budget.named_source import tableless_source
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

BUDGET = """Budget 2026

Investeringsbudget, tkr

| Projekt | Budget 2026 | Plan 2027 | Totalt |
|---|---:|---:|---:|
| Förskola Värmlandsbro, nybyggnad | 32 000 | 36 500 | 68 500 |
| Reinvestering gator | 3 000 | 3 000 | 6 000 |
"""

NEWS = """Fullmäktige antog budget 2026

Den största enskilda satsningen är den nya förskolan i Värmlandsbro, som beräknas kosta 68,5 miljoner kronor.
"""


def document(path: str, text: str, title: str, kind: str) -> LoadedDocument:
    return LoadedDocument(path=path, text=text, sha256=path,
                          meta=DocumentMeta(title=title, date="2025-11-25", doc_type=kind))


def _book(*extra: LoadedDocument) -> FigureBook:
    docs = (document("budget.md", BUDGET, "Budget 2026", "budget"), *extra)
    return FigureBook(tuple(extract_figures(d) for d in docs))


def test_a_source_of_prose_only_is_no_question_for_the_tables() -> None:
    book = _book(document("nyhet.md", NEWS, "Fullmäktige antog budget 2026", "news"))
    assert tableless_source("vad ska förskolan i Värmlandsbro kosta enligt nyheten om budgeten?", book)


def test_a_source_with_tables_or_none_named_is_read_in_the_tables() -> None:
    book = _book(document("nyhet.md", NEWS, "Fullmäktige antog budget 2026", "news"))
    assert not tableless_source("vad ska förskolan i Värmlandsbro kosta enligt budgeten?", book)
    assert not tableless_source("vad ska förskolan i Värmlandsbro kosta?", book)
    assert not tableless_source("vad ska förskolan i Värmlandsbro kosta enligt nyheten?", _book())


def test_a_source_of_the_statement_before_the_question_is_not_the_questions() -> None:
    book = _book(document("nyhet.md", NEWS, "Fullmäktige antog budget 2026", "news"))
    assert not tableless_source("kommunen säger i nyheten att förskolan kostar 68 miljoner, hur mycket av det är "
                                "budgeterat 2026?", book)

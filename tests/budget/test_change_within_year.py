"""A change asked of one year ("har budgeten 2025 ändrats sen dess?") is read in a table with two columns of that
year (the minutes' "Budget 2025 enligt MoB" and "Ny budget 2025"), not as the budget's first and last year."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

BUDGET = """Investeringsbudget 2025–2027

Belopp i tkr

| Projekt | Budget 2025 | Plan 2026 | Plan 2027 |
|---|---:|---:|---:|
| Ny brandstation Ljusdal (Kommunstyrelsen, start 2024, klar 2026) | 18000 | 9000 | 0 |
| Summa | 18000 | 9000 | 0 |
"""

MINUTES = """§ 52 Ombudgetering av investeringsmedel

| Projekt | Budget 2025 enligt MoB (tkr) | Ny budget 2025 (tkr) |
|---|---:|---:|
| Ny brandstation Ljusdal | 18000 | 24500 |
| Summa | 18000 | 24500 |
"""


def doc(path: str, title: str, text: str) -> DocumentFigures:
    loaded = LoadedDocument(path=path, sha256="0", meta=DocumentMeta(title=title), text=text)
    return DocumentFigures(doc_path=path, sha256="0", title=title, doc_type="budget", date=None,
                           tables=tuple(parse_tables(loaded)), amounts=())


def test_a_change_within_the_year_reads_the_table_with_two_columns_of_it() -> None:
    book = FigureBook((doc("mob.md", "Mål och budget 2025", BUDGET),
                       doc("ks.md", "Sammanträdesprotokoll kommunstyrelsen", MINUTES)))
    answer = answer_figures("i budgeten står det 18 miljoner till nya brandstationen 2025, har det ändrats sen dess?",
                            book)
    assert answer is not None and "24 500" in answer.text and "6 500" in answer.text

"""A row listing its things with a comma ("Generella statsbidrag, utjämning") is the row another table lists with "och"
("Generella statsbidrag och utjämning"): the question's row names it, and the table holding the asked year answers
rather than an annual report lacking the year."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.selection import find_row
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

REPORT = """Årsredovisning 2023 Norrby kommun

Resultaträkning

| Mnkr | 2022 | 2023 |
|---|---:|---:|
| Verksamhetens nettokostnader | -1 800,0 | -1 851,7 |
| Skatteintäkter | 1 400,0 | 1 452,3 |
| Generella statsbidrag och utjämning | 440,0 | 447,9 |
| Årets resultat | 30,0 | 41,6 |
"""

BUDGET = """Budget 2025 Norrby kommun

Resultatbudget

| Mnkr | Budget 2025 | Plan 2026 |
|---|---:|---:|
| Verksamhetens nettokostnader | -2 014,7 | -2 078,3 |
| Skatteintäkter | 1 585,2 | 1 640,7 |
| Generella statsbidrag, utjämning | 472,3 | 479,0 |
| Årets resultat | 27,4 | 22,6 |
"""


def _figures(path: str, text: str, title: str, date: str, kind: str):  # type: ignore[no-untyped-def]
    doc = LoadedDocument(path=path, text=text, sha256=path,
                         meta=DocumentMeta(title=title, date=date, doc_type=kind))
    return extract_figures(doc)


def _budget():  # type: ignore[no-untyped-def]
    return _figures("budget.md", BUDGET, "Budget 2025", "2024-11-18", "budget")


def test_a_row_listed_with_a_comma_is_the_row_listed_with_och() -> None:
    table = next(t for t in _budget().tables if "Resultatbudget" in t.title)
    row = find_row(table, "Generella statsbidrag och utjämning")
    assert row is not None and row.label == "Generella statsbidrag, utjämning"
    assert find_row(table, "Generella statsbidrag och skatter") is None


def test_a_share_of_two_rows_is_read_in_the_table_of_the_asked_year() -> None:
    book = FigureBook((_figures("ar.md", REPORT, "Årsredovisning 2023", "2024-03-30", "annual_report"), _budget()))
    answer = answer_figures("Hur stort är årets resultat i procent av skatteintäkter och generella statsbidrag 2025?",
                            book)
    assert answer is not None and not answer.refused and answer.calculation is not None
    assert round(answer.calculation.result, 2) == Decimal("1.33")

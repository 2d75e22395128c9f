"""A row whose label is only a column's name ("Budget 2025" of a press release's fact box) is that column of the row
the question names, when that row's table has the column."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from assistant.budget.matching import match_rows
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

BUDGET = """Mål och budget 2025

Driftbudget per nämnd, mnkr

| Nämnd | Budget 2024 | Budget 2025 |
|---|---|---|
| Socialnämnden | 784,5 | 812,2 |
| Kommunstyrelsen | 182,4 | 190,1 |
"""
PRESS = """Ny idrottshall byggs

| Fakta | Värde |
|---|---|
| Total investering, mnkr | 38 |
| Budget 2025 | 24 |
| Plan 2026 | 14 |
"""


def _book() -> FigureBook:
    docs = [LoadedDocument(path=p, text=t, sha256=p, meta=DocumentMeta(title=title, date=date, municipality="Åsby"))
            for p, t, title, date in (("asby/budget.md", BUDGET, "Mål och budget 2025", "2024-11-20"),
                                      ("asby/press.md", PRESS, "Ny idrottshall byggs", "2025-03-01"))]
    return FigureBook(tuple(extract_figures(d) for d in docs))


def test_a_columns_name_beside_a_named_row_is_its_column() -> None:
    book = _book()
    labels = [m.label for m in match_rows("hur mycket får socialnämnden i budget 2025?", book.index.lexicon)]
    assert labels == ["Socialnämnden"]
    answer = answer_figures("hur mycket mer får socialnämnden i budget 2025 jämfört med budget 2024?", book)
    assert answer is not None and "27,7" in answer.text


def test_the_fact_boxs_row_is_named_when_no_other_row_is() -> None:
    labels = [m.label for m in match_rows("vad är budget 2025 för idrottshallen?", _book().index.lexicon)]
    assert "Budget 2025" in labels

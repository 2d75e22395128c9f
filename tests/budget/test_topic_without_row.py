"""A question naming a thing the table has no row for ("nya simhallen" in an investment budget without one) is not
answered by the table's total; a question naming only the table (or its rows as a class) is."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

BUDGET = """Investeringsbudget 2025 (tkr)

| Projekt | Budget 2025 |
|---|---:|
| Ny F-6-skola Altorp | 42 000 |
| Ombyggnad Hagens äldreboende | 18 000 |
| Gator och belysning, reinvestering | 30 000 |
| Summa investeringar | 90 000 |
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="b.md", sha256="b", meta=DocumentMeta(title="Budget 2025"), text=BUDGET)
    return FigureBook((DocumentFigures(doc_path="b.md", sha256="b", title="Budget 2025", doc_type="budget",
                                       date=None, tables=tuple(parse_tables(doc)), amounts=()),))


def test_a_thing_without_a_row_is_not_the_total() -> None:
    answer = answer_figures("hur mycket lägger kommunen på nya simhallen i investeringsbudgeten?", _book())
    assert answer is None or "90" not in answer.text, answer.text


def test_the_table_asked_as_a_whole_is_its_total() -> None:
    answer = answer_figures("hur mycket är investeringsbudgeten totalt?", _book())
    assert answer is not None and "90" in answer.text, answer and answer.text

"""A topic said to lie within a row's body ("inhyrd personal inom socialnämnden") asks a part of the row's costs:
the row's own frame is no answer to it; the body's figure asked alone still is."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

TEXT = """Driftsbudget per nämnd (mnkr)

| Nämnd | Budget 2024 | Budget 2025 |
|---|---:|---:|
| Socialnämnden | 258,3 | 265,0 |
| Barn- och utbildningsnämnden | 301,2 | 310,4 |
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="b.md", sha256="b", meta=DocumentMeta(title="Budget 2025"), text=TEXT)
    return FigureBook((DocumentFigures(doc_path="b.md", sha256="b", title="Budget 2025", doc_type="budget",
                                       date=None, tables=tuple(parse_tables(doc)), amounts=()),))


def test_a_part_within_the_row_is_not_the_rows_figure() -> None:
    assert answer_figures("vad kostar inhyrd personal inom socialnämnden 2024", _book()) is None


def test_the_row_asked_alone_is_its_figure() -> None:
    answer = answer_figures("vad kostar socialnämnden 2024", _book())
    assert answer is not None and "258,3" in answer.text

"""Every form of the verb "kosta" asks for a figure, as "kostar" does: "vad ska renoveringen av simhallen kosta
2026?" asks the row's cell of that year; its infinitive is no topic word left over beside the row."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from assistant.budget.plan import plan_question
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

TEXT = """Investeringsbudget per projekt (tkr)

| Projekt | Budget 2025 | Plan 2026 | Plan 2027 | Summa |
|---|---:|---:|---:|---:|
| Ny förskola i Hova | 14 000 | 18 500 | 6 000 | 38 500 |
| Renovering av simhallen i Gullspång | 6 500 | 5 500 | 0 | 12 000 |
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="b.md", sha256="b", meta=DocumentMeta(title="Mål och budget 2025"), text=TEXT)
    return FigureBook((DocumentFigures(doc_path="b.md", sha256="b", title="Mål och budget 2025", doc_type="budget",
                                       date=None, tables=tuple(parse_tables(doc)), amounts=()),))


def test_the_infinitive_asks_for_the_figure() -> None:
    book = _book()
    for question in ("vad ska renoveringen av simhallen kosta 2026?", "vad kostade renoveringen av simhallen 2026?",
                     "vad har renoveringen av simhallen kostat 2026?"):
        plan = plan_question(question, book.index.lexicon)
        assert plan.intent, question
        assert plan.rows == ("Renovering av simhallen i Gullspång",), question


def test_the_cell_of_the_year_answers() -> None:
    answer = answer_figures("vad ska renoveringen av simhallen kosta 2026?", _book())
    assert answer is not None and not answer.refused
    assert answer.calculation is not None and "5 500" in answer.text

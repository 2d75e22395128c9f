"""A clause after the question saying on what occasion its figure was set ("när fullmäktige ändrade
investeringsbudgeten") says when, not what: the question still asks the row's figure. A "när" after "och" or a
comma opens a question of its own."""
from __future__ import annotations

from assistant.budget.plan import occasion_clause, plan_question
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

TEXT = """Revidering av investeringsbudget 2025 (tkr)

| Projekt | Budget 2025 enligt förslag | Reviderad budget 2025 | Förändring |
|---|---:|---:|---:|
| Ny räddningsstation | 16 500 | 18 000 | 1 500 |
| Gång- och cykelväg Strandvägen | 2 900 | 2 400 | -500 |
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="p.md", sha256="p", meta=DocumentMeta(title="Protokoll"), text=TEXT)
    return FigureBook((DocumentFigures(doc_path="p.md", sha256="p", title="Protokoll", doc_type="protokoll",
                                       date=None, tables=tuple(parse_tables(doc)), amounts=()),))


def test_the_occasion_is_no_other_topic() -> None:
    question = "Vad blev den reviderade budgeten 2025 för nya räddningsstationen när fullmäktige ändrade budgeten?"
    plan = plan_question(question, _book().index.lexicon)
    assert plan.intent and plan.rows == ("Ny räddningsstation",)


def test_a_when_after_a_conjunction_asks_a_question_of_its_own() -> None:
    assert occasion_clause("vad är kommunalskatten, och när uppdaterades sidan senast?") == set()
    assert occasion_clause("när beslutades budgeten?") == set()
    assert occasion_clause("vad blev budgeten när fullmäktige ändrade den, och varför?") == {3, 4, 5, 6}

"""A kind of column's word used as a verb of intent governing an infinitive ("How much does Hällefors plan to invest
in the simhall in 2025?") names no column: the year's column answers, a Budget 2025 beside Plan 2026; said in the
passive ("is forecast to exceed") the word still names its kind."""
from __future__ import annotations

from assistant.budget.columns import column_kind
from assistant.budget.plan import plan_question
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

TEXT = """Investeringsbudget (mnkr)

| Projekt | Budget 2025 | Plan 2026 | Plan 2027 |
|---|---:|---:|---:|
| Renovering av simhallen | 9,2 | 4,0 | 0,0 |
| Ny förskola | 20,0 | 15,0 | 2,0 |
| Totalt investeringar | 47,0 | 37,4 | 20,4 |
"""


def test_a_verb_of_intent_names_no_column() -> None:
    assert column_kind("How much does Hällefors plan to invest in the simhall in 2025?") is None
    assert column_kind("How much is the board planning to spend in 2025?") is None
    assert column_kind("What is the result forecast to be in 2025?") == "Prognos"
    assert column_kind("What does the plan say for 2026?") == "Plan"


def test_the_tables_own_kind_is_not_named_by_a_verb_of_intent_either() -> None:
    doc = LoadedDocument(path="b.md", sha256="b", meta=DocumentMeta(title="Mål och budget 2025"), text=TEXT)
    book = FigureBook((DocumentFigures(doc_path="b.md", sha256="b", title="Mål och budget 2025", doc_type="budget",
                                       date=None, tables=tuple(parse_tables(doc)), amounts=()),))
    plan = plan_question("How much does the municipality plan to invest in renovating the simhall in 2025?",
                         book.index.lexicon)
    assert plan.column_kind is None and plan.years == (2025,)

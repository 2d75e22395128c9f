"""Which tables a question names, in Swedish or English, through the synonyms in budget_synonyms.json:
"the investment budget" / "capital budget" -> Investeringsbudget, "the executive board" -> the tables
holding Kommunstyrelsen. For the calculator-vs-prose arbitration (a refusal such as "The investment
budget covers 2021–2025; 2026 is not in it." is the answer when the question names that table).

    tables_named(book, question) -> list[Table]
"""
from __future__ import annotations

from assistant.budget.matching import match_rows, table_kind_of, table_kinds
from assistant.budget.records import Table
from assistant.budget.store import FigureBook


def tables_named(book: FigureBook, question: str) -> list[Table]:
    """Tables of the kind the question names, else the tables holding a row it names."""
    if book.is_empty:
        return []
    kinds = set(table_kinds(question))
    by_kind = [t for t in book.tables if table_kind_of(t) in kinds]
    if by_kind:
        return by_kind
    labels = {m.label for m in match_rows(question, book.index.lexicon)}
    return [t for t in book.tables if any(r.label in labels for r in t.rows)]

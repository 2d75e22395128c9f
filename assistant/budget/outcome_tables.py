"""The tables holding what a year came to, for a question asking a year's outcome ("vad blev resultatet 2024?",
columns.asks_whole_year_outcome): a column of an outcome's kind ("Utfall 2024", "Bokslut 2024"), or a column
naming only its year in a document written after that year ended (an annual report's "Fem år i sammandrag",
"Nyckeltal 2022–2024": the figures of years gone by are what they came to). A budget's "Budget 2024" beside them
is what the year was meant to come to.

    outcome_book(book, years)  # the book of those tables only, or None
"""
from __future__ import annotations

from dataclasses import replace

from assistant.budget.columns import OUTCOME_KINDS, family, seen_as
from assistant.budget.layout import months_covered
from assistant.budget.records import Column, Table
from assistant.budget.store import DocumentFigures, FigureBook
from core.years import year_of_date


def states_year_outcome(column: Column, written: int | None) -> bool:
    """The column holds its year's whole outcome: of an outcome's kind, or a plain year ended before the document
    was written (`written`: the year of its date), never a period of the year's first months."""
    if column.year is None or months_covered(column.label) != 12:
        return False
    if column.kind:
        return family(column.kind) in OUTCOME_KINDS
    return column.label.strip() == str(column.year) and written is not None and column.year < written


def _of_outcomes(table: Table, years: tuple[int, ...], written: int | None) -> bool:
    return all(any(c.year == y and states_year_outcome(c, written) for c in table.columns) for y in years)


def outcome_book(book: FigureBook, years: tuple[int, ...]) -> FigureBook | None:
    """The documents' tables holding each asked year's outcome (their text amounts aside: prose is weighed by the
    prose path); None when no table does or no year is asked."""
    if not years:
        return None

    def documents() -> list[DocumentFigures]:
        out = []
        for d in book.documents:
            written = year_of_date(d.date)
            # a table of both kinds ("Budget 2024 | Utfall 2024") is seen as its outcome columns of those years
            tables = tuple(seen_as(t, "Utfall", years) for t in d.tables if _of_outcomes(t, years, written))
            if tables:
                out.append(replace(d, tables=tables, amounts=()))
        return out

    outcomes = book.part(("outcomes", tuple(years)), documents)  # once per book and years: its index is reused
    return None if outcomes.is_empty else outcomes

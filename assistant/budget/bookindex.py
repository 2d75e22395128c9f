"""Lookup structures of one FigureBook, built once (lazily, on the first question) and kept with the book.

The per-question work then grows with what the question matches, not with the number of documents:
row names (the Lexicon), text amounts by stem and word (topics.AmountIndex), the document year.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.budget.matching import Lexicon
from assistant.budget.topics import AmountIndex

if TYPE_CHECKING:
    from assistant.budget.store import FigureBook


class FigureIndex:
    def __init__(self, book: FigureBook) -> None:
        self.lexicon = Lexicon.build(book.tables)
        self.amounts = AmountIndex(book.amounts)
        self.doc_year = _doc_year(book)
        self.table_years = frozenset(y for t in book.tables for y in t.years)


def _doc_year(book: FigureBook) -> int | None:
    """The date of the first document with tables ("nästa år" is read relative to it)."""
    for doc in book.documents:
        if doc.tables and doc.date and doc.date[:4].isdigit():
            return int(doc.date[:4])
    return None

"""The figures of the document a question names as its source ("enligt KS-protokollet", "i årsredovisningen").

A question naming its source asks what that document says: its tables answer before those of another document
holding a row of the same name. A word naming a kind of figure as well ("i budgeten": its Budget columns) names
no source here. A body named as the source's author ("KS-protokollet": the minutes of the
municipal board) names a document when the kind is one a body keeps of its meetings (doc_type_words.json
"body_records") or a document of the kind is titled by it; it is then no row of the figure asked, and the
calculator reads the question without it (the documents titled by the body first).

    source_book(question, book)  # (the named documents' tables, the question for them) or None
"""
from __future__ import annotations

from dataclasses import replace

from assistant.budget.columns import kind_of_word
from assistant.budget.matching import table_kinds
from assistant.budget.store import FigureBook
from assistant.understand.query import stems
from assistant.understand.sources import body_records, named_sources, without_source_bodies


def _titled_by(title: str, body: str) -> bool:
    """The document's title names the body ("Protokoll kommunstyrelsen 2025-03-11" names "kommunstyrelsens")."""
    return set(stems(body)) <= set(stems(title))


def names_figures(word: str) -> bool:
    """The word names a kind of column or table too ("budgeten": the Budget columns, "investeringsbudgeten": the
    investment tables), which documents of every kind hold: "per invånare i Tierps budget 2025" asks the budget's
    figures, wherever a table gives them, not only a document titled a budget."""
    return kind_of_word(word) is not None or bool(table_kinds(word))


def source_book(question: str, book: FigureBook) -> tuple[FigureBook, str] | None:
    """(the tables of the documents of the kinds the question names as its source, the question without the bodies
    named only as their authors); None when it names none or no such document of the book holds a table. A body
    no document of those kinds is titled by stays in the question: "i socialnämndens budget" is the committee's
    frame in the budget, not a budget of its own."""
    source = named_sources(question)
    kinds = {kind for kind, word in zip(source.kinds, source.words) if not names_figures(word)}
    if not kinds:
        return None
    documents = [d for d in book.documents if d.doc_type in kinds and d.tables]
    titled = [d for d in documents if any(_titled_by(d.title, body) for body in source.bodies)]
    if source.bodies and (titled or kinds <= body_records()):
        documents, question = titled or documents, without_source_bodies(question, source)
    if not documents or len(documents) == len(book.documents):
        return None
    # their tables only: an amount a sentence of theirs states is the prose path's to weigh against the others it
    # says ("hur stor buffert ... enligt handlingsplanen": the share the plan asks, not the sum beside it)
    return FigureBook(tuple(replace(d, amounts=()) for d in documents)), question

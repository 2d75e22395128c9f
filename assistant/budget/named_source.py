"""The figures of the document a question names as its source ("enligt KS-protokollet", "i årsredovisningen").

A question naming its source asks what that document says: its tables answer before those of another document
holding a row of the same name. A word naming a kind of figure as well ("i budgeten": its Budget columns) names
no source here. A body named as the source's author ("KS-protokollet": the minutes of the
municipal board) names a document when the kind is one a body keeps of its meetings (doc_type_words.json
"body_records") or a document of the kind is titled by it; it is then no row of the figure asked, and the
calculator reads the question without it (the documents titled by the body first).

    source_book(question, book)  # (the named documents' tables, the question for them) or None
    titled_source(question, book)  # the same for documents named by their title ("enligt Mål och budget 2025")
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from assistant.budget.columns import kind_of_word
from assistant.budget.matching import table_kinds
from assistant.budget.store import FigureBook
from assistant.understand.query import stems, stop_words
from assistant.understand.sources import body_records, named_sources, without_source_bodies
from core.years import YEAR


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
    tables = book.part(("sources", tuple(d.doc_path for d in documents)),
                       lambda: (replace(d, amounts=()) for d in documents))
    return tables, question


def tableless_source(question: str, book: FigureBook) -> bool:
    """The question names as its source a kind of document the book has ("enligt nyheten om budgeten") and no
    document of that kind holds a table: its figure is one the source's prose states, not a cell of another
    document's tables. A source said in a statement before the question ("X säger i pressmeddelandet att ..., hur
    mycket av det ...?") is where the statement is said, not where the figure asked is."""
    from assistant.understand.parts import statement_before

    source = named_sources(statement_before(question)[1])
    kinds = {kind for kind, word in zip(source.kinds, source.words) if not names_figures(word)}
    of_kinds = [d for d in book.documents if d.doc_type in kinds]
    return bool(of_kinds) and not any(d.tables for d in of_kinds)


@lru_cache(maxsize=4096)
def _said_title(title: str) -> re.Pattern[str] | None:
    """A pattern for the title said in a question: its words in order, any spacing and dash between them. A title
    of two words of its own or more (neither stop words nor words naming figures: "Årsredovisning för Hjo kommun
    2024") may be said without its years; one of a single such word only with them ("Mål och budget 2025"). None
    for a title of fewer than three words or of none of its own ("Budget 2025", "Budget och plan 2025–2027": the
    names of columns as much as of a document), nor for a body's name ("Barn- och utbildningsnämnden" heading its
    minutes: the body's row in the tables as much as its document)."""
    from assistant.understand.bodies import body_kind

    named = title.split()  # the title is a body's name, whole: "Kommunstyrelsen", "Barn- och utbildningsnämnden"
    if named and body_kind(named[-1]) is not None and all(w.endswith("-") or w.lower() == "och" for w in named[:-1]):
        return None
    words = re.findall(r"[^\W_]+", title)
    years = [w for w in words if YEAR.fullmatch(w)]
    own = [w for w in words if not YEAR.fullmatch(w) and not names_figures(w) and w.lower() not in stop_words()]
    if len(words) - len(years) < 3 or not own or len(own) < 2 and not years:
        return None
    optional = len(own) >= 2
    parts = [rf"(?:{re.escape(w)})?" if optional and YEAR.fullmatch(w) else re.escape(w) for w in words]
    return re.compile(r"(?<![\w-])" + r"[\s\-–—/]*".join(parts) + r"(?![\w-])", re.I)


def titled_source(question: str, book: FigureBook) -> tuple[FigureBook, str] | None:
    """(the tables of the documents whose title the question says, the question without the title) or None. A
    title names the source, not the figure: its words are no row ("Mål"), its year no column when the question
    asks another year ("hur mycket lån planeras 2026 enligt Mål och budget 2025?": Plan 2026 of that document).
    When the title's year is the only year said, it stays: it is then the year asked too ("resultatet i
    Årsredovisning 2024")."""
    found = [(d, m) for d in book.documents if d.tables and (pattern := _said_title(d.title)) is not None
             and (m := pattern.search(question)) is not None]
    if not found:
        return None
    spans = sorted({m.span() for _, m in found})
    outside = YEAR.findall("".join(question[a:b] for a, b in zip([0] + [e for _, e in spans],
                                                                  [s for s, _ in spans] + [len(question)])))
    text = question
    for start, end in reversed(spans):
        period = re.search(r"\d{4}(?:\s*[–—-]\s*\d{4})?", question[start:end])  # "2025–2027" said as written
        kept = "" if outside or period is None else period.group()
        text = text[:start] + (kept or " ") + text[end:]
    documents = {d.doc_path: d for d, _ in found}
    titled = book.part(("titled", tuple(documents)), documents.values)
    return titled, re.sub(r"\s{2,}", " ", text).strip()

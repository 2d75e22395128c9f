"""A document named by its title ("enligt Mål och budget 2025") is the source of the figure, not a row or a year of
it: the calculator reads that document's tables and the question without the title, and the title's year is no
column when the question asks another year."""
from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.budget.answer import answer_figures
from assistant.budget.named_source import titled_source
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

BUDGET = """Mål och budget 2025

Kassaflödesbudget
Belopp i mnkr

                         Budget       Plan       Plan
                           2025       2026       2027
Nyupptagna lån             35,0       40,0       30,0
Amortering                -10,0      -12,0      -12,0
"""
REPORT = """Årsredovisning 2024

Kassaflödesanalys
Belopp i mnkr

                         Utfall     Utfall
                           2023       2024
Nyupptagna lån             50,0       45,0
"""


def _figures(text: str, path: str, title: str):  # type: ignore[no-untyped-def]
    doc = LoadedDocument(path=path, text=text, sha256=path,
                         meta=DocumentMeta(title=title, date="2024-11-28", doc_type="budget"))
    return extract_figures(doc)


@pytest.fixture(scope="module")
def book() -> FigureBook:
    return FigureBook((_figures(BUDGET, "budget.txt", "Mål och budget 2025"),
                       _figures(REPORT, "ar.txt", "Årsredovisning 2024")))


def test_the_title_names_the_document_and_leaves_the_question(book: FigureBook) -> None:
    found = titled_source("How much nyupptagna lån is planned for 2026 in Bjuv's Mål och budget 2025?", book)
    assert found is not None
    tables, question = found
    assert [d.doc_path for d in tables.documents] == ["budget.txt"]
    assert "2025" not in question and "Mål" not in question and "2026" in question


def test_the_titles_year_stays_when_no_other_year_is_asked(book: FigureBook) -> None:
    found = titled_source("hur mycket nyupptagna lån enligt Mål och budget 2025?", book)
    assert found is not None and "2025" in found[1]


@pytest.mark.parametrize("question", ["hur mycket lån 2025 enligt budget?", "vad säger årsredovisningen 2024?",
                                      "vad är målet i budget 2025?"])
def test_a_title_not_said_whole_or_of_figure_words_only_names_nothing(book: FigureBook, question: str) -> None:
    assert titled_source(question, book) is None


def test_the_figure_of_the_asked_year_is_read_in_the_titled_document(book: FigureBook) -> None:
    tables, question = titled_source("Hur mycket nyupptagna lån planeras 2026 enligt Mål och budget 2025?", book)
    answer = answer_figures(question, tables)
    assert answer is not None and answer.calculation is not None
    assert [i.value for i in answer.calculation.inputs] == [Decimal("40.0")]


def test_the_titled_documents_book_is_built_once(book: FigureBook) -> None:
    question = "Hur mycket nyupptagna lån planeras 2026 enligt Mål och budget 2025?"
    assert titled_source(question, book)[0] is titled_source(question, book)[0]  # type: ignore[index]


def test_a_body_name_as_a_documents_title_names_no_source() -> None:
    """Minutes titled by their body ("Barn- och utbildningsnämnden"): the body said in a question is the committee's
    row, not the document."""
    from assistant.budget.named_source import _said_title

    assert _said_title("Barn- och utbildningsnämnden") is None
    assert _said_title("Mål och budget 2025") is not None
    # a title naming a body among its own words is the document's all the same
    assert _said_title("Nämndplan 2025 för tekniska nämnden") is not None

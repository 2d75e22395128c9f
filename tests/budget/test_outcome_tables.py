"""A year's figure asked in the past tense ("vad blev resultatet 2024?", "vilken kommun gjorde bäst resultat 2024?")
is what the year came to: the tables of outcomes answer first, an annual report's plain year columns among them
(a year ended before the document was written), not the budget's column of that year."""
from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.budget.answer import answer_figures
from assistant.budget.matching import Lexicon, match_rows
from assistant.budget.outcome_tables import outcome_book, states_year_outcome
from assistant.budget.records import Column
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

BUDGET = """Mål och budget 2025

Resultatbudget
Belopp i mnkr

                         Utfall      Budget      Budget
                           2023        2024        2025
Verksamhetens nettokostnader   -950,1   -990,4   -1 020,3
Årets resultat             13,5        13,3        14,1
"""
KEY_FIGURES = """Finansiell information

Nyckeltal 2022–2024

| Nyckeltal | 2022 | 2023 | 2024 |
| --- | --- | --- | --- |
| Årets resultat, mnkr | 19,2 | 13,5 | 11,8 |
| Soliditet, % | 30,1 | 31,0 | 30,6 |
"""


def _figures(text: str, path: str, date: str):  # type: ignore[no-untyped-def]
    doc = LoadedDocument(path=path, text=text, sha256=path,
                         meta=DocumentMeta(title=path, date=date, doc_type="report"))
    return extract_figures(doc)


@pytest.fixture(scope="module")
def book() -> FigureBook:
    return FigureBook((_figures(BUDGET, "budget.txt", "2024-11-21"), _figures(KEY_FIGURES, "info.html", "2025-03-20")))


def test_a_plain_year_ended_before_the_document_is_its_outcome() -> None:
    assert states_year_outcome(Column("2024", 2024), 2025)
    assert not states_year_outcome(Column("2025", 2025), 2025)  # the year the document is written in: not ended
    assert not states_year_outcome(Column("Aug 2024", 2024), 2025)  # a month, not the year
    assert not states_year_outcome(Column("Budget 2024", 2024, "Budget"), 2025)
    assert states_year_outcome(Column("Bokslut 2023", 2023, "Bokslut"), 2024)


def test_only_the_tables_of_the_years_outcome_are_kept(book: FigureBook) -> None:
    outcomes = outcome_book(book, (2024,))
    assert outcomes is not None and [d.doc_path for d in outcomes.documents] == ["info.html"]
    assert outcome_book(book, ()) is None


def test_a_rows_unit_in_its_label_keeps_the_rows_other_names(book: FigureBook) -> None:
    lexicon = Lexicon.build(outcome_book(book, (2024,)).tables)  # type: ignore[union-attr]
    assert [m.label for m in match_rows("vilket resultat blev det 2024?", lexicon)] == ["Årets resultat, mnkr"]


def test_the_outcome_tables_answer_what_the_year_came_to(book: FigureBook) -> None:
    outcomes = outcome_book(book, (2024,))
    answer = answer_figures("vilket resultat blev det 2024?", outcomes)  # type: ignore[arg-type]
    assert answer is not None and answer.calculation is not None
    assert [i.value for i in answer.calculation.inputs] == [Decimal("11.8")]


def test_the_outcome_book_is_built_once_per_book_and_years(book: FigureBook) -> None:
    first = outcome_book(book, (2024,))
    assert first is outcome_book(book, (2024,))  # its index, built on first use, serves every later question
    assert first is not outcome_book(book, (2023,))

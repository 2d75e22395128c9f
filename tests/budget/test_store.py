from decimal import Decimal

import pytest

from assistant.budget.store import FigureBook, FiguresFileError, load_figures, save_figures
from ingest.tables import extract_figures
from tests.budget.corpus_docs import corpus_document, corpus_names


def test_missing_file_gives_empty_book(tmp_path):
    book = load_figures(tmp_path / "nothing-here")
    assert isinstance(book, FigureBook) and book.is_empty


def test_round_trip_keeps_every_table_and_amount(tmp_path):
    figures = [extract_figures(corpus_document(n)) for n in corpus_names()]
    save_figures(tmp_path, figures)
    book = load_figures(tmp_path)
    assert book.documents == tuple(figures)
    assert len(book.tables) == 3
    drift = next(t for t in book.tables if t.title == "Driftsbudget")
    assert drift.rows[1].values == (Decimal("205172"), Decimal("209559"), Decimal("213162"))


def test_quotes_are_verbatim_in_the_document():
    for name in corpus_names():
        doc = corpus_document(name)
        figures = extract_figures(doc)
        for table in figures.tables:
            assert table.header is not None and doc.text[table.header.start:table.header.end] == table.header.quote
            for row in table.rows:
                assert doc.text[row.source.start:row.source.end] == row.source.quote
        for amount in figures.amounts:
            assert doc.text[amount.source.start:amount.source.end] == amount.source.quote
            assert amount.text in amount.source.quote


def test_corrupt_file_names_the_next_step(tmp_path):
    (tmp_path / "figures.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(FiguresFileError, match="kommun ingest"):
        load_figures(tmp_path)

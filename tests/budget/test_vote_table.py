"""A table of a council's minutes stating no unit and naming no year, whose figures are all small whole numbers
("Parti | Mandat | Ja | Nej | Avstår"), holds the counts of the meeting the minutes record: its columns are dated by
the document's date, so the calculator reads it ("hur många mandat har Socialdemokraterna?"). A table of money, or
one of large figures, gains no year."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

VOTES = """§ 112 Mål och budget 2025–2027

| Parti | Mandat | Ja | Nej | Avstår |
|---|---|---|---|---|
| Socialdemokraterna | 13 | 13 | 0 | 0 |
| Moderaterna | 5 | 0 | 5 | 0 |
| Vänsterpartiet | 3 | 0 | 0 | 3 |
| Summa | 21 | 13 | 5 | 3 |
"""

FACILITIES = """Lokaler

| Lokal | Yta | Hyra |
|---|---|---|
| Skolan | 4200 | 1850000 |
| Badhuset | 2100 | 940000 |
"""


def _tables(text: str, date: str | None = "2024-11-25") -> list:
    doc = LoadedDocument(path="p.docx", sha256="p", meta=DocumentMeta(title="Protokoll kommunfullmäktige", date=date),
                         text=text)
    return parse_tables(doc)


def test_the_counts_of_a_meeting_are_of_its_day() -> None:
    table = _tables(VOTES)[0]
    assert [c.year for c in table.columns] == [2024] * 4, table.columns


def test_large_figures_or_an_undated_document_gain_no_year() -> None:
    assert all(c.year is None for c in _tables(FACILITIES)[0].columns)
    assert all(c.year is None for c in _tables(VOTES, date=None)[0].columns)


def test_the_seats_of_a_party_are_read() -> None:
    tables = tuple(_tables(VOTES))
    book = FigureBook((DocumentFigures(doc_path="p.docx", sha256="p", title="Protokoll", doc_type="protokoll",
                                       date="2024-11-25", tables=tables, amounts=()),))
    answer = answer_figures("Hur många mandat har Socialdemokraterna?", book)
    assert answer is not None and "13" in answer.text, answer

"""A question naming no row nor kind of table, only the topic one table's title names ("föreningsbidragen totalt"):
the grand total of that table."""
from decimal import Decimal

import pytest

from assistant.budget.answer import answer_figures
from assistant.budget.store import DocumentFigures, FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

TEXT = """Föreningsbidrag 2026

Kultur- och fritidsnämnden – Beviljade föreningsbidrag, kr

| Förening | Beviljat 2025 | Beviljat 2026 |
|---|---|---|
| Aktivitetsbidrag | | |
|   Järnforsens IF | 31200 | 29800 |
|   Silverdalens BK | 24900 | 26400 |
| Kulturbidrag | | |
|   Virserums Konsthall | 120000 | 125000 |
| Summa | 176100 | 181200 |

Driftbudget per nämnd, tkr

| Nämnd | Budget 2025 | Budget 2026 |
|---|---|---|
| Kommunstyrelsen | 98 000 | 101 000 |
| Socialnämnden | 310 000 | 322 000 |
| Summa | 408 000 | 423 000 |
"""


@pytest.fixture(scope="module")
def book() -> FigureBook:
    doc = LoadedDocument(path="exempel/bidrag-2026.md", text=TEXT, sha256="t",
                         meta=DocumentMeta(title="Föreningsbidrag 2026", date="2026-01-28", doc_type="other"))
    figures: DocumentFigures = extract_figures(doc)
    return FigureBook((figures,))


@pytest.mark.parametrize("question, value", [
    ("hur stora är föreningsbidragen totalt 2026?", Decimal(181200)),
    ("hur mycket ökar föreningsbidragen 2026?", Decimal(5100)),
])
def test_the_topic_of_a_tables_title_is_its_grand_total(book: FigureBook, question: str, value: Decimal) -> None:
    answer = answer_figures(question, book)
    assert answer is not None and not answer.refused and answer.calculation.result == value, answer


def test_a_word_of_no_title_names_no_table(book: FigureBook) -> None:
    answer = answer_figures("hur stora är lönekostnaderna totalt 2026?", book)
    assert answer is None or answer.calculation is None or answer.calculation.result != Decimal(181200)

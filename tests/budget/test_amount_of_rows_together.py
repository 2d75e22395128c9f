"""A sentence stating one amount for a row asked and another row of its table together ("Förskola, grundskola,
gymnasieskola och vuxenutbildning får tillsammans 40 kronor av varje hundralapp") does not answer the row alone:
its own cell in the table does."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

TEXT = """Så används din skatt

Förskola, grundskola, gymnasieskola och vuxenutbildning får tillsammans 40 kronor av varje hundralapp.

Så fördelas 100 kronor i skatt

| Verksamhet | Kronor av 100 | Nettokostnad 2025, mnkr |
|---|---:|---:|
| Förskola och grundskola | 31 | 713,8 |
| Gymnasieskola och vuxenutbildning | 9 | 207,2 |
| Äldreomsorg | 23 | 529,6 |
| Övrigt | 37 | 852,4 |
| Totalt | 100 | 2 303,0 |
"""


def book() -> FigureBook:
    doc = LoadedDocument(path="skatt.md", text=TEXT, sha256="s",
                         meta=DocumentMeta(title="Så används din skatt", date="2025-01-15", doc_type="other"))
    return FigureBook((extract_figures(doc),))


def test_the_rows_own_cell_answers_not_the_amount_of_it_and_another_together() -> None:
    answer = answer_figures("hur många kronor av varje hundralapp går till förskola och grundskola?", book())
    assert answer is not None and answer.calculation is not None and answer.calculation.result == Decimal(31), \
        answer and answer.text


def test_the_sentence_answers_what_it_names_together() -> None:
    answer = answer_figures("hur många kronor av varje hundralapp går till skolan och vuxenutbildningen tillsammans?",
                            book())
    assert answer is None or answer.calculation is None or answer.calculation.result != Decimal(31)

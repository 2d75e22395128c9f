"""A lookup naming a row and a column of one table ("hur stort effektiviseringskrav fick socialnämnden", the column
"Varav effektiviseringskrav, tkr") reads that cell, whatever words of where it is written are left ("i fullmäktiges
budgetbeslut"); without the named column those words stay another topic."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

TEXT = """§ 112 Budget 2025 och plan 2026–2027

| Nämnd | Ram 2025, tkr | Varav effektiviseringskrav, tkr |
|---|---:|---:|
| Kommunstyrelsen | 146 850 | 1 470 |
| Socialnämnden | 371 400 | 3 050 |
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="kf.md", text=TEXT, sha256="0",
                         meta=DocumentMeta(title="Sammanträdesprotokoll kommunfullmäktige", date="2024-11-25",
                                           doc_type="minutes"))
    return FigureBook((extract_figures(doc),))


def test_the_named_column_of_the_row_is_read() -> None:
    answer = answer_figures("Hur stort effektiviseringskrav fick socialnämnden i fullmäktiges budgetbeslut?", _book())
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal(3050)


def test_other_words_without_a_named_column_are_another_topic() -> None:
    answer = answer_figures("Hur mycket fick socialnämnden för nya trygghetsboenden i fullmäktiges budgetbeslut?",
                            _book())
    assert answer is None or answer.refused or answer.calculation is None or \
        answer.calculation.result != Decimal(371400)

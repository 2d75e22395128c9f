"""A table whose title names no kind (a header line read as its title) may be of the kind a question asks: the table
holding the asked rows answers rather than a refusal that no table is of that kind."""
from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

TEXT = """Mål och budget 2025

Förändring Andel av

| Nämnd | Budget 2024 | Budget 2025 | Plan 2026 |
|---|---|---|---|
| Kommunstyrelsen | -156,2 | -161,9 | -164,0 |
| Socialnämnden | -702,5 | -724,8 | -741,2 |
| Utbildningsnämnden | -846,9 | -861,1 | -874,5 |
"""


def test_the_table_holding_the_committee_answers_for_its_frame() -> None:
    doc = LoadedDocument(path="exempel/budget-2025.md", text=TEXT, sha256="u",
                         meta=DocumentMeta(title="Mål och budget 2025", date="2024-11-26", doc_type="budget"))
    book = FigureBook((extract_figures(doc),))
    answer = answer_figures("Med hur många procent ökar socialnämndens ram mellan budget 2024 och budget 2025?", book)
    assert answer is not None and not answer.refused, answer
    assert "3,17" in answer.text and "22,3" in answer.text

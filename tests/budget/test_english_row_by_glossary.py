"""An English question naming a row through the glossary's Swedish words ("harbour quay renovation": "hamn kaj
renovering" of "Hamnen, renovering av kaj") asks that row's figure."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

TEXT = """Investeringsbudget 2025–2027

| Belopp i tkr | Budget 2025 | Plan 2026 | Plan 2027 |
|---|---:|---:|---:|
| Hamnen, renovering av kaj | 7 000 | 9 000 | 0 |
| Ny förskola Norra | 12 000 | 18 000 | 4 000 |
| Gång- och cykelväg Motalavägen | 2 500 | 0 | 0 |
"""


def _book(town: str | None = None) -> FigureBook:
    doc = LoadedDocument(path="v/mob.md", text=TEXT, sha256="v",
                         meta=DocumentMeta(title="Mål och budget 2025", date="2024-11-26", doc_type="budget",
                                           municipality=town))
    return FigureBook((extract_figures(doc),))


def test_an_english_row_named_through_the_glossary_is_read() -> None:
    answer = answer_figures("How much is planned for the harbour quay renovation in 2026?", _book(), language="en")
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal(9000)

"""An age group asked in English ("how many residents were 80 or older") names the Swedish row of that age ("varav 80
år och äldre"): "older" and "younger" are words of the glossary."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from assistant.understand.query import in_swedish
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

TEXT = """Befolkning 31 december

| År | 2022 | 2023 |
|---|---:|---:|
| Folkmängd | 7 437 | 7 446 |
| varav 0–5 år | 391 | 386 |
| varav 80 år och äldre | 801 | 829 |
"""


def test_older_is_said_in_swedish_and_names_the_age_row() -> None:
    assert "äldre" in in_swedish("how many residents were 80 or older in 2023?")
    doc = LoadedDocument(path="b.md", text=TEXT, sha256="0", meta=DocumentMeta(title="Nyckeltal", date="2024-03-01"))
    answer = answer_figures("how many residents were 80 or older in 2023?", FigureBook((extract_figures(doc),)),
                            language="en")
    assert answer is not None and "829" in answer.text

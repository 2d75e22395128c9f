"""A price per unit times the quantity of that unit the question states: "rörlig avgift för 150 kubikmeter" is 150
times the row "Avgift per kubikmeter, kr/m³", even asked "vad betalar ..." (the quantity makes it a figure)."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.quantity import stated_quantity
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

MINUTES = """Protokoll kommunfullmäktige 2024-11-18

§ 113 Taxa för vatten och avlopp 2025

| Avgift | 2024 | 2025 | Förändring, % |
|---|---:|---:|---:|
| Fast avgift per år, villa, kr | 5 640 | 6 030 | 6,9 |
| Avgift per kubikmeter, kr/m³ | 38,50 | 41,20 | 7,0 |
| Anläggningsavgift, villa, kr | 168 000 | 176 400 | 5,0 |
"""


def test_a_quantity_of_the_rows_unit_is_read() -> None:
    assert stated_quantity("för 150 kubikmeter 2025", "Avgift per kubikmeter, kr/m³") == Decimal("150")
    assert stated_quantity("för 150 kubikmeter 2025", "Fast avgift per år, villa, kr") is None
    assert stated_quantity("avgiften 2025", "Avgift per kubikmeter, kr/m³") is None


def test_the_price_times_the_quantity() -> None:
    doc = LoadedDocument(path="kf.md", text=MINUTES, sha256="kf",
                         meta=DocumentMeta(title="Protokoll", date="2024-11-18", doc_type="minutes"))
    answer = answer_figures("vad betalar ett hushåll i rörlig va-avgift för 150 kubikmeter 2025?",
                            FigureBook((extract_figures(doc),)))
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal("6180")
    assert "6 180" in answer.text

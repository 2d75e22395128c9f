"""The committees' total row the question names itself is added once: "the total deviation of the nämnder" is the
row "Summa nämnder", not that row twice."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

REPORT = """Årsredovisning 2024 Åsby kommun

Tabell 3. Nämndernas budgetavvikelse (mnkr)

| Nämnd | Budget 2024 | Utfall 2024 | Avvikelse |
|---|---:|---:|---:|
| Kommunstyrelsen | 300,0 | 290,0 | 10,0 |
| Socialnämnden | 800,0 | 830,1 | -30,1 |
| Summa nämnder | 1 100,0 | 1 120,1 | -20,1 |
"""


def test_the_committees_total_named_is_read_once() -> None:
    doc = LoadedDocument(path="asby/ar.md", text=REPORT, sha256="a",
                         meta=DocumentMeta(title="Årsredovisning 2024", date="2025-04-01", doc_type="annual_report",
                                           municipality="Åsby"))
    answer = answer_figures("What was the total budget deviation of the nämnder in 2024?", FigureBook(
        (extract_figures(doc),)), language="en")
    assert answer is not None and not answer.refused
    assert answer.calculation.result == Decimal("-20.1"), answer.text

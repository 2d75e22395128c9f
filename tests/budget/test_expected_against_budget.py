"""A figure still expected held against the budget ("hur mycket lägre än budget väntas investeringarna bli 2025"):
in a table with no deviation column, the forecast less the budget (not the outcome so far), of the table's total
when the question names no row."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

INTERIM = """Delårsrapport januari–augusti 2025 Norrby kommun

Tabell 4. Investeringar per projekt

| Projekt, tkr | Budget 2025 | Utfall jan–aug | Prognos 2025 |
|---|---:|---:|---:|
| Skolor | 60 000 | 25 000 | 52 500 |
| Gator | 38 000 | 16 300 | 34 000 |
| Totalt | 98 000 | 41 300 | 86 500 |
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="dr.md", text=INTERIM, sha256="dr",
                         meta=DocumentMeta(title="Delårsrapport januari–augusti 2025", date="2025-09-30",
                                           doc_type="report"))
    return FigureBook((extract_figures(doc),))


def test_the_forecast_of_the_total_against_the_budget() -> None:
    answer = answer_figures("Hur mycket lägre än budget väntas investeringarna bli 2025?", _book())
    assert answer is not None and not answer.refused and answer.calculation is not None
    assert answer.calculation.operation == "deviation"
    assert answer.calculation.result == Decimal("-11500")
    assert [i.column for i in answer.calculation.inputs] == ["Budget 2025", "Prognos 2025"]
    assert "prognosen" in answer.text


def test_a_row_named_reads_its_own_forecast() -> None:
    answer = answer_figures("Hur mycket lägre än budget väntas gator bli 2025?", _book())
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal("-4000")

"""A question asking the part of a figure something caused ("hur mycket av underskottet berodde på
bemanningssjuksköterskorna?") that no row, table or column names: the row's whole deviation is not that part; the
calculator leaves it to the prose."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from assistant.evidence.amount_stretch import asked_cause
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

REPORT = """Årsredovisning 2025 Norrby kommun

Driftredovisning per nämnd, tkr

| Nämnd | Budget 2025 | Utfall 2025 | Avvikelse |
|---|---:|---:|---:|
| Kommunstyrelsen | 98 400 | 97 100 | 1 300 |
| Vård- och omsorgsnämnden | 312 900 | 319 450 | -6 550 |
| Summa | 411 300 | 416 550 | -5 250 |
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="ar.md", text=REPORT, sha256="r",
                         meta=DocumentMeta(title="Årsredovisning 2025", date="2026-04-22", doc_type="annual_report"))
    return FigureBook((extract_figures(doc),))


def test_the_cause_a_question_names() -> None:
    assert asked_cause("hur mycket av underskottet berodde på bemanningssjuksköterskorna?") == \
        "bemanningssjuksköterskorna"
    assert asked_cause("How much of the deficit was due to agency nurses?") == "agency nurses"
    assert asked_cause("hur stort var underskottet 2025?") == ""


def test_the_part_a_cause_made_is_not_the_rows_deviation() -> None:
    assert answer_figures("hur mycket av vård- och omsorgsnämndens underskott 2025 berodde på "
                          "bemanningssjuksköterskorna?", _book()) is None


def test_the_deviation_asked_without_a_cause_is_looked_up() -> None:
    answer = answer_figures("hur stort var vård- och omsorgsnämndens underskott 2025?", _book())
    assert answer is not None and answer.calculation is not None

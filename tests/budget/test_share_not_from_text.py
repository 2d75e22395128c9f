"""A share asked of a row the tables hold is computed from its cells: a sum of money a sentence states about the
same period is no share."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

REPORT = """Delårsrapport januari–augusti 2031 Åsby kommun

Helårsprognosen efter augusti visar ett resultat på 6,2 miljoner kronor för kommunen.

Tabell 4. Driftredovisning per nämnd, mnkr

| Nämnd | Budget 2031 | Utfall jan–aug 2031 | Prognos 2031 |
|---|---:|---:|---:|
| Socialnämnden | -200,0 | -150,0 | -210,0 |
| Kommunstyrelsen | -80,0 | -50,0 | -78,0 |
| Summa nämnder | -280,0 | -200,0 | -288,0 |
"""


def test_a_share_of_the_budget_used_comes_from_the_row_not_from_a_sentence():
    doc = LoadedDocument(path="asby/delar.md", text=REPORT, sha256="asby-delar",
                         meta=DocumentMeta(title="Delårsrapport", date="2031-10-01", doc_type="report",
                                           municipality="Åsby"))
    answer = answer_figures("Hur stor del av sin helårsbudget hade socialnämnden förbrukat efter augusti?",
                            FigureBook((extract_figures(doc),)))
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.operation == "share"
    assert answer.calculation.result == Decimal(75)

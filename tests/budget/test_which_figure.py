"""An interrogative determiner before a noun naming a kind of column asks that figure of the row ("vilken
helårsprognos har socialnämnden?"), as "vad är socialnämndens helårsprognos?" does."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from assistant.budget.plan import plan_question
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

REPORT = """Delårsrapport januari–augusti 2025

Nämndernas prognos

Nettokostnad, mnkr

| Nämnd | Budget 2025 | Prognos 2025 | Avvikelse |
|---|---|---|---|
| Kommunstyrelsen | 101,2 | 97,0 | 4,2 |
| Socialnämnden | 146,9 | 153,7 | -6,8 |
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="asby/delar.md", text=REPORT, sha256="d",
                         meta=DocumentMeta(title="Delårsrapport januari–augusti 2025", date="2025-09-30",
                                           municipality="Åsby"))
    return FigureBook((extract_figures(doc),))


def test_which_forecast_a_row_has_asks_its_figure() -> None:
    book = _book()
    plan = plan_question("vilken helårsprognos har socialnämnden?", book.index.lexicon)
    assert plan.intent and plan.rows == ("Socialnämnden",) and plan.column_kind == "Prognos"
    answer = answer_figures("vilken helårsprognos har socialnämnden?", book)
    assert answer is not None and "153,7" in answer.text


def test_which_with_a_noun_naming_no_figure_asks_none() -> None:
    plan = plan_question("vilken förvaltning har socialnämnden?", _book().index.lexicon)
    assert not plan.intent

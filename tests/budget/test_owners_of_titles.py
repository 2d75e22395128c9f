"""A name no row holds, said in the genitive before a word of the title of the table holding the row asked
("enligt socialnämndens åtgärdsplan"), names whose table it is: the row is read, not refused as unknown."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

MINUTES = """Protokoll socialnämnden 2024-10-15

§ 79 Åtgärdsplan för ekonomi i balans 2025

| Åtgärd | Besparing 2025 (tkr) | Helårseffekt (tkr) |
|---|---|---|
| Minskade externa placeringar | 2 000 | 3 000 |
| Hemtagning av LSS-placeringar | 1 500 | 2 600 |
| Summa | 3 500 | 5 600 |
"""

BUDGET = """Budget 2025

Driftbudget per nämnd

| Nämnd | Budget 2024 | Budget 2025 |
|---|---|---|
| Kommunstyrelsen | 90 000 | 92 000 |
| Barn- och utbildningsnämnden | 300 000 | 310 000 |
| Summa | 390 000 | 402 000 |
"""


def _book() -> FigureBook:
    minutes = LoadedDocument(path="aby/protokoll-son.txt", text=MINUTES, sha256="son",
                             meta=DocumentMeta(title="Protokoll socialnämnden", date="2024-10-15",
                                               doc_type="minutes", municipality="Aby"))
    budget = LoadedDocument(path="aby/budget.txt", text=BUDGET, sha256="bu",
                            meta=DocumentMeta(title="Budget 2025", doc_type="budget", municipality="Aby"))
    return FigureBook((extract_figures(budget), extract_figures(minutes)))


def test_a_body_owning_the_tables_title_names_no_row() -> None:
    answer = answer_figures("Hur mycket ska hemtagning av LSS-placeringar spara 2025 enligt socialnämndens "
                            "åtgärdsplan?", _book())
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal("1500")


def test_a_body_named_after_for_closing_a_phrase_of_the_title_names_no_row() -> None:
    # "åtgärdsplanens besparing 2025 för socialnämnden": the plan the table's title names is the committee's own
    answer = answer_figures("hur stor del av åtgärdsplanens besparing 2025 för socialnämnden kommer från hemtagning "
                            "av LSS-placeringar?", _book())
    assert answer is not None and answer.calculation is not None, answer
    assert round(answer.calculation.result, 1) == Decimal("42.9"), answer.text

"""A share asked of a whole the tables holding the row do not name ("hur stor del av effektiviseringskravet ska
kultur- och fritidsnämnden stå för?") is no share of the operating budget's total; a whole they name ("av
budgeten") is."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

BUDGET = """Mål och budget 2026

Driftbudget per nämnd, mnkr

| Nämnd | Budget 2025 | Budget 2026 |
|---|---|---|
| Kultur- och fritidsnämnden | 108,2 | 112,7 |
| Socialnämnden | 900,0 | 950,0 |
| Summa kommunbidrag | 1 008,2 | 1 062,7 |

Nämnderna ska effektivisera med 20 miljoner kronor, varav socialnämnden 12 miljoner kronor.
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="asby/budget.md", text=BUDGET, sha256="b",
                         meta=DocumentMeta(title="Mål och budget 2026", date="2025-11-20", municipality="Åsby"))
    return FigureBook((extract_figures(doc),))


def test_a_share_of_a_whole_no_table_names_is_not_the_tables_share() -> None:
    answer = answer_figures("hur stor del av effektiviseringskravet ska kultur- och fritidsnämnden stå för?", _book())
    assert answer is None or "Nämnder" not in answer.text  # the committee in the budget's total is no share of the saving


def test_a_share_of_the_budget_is_the_tables_share() -> None:
    answer = answer_figures("hur stor del av budgeten 2026 får kultur- och fritidsnämnden?", _book())
    assert answer is not None and "10,6" in answer.text


def test_a_whole_said_in_the_definite_form_of_a_row_is_the_tables() -> None:
    answer = answer_figures("hur stor andel av hela kommunbidraget går till kultur- och fritidsnämnden 2026?", _book())
    assert answer is not None and "10,6" in answer.text

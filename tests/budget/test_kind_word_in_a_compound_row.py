"""A word naming a kind of table ("investeringar") that fits only part of a row's compound in a table of another kind
("Investeringsverksamheten" of the cash flow budget) names the table asked: the investment budget's total."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.plan import plan_question
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

BUDGET = """Budget och plan 2025–2027 Norrby kommun

Kassaflödesbudget (mnkr)

| Mnkr | Budget 2025 | Plan 2026 | Plan 2027 |
|---|---:|---:|---:|
| Den löpande verksamheten | 35,0 | 30,0 | 28,0 |
| Investeringsverksamheten | -41,2 | -28,7 | -21,9 |
| Finansieringsverksamheten | 10,0 | 0,0 | -5,0 |

Investeringar per projekt, tusental kronor

| Tkr | Budget 2025 | Plan 2026 | Plan 2027 |
|---|---:|---:|---:|
| Nytt LSS-boende | 14 000 | 10 000 | 0 |
| Ny brandstation | 27 200 | 18 700 | 21 900 |
| Totalt | 41 200 | 28 700 | 21 900 |
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="budget.md", text=BUDGET, sha256="b",
                         meta=DocumentMeta(title="Budget och plan 2025–2027", date="2024-11-18", doc_type="budget"))
    return FigureBook((extract_figures(doc),))


def test_a_kind_word_in_part_of_another_kinds_row_is_the_table() -> None:
    book = _book()
    assert plan_question("vad blir de genomsnittliga investeringarna per år 2025-2027?", book.index.lexicon).rows == ()
    answer = answer_figures("vad blir de genomsnittliga investeringarna per år 2025-2027?", book)
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal("30600")


def test_the_row_said_whole_stays() -> None:
    plan = plan_question("vad blir investeringsverksamheten 2025?", _book().index.lexicon)
    assert plan.rows == ("Investeringsverksamheten",)

"""A figure named and then said how it is computed ("soliditeten 2027, räknat som eget kapital delat med summa
tillgångar"): the operands after "räknat som" are read, "delat med" divides by the row after it, and a name that is a
percentage asks the quotient in per cent."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.matching import Lexicon
from assistant.budget.plan import plan_question
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

BALANCE = """Balansbudget 2025–2027 (mnkr)

| Mnkr | Budget 2025 | Plan 2026 | Plan 2027 |
|---|---|---|---|
| Materiella anläggningstillgångar | 1 180,4 | 1 222,0 | 1 260,1 |
| Kassa och bank | 200,5 | 205,0 | 210,5 |
| Summa tillgångar | 1 380,9 | 1 427,0 | 1 470,6 |
| Eget kapital | 680,2 | 701,0 | 723,6 |

Nyckeltal

| | 2023 | 2024 |
|---|---|---|
| Soliditet, % | 47,1 | 48,0 |
| Skattesats, kr | 22,14 | 22,14 |
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="mob.md", sha256="m", meta=DocumentMeta(title="Mål och budget 2025"), text=BALANCE)
    return FigureBook((extract_figures(doc),))


def test_divided_by_asks_a_quotient_of_the_row_after_it() -> None:
    plan = plan_question("hur mycket är eget kapital delat med summa tillgångar 2027?", Lexicon.build(_book().tables))
    assert plan.operation == "ratio" and plan.denominator == "Summa tillgångar"


def test_a_percentage_computed_as_a_quotient_is_its_share() -> None:
    answer = answer_figures("Vad blir soliditeten 2027 enligt balansbudgeten, räknat som eget kapital delat med summa "
                            "tillgångar?", _book())
    assert answer is not None and answer.calculation is not None, answer
    assert round(answer.calculation.result, 1) == Decimal("49.2"), answer.text

"""A change between two tables, one in mnkr and one in tkr, is said in the unit it was computed in, the finer one
that writes both ends exactly: both ends and the difference in tkr, never an mnkr figure read as tkr."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

INTERIM = """Delårsrapport januari–augusti 2024

Driftredovisning per nämnd (mnkr)

Nämnd\tBudget 2024\tPrognos 2024\tAvvikelse
Vård- och omsorgsnämnden\t650,2\t669,5\t-19,3
Utbildningsnämnden\t621,5\t618,0\t3,5
"""
BUDGET = """Budget 2025

Driftbudget per nämnd (tkr)

Nämnd\tBudget 2025\tPlan 2026
Vård- och omsorgsnämnden\t671 400\t680 100
Utbildningsnämnden\t630 200\t635 000
"""


def test_a_change_from_an_mnkr_table_to_a_tkr_table_is_said_in_one_unit() -> None:
    docs = [LoadedDocument(path=f"{n}.txt", text=t, sha256=n, meta=DocumentMeta(title=title, date=date))
            for n, t, title, date in (("delar", INTERIM, "Delårsrapport januari–augusti 2024", "2024-09-30"),
                                      ("budget", BUDGET, "Budget 2025", "2024-11-18"))]
    book = FigureBook(tuple(extract_figures(d) for d in docs))
    answer = answer_figures("vård och omsorg, prognosen för 2024 jämfört med budgeten för 2025, hur stor är skillnaden?",
                            book)
    assert answer is not None and not answer.refused
    assert answer.calculation.result == Decimal("1900")
    assert "1,9 miljoner kronor (1 900 tkr" in answer.text and "från 669 500 tkr till 671 400 tkr" in answer.text
    assert "669,5 tkr" not in answer.text

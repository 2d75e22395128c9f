"""A change between two years no kind of column is asked of is read in a table holding both years in one kind."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.columns import compares_like
from assistant.budget.store import DocumentFigures, FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

REPORT = """Resultaträkning, mnkr

| Post | Utfall 2024 | Budget 2024 | Utfall 2023 |
|---|---|---|---|
| Verksamhetens intäkter | 219,7 | 205,0 | 212,4 |
| Verksamhetens nettokostnader | -986,8 | -981,3 | -947,5 |
| Skatteintäkter | 709,6 | 712,8 | 680,3 |
"""

BUDGET = """Driftbudget per nämnd, mnkr

| Nämnd | Bokslut 2023 | Budget 2024 | Budget 2025 |
|---|---|---|---|
| Kommunstyrelsen | 120,4 | 125,0 | 130,2 |
| Socialnämnden | 400,1 | 410,3 | 420,9 |
| Verksamhetens nettokostnader | 947,5 | 981,3 | 1022,2 |
"""


def _document(path: str, text: str, doc_type: str, date: str) -> DocumentFigures:
    doc = LoadedDocument(path=path, text=text, sha256=path,
                         meta=DocumentMeta(title=path, date=date, doc_type=doc_type, municipality="Aby"))
    return extract_figures(doc)


def test_a_change_between_years_is_read_where_both_years_are_of_one_kind() -> None:
    report = _document("aby/arsredovisning-2024.txt", REPORT, "annual_report", "2025-04-23")
    budget = _document("aby/budget-2025.txt", BUDGET, "budget", "2024-11-27")
    assert compares_like(report.tables[0], (2023, 2024))
    assert not compares_like(budget.tables[0], (2023, 2024))  # a budget beside an outcome
    assert compares_like(budget.tables[0], (2024, 2025))
    answer = answer_figures("Med hur många procent ökade verksamhetens nettokostnader 2024 jämfört med 2023?",
                            FigureBook((budget, report)))
    assert answer is not None and answer.calculation is not None
    assert [i.column for i in answer.calculation.inputs] == ["Utfall 2023", "Utfall 2024"]
    assert round(answer.calculation.result, 2) == Decimal("4.15")


"""A row named stands only in a table lacking a year asked, and another table holding the year is titled by the row's
thing with one grand total ("Folkmängd ... den 31 december 2019–2024, efter ålder"): its total is the row in that
year, also when the question named the row by a word of another form ("hur många bodde": "Folkmängd 31 december")."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

OVERVIEW = """Översikt över utvecklingen

| | 2022 | 2023 |
|---|---|---|
| Folkmängd 31 december | 14 498 | 14 620 |
| Kommunal skattesats, kr | 22,14 | 22,14 |
"""

AGES = """Folkmängd i Vaggeryds kommun den 31 december 2022–2024, efter ålder

| Ålder | 2022 | 2023 | 2024 |
|---|---|---|---|
| 0–5 år | 1115 | 1131 | 1127 |
| 6 år och äldre | 13383 | 13489 | 13541 |
| Totalt | 14498 | 14620 | 14668 |
"""


def _book() -> FigureBook:
    docs = (LoadedDocument(path="ar.md", sha256="a", meta=DocumentMeta(title="Årsredovisning 2023"), text=OVERVIEW),
            LoadedDocument(path="bef.md", sha256="b", meta=DocumentMeta(title="Befolkning"), text=AGES))
    return FigureBook(tuple(extract_figures(d) for d in docs))


def test_the_titled_total_holds_the_year_the_named_rows_table_lacks() -> None:
    answer = answer_figures("hur många bodde i kommunen 2024?", _book())
    assert answer is not None and answer.calculation is not None, answer
    assert answer.calculation.result == Decimal(14668), answer.text
    change = answer_figures("hur mycket ökade det jämfört med året innan?", _book(),
                            history=("hur många bodde i kommunen 2024?",))
    assert change is not None and change.calculation is not None and change.calculation.result == Decimal(48), \
        change and change.text

"""A share's whole said as two rows ("i procent av skatter och generella statsbidrag") whose second the question's
words name in another document first ("Generella statsbidrag" of an interim report lacking the year): read in the
budget of that year ("Generella statsbidrag och utjämning"), it is still joined to the whole, not added to the part."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

REPORT = """Resultaträkning

| Mnkr | Utfall jan–aug 2024 | Prognos 2024 |
|---|---|---|
| Skatteintäkter | 383,6 | 574,5 |
| Generella statsbidrag | 152,0 | 227,9 |
| Periodens/årets resultat | 31,2 | 14,1 |
"""

BUDGET = """Resultatbudget

| Mnkr | Budget 2024 | Budget 2025 |
|---|---|---|
| Skatteintäkter | 571,4 | 596,8 |
| Generella statsbidrag och utjämning | 226,5 | 233,0 |
| Årets resultat | 16,0 | 19,6 |
"""


def test_the_whole_joined_to_the_denominator_is_renamed_with_the_rows() -> None:
    docs = (LoadedDocument(path="d.md", sha256="d", meta=DocumentMeta(title="Delårsrapport 2024"), text=REPORT),
            LoadedDocument(path="b.md", sha256="b", meta=DocumentMeta(title="Budget 2025"), text=BUDGET))
    answer = answer_figures("hur stort resultat budgeteras 2025 i procent av skatter och generella statsbidrag?",
                            FigureBook(tuple(extract_figures(d) for d in docs)))
    assert answer is not None and answer.calculation is not None, answer
    assert round(answer.calculation.result, 2) == Decimal("2.36"), answer.text

"""An English question whose words name a Swedish row through the glossary: "the average interest rate" is the row
"Genomsnittlig ränta, %", its "average" part of the row's name, no mean to compute."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

PAGE = """Finansiell information

Finansiella nyckeltal per 31 december

| Nyckeltal | 2022 | 2023 | 2024 |
|---|---|---|---|
| Låneskuld, mnkr | 712 | 748 | 781 |
| Genomsnittlig ränta, % | 1,9 | 2,8 | 3,0 |
"""


def test_the_average_interest_rate_is_the_rows_figure() -> None:
    doc = LoadedDocument(path="asby/finans.html", text=PAGE, sha256="f",
                         meta=DocumentMeta(title="Finansiell information", date="2025-03-01", municipality="Åsby"))
    answer = answer_figures("What was the average interest rate on the municipality's loans in 2024?",
                            FigureBook((extract_figures(doc),)), language="en")
    assert answer is not None and "3.0%" in answer.text and "average" not in answer.text

"""A change in the number of what a table stating no unit is titled by ("hur mycket ökade antalet årsarbetare
totalt"): its total row's figures are counts, not kronor; the word asking the count ("antalet") need not stand in
the title."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

TEXT = """Tabell 6. Årsarbetare, tillsvidareanställda, per 31 december

| Förvaltning | 2021 | 2022 | 2023 |
|---|---:|---:|---:|
| Kommunledningsförvaltningen | 118 | 121 | 124 |
| Socialförvaltningen | 478 | 485 | 497 |
| Totalt | 596 | 606 | 621 |
"""


def test_the_change_in_a_count_is_said_without_kronor() -> None:
    doc = LoadedDocument(path="p.md", text=TEXT, sha256="0", meta=DocumentMeta(title="Personal", date="2024-03-01"))
    answer = answer_figures("Hur mycket ökade antalet årsarbetare totalt mellan 2021 och 2023?",
                            FigureBook((extract_figures(doc),)))
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal(25)
    assert "kr" not in answer.text.replace("tabellen anger", "")

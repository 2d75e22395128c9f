"""Rows of their own units read in one answer are each said in their unit ("Skattesats, kr" beside sums in mnkr)."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures


KEY_FIGURES = """Budget 2025

Nyckeltal, belopp i mnkr

| | Budget 2024 | Budget 2025 |
|---|---|---|
| Skattesats, kr | 22,11 | 22,11 |
| Skatteintäkter | 1 276,0 | 1 327,0 |
"""


def test_rows_of_their_own_units_read_together_are_each_said_in_their_unit() -> None:
    """A rate in kronor asked with a sum in mnkr: "22,11 kronor", never "22,1 miljoner kronor"."""
    doc = LoadedDocument(path="k.md", text=KEY_FIGURES, sha256="k", meta=DocumentMeta(title="Budget 2025"))
    answer = answer_figures("Vilken skattesats och hur stora skatteintäkter har kommunen 2025?",
                            FigureBook((extract_figures(doc),)))
    assert answer is not None and "22,11 kronor" in answer.text and "22,1 miljoner" not in answer.text, answer.text
    assert "1,3 miljarder kronor" in answer.text, answer.text

"""An English follow-up asks of the row its earlier turn was answered with: "by how much was it raised?" after "What
is the municipal tax rate for 2025?" is the change of "Skattesats, kr" (the glossary's Swedish for the phrase), not
of "Skatteintäkter" that the word "tax" alone would name; and "raised" still asks a change."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

TEXT = """Resultatbudget (mnkr)

| | Prognos 2024 | Budget 2025 |
|---|---:|---:|
| Skatteintäkter | 573,1 | 601,7 |
| Årets resultat | 4,2 | 7,6 |

Ekonomiska nyckeltal

| | Prognos 2024 | Budget 2025 |
|---|---:|---:|
| Skattesats, kr | 22,04 | 22,39 |
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="b.md", sha256="b", meta=DocumentMeta(title="Budget 2025"), text=TEXT)
    return FigureBook((DocumentFigures(doc_path="b.md", sha256="b", title="Budget 2025", doc_type="budget", date=None,
                                       tables=tuple(parse_tables(doc)), amounts=()),))


def test_the_first_turn_reads_the_phrase_in_swedish() -> None:
    answer = answer_figures("What is the municipal tax rate for 2025?", _book(), language="en")
    assert answer is not None and answer.calculation is not None and answer.calculation.result == Decimal("22.39")


def test_an_english_followup_changes_the_row_its_earlier_turn_was_answered_with() -> None:
    answer = answer_figures("by how much was it raised 2025?", _book(),
                            history=("What is the municipal tax rate for 2025?",), language="en")
    assert answer is not None and answer.calculation is not None, answer
    assert answer.calculation.operation == "change" and answer.calculation.result == Decimal("0.35"), answer.text

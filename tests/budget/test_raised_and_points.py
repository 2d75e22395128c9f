"""Verbs of raising and lowering ask for a change ("höjs", "sänktes": plan.CHANGE); a change of a percentage is
said in percentage points; "hur många procentenheter" asks for no count (query.COUNT)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.budget.answer import answer_figures
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from assistant.understand.query import analyse
from core.types import DocumentMeta, LoadedDocument

GRANTS = """Fördelning av föreningsbidrag 2027

| Förening | Beviljat 2026 | Förslag 2027 |
|---|---:|---:|
| Norrby IF | 285 000 | 310 000 |
| Söderby SK | 120 000 | 114 000 |
| Summa | 405 000 | 424 000 |
"""

ABSENCE = """Personal per nämnd

| Nämnd | Sjukfrånvaro 2024, % | Sjukfrånvaro 2023, % |
|---|---:|---:|
| Kommunstyrelsen | 4,8 | 5,2 |
| Vård- och omsorgsnämnden | 9,8 | 10,6 |
| Totalt | 7,9 | 8,6 |
"""


def _book(text: str) -> FigureBook:
    doc = LoadedDocument(path="d.md", sha256="0", meta=DocumentMeta(title="Protokoll"), text=text)
    return FigureBook((DocumentFigures(doc_path="d.md", sha256="0", title="Protokoll", doc_type=None, date=None,
                                       tables=tuple(parse_tables(doc)), amounts=()),))


@pytest.mark.parametrize("question, result", [
    ("Hur mycket höjs Norrby IF:s bidrag 2027 i procent?", Decimal("8.8")),
    ("Med hur många procent sänks Söderby SK:s bidrag 2027?", Decimal("-5.0")),
    ("By how many percent does the municipality raise Norrby IF:s bidrag in 2027?", Decimal("8.8")),  # base form
])
def test_a_verb_of_raising_or_lowering_asks_for_the_change_from_the_year_before(question: str, result: Decimal
                                                                                 ) -> None:
    answer = answer_figures(question, _book(GRANTS))
    assert answer is not None and answer.calculation.operation == "percent_change"
    assert round(answer.calculation.result, 1) == result


def test_a_change_of_a_percentage_is_said_in_percentage_points() -> None:
    answer = answer_figures("Hur mycket minskade sjukfrånvaron i vård- och omsorgsnämnden mellan 2023 och 2024?",
                            _book(ABSENCE))
    assert answer is not None and answer.calculation.result == Decimal("-0.8")
    assert "0,8 procentenheter" in answer.text and "(7,5 %)" in answer.text  # in the precision the table writes


@pytest.mark.parametrize("question, count", [
    ("Med hur många procentenheter sjönk sjukfrånvaron?", False),
    ("Hur många procent ökade kostnaden?", False),
    ("Hur många anställda har kommunen?", True),
])
def test_percentage_points_are_no_count(question: str, count: bool) -> None:
    assert analyse(question).wants_count is count

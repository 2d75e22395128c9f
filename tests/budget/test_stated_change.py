"""A change between two years no table holding the row holds both of is the change a table holding the later year
states in a column naming the earlier ("Förändring mot budget 2025, %"), in per cent when a percent is asked."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

REPORT = """Årsredovisning 2025

Driftredovisning per nämnd, mnkr

| Nämnd | Utfall 2024 | Budget 2025 | Utfall 2025 |
|---|---:|---:|---:|
| Barn- och utbildningsnämnden | 1 183,1 | 1 229,0 | 1 235,2 |
| Vård- och omsorgsnämnden | 1 080,4 | 1 120,0 | 1 131,9 |
"""

BUDGET = """Budget 2026 – så används dina skattepengar

Facknämndernas budget 2026

| Nämnd | Budget 2026, mnkr | Förändring mot budget 2025, mnkr | Förändring mot budget 2025, % |
|---|---:|---:|---:|
| Barn- och utbildningsnämnden | 1 262,4 | 33,4 | 2,7 |
| Vård- och omsorgsnämnden | 1 168,4 | 48,4 | 4,3 |
"""


def _book(*texts: tuple[str, str, str]) -> FigureBook:
    return FigureBook(tuple(extract_figures(LoadedDocument(path=path, text=text, sha256=path, meta=DocumentMeta(
        title=text.splitlines()[0], date=date))) for path, text, date in texts))


def test_the_change_a_table_of_the_later_year_states_against_the_earlier() -> None:
    book = _book(("ar.md", REPORT, "2026-04-20"), ("b.md", BUDGET, "2025-11-20"))
    answer = answer_figures("Med hur många procent ökar barn- och utbildningsnämndens budget från 2025 till 2026?", book)
    assert answer is not None and answer.calculation is not None, answer
    assert answer.calculation.result == Decimal("2.7"), answer.text
    answer = answer_figures("Hur mycket ökar vård- och omsorgsnämndens budget från 2025 till 2026?", book)
    assert answer is not None and answer.calculation is not None, answer
    assert answer.calculation.result == Decimal("48.4"), answer.text


def test_a_table_holding_both_years_computes_the_change() -> None:
    both = BUDGET.replace("| Budget 2026, mnkr |", "| Budget 2025, mnkr | Budget 2026, mnkr |").replace(
        "|---:|---:|---:|", "|---:|---:|---:|---:|").replace("| 1 262,4 |", "| 1 229,0 | 1 262,4 |").replace(
        "| 1 168,4 |", "| 1 120,0 | 1 168,4 |")
    answer = answer_figures("Med hur många procent ökar barn- och utbildningsnämndens budget från 2025 till 2026?",
                            _book(("b.md", both, "2025-11-20")))
    assert answer is not None and answer.calculation is not None, answer
    assert round(answer.calculation.result, 1) == Decimal("2.7") and len(answer.calculation.inputs) == 2, answer.text

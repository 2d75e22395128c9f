"""A share of a deviation ("hur stor del av socialnämndens underskott gäller IFO") needs each row's deviation: over
a table of net costs without a deviation column, or a budget and an outcome to compute one, the calculator refuses
instead of computing a share of the net costs."""
import pytest

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from ingest.load import load_document
from ingest.tables import extract_figures

BUDGET = """# Driftbudget 2025 per verksamhet

Belopp i tkr.

| Verksamhet | Nettokostnad budget 2025 |
|---|---|
| Socialnämnden | 302 800 |
| Individ- och familjeomsorg | 44 800 |
| Hemtjänst | 61 000 |
"""

OUTCOME = """# Driftredovisning per verksamhet 2025

Belopp i tkr.

| Verksamhet | Budget 2025 | Utfall 2025 |
|---|---|---|
| Socialnämnden | 302 800 | 312 600 |
| Individ- och familjeomsorg | 44 800 | 50 900 |
| Hemtjänst | 61 000 | 64 700 |
"""


def _book(tmp_path, text: str) -> FigureBook:
    path = tmp_path / "tabell.md"
    path.write_text(text, encoding="utf-8")
    return FigureBook((extract_figures(load_document(path, sidecar={})),))


def test_no_share_of_a_deviation_from_net_costs(tmp_path) -> None:
    answer = answer_figures("Hur stor del av socialnämndens underskott gäller individ- och familjeomsorgen?",
                            _book(tmp_path, BUDGET))
    assert answer is not None and answer.refused and "avvikelse" in answer.text


def test_a_budget_and_an_outcome_hold_the_deviation(tmp_path) -> None:
    answer = answer_figures("Hur stor del av socialnämndens underskott gäller individ- och familjeomsorgen?",
                            _book(tmp_path, OUTCOME))
    assert answer is None or "ingen kolumn för avvikelse" not in answer.text

""""Vid senaste årsskiftet", "senaste bokslutet", "the latest year": the latest year the table states as an outcome
(a bare year or an Utfall/Bokslut column), not a budget's or plan's later year."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

SUMMARY = """Fem år i sammandrag

| | 2020 | 2021 | 2022 | 2023 | 2024 |
|---|---:|---:|---:|---:|---:|
| Antal invånare 31 december | 20123 | 20210 | 20302 | 20415 | 20548 |
"""

BUDGET = """Resultatbudget

Belopp i mnkr

| | Bokslut 2023 | Budget 2024 | Plan 2025 |
|---|---:|---:|---:|
| Årets resultat | 31,4 | 18,0 | 22,5 |
"""


def book(text: str) -> FigureBook:
    doc = LoadedDocument(path="a.md", sha256="0", meta=DocumentMeta(title="Årsredovisning"), text=text)
    return FigureBook((DocumentFigures(doc_path="a.md", sha256="0", title="Årsredovisning", doc_type="annual_report",
                                       date=None, tables=tuple(parse_tables(doc)), amounts=()),))


def test_the_latest_year_end_is_the_tables_latest_year() -> None:
    answer = answer_figures("hur många invånare hade kommunen vid senaste årsskiftet?", book(SUMMARY))
    assert answer is not None and "20 548" in answer.text and "2024" in answer.text


def test_the_latest_outcome_is_not_a_budgets_later_year() -> None:
    answer = answer_figures("vad blev årets resultat senaste året?", book(BUDGET))
    assert answer is not None and "31,4" in answer.text

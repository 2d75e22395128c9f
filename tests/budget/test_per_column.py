"""A figure asked per one of something that its own table states in a column of that measure ("Kr per inv. 2025"
beside "Budget 2025 mnkr") is read in that column, in its own unit, not divided by a count elsewhere."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

BUDGET = """Driftbudget per nämnd

| Nämnd | Budget 2024 mnkr | Budget 2025 mnkr | Kr per inv. 2025 |
|---|---:|---:|---:|
| Socialnämnden | 265,2 | 276,9 | 30 065 |
| Kultur- och fritidsnämnden | 30,1 | 31,0 | 3 366 |
"""

POPULATION = """Befolkningsutveckling 2022–2024

| År | 2022 | 2023 | 2024 |
|---|---:|---:|---:|
| Folkmängd | 9 150 | 9 190 | 9 210 |
"""


def book(*texts: str) -> FigureBook:
    docs = []
    for n, text in enumerate(texts):
        loaded = LoadedDocument(path=f"d{n}.md", sha256=str(n), meta=DocumentMeta(title="Budget 2025"), text=text)
        docs.append(DocumentFigures(doc_path=f"d{n}.md", sha256=str(n), title="Budget 2025", doc_type="budget",
                                    date=None, tables=tuple(parse_tables(loaded)), amounts=()))
    return FigureBook(tuple(docs))


def test_a_figure_per_inhabitant_is_read_in_its_tables_column_per_inhabitant() -> None:
    answer = answer_figures("Hur mycket får socialnämnden 2025 per invånare?", book(BUDGET))
    assert answer is not None and "30 065 kronor" in answer.text and "mnkr" not in answer.text.split("Underlag")[0]


def test_the_column_wins_over_a_population_table_lacking_the_year() -> None:
    # the population table ends in 2024: dividing would refuse 2025; the budget states the figure per invånare
    answer = answer_figures("Hur mycket får socialnämnden 2025 per invånare?", book(BUDGET, POPULATION))
    assert answer is not None and not answer.refused and "30 065" in answer.text


def test_without_a_column_per_inhabitant_the_figure_is_divided_as_before() -> None:
    answer = answer_figures("Hur mycket får socialnämnden 2024 per invånare?", book(BUDGET, POPULATION))
    assert answer is not None and "28 795" in answer.text  # 265,2 mnkr / 9 210

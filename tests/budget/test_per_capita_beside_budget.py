"""A column in a unit of its own ("Nettokostnad per invånare kr 2025" beside "Budget 2025 mnkr") measures something
else than the year's budget: it is no net of the year's columns, so a question asking what a committee gets reads
the budget; a part asking a change against a year ("..., and how much is that up from 2024?") asks the change of the
first part's figure, not that figure of the other year."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from assistant.budget.plan import CHANGE
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from assistant.understand.parts import _of_year
from core.types import DocumentMeta, LoadedDocument

BUDGET = """Driftbudget per nämnd

| Nämnd | Budget 2024 mnkr | Budget 2025 mnkr | Nettokostnad per invånare kr 2025 | Plan 2026 mnkr |
|---|---:|---:|---:|---:|
| Kommunstyrelsen | 96,5 | 99,8 | 14 339 | 101,9 |
| Socialnämnden | 214,8 | 223,1 | 32 055 | 229,4 |
| Totalt nämnder | 311,3 | 322,9 | 46 394 | 331,3 |
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="b.md", sha256="b", meta=DocumentMeta(title="Budget och plan 2025–2027"), text=BUDGET)
    return FigureBook((DocumentFigures(doc_path="b.md", sha256="b", title="Budget och plan 2025–2027",
                                       doc_type="budget", date=None, tables=tuple(parse_tables(doc)), amounts=()),))


def test_what_a_committee_gets_is_its_budget_not_its_cost_per_inhabitant() -> None:
    answer = answer_figures("hur mycket får socialnämnden 2025?", _book())
    assert answer is not None and "223,1" in answer.text, answer and answer.text
    answer = answer_figures("vad är nettokostnaden per invånare för socialnämnden 2025?", _book())
    assert answer is not None and "32 055" in answer.text, answer and answer.text


def test_a_part_asking_the_change_against_a_year_keeps_the_first_parts_year() -> None:
    first = "How much does Socialnämnden get in the 2025 budget?"
    assert _of_year("and how much is that up from 2024?", first) == "and how much is that up from 2024?"
    assert _of_year("and what was it in 2024?", first) == "How much does Socialnämnden get in the 2024 budget?"
    assert CHANGE.search("how much is that up from 2024?") and CHANGE.search("down by 3 %")


SLASHED = """Driftbudget per nämnd (tkr)

| Nämnd | Budget 2025 | Nettokostnad kr/inv 2025 |
|---|---:|---:|
| Kommunstyrelsen | -98 500 | -9 398 |
| Socialnämnden | -268 900 | -25 658 |
| Invånare (budgeterat antal) | 10 000 | |
"""


def test_a_column_per_inhabitant_written_with_a_slash_answers_per_inhabitant() -> None:
    doc = LoadedDocument(path="s.md", sha256="s", meta=DocumentMeta(title="Budget 2025"), text=SLASHED)
    book = FigureBook((DocumentFigures(doc_path="s.md", sha256="s", title="Budget 2025", doc_type="budget",
                                       date=None, tables=tuple(parse_tables(doc)), amounts=()),))
    answer = answer_figures("vad kostar socialnämnden per invånare 2025?", book)
    assert answer is not None and "25 658" in answer.text, answer and answer.text

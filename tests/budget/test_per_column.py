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


COSTS = """Belopp i tkr (kostnad per invånare i kr)

| Verksamhet | Utfall 2023 | Budget 2025 | Kostnad per invånare 2025 |
|---|---:|---:|---:|
| Förskola | 58 210 | 61 980 | 8 433 |
| Äldreomsorg | 118 340 | 128 650 | 17 503 |
"""


def test_a_column_per_inhabitant_has_the_unit_its_title_gives_it() -> None:
    # the title's clause "kostnad per invånare i kr" gives that column kronor, the table's others tkr
    answer = answer_figures("Hur mycket kostar äldreomsorgen per invånare 2025?", book(COSTS))
    assert answer is not None and "17 503 kronor" in answer.text and "tkr" not in answer.text.split("Underlag")[0]


def test_a_follow_up_naming_only_a_row_keeps_the_earlier_turns_per_inhabitant() -> None:
    answer = answer_figures("och äldreomsorgen?", book(COSTS),
                            history=["Hur mycket kostar förskolan per invånare 2025?"])
    assert answer is not None and "17 503 kronor" in answer.text


def test_a_follow_up_asking_its_own_operation_does_not_borrow_per() -> None:
    answer = answer_figures("hur mycket ökar äldreomsorgen från 2023 till 2025?", book(COSTS),
                            history=["Hur mycket kostar förskolan per invånare 2025?"])
    assert answer is not None and "17 503" not in answer.text


INTERIM = """Nettokostnad per nämnd, helårsprognos

| Nämnd | Budget 2025 mnkr | Prognos 2025 mnkr |
|---|---:|---:|
| Socialnämnden | 276,9 | 281,0 |
| Kultur- och fritidsnämnden | 31,0 | 30,4 |
"""


def test_a_table_repeating_the_figure_lends_the_column_of_the_table_stating_it_per_inhabitant() -> None:
    # the interim report's table is read first; the budget states the same 31,0 mnkr and, beside it, kr per inv.
    answer = answer_figures("Hur mycket får kultur- och fritidsnämnden i budget 2025 per invånare?",
                            book(INTERIM, BUDGET))
    assert answer is not None and not answer.refused and "3 366" in answer.text, answer and answer.text
    assert answer.sources and answer.sources[0].doc_path == "d1.md"


INTERIM_2024 = """Nettokostnad per nämnd, delår

| Nämnd | Budget 2024 mnkr | Prognos 2024 mnkr |
|---|---:|---:|
| Socialnämnden | 265,2 | 268,0 |
| Kultur- och fritidsnämnden | 30,1 | 29,8 |
"""


def test_asked_without_a_year_the_table_stating_it_per_inhabitant_answers() -> None:
    # no year: the budget's column per invånare, not an interim report's budget of another year divided
    answer = answer_figures("hur mycket kostar socialnämnden per invånare?", book(INTERIM_2024, POPULATION, BUDGET))
    assert answer is not None and not answer.refused and "30 065" in answer.text, answer and answer.text


def test_a_follow_up_per_inhabitant_after_the_population_of_a_year_the_budget_lacks() -> None:
    # the earlier turn's 2023 is the population's year, which the budget (2024, 2025) lacks: its column per invånare
    answer = answer_figures("hur mycket kostar socialnämnden per invånare då?", book(POPULATION, BUDGET),
                            history=["Hur många invånare hade kommunen 2023?"])
    assert answer is not None and not answer.refused and "30 065" in answer.text, answer and answer.text
    # a year the question says itself stays asked
    said = answer_figures("hur mycket kostar socialnämnden per invånare 2023?", book(POPULATION, BUDGET))
    assert said is not None and "30 065" not in said.text

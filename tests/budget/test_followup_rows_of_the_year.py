"""A follow-up asking another year ("och 2027 då?") reads the row its earlier turn named in a table holding that year:
"Årets resultat" of the budget with its plan years, not "Periodens/årets resultat" of an interim report that only
has 2024 (a budget of the whole year among its columns) (the rows are sought again with the earlier turn's words, as a question naming the year is)."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

REPORT = """Resultaträkning (mnkr)

| | Utfall jan–aug 2024 | Utfall jan–aug 2023 | Prognos helår 2024 | Budget helår 2024 |
|---|---:|---:|---:|---:|
| Verksamhetens resultat | 12,2 | 11,0 | -2,0 | 21,8 |
| Periodens/årets resultat | 8,1 | 9,2 | -8,6 | 12,3 |
"""

BUDGET = """Resultatbudget (mnkr)

| | Utfall 2023 | Prognos 2024 | Budget 2025 | Plan 2026 | Plan 2027 |
|---|---:|---:|---:|---:|---:|
| Verksamhetens resultat | 3,2 | -2,0 | 24,3 | 28,6 | 34,5 |
| Resultat efter finansiella poster | 0,1 | -8,6 | 16,5 | 19,5 | 24,1 |
| Årets resultat | 0,1 | -8,6 | 16,5 | 19,5 | 24,1 |
"""

KEY_FIGURES = """Nyckeltal

| | 2022 | 2023 | Prognos 2024 |
|---|---:|---:|---:|
| Årets resultat, mnkr | 18,4 | 0,1 | -8,6 |
| Resultat i procent av skatter och bidrag, % | 2,1 | 0,0 | -0,9 |
"""


def _book() -> FigureBook:
    figures = []
    for path, title, text in (("r.md", "Delårsrapport 2024", REPORT), ("b.md", "Budget och plan 2025–2027", BUDGET),
                              ("f.md", "Finansiell information", KEY_FIGURES)):
        doc = LoadedDocument(path=path, sha256=path, meta=DocumentMeta(title=title), text=text)
        figures.append(DocumentFigures(doc_path=path, sha256=path, title=title, doc_type="budget", date=None,
                                       tables=tuple(parse_tables(doc)), amounts=()))
    return FigureBook(tuple(figures))


def test_a_follow_up_year_reads_the_row_in_the_table_holding_it() -> None:
    first = "vad är budgeterade resultat 2025?"
    answer = answer_figures("och 2027 då?", _book(), history=(first,))
    assert answer is not None and not answer.refused
    assert answer.calculation is not None and str(answer.calculation.result) == "24.1"


def test_more_than_a_year_in_a_follow_up_asks_the_change_from_it() -> None:
    """"hur många procent är det mer än 2024?" after a question on 2025 holds the 2025 figure against 2024's (a year
    ending the clause is the other side); "fler än 2000 invånare" is a count set as a condition, no year."""
    from assistant.budget.plan import AGAINST_NUMBER, plan_question

    book = _book()
    plan = plan_question("hur många procent är det mer än 2024?", book.index.lexicon,
                         history=("vad är budgeterade resultat 2025?",))
    assert plan.operation == "percent_change" and sorted(plan.years) == [2024, 2025]
    assert AGAINST_NUMBER.search("kommuner med fler än 2000 invånare")
    assert not AGAINST_NUMBER.search("hur många procent är det mer än 2024?")


def test_a_period_of_months_said_with_till_and_carried_by_a_follow_up() -> None:
    """"januari till augusti 2024" is the period "jan–aug" an interim report's column covers, and "och samma period
    året innan?" asks the same months of 2023: "Periodens/årets resultat" there, not a whole year's key figure."""
    from assistant.budget.layout import MONTH_PERIOD, months_covered

    assert months_covered("januari till augusti 2024") == 8 and months_covered("mars till och med juni") == 4
    assert MONTH_PERIOD.search("maj till 2025") is None
    first = "vad blev resultatet för januari till augusti 2024?"
    answer = answer_figures(first, _book())
    assert answer is not None and str(answer.calculation.result) == "8.1"
    again = answer_figures("och samma period året innan?", _book(), history=(first,))
    assert again is not None and str(again.calculation.result) == "9.2"

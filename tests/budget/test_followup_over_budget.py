""""hur många procent över budget är det?" after "vad har nämnden för prognos för 2025?" holds the forecast the
conversation named against the budget (not an assumed outcome so far), as the percent by which it exceeds it."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

TEXT = """Driftredovisning per nämnd (mnkr)

| Nämnd | Budget 2025 | Utfall jan–aug 2025 | Prognos 2025 |
|---|---:|---:|---:|
| Kommunstyrelsen | 98,0 | 61,2 | 97,5 |
| Barn- och utbildningsnämnden | 221,4 | 144,8 | 223,9 |
| Summa nämnder | 319,4 | 206,0 | 321,4 |
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="d.md", sha256="d", meta=DocumentMeta(title="Delårsrapport 2025"), text=TEXT)
    return FigureBook((DocumentFigures(doc_path="d.md", sha256="d", title="Delårsrapport 2025", doc_type="rapport",
                                       date=None, tables=tuple(parse_tables(doc)), amounts=()),))


def test_the_earlier_forecast_is_held_against_the_budget_in_percent() -> None:
    first = "Vad har Barn- och utbildningsnämnden för prognos för 2025?"
    answer = answer_figures("hur många procent över budget är det?", _book(), history=(first,))
    assert answer is not None and not answer.refused and answer.calculation is not None
    assert answer.calculation.operation == "percent_change"
    assert {i.column for i in answer.calculation.inputs} == {"Budget 2025", "Prognos 2025"}


INVESTMENTS = """Investeringsbudget per projekt (mnkr)

| Projekt | Budget 2027 | Plan 2028 | Plan 2029 | Totalt 2027–29 |
|---|---:|---:|---:|---:|
| Ny brandstation Södra Vi | 15,0 | 22,0 | – | 37,0 |
| IT-infrastruktur | 4,5 | 4,0 | 4,0 | 12,5 |
| Summa investeringar | 19,5 | 26,0 | 4,0 | 49,5 |
"""


def test_a_follow_up_total_of_one_project_is_its_whole_over_the_years() -> None:
    """"och totalt för hela projektet?" after the project's figure for 2027: the row's whole (the table's column of
    wholes), not the 2027 cell again, nor a sum refused for a year the project has no figure."""
    doc = LoadedDocument(path="i.md", sha256="i", meta=DocumentMeta(title="Budget 2027"), text=INVESTMENTS)
    book = FigureBook((DocumentFigures(doc_path="i.md", sha256="i", title="Budget 2027", doc_type="budget",
                                       date=None, tables=tuple(parse_tables(doc)), amounts=()),))
    first = "Vad är budgeten för nya brandstationen i Södra Vi 2027?"
    answer = answer_figures("och totalt för hela projektet?", book, history=(first,))
    assert answer is not None and not answer.refused and str(answer.calculation.result) == "37.0"
    every = answer_figures("och totalt?", book, history=("hur mycket investeras i IT-infrastruktur och brandstationen 2027?",))
    assert every is not None and str(every.calculation.result) == "19.5"  # several rows: their sum that year


def test_exceeding_a_budget_holds_the_figure_against_it() -> None:
    """"exceed its budget", "överskred sin budget": the outcome held against the budget, as "över budget" is."""
    from assistant.budget.columns import held_against

    assert held_against("By how much did socialnämnden exceed its budget in 2023?") == "Budget"
    assert held_against("Med hur mycket har socialnämnden överskridit budgeten 2023?") == "Budget"
    assert held_against("Hur stor var socialnämndens budget 2023?") is None

"""Committees restricted by a clause saying they went over their budget ("de nämnder i Norrby som gick över
budget") are those of a deficit: their deviations are summed, not the table's total named by its title's word."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.plan import plan_question
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

REPORT = """Årsredovisning 2023 Norrby kommun

Nämndernas budgetutfall 2023

| Mnkr | Budget 2023 | Utfall 2023 | Avvikelse |
|---|---:|---:|---:|
| Kommunstyrelsen | 73,0 | 71,8 | 1,2 |
| Barn- och utbildningsnämnden | 245,0 | 246,3 | -1,3 |
| Vård- och omsorgsnämnden | 196,5 | 201,7 | -5,2 |
| Individ- och familjenämnden | 54,8 | 57,9 | -3,1 |
| Kultur- och fritidsnämnden | 23,4 | 23,1 | 0,3 |
| Summa | 592,7 | 600,8 | -8,1 |
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="ar.md", text=REPORT, sha256="ar",
                         meta=DocumentMeta(title="Årsredovisning 2023", date="2024-04-22", doc_type="annual_report"))
    return FigureBook((extract_figures(doc),))


def test_committees_that_went_over_budget_are_those_of_a_deficit() -> None:
    book = _book()
    question = "Hur stort var det sammanlagda underskottet 2023 för de nämnder som gick över budget?"
    answer = answer_figures(question, book)
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal("-9.6")


def test_the_place_of_the_committees_comes_before_their_clause() -> None:
    question = "Hur stort var det sammanlagda underskottet 2023 för nämnderna i Norrby som gick back?"
    assert plan_question(question, _book().index.lexicon).of_sign


BUDGET = """Mål och budget 2025 Norrby kommun

Driftbudget per nämnd

| Mnkr | Bokslut 2023 | Budget 2024 | Budget 2025 |
|---|---:|---:|---:|
| Nämnder | | | |
| Kommunstyrelsen | 71,8 | 74,0 | 76,0 |
| Barn- och utbildningsnämnden | 246,3 | 250,0 | 255,0 |
| Vård- och omsorgsnämnden | 201,7 | 205,0 | 210,0 |
| Individ- och familjenämnden | 57,9 | 58,0 | 59,0 |
| Kultur- och fritidsnämnden | 23,1 | 24,0 | 24,5 |
| Övrigt | | | |
| Finansförvaltning | 10,0 | 11,0 | 12,0 |
"""


def test_the_committees_of_a_section_named_by_the_word_are_those_of_the_sign() -> None:
    # "nämnder" names the section "Nämnder" of another document's table: its committees are read in the table of
    # deviations, and only those in deficit are summed
    budget = LoadedDocument(path="mb.md", text=BUDGET, sha256="mb",
                            meta=DocumentMeta(title="Mål och budget 2025", date="2024-11-20", doc_type="budget"))
    book = FigureBook((*_book().documents, extract_figures(budget)))
    question = "Hur stort var det sammanlagda underskottet för de nämnder som gick med underskott 2023?"
    answer = answer_figures(question, book)
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal("-9.6")

"""Two kinds of column held against each other in one year ("hur stor del av budgeten 2024 hade de gjort av med
efter augusti": the outcome of 2024 against its budget) are read in the table holding both kinds for that year,
not in a budget whose only outcome column is an earlier year's ("Bokslut 2023")."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

BUDGET = """Nettokostnad per nämnd (tkr)

| Nämnd | Bokslut 2023 | Budget 2024 | Budget 2025 |
|---|---:|---:|---:|
| Kommunstyrelsen | -112 460 | -115 300 | -118 650 |
| Socialnämnden | -221 380 | -220 600 | -231 780 |
| Summa nämnder | -333 840 | -335 900 | -350 430 |
"""
INTERIM = """Prognos per nämnd 2024, tkr

| Nämnd | Budget 2024 | Utfall jan–aug | Prognos helår |
|---|---:|---:|---:|
| Kommunstyrelsen | 115 300 | 74 120 | 113 900 |
| Socialnämnden | 220 600 | 154 870 | 230 050 |
| Summa nämnder | 335 900 | 228 990 | 343 950 |
"""


def _figures(path: str, text: str, title: str, doc_type: str) -> DocumentFigures:
    doc = LoadedDocument(path=path, sha256=path, meta=DocumentMeta(title=title), text=text)
    return DocumentFigures(doc_path=path, sha256=path, title=title, doc_type=doc_type, date=None,
                           tables=tuple(parse_tables(doc)), amounts=())


def test_the_outcome_against_the_budget_of_one_year_is_read_where_both_are_that_years() -> None:
    book = FigureBook((_figures("a.md", BUDGET, "Budget och plan 2025–2027", "budget"),
                       _figures("b.md", INTERIM, "Delårsrapport januari–augusti 2024", "delarsrapport")))
    answer = answer_figures("hur stor del av socialnämndens budget 2024 hade de gjort av med efter augusti?", book)
    assert answer is not None and "70,2 %" in answer.text, answer and answer.text

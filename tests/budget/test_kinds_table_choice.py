"""Two kinds of column held against each other ("koncernens årets resultat än kommunens"): the table holding both
kinds answers, before a table whose title merely shares a word with the question ("Norrby kommun – nyckeltal")."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

REPORT = """Årsredovisning 2023 Norrby kommun

Resultaträkning

| Mnkr | Kommunen 2023 | Kommunen 2022 | Koncernen 2023 | Koncernen 2022 |
|---|---:|---:|---:|---:|
| Verksamhetens nettokostnader | -1 500,2 | -1 420,9 | -1 380,0 | -1 301,5 |
| Årets resultat | 44,5 | 41,1 | 133,8 | 114,8 |
"""

KEY_FIGURES = """Nyckeltal

Norrby kommun – finansiella nyckeltal 2021–2023

| Nyckeltal | 2021 | 2022 | 2023 |
|---|---:|---:|---:|
| Årets resultat (mnkr) | 60,2 | 41,1 | 44,5 |
| Soliditet (%) | 40,1 | 41,0 | 42,3 |
"""


def _figures(text: str, path: str):  # type: ignore[no-untyped-def]
    doc = LoadedDocument(path=path, text=text, sha256=path,
                         meta=DocumentMeta(title=path, date="2024-04-22", doc_type="annual_report"))
    return extract_figures(doc)


def test_two_kinds_compared_are_read_from_the_table_holding_both() -> None:
    book = FigureBook((_figures(KEY_FIGURES, "nyckeltal.md"), _figures(REPORT, "ar.md")))
    answer = answer_figures("hur mycket större var koncernens årets resultat än kommunens 2023?", book)
    assert answer is not None and answer.calculation is not None
    assert abs(answer.calculation.result) == Decimal("89.3")
    assert {i.column for i in answer.calculation.inputs} == {"Koncernen 2023", "Kommunen 2023"}


BUDGET = """Mål och budget 2025 Norrby kommun

Driftbudget

| Mnkr | Bokslut 2024 | Budget 2025 |
|---|---:|---:|
| Verksamhetens nettokostnader | -818,9 | -840,2 |
| Skatteintäkter | 700,0 | 720,5 |
"""

FIVE_YEARS = """Årsredovisning 2024 Norrby kommun

Fem år i sammandrag

| | 2020 | 2021 | 2022 | 2023 | 2024 |
|---|---:|---:|---:|---:|---:|
| Verksamhetens nettokostnader, mnkr | -702,4 | -730,0 | -765,1 | -790,3 | -818,9 |
| Årets resultat, mnkr | 12,0 | 20,1 | 15,3 | 8,8 | 10,2 |
"""


def test_of_tables_of_several_kinds_the_one_holding_the_years_asked_answers() -> None:
    book = FigureBook((_figures(BUDGET, "budget.md"), _figures(FIVE_YEARS, "ar.md")))
    answer = answer_figures("hur mycket har nettokostnaderna ökat i procent mellan 2020 och 2024?", book)
    assert answer is not None and not answer.refused and answer.calculation is not None
    assert answer.calculation.operation == "percent_change"
    assert round(answer.calculation.result, 1) == Decimal("16.6")

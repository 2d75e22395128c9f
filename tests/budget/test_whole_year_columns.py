"""A year asked with no period of months is asked whole: a table with a column of the whole year ("Bokslut 2023")
answers before one holding that year only in its first months ("Utfall jan–aug 2023"), in a lookup and when two
municipalities are compared; a period of months asked keeps its own column."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

INTERIM = """Delårsrapport januari–augusti 2024

Resultaträkning, mnkr

| | Utfall jan–aug 2023 | Utfall jan–aug 2024 | Budget 2024 | Prognos 2024 |
|---|---:|---:|---:|---:|
| Verksamhetens nettokostnader | -480,2 | -505,1 | -760,0 | -765,3 |
| Årets resultat | 13,0 | 14,2 | 5,0 | 6,8 |
"""

BUDGET = """Mål och budget 2025

Resultatbudget (belopp i mnkr)

| | Bokslut 2023 | Budget 2024 | Budget 2025 |
|---|---:|---:|---:|
| Verksamhetens nettokostnader | -720,4 | -760,0 | -790,1 |
| Årets resultat | 15,3 | 5,0 | 9,1 |
"""

OTHER = """Årsredovisning 2023

Fem år i sammandrag

| | 2021 | 2022 | 2023 |
|---|---:|---:|---:|
| Årets resultat, mnkr | 30,2 | 41,0 | 48,7 |
"""


def document(path: str, text: str, kind: str, place: str) -> LoadedDocument:
    return LoadedDocument(path=path, text=text, sha256=path,
                          meta=DocumentMeta(title=text.splitlines()[0], date="2024-10-01", doc_type=kind,
                                            municipality=place))


def book() -> FigureBook:
    return FigureBook((extract_figures(document("lessebo/delar.md", INTERIM, "interim_report", "Lessebo")),
                       extract_figures(document("lessebo/budget.md", BUDGET, "budget", "Lessebo")),
                       extract_figures(document("gallivare/ar.md", OTHER, "annual_report", "Gällivare"))))


def test_a_year_asked_whole_reads_the_whole_years_column() -> None:
    answer = answer_figures("Vad var årets resultat 2023 i Lessebo?", book())
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal("15.3"), answer.text


def test_a_period_of_months_asked_reads_its_own_column() -> None:
    answer = answer_figures("Vad var årets resultat jan-aug 2023 i Lessebo?", book())
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal("13.0"), answer.text


def test_two_municipalities_compare_their_whole_years() -> None:
    answer = answer_figures("Jämför årets resultat 2023 för Lessebo och Gällivare.", book())
    assert answer is not None and "15,3" in answer.text and "13,0" not in answer.text, answer.text

"""A follow-up naming a project in part ("och hur mycket av det går till förskolan i Strömsnäsbruk?" after the
investments of 2025) names the project of the conversation's tables of its years, not the same project's row in a
report of another year, nor the operating row "Förskola" its first word names alone."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

BUDGET = """Investeringar per projekt, belopp i tkr

| Projekt | Budget 2025 tkr | Plan 2026 tkr |
|---|---|---|
| Ny förskola Strömsnäsbruk (BUN) | 18 500 | 9 000 |
| Om- och tillbyggnad Almaskolan (BUN) | 7 200 | 12 800 |
| Summa investeringar | 25 700 | 21 800 |

Driftbudget per verksamhet, tkr

| Verksamhet | Budget 2024 | Budget 2025 |
|---|---|---|
| Förskola | 61 000 | 63 500 |
| Grundskola | 120 000 | 124 000 |
| Summa | 181 000 | 187 500 |
"""

REPORT = """Investeringsprojekt 2024

| Projekt | Budget 2024 | Prognos 2024 |
|---|---|---|
| Ny förskola Strömsnäsbruk, projektering | 2 000 | 1 800 |
| VA-ledningar Traryd | 12 000 | 9 000 |
| Summa | 14 000 | 10 800 |
"""


def test_a_project_said_in_part_is_the_one_of_the_conversations_year() -> None:
    docs = (LoadedDocument(path="b.md", sha256="b", meta=DocumentMeta(title="Budget och plan 2025–2027"), text=BUDGET),
            LoadedDocument(path="d.md", sha256="d", meta=DocumentMeta(title="Delårsrapport 2024"), text=REPORT))
    book = FigureBook(tuple(extract_figures(d) for d in docs))
    answer = answer_figures("och hur mycket av det går till förskolan i strömsnäsbruk?", book,
                            history=("Hur stor är investeringsbudgeten 2025?",))
    assert answer is not None and answer.calculation is not None, answer
    assert answer.calculation.result == Decimal(18500), answer.text

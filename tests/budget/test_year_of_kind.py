"""A question naming a kind of column but no year reads the year of the one column of that kind ("andel av
ombudgeteringen": "Ombudgeteras till 2025", not the table's first year's budget)."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

TEXT = """Kommunstyrelsen

§ 31 Ombudgetering av investeringsmedel från 2024 till 2025

| Projekt | Budget 2024, tkr | Utfall 2024, tkr | Ombudgeteras till 2025, tkr |
|---|---:|---:|---:|
| Nytt särskilt boende Siggbo, etapp 1 | 48 000 | 39 650 | 8 350 |
| Ombyggnad Centralskolan, Tierp | 15 000 | 9 200 | 5 800 |
| IT-infrastruktur och digitalisering | 4 200 | 3 110 | 1 090 |
| Summa | 67 200 | 51 960 | 15 240 |
"""


def book() -> FigureBook:
    doc = LoadedDocument(path="protokoll.md", text=TEXT, sha256="p",
                         meta=DocumentMeta(title="Protokoll kommunstyrelsen", date="2025-03-11", doc_type="minutes"))
    return FigureBook((extract_figures(doc),))


def test_the_one_column_of_the_kind_named_gives_the_year() -> None:
    answer = answer_figures("Hur stor andel av ombudgeteringen går till Siggbo-boendet?", book())
    assert answer is not None and answer.calculation is not None, answer and answer.text
    assert round(answer.calculation.result, 1) == Decimal("54.8"), answer.text  # 8 350 of 15 240


INVESTMENTS = """Investeringsbudget 2025–2027, tkr

| Projekt | Budget 2025 | Plan 2026 | Plan 2027 |
|---|---:|---:|---:|
| Gång- och cykelväg Habo–Furusand | 6 800 | 4 200 | 0 |
| Summa investeringar | 6 800 | 4 200 | 0 |
"""


def test_a_kind_of_every_years_columns_names_no_year() -> None:
    """"totalt enligt investeringsbudgeten": the budget of every year, not the one Budget column's year."""
    doc = LoadedDocument(path="budget.md", text=INVESTMENTS, sha256="b",
                         meta=DocumentMeta(title="Budget 2025", date="2024-11-20", doc_type="budget"))
    answer = answer_figures("Vad kostar gc-vägen mellan Habo och Furusand totalt enligt investeringsbudgeten?",
                            FigureBook((extract_figures(doc),)))
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal(11000), answer.text

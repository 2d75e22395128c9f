"""A figure held against the forecast ("hur mycket bättre blev resultatet 2024 jämfört med prognosen"): the outcome
less the forecast, each read where a table holds it (the annual report's outcome, the budget document's forecast),
not the deviation from the budget a table states."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

ANNUAL = """Årsredovisning 2024 Norrby kommun

Tabell 2. Resultaträkning (mnkr)

| Belopp i mnkr | Utfall 2024 | Budget 2024 | Utfall 2023 |
|---|---:|---:|---:|
| Verksamhetens nettokostnader | -380,0 | -377,0 | -360,0 |
| Årets resultat | 5,8 | 3,0 | 2,3 |
"""

BUDGET = """Mål och budget 2025 Norrby kommun

Tabell 4. Resultatbudget (mnkr)

| Belopp i mnkr | Bokslut 2023 | Prognos 2024 | Budget 2025 | Plan 2026 |
|---|---:|---:|---:|---:|
| Verksamhetens nettokostnader | -360,0 | -379,0 | -390,0 | -400,0 |
| Årets resultat | 2,3 | 2,4 | 6,7 | 8,8 |
"""


def _figures(text: str, path: str, date: str):  # type: ignore[no-untyped-def]
    doc = LoadedDocument(path=path, text=text, sha256=path,
                         meta=DocumentMeta(title=path, date=date, doc_type="report", municipality="Norrby"))
    return extract_figures(doc)


def _book() -> FigureBook:
    return FigureBook((_figures(ANNUAL, "norrby/ar.txt", "2025-04-01"),
                       _figures(BUDGET, "norrby/mob.txt", "2024-11-25")))


def test_the_outcome_less_the_forecast_each_where_it_is_held() -> None:
    answer = answer_figures("Hur mycket bättre blev resultatet 2024 jämfört med prognosen?", _book())
    assert answer is not None and not answer.refused and answer.calculation is not None
    assert [(i.column, i.value) for i in answer.calculation.inputs] == [
        ("Prognos 2024", Decimal("2.4")), ("Utfall 2024", Decimal("5.8"))]
    assert answer.calculation.result == Decimal("3.4")
    assert {s.doc_path for s in answer.sources} == {"norrby/ar.txt", "norrby/mob.txt"}


def test_a_table_holding_one_of_the_two_kinds_does_not_answer_alone() -> None:
    book = FigureBook((_figures(BUDGET, "norrby/mob.txt", "2024-11-25"),))
    answer = answer_figures("Hur mycket bättre blev resultatet 2024 jämfört med prognosen?", book)
    assert answer is None or answer.refused


def test_against_the_budget_the_deviation_stays() -> None:
    answer = answer_figures("Hur mycket bättre blev resultatet 2024 jämfört med budgeten?", _book())
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal("2.8")

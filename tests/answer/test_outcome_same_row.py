"""A past-tense question's figure read in a budget's column gives way to the outcome tables only for the same row:
outcome tables holding other rows ("Folkmängd" where "Äldreomsorg" was asked) leave the budget's answer."""
from __future__ import annotations

from types import SimpleNamespace

from assistant.answering.figures import FigureAnswering, _row_name
from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

BUDGET = """Budget och plan 2025–2027

Nettokostnad per invånare, kronor

                     Bokslut     Budget     Budget
                        2023       2024       2025
Äldreomsorg           14 820     15 412     15 900
Grundskola            11 200     11 650     11 900
"""
SUMMARY = """Fem år i sammandrag

                                2022     2023     2024
Folkmängd 31 december          9 120    9 080    9 050
Årets resultat, mnkr            19,2     13,5     11,8
"""


def _book(*docs: tuple[str, str, str]) -> FigureBook:
    return FigureBook(tuple(extract_figures(LoadedDocument(path=p, text=t, sha256=p, meta=DocumentMeta(
        title=p, date=d, doc_type="report"))) for p, t, d in docs))


def _stage() -> SimpleNamespace:
    return SimpleNamespace(_stated_counts=lambda question: ())


def test_a_row_is_named_without_its_unit_and_with_its_place() -> None:
    assert _row_name("Årets resultat, mnkr (Bjuv)") == _row_name("Årets resultat (Bjuv)") == "årets resultat bjuv"
    assert _row_name("Låneskuld (mnkr)") == "låneskuld"


def test_the_outcome_of_another_row_does_not_replace_the_row_asked() -> None:
    book = _book(("budget.txt", BUDGET, "2024-11-21"), ("ar.txt", SUMMARY, "2025-03-20"))
    question = "hur mycket blev nettokostnaden per invånare för äldreomsorg 2024?"
    found = answer_figures(question, book)
    assert found is not None and found.calculation is not None
    assert FigureAnswering._as_outcome(_stage(), question, found, book, (), "sv") is None


def test_the_outcome_of_the_same_row_replaces_the_budgets() -> None:
    book = _book(("budget.txt", BUDGET.replace("Äldreomsorg", "Årets resultat"), "2024-11-21"),
                 ("ar.txt", SUMMARY, "2025-03-20"))
    question = "hur stort resultat gjorde kommunen 2024?"
    found = answer_figures(question, book)
    assert found is not None and found.calculation is not None
    outcome = FigureAnswering._as_outcome(_stage(), question, found, book, (), "sv")
    assert outcome is not None and "11,8" in outcome.text


INTERIM = """Delårsrapport januari–augusti 2025

| Tkr | Utfall jan–aug 2024 | Budget 2025 | Prognos 2025 |
|---|---:|---:|---:|
| Periodens/årets resultat | 10 340 | 4 250 | 2 100 |
"""


def test_the_outcome_asked_of_a_year_read_in_its_months_gives_way_to_the_years() -> None:
    book = _book(("delar.txt", INTERIM, "2025-09-30"), ("ar.txt", SUMMARY, "2025-03-20"))
    question = "Hur stort är resultatet 2024 utfallet?"
    found = answer_figures(question, book)
    assert found is not None and found.calculation is not None
    assert [i.column for i in found.calculation.inputs] == ["Utfall jan–aug 2024"]
    outcome = FigureAnswering._as_outcome(_stage(), question, found, book, (), "sv")
    assert outcome is not None and "11,8" in outcome.text
    months = "Hur stort är resultatet jan–aug 2024 utfallet?"
    assert FigureAnswering._as_outcome(_stage(), months, answer_figures(months, book), book, (), "sv") is None

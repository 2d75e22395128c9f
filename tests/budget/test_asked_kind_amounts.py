"""An amount is of the kind of figure the question asks (budget, forecast, outcome): a sentence setting a forecast
against the budget ("prognostiserar vi ett resultat på 25,4 ..., att jämföra med det budgeterade resultatet på
21,1 ...") answers a question about the budgeted result by the budget's amount, in the calculator's text amounts
and in the amount the text answer states."""
from __future__ import annotations

from assistant.budget.amounts import find_amounts
from assistant.budget.answer import answer_figures
from assistant.budget.columns import stated_kinds
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.compose.answer import extract_fact
from assistant.understand.query import analyse
from core.types import DocumentMeta, LoadedDocument

REPORT = """Delårsrapport januari–augusti 2025

För helåret prognostiserar vi ett resultat på 25,4 miljoner kronor.
Enligt budgeten väntas ett resultat på 21,1 miljoner kronor.
"""
SENTENCE = ("För helåret prognostiserar vi ett resultat på 25,4 miljoner kronor, att jämföra med det budgeterade "
            "resultatet på 21,1 miljoner kronor.")


def book() -> FigureBook:
    doc = LoadedDocument(path="r.txt", sha256="0", meta=DocumentMeta(title="Delårsrapport", date="2025-09-30"),
                         text=REPORT)
    return FigureBook((DocumentFigures(doc_path="r.txt", sha256="0", title="Delårsrapport", doc_type="interim_report",
                                       date="2025-09-30", tables=(), amounts=tuple(find_amounts(doc))),))


def test_the_kinds_a_stretch_names_include_verbs_formed_on_them() -> None:
    assert stated_kinds("helåret prognostiserar vi ett resultat på 25,4 miljoner kronor") == {"Prognos"}
    assert stated_kinds("det budgeterade resultatet på 21,1") == {"Budget"}
    assert stated_kinds("enligt bokslutet") == {"Utfall"}
    assert stated_kinds("resultatet på 21,1 miljoner kronor") == frozenset()


def test_a_kind_held_against_is_not_the_figures_own() -> None:
    assert stated_kinds("ett underskott mot budget") == frozenset()
    assert stated_kinds("detaljplanen") == frozenset()  # a compound ending in a short kind word names none


def test_a_budget_question_is_not_answered_by_the_forecast() -> None:
    answer = answer_figures("Hur högt är det budgeterade resultatet 2025?", book())
    assert answer is not None and "21,1" in answer.text and "25,4" not in answer.text


def test_a_forecast_question_is_answered_by_the_forecast() -> None:
    answer = answer_figures("Hur högt är det prognostiserade resultatet 2025?", book())
    assert answer is not None and "25,4" in answer.text


def test_the_stated_fact_is_the_amount_of_the_asked_kind() -> None:
    assert extract_fact(analyse("Hur hög är budgeterat resultat 2025?"), SENTENCE) == "21,1 miljoner kronor"
    assert extract_fact(analyse("Hur stort resultat prognostiseras för helåret?"), SENTENCE) == "25,4 miljoner kronor"

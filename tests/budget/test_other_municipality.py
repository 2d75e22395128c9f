"""Nothing is specific to Alingsås: another municipality's budget (decimals, mnkr, Utfall, new rows)."""
from decimal import Decimal

import pytest

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures
from tests.budget.corpus_docs import corpus_book

OTHER = """Budget 2024–2026 för Exempelkommun

Kommunfullmäktige beslutade att tekniska nämnden får 3,5 miljoner kronor extra för vinterväghållning.

Nämndernas driftramar

Belopp i mnkr\tUtfall 2023\tBudget 2024\tPlan 2025\tPlan 2026
Tekniska nämnden\t152,4\t160,1\t163,0\t166,2
Utbildningsnämnden\t1 210,5\t1 250,0\t1 281,3\t1 300,0
Socialnämnden\t410,2\t425,7\t431,0\t440,5
Kommunstyrelsen\t95,0\t98,3\t99,1\t100,4
Summa\t1 868,1\t1 934,1\t1 974,4\t2 007,1
"""


@pytest.fixture(scope="module")
def book():
    doc = LoadedDocument(path="exempel/budget-2024.txt", text=OTHER, sha256="e",
                         meta=DocumentMeta(title="Budget 2024–2026 för Exempelkommun", date="2023-11-20",
                                           doc_type="budget"))
    return FigureBook(corpus_book().documents + (extract_figures(doc),))


def ask(book, question):
    answer = answer_figures(question, book)
    assert answer is not None
    return answer


def test_rows_without_synonyms_are_found(book):
    answer = ask(book, "Hur mycket får tekniska nämnden 2025?")
    assert not answer.refused and answer.calculation.result == Decimal("163.0")
    assert answer.text.startswith("Tekniska nämnden får 163,0 miljoner kronor 2025 [1]. Underlag: driftsbudgeten, Plan 2025")
    assert answer.sources[0].doc_path == "exempel/budget-2024.txt"


def test_the_document_holding_the_year_wins_and_is_named(book):
    answer = ask(book, "Hur mycket får socialnämnden 2024?")
    assert answer.calculation.result == Decimal("425.7")
    assert ("driftsbudgeten i Budget 2024–2026 för Exempelkommun (flera dokument har en sådan tabell"
            in answer.text)
    answer = ask(book, "Hur mycket får socialnämnden 2021?")
    assert answer.calculation.result == Decimal("205172")


def test_change_from_outcome_to_plan_with_decimals(book):
    answer = ask(book, "Hur mycket ökar utbildningsnämnden från 2023 till 2026?")
    assert answer.calculation.result == Decimal("89.5")
    assert "ökar med 89,5 miljoner kronor (7,4 %) från 2023 till 2026: från 1 210,5 mnkr till 1 300,0 mnkr" in answer.text
    assert answer.calculation.expression == "1 300,0 - 1 210,5 = 89,5 mnkr; 89,5 / 1 210,5 = 7,4 %"


def test_share_and_totals_in_mnkr(book):
    answer = ask(book, "Hur stor andel av driftramarna går till socialnämnden 2026?")
    assert round(answer.calculation.result, 1) == Decimal("21.9")  # 440,5 / 2 007,1
    assert "Raderna summerar" not in answer.text  # the total matches its rows exactly


def test_unknown_committee_lists_the_rows_of_the_table_with_that_year(book):
    answer = ask(book, "Hur mycket får miljönämnden 2025?")
    assert answer.refused
    assert "ingen rad för miljönämnden" in answer.text and "Tekniska nämnden" in answer.text


def test_text_amounts_of_the_new_document(book):
    answer = ask(book, "Hur mycket extra får tekniska nämnden för vinterväghållning?")
    assert answer.calculation.result == Decimal("3.5") and answer.calculation.unit == "mnkr"

"""A question naming no row nor kind of table, only the topic one table's title names ("föreningsbidragen totalt"):
the grand total of that table."""
from decimal import Decimal

import pytest

from assistant.budget.answer import answer_figures
from assistant.budget.store import DocumentFigures, FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

TEXT = """Föreningsbidrag 2026

Kultur- och fritidsnämnden – Beviljade föreningsbidrag, kr

| Förening | Beviljat 2025 | Beviljat 2026 |
|---|---|---|
| Aktivitetsbidrag | | |
|   Järnforsens IF | 31200 | 29800 |
|   Silverdalens BK | 24900 | 26400 |
| Kulturbidrag | | |
|   Virserums Konsthall | 120000 | 125000 |
| Summa | 176100 | 181200 |

Driftbudget per nämnd, tkr

| Nämnd | Budget 2025 | Budget 2026 |
|---|---|---|
| Kommunstyrelsen | 98 000 | 101 000 |
| Socialnämnden | 310 000 | 322 000 |
| Summa | 408 000 | 423 000 |
"""


@pytest.fixture(scope="module")
def book() -> FigureBook:
    doc = LoadedDocument(path="exempel/bidrag-2026.md", text=TEXT, sha256="t",
                         meta=DocumentMeta(title="Föreningsbidrag 2026", date="2026-01-28", doc_type="other"))
    figures: DocumentFigures = extract_figures(doc)
    return FigureBook((figures,))


@pytest.mark.parametrize("question, value", [
    ("hur stora är föreningsbidragen totalt 2026?", Decimal(181200)),
    ("hur mycket ökar föreningsbidragen 2026?", Decimal(5100)),
])
def test_the_topic_of_a_tables_title_is_its_grand_total(book: FigureBook, question: str, value: Decimal) -> None:
    answer = answer_figures(question, book)
    assert answer is not None and not answer.refused and answer.calculation.result == value, answer


def test_a_word_of_no_title_names_no_table(book: FigureBook) -> None:
    answer = answer_figures("hur stora är lönekostnaderna totalt 2026?", book)
    assert answer is None or answer.calculation is None or answer.calculation.result != Decimal(181200)


RATES = """Delårsrapport januari–augusti 2025

Tabell 4. Sjukfrånvaro i procent av ordinarie arbetstid

| Förvaltning | Jan–aug 2024 | Jan–aug 2025 |
|---|---|---|
| Kommunledningsförvaltningen | 4,1 | 3,8 |
| Socialförvaltningen | 9,2 | 8,7 |
| Totalt | 7,6 | 7,2 |
"""


@pytest.fixture(scope="module")
def rates() -> FigureBook:
    doc = LoadedDocument(path="exempel/delar-2025.md", text=RATES, sha256="r",
                         meta=DocumentMeta(title="Delårsrapport januari–augusti 2025", date="2025-09-30",
                                           doc_type="other"))
    return FigureBook((extract_figures(doc),))


@pytest.mark.parametrize("question", [
    "Hur har sjukfrånvaron totalt förändrats från 2024 till 2025?",  # the definite form of the title's word
    "Har sjukfrånvaron totalt gått ner från 2024 till 2025?",  # a particle verb of going says a change
])
def test_a_titles_word_in_its_definite_form_names_the_table(rates: FigureBook, question: str) -> None:
    answer = answer_figures(question, rates)
    assert answer is not None and not answer.refused and answer.calculation.result == Decimal("-0.4"), answer
    assert "7,6" in answer.text and "7,2" in answer.text
    assert "Raderna summerar" not in answer.text  # a total of rates is no sum of its rows


@pytest.mark.parametrize("claim, verdict", [
    ("Sjukfrånvaron totalt har gått ner från 2024 till 2025", "supported"),
    ("Sjukfrånvaron totalt gick upp från 2024 till 2025", "contradicted"),
])
def test_a_claimed_change_in_a_particle_verb_is_checked(rates: FigureBook, claim: str, verdict: str) -> None:
    from assistant.budget.verify import check_direction_claim

    result = check_direction_claim(claim, rates)
    assert result is not None and result.verdict == verdict, result
    assert "7,6" in result.text and "7,2" in result.text


MINUTES = """Protokoll socialnämnden 2025-09-23

§ 89 Åtgärdsplan för en budget i balans

| Åtgärd | Besparing 2025, tkr | Besparing 2026, tkr |
|---|---|---|
| Minskad övertid | 350 | 700 |
| Översyn av externa placeringar | 1100 | 2500 |
| Summa | 1450 | 3200 |
"""

BUDGET = """Mål och budget 2025–2027

Driftbudget per nämnd

| Nämnd, tkr | Budget 2025 | Plan 2026 |
|---|---|---|
| Kommunstyrelsen | 58 400 | 60 100 |
| Socialnämnden | 248 300 | 256 900 |
| Summa nämnder | 306 700 | 317 000 |
"""


@pytest.fixture(scope="module")
def minutes_and_budget() -> FigureBook:
    docs = [LoadedDocument(path="exempel/protokoll-socialnamnden.md", text=MINUTES, sha256="m",
                           meta=DocumentMeta(title="Protokoll socialnämnden 2025-09-23", date="2025-09-23",
                                             doc_type="minutes")),
            LoadedDocument(path="exempel/budget-2025.md", text=BUDGET, sha256="b",
                           meta=DocumentMeta(title="Mål och budget 2025–2027", date="2024-11-19", doc_type="budget"))]
    return FigureBook(tuple(extract_figures(d) for d in docs))


@pytest.mark.parametrize("question", ["hur mycket sparar socialnämnden 2026 genom åtgärdsplanen?",
                                      "How much will socialnämnden save in 2026 through its åtgärdsplan?"])
def test_a_row_whose_own_document_holds_the_titled_table_is_its_owner(minutes_and_budget: FigureBook,
                                                                      question: str) -> None:
    answer = answer_figures(question, minutes_and_budget)
    assert answer is not None and not answer.refused and answer.calculation.result == Decimal(3200), answer


def test_a_row_of_the_budget_is_read_there_without_the_titled_tables_word(minutes_and_budget: FigureBook) -> None:
    answer = answer_figures("hur mycket får socialnämnden 2026?", minutes_and_budget)
    assert answer is not None and not answer.refused and answer.calculation.result == Decimal(256900), answer

"""A ranking asking for a table's items ("vilket investeringsprojekt är störst?") ranks every item of a table that
groups them under committees, not the groups' totals; "vilken nämnd" still ranks the committees."""
from __future__ import annotations

import pytest

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

BUDGET = """Mål och budget 2025

Investeringsbudget per nämnd och projekt, tkr

| Projekt | Budget 2025 | Plan 2026 |
| --- | --- | --- |
| Kommunstyrelsen | | |
| IT-infrastruktur | 3 500 | 3 000 |
| Fordon och maskiner | 1 200 | 1 500 |
| Summa kommunstyrelsen | 4 700 | 4 500 |
| Barn- och utbildningsnämnden | | |
| Ny förskola Ekeby | 38 000 | 24 500 |
| Inventarier skola | 2 500 | 2 500 |
| Summa barn- och utbildningsnämnden | 40 500 | 27 000 |
| Samhällsbyggnadsnämnden | | |
| Exploatering Varagården | 12 000 | 15 000 |
| Beläggning gator | 5 500 | 5 500 |
| Summa samhällsbyggnadsnämnden | 17 500 | 20 500 |
| Totalt investeringar | 62 700 | 52 000 |
"""


@pytest.fixture(scope="module")
def book() -> FigureBook:
    doc = LoadedDocument(path="b.md", text=BUDGET, sha256="b",
                         meta=DocumentMeta(title="Mål och budget 2025", date="2024-11-21", doc_type="budget"))
    return FigureBook((extract_figures(doc),))


def test_the_largest_project_is_an_item(book: FigureBook) -> None:
    answer = answer_figures("vilket är det största investeringsprojektet 2025?", book)
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.inputs[0].label.startswith("Ny förskola Ekeby")


def test_the_committee_investing_most_is_a_group(book: FigureBook) -> None:
    answer = answer_figures("vilken nämnd investerar mest 2025?", book)
    assert answer is not None and answer.calculation is not None
    assert "barn- och utbildningsnämnden" in answer.calculation.inputs[0].label.lower()


def test_a_follow_up_asking_the_largest_project_ranks_the_items(book: FigureBook) -> None:
    answer = answer_figures("vilket är det största projektet?", book,
                            history=["hur stor är investeringsbudgeten 2025 totalt?"])
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.inputs[0].label.startswith("Ny förskola Ekeby")

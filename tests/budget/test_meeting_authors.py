"""A body named as the author of a meeting's paper ("enligt KS-protokollet") names the document, not a row."""
from __future__ import annotations

import pytest

from assistant.budget.answer import answer_figures
from assistant.understand.sources import without_meeting_authors
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

BUDGET = """Budget och plan 2025–2027

Tabell 7. Kommunbidrag per nämnd, tkr

| Nämnd | Budget 2024 | Budget 2025 |
|---|---:|---:|
| Kommunstyrelsen | 107 250 | 110 680 |
| Kultur- och fritidsnämnden | 33 380 | 34 480 |
"""


@pytest.mark.parametrize("question, expected", [
    ("Enligt KS-protokollet, hur mycket ökar ramen?", "Enligt protokollet, hur mycket ökar ramen?"),
    ("enligt kommunstyrelsens protokoll", "enligt protokoll"),
    ("hur mycket får kommunstyrelsen 2025", "hur mycket får kommunstyrelsen 2025"),
    ("det nya protokollet", "det nya protokollet"),
])
def test_the_author_of_a_meeting_paper_is_no_row(question: str, expected: str) -> None:
    assert without_meeting_authors(question) == expected


def test_a_committee_asked_about_in_the_boards_minutes_is_read() -> None:
    doc = LoadedDocument(path="hallby/budget.md", text=BUDGET, sha256="h",
                         meta=DocumentMeta(title="Budget och plan 2025–2027", date="2024-11-25", doc_type="budget",
                                           municipality="Hallby"))
    answer = answer_figures("Enligt KS-protokollet, hur mycket ökar kultur- och fritidsnämndens ram till 2025?",
                            FigureBook((extract_figures(doc),)))
    assert answer is not None and "1 100 tkr" in answer.text and "110 680" not in answer.text

"""Money a question moves between years ("flyttas över till 2025", "flyttades över från 2024") is read in the column
moving money into a year ("Ombudgeteras till 2025"), not in the year's budget; the row is named by a name whose
verb follows it ("resecentrum flyttas", "LSS-boendet flyttades") and is the same row in both tables when one label
adds the municipality ("Nytt LSS-boende, Skinnskatteberg")."""
from decimal import Decimal

import pytest

from assistant.budget.answer import answer_figures
from assistant.budget.columns import moved_by_verb
from assistant.budget.matching import owned_by_body
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

MINUTES = """Protokoll kommunstyrelsen 2025-02-18

§ 12 Ombudgetering av investeringsmedel

| Projekt | Budget 2024 | Utfall 2024 | Ombudgeteras till 2025 |
|---|---|---|---|
| Nytt LSS-boende | 6000 | 2150 | 3850 |
| Resecentrum Ulricehamn | 9000 | 2200 | 6800 |
| Summa | 15000 | 4350 | 10650 |
"""

BUDGET = """Budget och plan 2025–2027

Investeringsbudget (tkr)

| Projekt | Budget 2025 | Plan 2026 | Plan 2027 |
|---|---|---|---|
| Nytt LSS-boende, Skinnskatteberg | 14000 | 10000 | 0 |
| Resecentrum Ulricehamn | 9000 | 0 | 0 |
| Summa investeringar | 23000 | 10000 | 0 |
"""


def _book() -> FigureBook:
    docs = [LoadedDocument(path=path, text=text, sha256=path,
                           meta=DocumentMeta(title=text.splitlines()[0], doc_type=kind))
            for path, text, kind in (("ks.md", MINUTES, "protokoll"), ("budget.md", BUDGET, "budget"))]
    return FigureBook(tuple(extract_figures(d) for d in docs))


@pytest.mark.parametrize("question, value", [
    ("Hur mycket pengar för resecentrum flyttas över till 2025?", 6800),
    ("hur mycket för LSS-boendet flyttades över från 2024?", 3850),
    ("hur mycket ombudgeteras till resecentrum 2025?", 6800),
    ("Hur stort är ombudgeteringen från 2024 för resecentrum?", 6800),  # the column's noun moves money as its verb
    ("vad ligger i investeringsbudgeten för resecentrum 2025?", 9000),
    ("hur mycket för LSS-boendet 2025?", 14000),
])
def test_money_moved_between_years_is_read_in_the_column_moving_it(question: str, value: int) -> None:
    answer = answer_figures(question, _book())
    assert answer is not None and not answer.refused
    assert [v.value for v in answer.values] == [Decimal(value)]


@pytest.mark.parametrize("question, moved", [
    ("hur mycket flyttas över till 2025?", "till 2025"),
    ("hur mycket flyttades från 2024?", "från 2024"),
    ("hur mycket ökar kostnaderna från 2024 till 2025?", ""),  # a change between two years moves no money
    ("vad är budgeten för 2024 till 2025?", ""),  # a span of years
    ("hur många flyttade från 2024?", ""),  # people counted ("från Tierp", the place left out), no money
])
def test_a_verb_moves_money_into_or_out_of_a_year(question: str, moved: str) -> None:
    assert moved_by_verb(question) == moved


def test_a_noun_naming_the_moving_column_moves_money_as_a_verb_does() -> None:
    assert moved_by_verb("hur stor är ombudgeteringen från 2024?") == ""  # a noun, no verb
    assert moved_by_verb("hur stor är ombudgeteringen från 2024?", lambda w: w.startswith("ombudget")) == "från 2024"


def test_a_label_adding_its_municipality_is_the_same_row() -> None:
    assert owned_by_body("Nytt LSS-boende, Skinnskatteberg", "Nytt LSS-boende")
    assert not owned_by_body("Ny förskola, projektering", "Ny förskola")  # a phase of it, not the same thing
    assert not owned_by_body("Förskola, Gällstad", "Förskola")  # a place within the municipality

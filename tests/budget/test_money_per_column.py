"""A column of money per one of something ("Kr per invånare 2025") has its own unit: the table's other columns
keep the unit its title or caption states ("belopp i mnkr"), and the ratio's cells stay in kronor."""
from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.budget.units import Unit, money_per
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

NORRBY = """Norrby kommun – Mål och budget 2025–2027

Tabell 4. Nettokostnad per nämnd, belopp i mnkr (kr per invånare i sista kolumnen)

| Nämnd | Budget 2024 | Budget 2025 | Plan 2026 | Kr per invånare 2025 |
|---|---:|---:|---:|---:|
| Kommunstyrelsen | 78,4 | 81,6 | 83,9 | 6 550 |
| Socialnämnden | 268,9 | 281,3 | 292,7 | 22 590 |
"""


@pytest.mark.parametrize(("label", "unit"), [
    ("Kr per invånare 2025", Unit.KR),
    ("Nettokostnad per invånare, kr", Unit.KR),
    ("Kostnad tkr/elev", Unit.TKR),
    ("Budget 2025, mnkr", None),
    ("Prognos per nämnd 2024, tkr", None),
    ("Antal per avdelning", None),
    ("Budget 2025", None),
])
def test_money_per_names_a_ratio_of_money_only(label: str, unit: Unit | None) -> None:
    assert money_per(label) is unit


def test_a_per_inhabitant_column_does_not_set_the_units_of_the_others() -> None:
    doc = LoadedDocument(path="norrby/budget.md", text=NORRBY, sha256="norrby",
                         meta=DocumentMeta(title="Mål och budget", date="2024-11-18", doc_type="budget",
                                           municipality="Norrby"))
    table = extract_figures(doc).tables[0]
    assert table.unit is Unit.MNKR
    row = next(r for r in table.rows if r.label == "Socialnämnden")
    budget = table.cell(row, 1)
    per_inhabitant = table.cell(row, 3)
    assert budget is not None and budget.value == Decimal("281.3") and budget.unit is Unit.MNKR
    assert per_inhabitant is not None and per_inhabitant.value == Decimal(22590) and per_inhabitant.unit is Unit.KR


PER_YEAR = """Norrby kommun – Budget 2025

Tabell 2. Nettokostnad per nämnd, belopp i mnkr

| Nämnd | Budget 2024 | Kr per invånare 2025 |
|---|---:|---:|
| Kommunstyrelsen | 78,4 | 6 550 |
| Socialnämnden | 268,9 | 22 590 |
"""


def test_a_difference_read_from_a_per_inhabitant_column_is_in_kronor() -> None:
    from assistant.budget.answer import answer_figures
    from assistant.budget.store import FigureBook

    doc = LoadedDocument(path="norrby/budget.md", text=PER_YEAR, sha256="norrby-per",
                         meta=DocumentMeta(title="Budget 2025", date="2024-11-18", doc_type="budget",
                                           municipality="Norrby"))
    book = FigureBook((extract_figures(doc),))
    answer = answer_figures("Hur stor är skillnaden mellan socialnämnden och kommunstyrelsen 2025?", book)
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal(16040) and answer.calculation.unit == "kr"
    assert "mnkr" not in answer.text

"""A row giving a figure per person ("Nettokostnad per invånare") in a table that states no unit is in kronor, and an
English question saying its name in two halves ("net cost" + "per inhabitant") names that one row."""
from pathlib import Path

import pytest

from assistant.budget.answer import answer_figures
from assistant.budget.matching import match_rows
from assistant.budget.store import FigureBook
from assistant.budget.units import per_person
from ingest.load import load_document
from ingest.tables import extract_figures

TABLE = """# Driftbudget 2026 per verksamhet

Belopp i tkr.

| Verksamhet | Intäkter 2026 | Kostnader 2026 | Nettokostnad 2026 | Nettokostnad budget 2025 |
|---|---|---|---|---|
| Grundskola och förskoleklass | 14 900 | 171 700 | 156 800 | 151 200 |

## Nettokostnad och invånare 2022–2026

| | 2022 | 2023 | 2024 | 2025 | 2026 (budget) |
|---|---|---|---|---|---|
| Invånare 31 dec | 9 412 | 9 368 | 9 331 | 9 305 | 9 310 |
| Verksamhetens nettokostnad | 612 400 | 641 800 | 665 100 | 693 200 | 720 400 |
| Nettokostnad per invånare | 65 066 | 68 510 | 71 279 | 74 498 | 77 379 |

## Resultatbudget

Belopp i tkr.

| | Budget 2025 | Budget 2026 |
|---|---|---|
| Verksamhetens intäkter | 120 000 | 125 000 |
| Verksamhetens nettokostnader | -693 200 | -720 400 |
"""


@pytest.fixture(scope="module")
def book(tmp_path_factory) -> FigureBook:
    path = tmp_path_factory.mktemp("per") / "nyckeltal.md"
    path.write_text(TABLE, encoding="utf-8")
    return FigureBook((extract_figures(load_document(path, sidecar={})),))


@pytest.mark.parametrize("label, per", [
    ("Nettokostnad per invånare", True), ("Kostnad per elev", True), ("Kostnad per brukare", True),
    ("Prognos per nämnd", False), ("Verksamhetens nettokostnad", False),
])
def test_per_person(label: str, per: bool) -> None:
    assert per_person(label) is per


def test_a_figure_per_inhabitant_without_a_stated_unit_is_kronor(book) -> None:
    answer = answer_figures("vad var nettokostnaden per invånare 2024?", book)
    assert answer is not None and "71 279 kronor" in answer.text


def test_an_english_name_said_in_two_halves_names_the_ratio_row(book) -> None:
    assert [m.label for m in match_rows("What was the net cost per inhabitant in 2024?", book.index.lexicon)] == \
        ["Nettokostnad per invånare"]  # not "Verksamhetens nettokostnader" for "net cost" beside it
    answer = answer_figures("What was the net cost per inhabitant in 2024?", book)
    assert answer is not None and answer.calculation.inputs[0].label == "Nettokostnad per invånare"
    assert "71,279" in answer.text

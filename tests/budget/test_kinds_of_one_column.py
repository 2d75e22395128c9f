"""Two kinds of column said of one figure ("nettokostnaden ... mellan budget 2025 och 2026" over "Intäkter 2026 |
Kostnader 2026 | Nettokostnad 2026 | Nettokostnad budget 2025") read the measure's column of each year, and a definite
noun the stemmer leaves whole ("grundskolan") names the row it is a whole word of."""
from pathlib import Path

import pytest

from assistant.budget.answer import answer_figures
from assistant.budget.matching import match_rows
from assistant.budget.store import FigureBook
from ingest.load import load_document
from ingest.tables import extract_figures

TABLE = """# Driftbudget 2026 per verksamhet

Belopp i tkr.

| Verksamhet | Intäkter 2026 | Kostnader 2026 | Nettokostnad 2026 | Nettokostnad budget 2025 |
|---|---|---|---|---|
| Grundskola och förskoleklass | 14 900 | 171 700 | 156 800 | 151 200 |
| Förskola | 6 100 | 98 300 | 92 200 | 90 400 |
| Äldreomsorg | 21 000 | 241 000 | 220 000 | 214 500 |
"""


@pytest.fixture(scope="module")
def book(tmp_path_factory) -> FigureBook:
    path = tmp_path_factory.mktemp("drift") / "driftbudget-2026.md"
    path.write_text(TABLE, encoding="utf-8")
    return FigureBook((extract_figures(load_document(path, sidecar={})),))


def test_a_definite_noun_names_the_row_before_a_column_word(book) -> None:
    assert [m.label for m in match_rows("grundskolan budget 2026", book.index.lexicon)] == \
        ["Grundskola och förskoleklass"]


def test_the_measure_said_with_a_kind_reads_each_years_column_of_it(book) -> None:
    answer = answer_figures("hur många procent ökar nettokostnaden för grundskolan mellan budget 2025 och 2026?", book)
    assert answer is not None and not answer.refused
    assert [c.column for c in answer.calculation.inputs] == ["Nettokostnad budget 2025", "Nettokostnad 2026"]
    assert "3,7 %" in answer.text


DEVIATION = """# Driftredovisning per nämnd

Belopp i mnkr.

| Nämnd | Budget helår 2025 | Prognos helår 2025 | Avvikelse mot budget |
|---|---|---|---|
| Socialnämnden | 304,8 | 311,0 | -6,2 |
| Kommunstyrelsen | 98,0 | 97,0 | 1,0 |
"""


def test_two_kinds_of_one_year_are_still_held_against_each_other(tmp_path) -> None:
    path = tmp_path / "delar.md"
    path.write_text(DEVIATION, encoding="utf-8")
    answer = answer_figures("Hur stort är socialnämndens prognostiserade underskott i procent av budgeten?",
                            FigureBook((extract_figures(load_document(path, sidecar={})),)))
    assert answer is not None and answer.calculation is not None
    assert round(answer.calculation.result, 1) == -2.0  # -6,2 of 304,8, not the committee's share of a whole

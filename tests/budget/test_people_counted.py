"""Asked "med hur många personer" of a group named by its own word ("befolkningen"), people are what the count is
given in: the word names no row holding it in part ("Andel personer 80+ ...", "Stöd till personer ...")
(budget/matching.partial_rows)."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

POPULATION = """Befolkning och nyckeltal

Befolkningsutveckling i Norrby kommun 2019–2023
Antal

                          2019      2020      2021      2022      2023
Folkmängd 31 dec        12 049    12 010    12 080    12 101    12 134
Födda                      120       118       125       119       122
"""

GOALS = """Mål och budget 2025

Tabell A. Indikatorer för de övergripande målen

                                                             Utfall    Målvärde
                                                               2023        2025
Antal invånare 31 december                                   12 134      12 300
Andel personer 80+ med hemtjänst som har digital tillsyn, %      45          60
"""


def _book() -> FigureBook:
    docs = [LoadedDocument(path=f"norrby/{n}.txt", text=t, sha256=n,
                           meta=DocumentMeta(title=n, date="2024-11-25", municipality="Norrby"))
            for n, t in (("befolkning", POPULATION), ("budget", GOALS))]
    return FigureBook(tuple(extract_figures(d) for d in docs))


def test_people_counted_of_a_named_group_name_no_row() -> None:
    answer = answer_figures("Med hur många personer växte Norrbys befolkning mellan 2019 och 2023?", _book())
    assert answer is not None and answer.calculation is not None
    assert [i.label for i in answer.calculation.inputs] == ["Folkmängd 31 dec", "Folkmängd 31 dec"]
    assert answer.calculation.result == Decimal("85")

"""A figure asked per a count that a table already states per that count ("nettokostnad per invånare för
äldreomsorg" beside a table "Kronor per invånare"), a row said without Swedish letters ("aldreomsorg"), and a figure
held against one of the table's own kinds of column ("hur många procent högre än riket")."""
from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.budget.answer import answer_figures
from assistant.budget.matching import match_rows, similar
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

BUDGET = """Mål och budget Norrby kommun

Resultatbudget
mnkr                              Budget 2024     Budget 2025
Verksamhetens nettokostnader         -3 112,2        -3 190,5
Skatteintäkter                        2 400,1         2 480,7

Befolkning
Antal personer                          2023           2024
Folkmängd                             39 812         39 745
"""

PER_CAPITA = """Nettokostnad per invånare för vissa verksamheter

Nettokostnad per invånare, kronor
Verksamhet                     2023      2024    Riket 2024
Förskola                      6 901     7 054         7 480
Äldreomsorg                  19 880    20 450        17 960
Individ- och familjeomsorg    5 480     5 690         4 620
"""


def _figures(text: str, path: str):  # type: ignore[no-untyped-def]
    doc = LoadedDocument(path=path, text=text, sha256=path,
                         meta=DocumentMeta(title=path, date="2024-11-01", doc_type="report", municipality="Norrby"))
    return extract_figures(doc)


@pytest.fixture(scope="module")
def book() -> FigureBook:
    return FigureBook((_figures(BUDGET, "norrby/budget.txt"), _figures(PER_CAPITA, "norrby/kostnader.txt")))


def test_a_word_typed_without_swedish_letters_is_the_word_with_them() -> None:
    assert similar("aldreomsorg", "äldreomsorg") and similar("forskolan", "förskolan")
    assert not similar("aldreomsorg", "förskola")


def test_a_row_said_without_swedish_letters_is_found(book: FigureBook) -> None:
    assert [m.label for m in match_rows("aldreomsorg 2024", book.index.lexicon)] == ["Äldreomsorg"]


def test_a_figure_the_table_states_per_inhabitant_is_read_not_divided(book: FigureBook) -> None:
    answer = answer_figures("nettokostnad per invånare för aldreomsorg 2024", book)
    assert answer is not None and answer.calculation is not None
    assert [(i.label, i.value) for i in answer.calculation.inputs] == [("Äldreomsorg", Decimal("20450"))]


def test_a_figure_no_table_states_per_inhabitant_is_divided(book: FigureBook) -> None:
    answer = answer_figures("verksamhetens nettokostnader per invånare 2024", book)
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.operation == "per"
    assert [i.value for i in answer.calculation.inputs] == [Decimal("-3112.2"), Decimal("39745")]


def test_a_figure_held_against_the_tables_own_kind_of_column(book: FigureBook) -> None:
    answer = answer_figures("Hur många procent högre än riket låg Norrbys kostnad per invånare för individ- och "
                            "familjeomsorg 2024?", book)
    assert answer is not None and answer.calculation is not None
    assert [i.value for i in answer.calculation.inputs] == [Decimal("4620"), Decimal("5690")]
    assert "23,2 %" in answer.text


def test_the_own_kind_alone_is_read_as_it_stands(book: FigureBook) -> None:
    answer = answer_figures("kostnad per invånare för äldreomsorg i riket 2024", book)
    assert answer is not None and answer.calculation is not None
    assert [i.value for i in answer.calculation.inputs] == [Decimal("17960")]


def test_a_figure_per_inhabitant_held_against_the_reference_column(book: FigureBook) -> None:
    answer = answer_figures("hur mycket lägre än riket var förskolans kostnad per invånare 2024", book)
    assert answer is not None and answer.calculation is not None
    assert [i.value for i in answer.calculation.inputs] == [Decimal("7480"), Decimal("7054")]
    assert answer.text.startswith("Förskola är 426 kronor lägre 2024 än Riket 2024")


def test_only_the_same_word_is_matched_without_swedish_letters() -> None:
    assert not similar("förändring", "fordringar")

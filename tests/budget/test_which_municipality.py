"""A question asking which of the municipalities ("vilken kommun hade flest invånare?") compares every municipality
of the documents, as one naming them does (understand.parts.with_places_named); the turn of a year ("vid
årsskiftet 2023/2024") is the first year's end."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from assistant.understand.parts import with_places_named
from assistant.budget.plan import _years
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

LEKEBERG = """Ekonomiska nyckeltal, Lekebergs kommun 2019–2024

| År | Invånare 31 dec | Skattesats (kr) |
|---|---|---|
| 2022 | 8350 | 22,15 |
| 2023 | 8412 | 22,15 |
| 2024 | 8440 | 22,15 |
"""
DOROTEA = """Nyckeltal

| | 2021 | 2022 | 2023 |
|---|---|---|---|
| Antal invånare 31 december | 2 478 | 2 441 | 2 409 |
"""


def _figures(path: str, text: str, municipality: str) -> DocumentFigures:
    doc = LoadedDocument(path=path, sha256=path, text=text, meta=DocumentMeta(title=path, date="2024-06-01"))
    return DocumentFigures(doc_path=path, sha256=path, title=path, doc_type="statistics", date="2024-06-01",
                           municipality=municipality, tables=tuple(parse_tables(doc)), amounts=())


def book() -> FigureBook:
    return FigureBook((_figures("lekeberg/n.md", LEKEBERG, "Lekeberg"), _figures("dorotea/n.md", DOROTEA, "Dorotea")))


def test_which_municipality_compares_every_one_of_them() -> None:
    places = ("Lekeberg", "Dorotea")
    asked = with_places_named("vilken kommun hade flest invånare 2023?", places)
    assert asked == "vilken kommun Lekeberg och Dorotea hade flest invånare 2023?"
    assert with_places_named("which municipality had the most inhabitants?", ("A", "B", "C")) == \
        "which municipality A, B and C had the most inhabitants?"  # of three or more too
    assert with_places_named("hur många invånare hade kommunen 2023?", places) == \
        "hur många invånare hade kommunen 2023?"  # no "which"
    named = "vilken kommun har flest invånare, Lekeberg eller Dorotea?"
    assert with_places_named(named, places) == named  # named ones
    answer = answer_figures(asked, book())
    assert answer is not None and "Mest har Lekeberg: 8 412, 6 003 mer än Dorotea" in answer.text


def test_the_turn_of_a_year_is_the_end_of_the_first() -> None:
    assert _years("vilken kommun hade flest invånare vid årsskiftet 2023/2024?") == ((2023,), False)
    assert _years("hur många bodde där vid årsskiftet 23/24?") == ((2023,), False)
    assert _years("mellan 2023 och 2025") == ((2023, 2025), True)  # a span stays a span
    answer = answer_figures(with_places_named("vilken kommun hade flest invånare vid årsskiftet 2023/2024?",
                                              ("Lekeberg", "Dorotea")), book())
    assert answer is not None and "6 003 mer än Dorotea" in answer.text

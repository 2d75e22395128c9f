"""A row label joining two names by a slash ("Periodens/årets resultat") is found by either name and by the
synonyms of each; a row whose own label is that name ("Årets resultat (mnkr)") is preferred when the question
says it, and the year asked picks the table that holds it."""
from __future__ import annotations

import pytest

from assistant.budget.answer import answer_figures
from assistant.budget.matching import Lexicon, alternatives, match_rows
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

REPORT = """Delårsrapport 2025

Tabell 1. Resultaträkning
Belopp i mnkr

| Post | Utfall jan–aug 2025 | Budget 2025 | Prognos 2025 |
|---|---:|---:|---:|
| Verksamhetens resultat | 43,5 | 27,6 | 31,9 |
| Periodens/årets resultat | 39,2 | 21,1 | 25,4 |

Ekonomi

| Nyckeltal | 2022 | 2023 | 2024 |
|---|---:|---:|---:|
| Årets resultat (mnkr) | 19,6 | -4,2 | 17,8 |
"""


def book() -> FigureBook:
    doc = LoadedDocument(path="d.md", sha256="0", meta=DocumentMeta(title="Delårsrapport", date="2025-09-30"),
                         text=REPORT)
    return FigureBook((DocumentFigures(doc_path="d.md", sha256="0", title="Delårsrapport", doc_type="report",
                                       date="2025-09-30", tables=tuple(parse_tables(doc)), amounts=()),))


@pytest.mark.parametrize("label, names", [
    ("Periodens/årets resultat", ["Periodens resultat", "årets resultat"]),
    ("Skatter/bidrag, mnkr", ["Skatter, mnkr", "bidrag, mnkr"]),
    ("Resultat 2024/2025", []),  # a slash between years chooses no name
    ("VA-taxa/avgift", []),  # a slash after a hyphenated compound: no two words of one slot
    ("Årets resultat", []),
])
def test_a_slash_between_two_words_joins_two_names(label: str, names: list[str]) -> None:
    assert alternatives(label) == names


def test_either_name_and_its_synonyms_find_the_row() -> None:
    lexicon = Lexicon.build(book().tables)
    assert [m.label for m in match_rows("budgeterat resultat 2025", lexicon)] == ["Periodens/årets resultat"]
    assert [m.label for m in match_rows("periodens resultat", lexicon)] == ["Periodens/årets resultat"]


def test_a_rows_own_name_outranks_a_name_a_slash_gives_another_row() -> None:
    lexicon = Lexicon.build(book().tables)
    assert [m.label for m in match_rows("årets resultat 2023", lexicon)] == ["Årets resultat (mnkr)"]


def test_the_budgeted_result_is_read_from_the_row_the_slash_names() -> None:
    answer = answer_figures("Hur högt är det budgeterade resultatet 2025?", book())
    assert answer is not None and not answer.refused and "21,1" in answer.text

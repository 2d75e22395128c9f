"""A row whose words are the rest of another matched row's name ("kostnad per elev i grundskolan": "Grundskola" says
what the match of "kostnad per elev" left unsaid of "Kostnad per elev grundskola, kr") is no row of its own."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from assistant.budget.matching import Lexicon, match_rows
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

TEXT = """Nämndens budget 2025 per verksamhet

Belopp i tkr

| Verksamhet | Intäkter | Kostnader | Nettokostnad |
|---|---:|---:|---:|
| Förskola | 9850 | 78420 | 68570 |
| Grundskola | 12600 | 145900 | 133300 |
| Summa | 22450 | 224320 | 201870 |

Barn och elever 2020–2024

| | 2020 | 2021 | 2022 | 2023 | 2024 |
|---|---:|---:|---:|---:|---:|
| Barn i förskola | 412 | 405 | 398 | 389 | 377 |
| Kostnad per elev grundskola, kr | 118400 | 121900 | 126300 | 131800 | 137200 |
"""


def book() -> FigureBook:
    doc = LoadedDocument(path="b.md", sha256="0", meta=DocumentMeta(title="BUN"), text=TEXT)
    return FigureBook((DocumentFigures(doc_path="b.md", sha256="0", title="BUN", doc_type="budget", date=None,
                                       tables=tuple(parse_tables(doc)), amounts=()),))


def test_the_row_naming_the_rest_of_a_label_is_part_of_that_label() -> None:
    lexicon = Lexicon.build(book().tables)
    assert [m.label for m in match_rows("kostnad per elev i grundskolan 2023?", lexicon)] == [
        "Kostnad per elev grundskola, kr"]
    # said on its own, or beside a row whose name it is not, it stays a row
    assert [m.label for m in match_rows("grundskola och förskola 2025", lexicon)] == ["Grundskola", "Förskola"]


def test_the_figure_of_the_whole_name_is_answered() -> None:
    answer = answer_figures("kostnad per elev i grundskolan 2023?", book())
    assert answer is not None and not answer.refused
    assert [v.value for v in answer.values] == [131800]

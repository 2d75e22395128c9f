"""What a table's rows are, by its label column's header or its title ("| Verksamhetsområde | ...", "Prognos per
verksamhetsområde"): "vilket verksamhetsområde har störst underskott mot budget?" ranks that table's rows."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from assistant.budget.matching import stem
from assistant.budget.rows_kind import rows_kind, tables_of_rows_asked
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

PAGE = """Delårsrapport: Dorotea kommun räknar med överskott för 2024

Prognos per verksamhetsområde

| Verksamhetsområde | Budget 2024 (tkr) | Prognos 2024 (tkr) | Avvikelse (tkr) |
|---|---|---|---|
| Gemensam administration | 24300 | 24050 | 250 |
| Utbildning | 77200 | 77900 | -700 |
| Vård och omsorg | 113100 | 114400 | -1300 |
| Summa | 214600 | 216350 | -1750 |
"""
STATS = """Barn och elever

| År | Barn i förskola | Elever i grundskola |
|---|---|---|
| 2023 | 101 | 217 |
| 2024 | 97 | 212 |
"""


def _book() -> FigureBook:
    docs = []
    for path, text in (("page.html", PAGE), ("stats.xlsx", STATS)):
        doc = LoadedDocument(path=path, sha256=path, text=text, meta=DocumentMeta(title=path, date="2024-10-16"))
        docs.append(DocumentFigures(doc_path=path, sha256=path, title=path, doc_type="report", date="2024-10-16",
                                    tables=tuple(parse_tables(doc)), amounts=()))
    return FigureBook(tuple(docs))


def test_the_label_header_and_the_title_say_what_the_rows_are() -> None:
    page, stats = _book().tables
    assert rows_kind(page) == {stem("verksamhetsområde")}
    assert not rows_kind(stats)  # "År": a word too short to be a kind of row
    assert tables_of_rows_asked("vilket verksamhetsområde har störst underskott?", _book().tables) == (page,)
    assert tables_of_rows_asked("vilket år var flest barn i förskolan?", _book().tables) == ()


def test_which_of_the_rows_is_ranked_though_none_is_named() -> None:
    answer = answer_figures("vilket verksamhetsområde har störst underskott mot budget 2024?", _book())
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.inputs[0].label == "Vård och omsorg" and answer.calculation.inputs[0].value == -1300

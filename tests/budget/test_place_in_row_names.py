"""A row named by the question only by a name inside its label ("Mörrum" of "Ny förskola Mörrum (Väggaparken)") is
not what the question asks when the question names a thing of its own that the row is not ("utegymmet i Mörrum"):
another project at that place. A question naming the row's own thing, or asking with a verb only, gets the row."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

TEXT = """Investeringsbudget 2025

| Projekt (mnkr) | Budget 2025 |
|---|---:|
| Ny förskola Mörrum (Väggaparken) | 31,4 |
| Exploatering bostadsområde Tallbacken | 12,0 |
| Gator och vägar | 8,5 |
"""


def book() -> FigureBook:
    doc = LoadedDocument(path="d.md", sha256="0", meta=DocumentMeta(title="Budget 2025"), text=TEXT)
    return FigureBook((DocumentFigures(doc_path="d.md", sha256="0", title="Budget 2025", doc_type="budget",
                                       date=None, tables=tuple(parse_tables(doc)), amounts=()),))


def test_another_thing_at_the_rows_place_is_not_the_row() -> None:
    assert answer_figures("Hur mycket kostade utegymmet i Mörrum?", book()) is None


def test_the_rows_own_thing_at_its_place_is_the_row() -> None:
    answer = answer_figures("Hur mycket kostar nya förskolan i Mörrum?", book())
    assert answer is not None and "31,4" in answer.text


def test_a_verb_beside_the_place_asks_for_the_row() -> None:
    answer = answer_figures("Hur mycket satsas på Tallbacken 2025?", book())
    assert answer is not None and "12" in answer.text


def test_a_part_going_to_something_no_row_names_is_not_the_rows_whole() -> None:
    table = """Driftsbudget

| Nämnd (mnkr) | Budget 2025 |
|---|---:|
| Socialnämnden | 281,3 |
| Tekniska nämnden | 54,0 |
"""
    doc = LoadedDocument(path="e.md", sha256="1", meta=DocumentMeta(title="Budget 2025"), text=table)
    figures = FigureBook((DocumentFigures(doc_path="e.md", sha256="1", title="Budget 2025", doc_type="budget",
                                          date=None, tables=tuple(parse_tables(doc)), amounts=()),))
    assert answer_figures("Hur mycket av socialnämndens budget 2025 går till hemtjänsten?", figures) is None
    whole = answer_figures("Hur mycket går till socialnämnden 2025?", figures)
    assert whole is not None and "281,3" in whole.text


DEEDS = """Investeringsbudget 2025

| Projekt (mnkr) | Budget 2025 |
|---|---:|
| Ombyggnad Långasjö vattenverk | 12,4 |
| Långsele skola, renovering | 14,5 |
"""


def _deeds_book() -> FigureBook:
    doc = LoadedDocument(path="f.md", sha256="2", meta=DocumentMeta(title="Budget 2025"), text=DEEDS)
    return FigureBook((DocumentFigures(doc_path="f.md", sha256="2", title="Budget 2025", doc_type="budget",
                                       date=None, tables=tuple(parse_tables(doc)), amounts=()),))


def test_a_row_named_only_by_its_deed_is_not_another_thing_so_done() -> None:
    # "ombyggnaden" names what is done; "simhallen" what it is done to, which the row is not
    assert answer_figures("Hur mycket kostar ombyggnaden av simhallen?", _deeds_book()) is None
    assert answer_figures("Vad kostar renoveringen av Ramsele skola?", _deeds_book()) is None


def test_the_deed_of_the_rows_own_thing_is_the_row() -> None:
    answer = answer_figures("Hur mycket kostar ombyggnaden av Långasjö vattenverk?", _deeds_book())
    assert answer is not None and "12,4" in answer.text


def test_a_row_named_whole_by_a_noun_ending_like_a_deed_is_the_row() -> None:
    table = """Sjukfrånvaro

| Förvaltning (%) | Utfall 2025 |
|---|---:|
| Socialförvaltningen | 8,7 |
"""
    doc = LoadedDocument(path="g.md", sha256="3", meta=DocumentMeta(title="Delårsrapport 2025"), text=table)
    figures = FigureBook((DocumentFigures(doc_path="g.md", sha256="3", title="Delårsrapport 2025", doc_type="report",
                                          date=None, tables=tuple(parse_tables(doc)), amounts=()),))
    answer = answer_figures("sjukfrånvaron på socialförvaltningen 2025?", figures)  # "-förvaltning" is no deed here
    assert answer is not None and "8,7" in answer.text

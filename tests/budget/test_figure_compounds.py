"""A compound of a row's word and the name of a kind of figure ("badhusbudgeten": the row "Nytt badhus" in a
budget column) names the row; a compound that is a row's own word stays whole."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.plan import _figure_compounds_split
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

TEXT = """Budget och plan 2025–2027

Investeringsbudget per projekt, tkr

| Projekt | Budget 2025 | Plan 2026 | Plan 2027 |
|---|---:|---:|---:|
| Nytt badhus, Gällivare | 145 000 | 120 000 | 40 000 |
| Ny förskola Repisvaara | 30 000 | 12 000 | 0 |
| Summa investeringar | 175 000 | 132 000 | 40 000 |
"""


def book() -> FigureBook:
    doc = LoadedDocument(path="budget.md", text=TEXT, sha256="b",
                         meta=DocumentMeta(title="Budget och plan 2025–2027", date="2024-11-25", doc_type="budget"))
    return FigureBook((extract_figures(doc),))


def test_a_rows_word_compounded_with_budget_names_the_row() -> None:
    answer = answer_figures("hur stor är badhusbudgeten för 2025?", book())
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal("145000"), answer.text


def test_a_compound_naming_a_row_itself_stays_whole() -> None:
    lexicon = book().index.lexicon
    assert _figure_compounds_split("hur stor är badhusbudgeten 2025?", lexicon) == "hur stor är badhus budgeten 2025?"
    assert _figure_compounds_split("vad kostar förskolan i Repisvaara?", lexicon) == "vad kostar förskolan i Repisvaara?"
    assert _figure_compounds_split("hur stora är investeringarna?", lexicon) == "hur stora är investeringarna?"
    asked = "vad ligger förskolan Repisvaara på i investeringsbudgeten för 2026?"
    assert _figure_compounds_split(asked, lexicon) == asked  # the name of a kind of table stays whole
    # a figure derived from others, compounded with a row's word, is a measure of its own
    assert _figure_compounds_split("vad är målet för badhusavvikelsen?", lexicon) == "vad är målet för badhusavvikelsen?"


def test_one_tuple_grouped_two_ways_keeps_each_grouping() -> None:
    """The empty tuple is one object for every empty vocabulary: grouped by initials and by first token, each
    grouping is its own (an empty lexicon's row match after a phrase lookup)."""
    from assistant.budget.matching import _by_first_token, _by_initials, _grouped

    empty: tuple = ()
    first = _grouped(empty, _by_first_token)
    assert _grouped(empty, _by_initials) == ({}, {}, [])
    assert _grouped(empty, _by_first_token) == first


MINUTES = """Protokoll kommunstyrelsen 2024-10-28

§ 188 Åtgärdsplan för ekonomi i balans 2025

| Nämnd/område | Besparing 2025, tkr | Därav personalkostnader, tkr |
|---|---:|---:|
| Utbildningsnämnden | 9 200 | 6 400 |
| Vård- och omsorgsnämnden | 11 800 | 8 100 |
| Gemensamma åtgärder (inköp, lokaler) | 5 000 | 0 |
| Summa | 26 000 | 14 500 |
"""


def test_a_compound_of_a_title_stays_whole() -> None:
    # "åtgärdsplan" is the plan the figures are in (the table's title says it), not the row "Gemensamma åtgärder" in
    # a Plan column: the part the question names is the column "Därav personalkostnader"
    doc = LoadedDocument(path="ks.md", text=MINUTES, sha256="k",
                         meta=DocumentMeta(title="Protokoll kommunstyrelsen 2024-10-28", date="2024-10-28"))
    minutes = FigureBook((*book().documents, extract_figures(doc)))
    asked = "I åtgärdsplanen, hur mycket av utbildningsnämndens besparing är personalkostnader?"
    assert _figure_compounds_split(asked, minutes.index.lexicon) == asked
    answer = answer_figures(asked, minutes)
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal("6400"), answer.text

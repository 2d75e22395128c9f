"""A later part of one question naming only what the tables' columns say ("vad är prognosen för helåret?") asks
another figure of what the first part asked about: the calculator reads the first part's row in that column."""
from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from assistant.build import Assistant
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

TEXT = """Delårsrapport januari–augusti 2025

Resultaträkning, mnkr

| Post | Utfall jan–aug 2025 | Utfall jan–aug 2024 | Budget 2025 | Prognos helår 2025 |
|---|---|---|---|---|
| Verksamhetens resultat | 25,5 | 16,3 | 22,1 | 12,9 |
| Periodens/årets resultat | 23,0 | 13,4 | 17,6 | 9,2 |
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="exempel/delar.md", text=TEXT, sha256="d",
                         meta=DocumentMeta(title="Delårsrapport januari–augusti 2025", date="2025-10-22",
                                           doc_type="other"))
    return FigureBook((extract_figures(doc),))


def test_a_part_naming_only_column_words_asks_another_figure() -> None:
    assistant = object.__new__(Assistant)
    assistant.figures = _book()
    assistant.retriever = SimpleNamespace(municipalities=("Strömsund",))
    assert assistant._names_only_columns("strömsund: vad är prognosen för helåret?", "strömsund:")
    assert not assistant._names_only_columns("strömsund: hur stor är låneskulden?", "strömsund:")
    # the municipality said with the part, not as a preamble, is where it is asked, not another topic
    assert assistant._names_only_columns("vad är prognosen för helåret 2025 i Strömsund?", "")
    assert not assistant._names_only_columns("hur stor är låneskulden i Strömsund?", "")


def test_the_first_parts_row_is_read_in_the_later_parts_column() -> None:
    book = _book()
    first = answer_figures("vad blev resultatet jan-aug 2025?", book)
    assert first is not None and first.calculation.result == Decimal("23.0"), first
    later = answer_figures("vad är prognosen för helåret?", book, history=("vad blev resultatet jan-aug 2025?",))
    assert later is not None and later.calculation.result == Decimal("9.2"), later



def test_periods_and_kinds_alone_ask_of_the_statements_row() -> None:
    # "kinda budgeterade ett resultat för 2025, vad säger delårsrapporten nu om helåret jämfört med budgeten?": what is
    # asked names only a period and a kind of figure, so the statement's row is the topic, not context for the prose
    assistant = object.__new__(Assistant)
    assistant.figures = _book()
    assistant.retriever = SimpleNamespace(municipalities=("Strömsund",))
    assistant.index = SimpleNamespace(chunks={})
    asked = "vad säger delårsrapporten nu om helåret jämfört med budgeten?"
    assert assistant._names_only_columns(asked, "")
    question = f"strömsund budgeterade ett resultat för 2025, {asked}"

    def judge():  # noqa: ANN202
        raise AssertionError("the prose is not weighed against the row")

    q = SimpleNamespace(wants_amount=True, wants_count=False)
    assistant._names_rows = lambda text: False
    figure = SimpleNamespace(sources=(), refused=False, values=())
    assert not assistant._row_is_context(question, q, figure, judge)

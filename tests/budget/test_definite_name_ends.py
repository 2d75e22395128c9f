"""A row's word in its definite form ("vattenverket" of "Nytt vattenverk, etapp 1") ends the name said at a total
word after it ("totalt"), as the word itself does; at a linking word it goes on ("sjukfrånvaron bland chefer" is no
"Total sjukfrånvaro")."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from assistant.budget.matching import match_rows
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

BUDGET = """Mål och budget 2025–2027

Investeringsbudget, mnkr

| Projekt | Budget 2025 | Plan 2026 | Plan 2027 | Total utgift |
|---|---|---|---|---|
| Nytt vattenverk, etapp 1 | 48,5 | 72,0 | 66,0 | 210,0 |
| Gång- och cykelvägar | 14,0 | 12,0 | 12,0 | 38,0 |
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="asby/budget.md", text=BUDGET, sha256="b",
                         meta=DocumentMeta(title="Mål och budget 2025–2027", date="2024-11-25", municipality="Åsby"))
    return FigureBook((extract_figures(doc),))


def test_a_definite_row_word_before_a_total_word_names_the_row() -> None:
    book = _book()
    assert [m.label for m in match_rows("vad kostar nya vattenverket totalt?", book.index.lexicon)] == \
        ["Nytt vattenverk, etapp 1"]
    answer = answer_figures("vad kostar nya vattenverket totalt?", book)
    assert answer is not None and "210,0" in answer.text


def test_a_definite_row_word_before_a_linking_word_goes_on() -> None:
    text = ("Årsredovisning 2025\n\nSjukfrånvaro i procent\n\n| Grupp | 2024 | 2025 |\n|---|---|---|\n"
            "| Total sjukfrånvaro | 7,1 | 6,9 |\n| Kvinnor | 8,0 | 7,8 |\n")
    doc = LoadedDocument(path="asby/ar.md", text=text, sha256="a",
                         meta=DocumentMeta(title="Årsredovisning 2025", date="2026-03-20", municipality="Åsby"))
    book = FigureBook((extract_figures(doc),))
    assert match_rows("hur hög var sjukfrånvaron bland chefer 2025?", book.index.lexicon) == []

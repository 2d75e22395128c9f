"""An English question naming a row in words neither the tables nor the glossary hold ("street lamps" for
"Gatubelysning, byte till LED") names it by meaning: the label the similarity puts clearly above every other."""
from __future__ import annotations

from collections.abc import Sequence

from assistant.budget.answer import answer_figures
from assistant.budget.row_meaning import row_by_meaning
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

TEXT = """Investeringsbudget per projekt (tkr)

| Projekt | Budget 2025 | Plan 2026 | Plan 2027 | Totalt |
|---|---:|---:|---:|---:|
| Gatubelysning, byte till LED | 2 100 | 2 100 | 1 500 | 5 700 |
| Reinvestering gator och broar | 3 000 | 3 000 | 3 000 | 9 000 |
| Ombyggnad Centrumgatan | 4 000 | 1 000 | 0 | 5 000 |
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="b.md", sha256="b", meta=DocumentMeta(title="Mål och budget 2025"), text=TEXT)
    return FigureBook((DocumentFigures(doc_path="b.md", sha256="b", title="Mål och budget 2025", doc_type="budget",
                                       date=None, tables=tuple(parse_tables(doc)), amounts=()),))


def _scores(table: dict[str, float]):  # type: ignore[no-untyped-def]
    def similarity(topic: str, labels: Sequence[str]) -> list[float]:
        return [table.get(label, 0.78) for label in labels]
    return similarity


LIGHTING = _scores({"Gatubelysning, byte till LED": 0.864, "Reinvestering gator och broar": 0.821})


def test_the_label_clearly_nearest_is_named() -> None:
    assert row_by_meaning(["street", "lighting"], _book().tables, LIGHTING) == "Gatubelysning, byte till LED"


def test_labels_close_together_name_none() -> None:
    close = _scores({"Gatubelysning, byte till LED": 0.864, "Reinvestering gator och broar": 0.85})
    assert row_by_meaning(["street", "lighting"], _book().tables, close) is None
    low = _scores({"Gatubelysning, byte till LED": 0.82})
    assert row_by_meaning(["street", "lighting"], _book().tables, low) is None


def test_an_english_question_reads_the_row_named_by_meaning() -> None:
    question = "How much will the municipality spend in total on replacing the street lamps with LED in 2025–2027?"
    assert answer_figures(question, _book(), language="en") is None
    answer = answer_figures(question, _book(), language="en", similarity=LIGHTING)
    assert answer is not None and not answer.refused
    assert answer.calculation is not None and "5,700" in answer.text


def test_a_question_naming_its_row_in_words_is_not_renamed() -> None:
    question = "What is the budget for Ombyggnad Centrumgatan in 2025?"
    answer = answer_figures(question, _book(), language="en", similarity=LIGHTING)
    assert answer is not None and "Centrumgatan" in answer.text

"""A share the question asks ("resultatet i procent av skatter och bidrag") that a row states itself ("Resultat i %
av skatter och bidrag"): read, not computed from the rows in money, alone and when two places are compared."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

NORRBY = """Mål och budget Norrby kommun

Tabell 2. Resultatbudget (mnkr)

| Mnkr | Budget 2025 | Plan 2026 |
|---|---:|---:|
| Skatteintäkter | 1 718,6 | 1 776,2 |
| Årets resultat | 49,9 | 41,0 |
| Resultat i % av skatter och bidrag | 2,3 | 1,9 |
"""

SÖDERBY = """Budget Söderby kommun

Tabell 1. Resultatbudget (tkr)

| Tkr | Budget 2025 | Plan 2026 |
|---|---:|---:|
| Årets resultat | 27 100 | 29 000 |
| Resultat i procent av skatter och bidrag | 3,2 | 3,3 |
"""


def _figures(text: str, path: str, town: str):  # type: ignore[no-untyped-def]
    doc = LoadedDocument(path=path, text=text, sha256=path,
                         meta=DocumentMeta(title=path, date="2024-11-01", doc_type="budget", municipality=town))
    return extract_figures(doc)


def test_a_share_a_row_states_is_read_from_it() -> None:
    book = FigureBook((_figures(NORRBY, "norrby/budget.md", "Norrby"),))
    answer = answer_figures("budgeterat resultat i procent av skatter och bidrag 2025", book)
    assert answer is not None and not answer.refused and answer.calculation is not None
    assert answer.calculation.result == Decimal("2.3") and "2,3 %" in answer.text


def test_places_compared_in_percent_compare_their_stated_shares() -> None:
    book = FigureBook((_figures(NORRBY, "norrby/budget.md", "Norrby"), _figures(SÖDERBY, "soderby/budget.md", "Söderby")))
    answer = answer_figures("Vilken kommun budgeterar det högsta resultatet i procent av skatter och bidrag för 2025, "
                            "Norrby eller Söderby?", book)
    assert answer is not None and answer.calculation is not None
    assert [i.value for i in answer.calculation.inputs] == [Decimal("2.3"), Decimal("3.2")]
    assert "Högst har Söderby" in answer.text

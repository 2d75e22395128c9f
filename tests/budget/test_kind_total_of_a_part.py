"""A kind of table asked with a topic of its own that no row of it holds ("hur mycket investerar kommunen i vatten
och avlopp 2025?" of an investment budget without water projects) is a part of the kind's total, not the whole:
the tables do not answer it. The kind asked alone, or with the municipality's name, is its total."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from assistant.understand.query import analyse
from core.types import DocumentMeta, LoadedDocument

TEXT = """Investeringsbudget 2025–2027 (mnkr)

| Projekt | Budget 2025 | Plan 2026 | Plan 2027 |
|---|---:|---:|---:|
| Ny förskola Västgärde | 30,0 | 12,0 | 0,0 |
| Gator och vägar | 8,5 | 8,5 | 8,5 |
| Totalt investeringar | 38,5 | 20,5 | 8,5 |
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="b.md", sha256="b", meta=DocumentMeta(title="Mål och budget 2025", municipality="Rättvik"),
                         text=TEXT)
    return FigureBook((DocumentFigures(doc_path="b.md", sha256="b", title="Mål och budget 2025", doc_type="budget",
                                       date=None, tables=tuple(parse_tables(doc, municipality="Rättvik")), amounts=(),
                                       municipality="Rättvik"),))


def test_a_part_of_the_investments_no_row_holds_is_not_their_total() -> None:
    # the tables leave it to the text (no figure of theirs), not the total 38,5
    assert answer_figures("Hur mycket investerar Rättvik i vatten och avlopp 2025?", _book()) is None


def test_the_investments_of_the_municipality_are_their_total() -> None:
    answer = answer_figures("hur mycket investerar Rättvik totalt 2025?", _book())
    assert answer is not None and answer.calculation is not None and answer.calculation.result == Decimal("38.5")


def test_investing_asks_a_sum_of_money() -> None:
    assert analyse("Hur mycket investerar Rättvik i vatten och avlopp 2025?").wants_money

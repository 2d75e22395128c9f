"""Figures of different dimensions (kronor and per cent) are never added: a section of key figures that holds a
result in mnkr and the same result as a share of revenue is no sum of parts; the figure in the dimension asked is."""
from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.budget.answer import answer_figures
from assistant.budget.execute import Refusal, execute
from assistant.budget.plan import Plan
from assistant.budget.store import FigureBook
from assistant.budget.units import Unit
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

KEY_FIGURES = """Finansiell information

Ekonomiska nyckeltal för kommunen (belopp i mnkr om inget annat anges)

| | Budget 2024 | Budget 2025 |
|---|---|---|
| Resultat | | |
| Årets resultat | 66,3 | 71,5 |
| Resultat i % av skatter och bidrag | 2,1 | 2,2 |
| Investeringar | | |
| Nettoinvesteringar | 268,0 | 289,5 |
"""


@pytest.fixture(scope="module")
def book() -> FigureBook:
    doc = LoadedDocument(path="norrby/nyckeltal.md", text=KEY_FIGURES, sha256="n",
                         meta=DocumentMeta(title="Finansiell information", date="2024-12-02", doc_type="report",
                                           municipality="Norrby"))
    return FigureBook((extract_figures(doc),))


def test_units_have_one_dimension_each() -> None:
    assert Unit.TKR.dimension == Unit.MNKR.dimension == "money"
    assert Unit.PERCENT.dimension == "%" and Unit.NUMBER.dimension == "antal"


def test_a_section_of_figures_in_two_units_answers_the_one_asked(book: FigureBook) -> None:
    money = answer_figures("vad är resultatet 2025?", book)
    assert money is not None and money.calculation is not None
    assert money.calculation.result == Decimal("71.5") and "73,7" not in money.text
    share = answer_figures("hur stort är resultatet i procent 2025?", book)
    assert share is not None and share.calculation is not None and share.calculation.result == Decimal("2.2")


def test_rows_of_two_dimensions_are_never_summed(book: FigureBook) -> None:
    plan = Plan(operation="sum", rows=("Årets resultat", "Resultat i % av skatter och bidrag"), years=(2025,),
                intent=True)
    with pytest.raises(Refusal, match="olika saker"):
        execute(plan, book.tables, None)

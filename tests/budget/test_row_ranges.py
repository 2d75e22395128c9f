"""Rows said as the ends of a range ("juni-augusti") are every row between them; a share of several rows is of
their sum; a title counting nights ("Kommersiella gästnätter per månad") is a count, not kronor."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from assistant.budget.matching import RowMatch
from assistant.budget.plan import row_spans
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import _title_measure, parse_tables
from assistant.budget.units import Unit
from core.types import DocumentMeta, LoadedDocument

TEXT = """Kommersiella gästnätter per månad (hotell, stugbyar, camping)

| Månad | 2022 | 2023 |
|---|---:|---:|
| Maj | 10000 | 12000 |
| Juni | 20000 | 21000 |
| Juli | 40000 | 42000 |
| Augusti | 30000 | 31000 |
| September | 8000 | 9000 |
| Totalt | 108000 | 115000 |
"""


def book() -> FigureBook:
    doc = LoadedDocument(path="g.md", sha256="0", meta=DocumentMeta(title="Turism"), text=TEXT)
    return FigureBook((DocumentFigures(doc_path="g.md", sha256="0", title="Turism", doc_type="other", date=None,
                                       tables=tuple(parse_tables(doc)), amounts=()),))


def test_a_range_of_rows_is_every_row_between_its_ends() -> None:
    answer = answer_figures("hur stor andel av gästnätterna 2023 var under juni-augusti?", book())
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.expression == "21 000 + 42 000 + 31 000 = 94 000; 94 000 / 115 000 = 81,7 %"
    assert "94 000" in answer.text and "kr" not in answer.text


def test_rows_named_apart_are_no_range() -> None:
    matches = [RowMatch("Juni", 0, 1, "juni"), RowMatch("Augusti", 1, 2, "augusti")]
    assert row_spans("juni augusti", matches) == ()
    assert row_spans("Juni – augusti", matches) == (("Juni", "Augusti"),)
    apart = [RowMatch("Juni", 0, 1, "juni"), RowMatch("Augusti", 2, 3, "augusti")]
    assert row_spans("juni och augusti", apart) == ()


def test_a_share_of_two_named_rows_is_of_their_sum() -> None:
    answer = answer_figures("hur stor andel av gästnätterna 2023 kom under juli och september?", book())
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.expression.endswith("51 000 / 115 000 = 44,3 %")


def test_a_title_counting_nights_after_an_adjective_is_a_count() -> None:
    assert _title_measure("Kommersiella gästnätter per månad (hotell, camping)") is Unit.NUMBER
    assert _title_measure("Gästnätter") is Unit.NUMBER
    assert _title_measure("Totala investeringar") is None
    assert _title_measure("Driftsbudget") is None



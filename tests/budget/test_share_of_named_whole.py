"""A share of the one row said right after "av" is a share of that row as the whole: a part the question names
after it in words no row has ("går till hemtjänsten") is not in the tables, so the figures refuse instead of giving
the row's share of the total; a part that is a row, or no part at all, is computed as before."""
from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

BUDGET = """Mål och budget 2025

Driftsbudget per nämnd (tkr)

| Nämnd | Ram 2025 |
|---|---|
| Kommunstyrelsen | 100 000 |
| Bildningsnämnden | 360 000 |
| Vård- och omsorgsnämnden | 247 500 |
| Summa | 707 500 |
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="budget.md", text=BUDGET, sha256="b", meta=DocumentMeta(title="Mål och budget 2025",
                                                                                       doc_type="budget"))
    return FigureBook((extract_figures(doc),))


def test_a_part_no_row_names_of_a_named_whole_is_not_in_the_tables() -> None:
    answer = answer_figures("Hur stor del av vård- och omsorgsnämndens budget 2025 går till hemtjänsten?", _book())
    assert answer is not None and answer.refused and "hemtjänsten" in answer.text


def test_a_share_of_the_total_is_computed_as_before() -> None:
    answer = answer_figures("hur stor andel av budgeten 2025 går till vård- och omsorgsnämnden?", _book())
    assert answer is not None and not answer.refused
    assert answer.calculation is not None and round(answer.calculation.result, 1) == Decimal("35.0")


def test_an_abbreviation_a_sum_goes_to_is_a_part_no_row_names_however_short() -> None:
    """"går till LSS": a thing written in capitals, not the committee's whole frame."""
    answer = answer_figures("Hur mycket av vård- och omsorgsnämndens budget 2025 går till LSS?", _book())
    assert answer is None or answer.calculation is None or answer.calculation.result != Decimal("247500")
    whole = answer_figures("Hur mycket av budgeten 2025 går till vård- och omsorgsnämnden?", _book())
    assert whole is not None and whole.calculation is not None and whole.calculation.result == Decimal("247500")

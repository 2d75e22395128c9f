"""A share of one kind of column in another of the same row, the whole said after "av" ("hur många procent av
budgeten var underskottet?"): the row's deviation over its budget, the deviation's column without a year read as the
year of a table of one year; not the row's share of the deviations' total."""
from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.plan import _kind_as_whole
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

REPORT = """Årsredovisning 2024

Nettokostnad och budgetavvikelse per nämnd 2024, mnkr

| Nämnd | Budget 2024 | Utfall 2024 | Avvikelse |
|---|---|---|---|
| Kommunstyrelsen | 94,1 | 92,8 | 1,3 |
| Omsorgsnämnden | 371,6 | 382,4 | -10,8 |
| Barn- och ungdomsnämnden | 341,9 | 339,5 | 2,4 |
| Nämnder | 807,6 | 814,7 | -7,1 |
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="ar.md", text=REPORT, sha256="a", meta=DocumentMeta(title="Årsredovisning 2024",
                                                                                   doc_type="arsredovisning"))
    return FigureBook((extract_figures(doc),))


def test_the_deviation_as_a_share_of_the_rows_budget() -> None:
    answer = answer_figures("Omsorgsnämnden gick back 2024 – hur många procent av budgeten var underskottet?", _book())
    assert answer is not None and not answer.refused and answer.calculation is not None
    assert round(abs(answer.calculation.result), 1) == Decimal("2.9")


def test_the_whole_kind_is_the_one_said_after_av() -> None:
    assert _kind_as_whole("hur många procent av budgeten var underskottet?", "share", "Avvikelse") == \
        ("Budget", "Avvikelse")
    assert _kind_as_whole("hur stor andel av underskottet har omsorgsnämnden?", "share", "Avvikelse") == ()
    assert _kind_as_whole("hur många procent av budgeten var underskottet?", "lookup", "Avvikelse") == ()


def test_a_whole_said_with_a_possessive_is_the_rows_own_column() -> None:
    # "underskottet i procent av deras budget": the deviation over the same committee's budget
    assert _kind_as_whole("hur mycket är underskottet i procent av deras budget?", "share", "Avvikelse") == \
        ("Budget", "Avvikelse")
    assert _kind_as_whole("how big is the deficit as a share of their budget?", "share", "Avvikelse") == \
        ("Budget", "Avvikelse")

"""A deviation asked as a forecast ("hur stort underskott prognostiserade socialnämnden för 2024", "trodde") that no
table holding the row forecasts for the year is not the outcome's deviation the tables state."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.records import CellSource, Column, Row, Table
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.units import Unit

SOURCE = CellSource(doc_path="a.pdf", title="Årsredovisning", quote="x", start=0, end=1)


def _table(columns: tuple[Column, ...], values: tuple[str, ...]) -> Table:
    return Table(id="d#1", title="Driftredovisning per nämnd", doc_path="a.pdf", stated_unit=Unit.MNKR,
                 unit=Unit.MNKR, columns=columns,
                 rows=(Row(label="Socialnämnden", values=tuple(Decimal(v) for v in values), is_total=False,
                           source=SOURCE),))


OUTCOME = _table((Column("Budget 2024", 2024, "Budget"), Column("Utfall 2024", 2024, "Utfall"),
                  Column("Avvikelse", None, "Avvikelse")), ("137.2", "140.3", "-3.1"))
FORECAST = _table((Column("Budget 2024", 2024, "Budget"), Column("Prognos 2024", 2024, "Prognos"),
                   Column("Avvikelse", None, "Avvikelse")), ("137.2", "140.0", "-2.8"))


def _book(table: Table) -> FigureBook:
    return FigureBook((DocumentFigures(doc_path="a.pdf", sha256="a", title="Årsredovisning 2024", tables=(table,)),))


def test_a_forecast_deviation_is_not_the_outcomes() -> None:
    for question in ("hur stort underskott prognostiserade socialnämnden för 2024?",
                     "hur stort underskott trodde socialnämnden på för 2024?"):
        answer = answer_figures(question, _book(OUTCOME))
        assert answer is None or answer.calculation is None, question
    plain = answer_figures("hur stort underskott hade socialnämnden 2024?", _book(OUTCOME))
    assert plain is not None and plain.calculation is not None and plain.calculation.result == Decimal("-3.1")


def test_a_table_forecasting_the_year_answers() -> None:
    answer = answer_figures("hur stort underskott prognostiserade socialnämnden för 2024?", _book(FORECAST))
    assert answer is not None and answer.calculation is not None

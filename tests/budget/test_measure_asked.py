"""A lookup asking a measure ("hur mycket ska socialnämnden spara") reads a table whose title or columns say the
measure before the operating budget's frames; the frame asked is the operating budget's row."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.records import CellSource, Column, Row, Table
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.units import Unit

SOURCE = CellSource(doc_path="b.pdf", title="Budget", quote="x", start=0, end=1)


def _table(title: str, columns: tuple[str, ...], rows: dict[str, tuple[str, ...]]) -> Table:
    return Table(id=f"{title}#1", title=title, doc_path="b.pdf", stated_unit=Unit.MNKR, unit=Unit.MNKR,
                 columns=tuple(Column(label=c, year=2025 if "2025" in c else 2024) for c in columns),
                 rows=tuple(Row(label=label, values=tuple(Decimal(v) for v in values), is_total=False, source=SOURCE)
                            for label, values in rows.items()))


FRAMES = _table("Driftbudget per nämnd", ("Budget 2024", "Budget 2025"),
                {"Socialnämnden": ("310.2", "318.9"), "Kommunstyrelsen": ("90.1", "92.4")})


def _book(*tables: Table) -> FigureBook:
    return FigureBook((DocumentFigures(doc_path="b.pdf", sha256="b", title="Budget 2025", tables=tables),))


def test_the_frame_itself_is_the_rows_figure() -> None:
    for question in ("vad är socialnämndens ram 2025?", "hur mycket får socialnämnden 2025?"):
        answer = answer_figures(question, _book(FRAMES))
        assert answer is not None and answer.calculation is not None, question
        assert answer.calculation.result == Decimal("318.9")


def test_a_table_of_the_asked_measure_answers() -> None:
    savings = _table("Åtgärder 2025", ("Besparing 2024", "Besparing 2025"), {"Socialnämnden": ("4.0", "6.2")})
    answer = answer_figures("hur mycket ska socialnämnden spara under 2025?", _book(FRAMES, savings))
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal("6.2")

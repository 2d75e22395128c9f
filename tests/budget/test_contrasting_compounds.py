"""A row named only in part is another thing when the question's compound and a word of the row's label share their
head with different first parts ("trygghetsåtgärder i centrum" is not "Dagvattenåtgärder centrum")."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import _contrasts, answer_figures
from assistant.budget.records import CellSource, Column, Row, Table
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.units import Unit

SOURCE = CellSource(doc_path="b.pdf", title="Budget", quote="x", start=0, end=1)
TABLE = Table(id="i#1", title="Investeringsbudget", doc_path="b.pdf", stated_unit=Unit.TKR, unit=Unit.TKR,
              columns=tuple(Column(label=f"Budget {y}", year=y, kind="Budget") for y in (2025, 2026)),
              rows=tuple(Row(label=label, values=tuple(Decimal(v) for v in values), is_total=False, source=SOURCE)
                         for label, values in {"Dagvattenåtgärder centrum": ("3200", "1500"),
                                               "Ny förskola Nordalen": ("7400", "0")}.items()))
BOOK = FigureBook((DocumentFigures(doc_path="b.pdf", sha256="b", title="Budget", tables=(TABLE,)),))


def test_two_kinds_of_one_thing() -> None:
    assert _contrasts("trygghetsåtgärder", "dagvattenåtgärder")
    assert _contrasts("grundskolan", "förskola")
    assert not _contrasts("åtgärder", "dagvattenåtgärder")  # the head alone is the same thing, said in general
    assert not _contrasts("dagvattenåtgärderna", "dagvattenåtgärder")


def test_another_kind_of_the_rows_thing_is_not_the_row() -> None:
    answer = answer_figures("hur mycket lägger kommunen på trygghetsåtgärder i centrum 2025?", BOOK)
    assert answer is None or answer.calculation is None
    same = answer_figures("hur mycket lägger kommunen på dagvattenåtgärder i centrum 2025?", BOOK)
    assert same is not None and same.calculation is not None and same.calculation.result == Decimal(3200)

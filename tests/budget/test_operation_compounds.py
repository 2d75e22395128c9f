"""A compound of an operation word asks the operation of the row its other part names ("snittresultatet": the mean
of "Årets resultat"); left whole, its other part naming no row, it names a figure of its own ("snitträntan")."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.matching import Lexicon
from assistant.budget.plan import plan_question
from assistant.budget.records import CellSource, Column, Row, Table
from assistant.budget.units import Unit

SOURCE = CellSource(doc_path="n.xlsx", title="Nyckeltal", quote="x", start=0, end=1)
TABLE = Table(id="n#1", title="Nyckeltal", doc_path="n.xlsx", stated_unit=Unit.MNKR, unit=Unit.MNKR,
              columns=tuple(Column(label=str(y), year=y) for y in (2022, 2023, 2024)),
              rows=tuple(Row(label=label, values=tuple(Decimal(v) for v in values), is_total=False, source=SOURCE)
                         for label, values in {"Årets resultat": ("18.4", "12.9", "7.7"),
                                               "Låneskuld": ("300", "330", "362")}.items()))
LEXICON = Lexicon.build((TABLE,))


def test_a_compound_naming_a_row_asks_its_mean() -> None:
    plan = plan_question("vad var snittresultatet 2022-2024?", LEXICON)
    assert (plan.operation, plan.rows) == ("mean", ("Årets resultat",))


def test_a_compound_naming_no_row_is_no_operation_on_another_row() -> None:
    plan = plan_question("och vad är snitträntan?", LEXICON, ("hur stor är låneskulden?",))
    assert plan.operation != "mean"

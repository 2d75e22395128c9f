""""tillsammans med", "ihop med", "together with" say with whom, not a sum: "Vilken kommun driver räddningstjänsten
tillsammans med?" asks no figure, while "X och Y tillsammans" sums them."""
from __future__ import annotations

from assistant.budget.matching import Lexicon
from assistant.budget.plan import plan_question
from assistant.budget.records import CellSource, Column, Row, Table


def _table() -> Table:
    source = CellSource(doc_path="b.pdf", title="B", quote="x", start=0, end=1)
    rows = tuple(Row(label=label, values=(None,), is_total=False, source=source)
                 for label in ("Räddningstjänst", "Socialnämnden", "Kommunstyrelsen"))
    return Table(id="b.pdf#Driftbudget", title="Driftbudget", doc_path="b.pdf", stated_unit=None, unit=None,
                 columns=(Column(label="Budget 2026", year=2026, kind="Budget"),), rows=rows)


LEXICON = Lexicon.build((_table(),))


def test_with_whom_is_no_sum_and_asks_no_figure() -> None:
    for question in ("Vilken kommun driver räddningstjänsten tillsammans med?",
                     "räddningstjänsten drivs ihop med vilka kommuner?",
                     "Which municipality runs the räddningstjänst together with it?"):
        plan = plan_question(question, LEXICON, ())
        assert plan.operation != "sum" and not plan.intent, question


def test_together_after_the_things_summed_is_a_sum() -> None:
    plan = plan_question("Hur mycket får socialnämnden och kommunstyrelsen tillsammans 2026?", LEXICON, ())
    assert plan.operation == "sum"
    assert plan_question("socialnämnden och kommunstyrelsen ihop 2026?", LEXICON, ()).operation == "sum"

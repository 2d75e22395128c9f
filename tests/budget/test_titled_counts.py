"""A count of what a table of counts is titled by ("hur många invånare" of "Befolkning 31 december", whose rows are
"Totalt" and age groups) asks for the table's total; losing and gaining are changes ("tappat", "förlorat")."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.matching import Lexicon
from assistant.budget.plan import plan_question
from assistant.budget.records import CellSource, Column, Row, Table
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.units import Unit

SOURCE = CellSource(doc_path="s.xlsx", title="Statistik", quote="x", start=0, end=1)
YEARS = (2019, 2020, 2021)


def _table(title: str, unit: Unit, rows: dict[str, tuple[int, ...]], totals: tuple[str, ...] = ()) -> Table:
    return Table(id=f"{title}#1", title=title, doc_path="s.xlsx", stated_unit=unit, unit=unit,
                 columns=tuple(Column(label=str(y), year=y) for y in YEARS),
                 rows=tuple(Row(label=label, values=tuple(Decimal(v) for v in values), is_total=label in totals,
                                source=SOURCE) for label, values in rows.items()))


PEOPLE = _table("Befolkning 31 december", Unit.NUMBER,
                {"Totalt": (9352, 9298, 9289), "0–19 år": (2010, 1995, 1988), "20–64 år": (4998, 4951, 4921)},
                totals=("Totalt",))
COSTS = _table("Driftbudget", Unit.TKR, {"Socialnämnd": (300000, 310000, 320000)})


def _book(*tables: Table) -> FigureBook:
    return FigureBook((DocumentFigures(doc_path="s.xlsx", sha256="s", title="Statistik", tables=tables),))


def test_a_count_of_what_a_table_of_counts_is_titled_by_reads_its_total() -> None:
    answer = answer_figures("hur många invånare hade kommunen 2019?", _book(PEOPLE, COSTS))
    assert answer is not None and answer.calculation is not None and not answer.refused
    assert answer.calculation.result == Decimal(9352)


def test_a_count_of_one_named_thing_is_not_the_tables_total() -> None:
    answer = answer_figures("hur många invånare bodde i Rundvik 2019?", _book(PEOPLE, COSTS))
    assert answer is None or answer.calculation is None  # one village, not the municipality's population


def test_a_count_asked_of_a_table_of_money_is_no_such_question() -> None:
    money = _table("Befolkning 31 december", Unit.TKR, {"Totalt": (1, 2, 3), "Övrigt": (1, 1, 1)}, totals=("Totalt",))
    answer = answer_figures("hur många invånare hade kommunen 2019?", _book(money, COSTS))
    assert answer is None or answer.calculation is None


def test_losing_and_gaining_are_changes() -> None:
    lexicon = Lexicon.build((PEOPLE, COSTS))
    for question in ("hur många invånare har kommunen tappat mellan 2019 och 2021?",
                     "hur många invånare förlorade kommunen mellan 2019 och 2021?",
                     "how many inhabitants did the municipality lose between 2019 and 2021?"):
        assert plan_question(question, lexicon).operation == "change", question
    answer = answer_figures("hur många invånare har kommunen tappat mellan 2019 och 2021?", _book(PEOPLE, COSTS))
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal(-63)

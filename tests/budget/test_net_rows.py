"""A net a question names by a compound of "netto" ("flyttnetto", "finansnetto") is the inflow row less the outflow
row's size, signed; over a span of years the rows' sums."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.matching import Lexicon
from assistant.budget.net import net_rows
from assistant.budget.plan import plan_question
from assistant.budget.records import CellSource, Column, Row, Table
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.units import Unit

SOURCE = CellSource(doc_path="s.xlsx", title="Statistik", quote="x", start=0, end=1)
YEARS = (2020, 2021, 2022)


def _table(rows: dict[str, tuple[int, ...]]) -> Table:
    return Table(id="s.xlsx#1", title="Befolkning", doc_path="s.xlsx", stated_unit=None, unit=Unit.NUMBER,
                 columns=tuple(Column(label=str(y), year=y) for y in YEARS),
                 rows=tuple(Row(label=label, values=tuple(Decimal(v) for v in values), is_total=False, source=SOURCE)
                            for label, values in rows.items()))


TABLE = _table({"Folkmängd 31 dec": (13457, 13485, 13460), "Födda": (121, 118, 109),
                "Inflyttade": (642, 671, 598), "Utflyttade": (590, 602, 611)})


def _book() -> FigureBook:
    return FigureBook((DocumentFigures(doc_path="s.xlsx", sha256="s", title="Statistik", tables=(TABLE,)),))


def test_a_compound_of_netto_names_the_inflow_and_the_outflow_rows() -> None:
    lexicon = Lexicon.build((TABLE,))
    assert net_rows("vad var flyttnettot 2021?", lexicon) == ("flyttnettot", ("Inflyttade", "Utflyttade"))
    assert net_rows("vad var nettoinflyttningen 2021?", lexicon) == ("nettoinflyttningen", ("Inflyttade", "Utflyttade"))
    assert net_rows("vad var pendlingsnettot 2021?", lexicon) is None  # no table holds that flow
    assert net_rows("vad var nettokostnaden 2021?", lexicon) is None


def test_the_net_of_a_year_is_the_inflow_less_the_outflow_signed() -> None:
    plan = plan_question("vad var flyttnettot 2022?", Lexicon.build((TABLE,)))
    assert (plan.operation, plan.rows, plan.intent) == ("difference", ("Inflyttade", "Utflyttade"), True)
    answer = answer_figures("vad var flyttnettot 2022?", _book())
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal(-13)  # more moved out than in: the net is below zero
    assert answer.text.startswith("Flyttnettot är -13 2022: Inflyttade 598 [1] minus Utflyttade 611 [1].")


def test_the_net_over_a_span_is_the_difference_of_the_rows_sums() -> None:
    answer = answer_figures("vad var flyttnetto sammanlagt 2020–2022?", _book())
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal(108)  # 1 911 - 1 803
    assert answer.calculation.expression == "(642 + 671 + 598) - (590 + 602 + 611) = 108"
    assert answer.text.startswith("Flyttnetto är sammanlagt 108 2020–2022: Inflyttade 1 911")


def test_minus_between_two_rows_asks_their_difference() -> None:
    plan = plan_question("inflyttade minus utflyttade 2021?", Lexicon.build((TABLE,)))
    assert plan.operation == "difference"
    assert plan_question("resultatet blev minus 4 miljoner 2021", Lexicon.build((TABLE,))).operation != "difference"


def test_a_pair_the_data_names_is_a_net_too() -> None:
    lexicon = Lexicon.build((_table({"Födda": (121, 118, 109), "Döda": (168, 159, 171)}),))
    assert net_rows("vad var födelseöverskottet 2021?", lexicon) == ("födelseöverskottet", ("Födda", "Döda"))
    assert net_rows("vad var födelsenettot 2021?", lexicon) == ("födelsenettot", ("Födda", "Döda"))
    assert net_rows("hur stort var budgetöverskottet 2021?", lexicon) is None


def test_the_net_of_a_things_income_and_cost_rows_takes_the_cost_by_its_size() -> None:
    table = Table(id="r.pdf#1", title="Resultatbudget", doc_path="r.pdf", stated_unit="mnkr", unit=Unit.MNKR,
                  columns=tuple(Column(label=f"Budget {y}", year=y) for y in YEARS),
                  rows=tuple(Row(label=label, values=tuple(Decimal(v) for v in values), is_total=False, source=SOURCE)
                             for label, values in {"Skatteintäkter": ("580", "590", "600"),
                                                   "Finansiella intäkter": ("1.9", "2.1", "2.5"),
                                                   "Finansiella kostnader": ("-4.5", "-6.0", "-7.6")}.items()))
    lexicon = Lexicon.build((table,))
    assert net_rows("vad blir finansnettot 2022?", lexicon) == (
        "finansnettot", ("Finansiella intäkter", "Finansiella kostnader"))
    assert net_rows("vad blir skattenettot 2022?", lexicon) is None  # no income and cost rows of that thing
    book = FigureBook((DocumentFigures(doc_path="r.pdf", sha256="r", title="Budget", tables=(table,)),))
    answer = answer_figures("vad blir finansnettot 2022?", book)
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal("-5.1")  # 2,5 less the size of -7,6, not 2,5 - (-7,6)
    assert answer.calculation.expression.startswith("2,5 - |-7,6| = -5,1")

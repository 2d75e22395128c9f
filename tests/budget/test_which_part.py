"""Plans: "vilken verksamhet inom X minskar" selects the part whose change is lowest; a share of one row is
of the table's total; a follow-up "jämfört med 2024" compares with the earlier question's year."""
from __future__ import annotations

import pytest

from assistant.budget.answer import answer_figures
from assistant.budget.matching import Lexicon
from assistant.budget.plan import plan_question
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

TEXT = """Nettokostnad per nämnd och verksamhet

Belopp i tkr

| Nämnd | Budget 2024 | Budget 2025 |
|---|---:|---:|
| **Socialnämnden** | | |
| Äldreomsorg | 175 900 | 181 400 |
| Arbetsmarknad och integration | 8 700 | 8 300 |
| Summa socialnämnden | 184 600 | 189 700 |
| Kommunstyrelsen | 90 000 | 93 000 |
| Summa nämnder | 274 600 | 282 700 |
"""


@pytest.fixture(scope="module")
def book() -> FigureBook:
    doc = LoadedDocument(path="d.md", sha256="0", meta=DocumentMeta(title="Budget"), text=TEXT)
    return FigureBook((DocumentFigures(doc_path="d.md", sha256="0", title="Budget", doc_type="budget", date=None,
                                       tables=tuple(parse_tables(doc)), amounts=()),))


def test_which_part_decreases(book: FigureBook) -> None:
    answer = answer_figures("Vilken verksamhet inom socialnämnden minskar mellan budget 2024 och budget 2025?", book)
    assert answer is not None and "Arbetsmarknad och integration" in answer.text and "minskar" in answer.text and "(400 tkr, 4,6 %)" in answer.text
    grows = answer_figures("Vilken verksamhet inom socialnämnden ökar mellan 2024 och 2025?", book)
    assert grows is not None and "Äldreomsorg" in grows.text


def test_a_share_of_one_row_is_of_the_total(book: FigureBook) -> None:
    plan = plan_question("Hur stor andel av budgeten 2025 går till kommunstyrelsen i staden?", Lexicon.build(book.tables))
    assert plan.operation == "share" and plan.denominator is None


def test_followup_compares_with_the_earlier_year(book: FigureBook) -> None:
    plan = plan_question("hur mycket ökar den i procent jämfört med 2024?", Lexicon.build(book.tables),
                         history=["Hur stor är budgeten för äldreomsorg 2025?"])
    assert plan.operation == "percent_change" and plan.years == (2024, 2025)


def test_followup_asking_how_much_it_is_against_a_year_is_the_change(book: FigureBook) -> None:
    # "hur mycket är det ... jämfört med 2024" names no second row: the other side is the year, not another row
    plan = plan_question("och hur mycket är det i procent jämfört med 2024?", Lexicon.build(book.tables),
                         history=["Vad har äldreomsorg för budget 2025?"])
    assert plan.operation == "percent_change" and plan.years == (2024, 2025)
    plain = plan_question("och hur mycket mer är det än 2024?", Lexicon.build(book.tables),
                          history=["Vad har äldreomsorg för budget 2025?"])
    assert plain.operation == "change" and plain.years == (2024, 2025)


def test_one_row_in_two_named_years_says_the_change_between_them(book: FigureBook) -> None:
    answer = answer_figures("Vad är äldreomsorgens budget 2024 och 2025?", book)
    assert answer is not None and answer.calculation is not None
    assert "175 900 tkr" in answer.text and "181 400 tkr" in answer.text
    assert "Det är 5,5 miljoner kronor (5 500 tkr) mer 2025 än 2024 [1]." in answer.text
    assert "181 400 - 175 900 = 5 500 tkr" in answer.calculation.expression
    single = answer_figures("Vad är äldreomsorgens budget 2025?", book)
    assert single is not None and "mer" not in single.text

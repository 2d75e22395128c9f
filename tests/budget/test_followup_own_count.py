"""A follow-up counting a row of its own ("hur många barn föddes det året?", "how many babies were born that year?")
after a turn asking a change looks that row up in the conversation's year: it is not the earlier turn's change."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.matching import Lexicon
from assistant.budget.plan import plan_question
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

TEXT = """Befolkningsförändringar 2021–2023

| | 2021 | 2022 | 2023 |
|---|---:|---:|---:|
| Folkmängd 31 dec | 6 790 | 6 722 | 6 658 |
| Födda | 61 | 58 | 52 |
| Döda | 90 | 95 | 88 |
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="b.md", sha256="b", meta=DocumentMeta(title="Budget 2025"), text=TEXT)
    return FigureBook((DocumentFigures(doc_path="b.md", sha256="b", title="Budget 2025", doc_type="budget", date=None,
                                       tables=tuple(parse_tables(doc)), amounts=()),))


def test_a_followup_counting_its_own_row_is_a_lookup() -> None:
    plan = plan_question("hur många barn föddes det året?", Lexicon.build(_book().tables),
                         history=["hur mycket minskade folkmängden 2023?"])
    assert plan.rows == ("Födda",) and plan.operation == "lookup" and plan.years == (2023,)


def test_an_english_followup_names_its_row_in_swedish_words() -> None:
    answer = answer_figures("how many babies were born that year?", _book(),
                            history=("By how much did the population fall in 2023?",), language="en")
    assert answer is not None and answer.calculation is not None, answer
    assert answer.calculation.result == Decimal("52"), answer.text


def test_an_english_followup_after_a_turn_naming_its_row_in_english_reads_that_row() -> None:
    # "lived" is "bodde" of the row words of "Folkmängd": the earlier turn, said in Swedish, names the row the
    # follow-up's change is of
    answer = answer_figures("how big was the drop from the year before?", _book(),
                            history=("how many people lived in the municipality at the end of 2023?",), language="en")
    assert answer is not None and answer.calculation is not None, answer
    assert answer.calculation.operation == "change" and answer.calculation.result == Decimal("-64"), answer.text


UNITLESS = """Befolkningsförändringar 2021–2023

| År | Folkmängd | Födda | Döda |
|---|---|---|---|
| 2021 | 6790 | 61 | 90 |
| 2022 | 6722 | 58 | 95 |
| 2023 | 6658 | 52 | 88 |
"""


def _unitless_book() -> FigureBook:
    doc = LoadedDocument(path="u.md", sha256="u", meta=DocumentMeta(title="Befolkning"), text=UNITLESS)
    return FigureBook((DocumentFigures(doc_path="u.md", sha256="u", title="Befolkning", doc_type="statistik",
                                       date=None, tables=tuple(parse_tables(doc)), amounts=()),))


def test_that_year_after_a_change_between_two_years_is_the_year_the_change_came_to() -> None:
    plan = plan_question("hur många föddes det året?", Lexicon.build(_book().tables),
                         history=["hur många bodde det i kommunen 2023?", "och var det fler eller färre än 2022?"])
    assert plan.rows == ("Födda",) and plan.operation == "lookup" and plan.years == (2023,)


def test_a_followup_counting_a_row_of_a_table_stating_no_unit_gets_a_count() -> None:
    answer = answer_figures("hur många föddes det året?", _unitless_book(),
                            history=("hur många bodde det i kommunen 2023?", "och var det fler eller färre än 2022?"))
    assert answer is not None and answer.calculation is not None, answer
    assert answer.calculation.result == Decimal("52") and "kronor" not in answer.text, answer.text


def test_that_year_of_an_earlier_turn_naming_no_row_in_its_own_words_is_its_year() -> None:
    # "lived" names no row; the follow-up names its own ("babies": "Födda") and "that year" is the earlier turn's
    answer = answer_figures("how many babies were born that year?", _unitless_book(),
                            history=("how many people lived in the municipality in 2022?",), language="en")
    assert answer is not None and answer.calculation is not None, answer
    assert answer.calculation.result == Decimal("58"), answer.text
    assert answer.text.endswith("the figures are taken as counts."), answer.text


MONEY_AND_COUNTS = """Barn- och utbildningsnämnden – driftbudget per verksamhet 2025
Belopp i tkr

| Verksamhet | Intäkter | Kostnader | Nettokostnad |
|---|---|---|---|
| Förskola | 21400 | -142900 | -121500 |
| Grundskola | 14200 | -276900 | -262700 |
| Summa | 35600 | -419800 | -384200 |

## Elevtal

Antal barn och elever i kommunen
Antal, mätdatum 15 oktober

| År | Förskola | Grundskola |
|---|---|---|
| 2023 | 761 | 1812 |
| 2024 | 770 | 1835 |
| Prognos 2025 | 778 | 1851 |
"""


def test_how_many_of_a_row_reads_the_table_counting_it_not_its_money_of_the_same_year() -> None:
    """"hur många väntas det bli 2025?" after "hur många barn går i förskolan 2024?": the children counted in 2025,
    not the row's net cost, which a table of money holds for 2025 too."""
    doc = LoadedDocument(path="bun.xlsx", sha256="c", meta=DocumentMeta(title="Drift 2025"), text=MONEY_AND_COUNTS)
    book = FigureBook((DocumentFigures(doc_path="bun.xlsx", sha256="c", title="Drift 2025", doc_type="budget",
                                       date=None, tables=tuple(parse_tables(doc)), amounts=()),))
    answer = answer_figures("hur många väntas det bli 2025?", book,
                            history=("hur många barn går i förskolan 2024?",))
    assert answer is not None and answer.calculation is not None, answer
    assert answer.calculation.result == Decimal("778"), answer.text

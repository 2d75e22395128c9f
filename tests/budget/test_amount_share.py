"""An amount the question states as a share of a row's figure ("Hur stor andel av socialnämndens kommunbidrag 2021
motsvarar paketet på 5,4 miljoner från 2020?"): the amount against the row's cell of the row's year; the year said
of the amount (2020, which the table does not hold) dates the amount, not the cell."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.amount_share import stated_amount
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

BUDGET = """Budget 2021–2023 Norrby kommun

Driftbudget, kommunbidrag per nämnd, tkr

| Nämnd | Budget 2021 | Plan 2022 | Plan 2023 |
|---|---:|---:|---:|
| Kommunstyrelsen | 120 000 | 125 000 | 130 000 |
| Socialnämnden | 205 172 | 209 559 | 213 162 |
| Barn- och utbildningsnämnden | 353 850 | 358 900 | 362 000 |
| Summa kommunbidrag | 679 022 | 693 459 | 705 162 |
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="budget.md", text=BUDGET, sha256="budget",
                         meta=DocumentMeta(title="Budget 2021–2023", date="2020-11-18", doc_type="budget"))
    return FigureBook((extract_figures(doc),))


def test_the_years_said_of_the_amount_are_its_own() -> None:
    stated = stated_amount("Hur stor andel av socialnämndens kommunbidrag 2021 motsvarar paketet på 5,4 miljoner "
                           "från 2020?")
    assert stated is not None and stated[0] == Decimal("5400000") and stated[2] == (2020,)


def test_a_stated_amount_is_a_share_of_the_row_of_the_rows_year() -> None:
    answer = answer_figures("Hur stor andel av socialnämndens kommunbidrag 2021 motsvarar omställningspaketet på "
                            "5,4 miljoner från 2020?", _book())
    assert answer is not None and not answer.refused and answer.calculation is not None
    assert answer.calculation.operation == "amount_share"
    assert round(answer.calculation.result, 2) == Decimal("2.63")
    assert "205 172" in answer.text


def test_a_share_of_two_rows_is_no_amount_share() -> None:
    answer = answer_figures("Hur stor andel av kommunbidragen 2021 går till socialnämnden?", _book())
    assert answer is not None and answer.calculation is not None and answer.calculation.operation == "share"


def test_an_amount_told_before_the_question_is_a_share_of_the_row_named_after_av() -> None:
    question = ("socialnämnden fick ett omställningspaket på 5,4 miljoner 2020. hur stort är det i procent av "
                "socialnämndens kommunbidrag 2021?")
    assert stated_amount(question) is not None and stated_amount(question)[2] == (2020,)  # type: ignore[index]
    answer = answer_figures(question, _book())
    assert answer is not None and answer.calculation is not None and answer.calculation.operation == "amount_share"
    assert round(answer.calculation.result, 2) == Decimal("2.63")

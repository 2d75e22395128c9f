"""An interim report's year has a budget, an outcome for some months and a forecast for the whole year. A verb
expecting the figure ("väntas bli") asks for the forecast; a mean per month divides the months' outcome by the
months its column covers; a project said with words each shared by other rows is the one row having them all."""
from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.budget.answer import answer_figures
from assistant.budget.columns import asked_estimate, expects
from assistant.budget.layout import months_covered
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

REPORT = """Delårsrapport januari–augusti 2024 Norrby kommun

Tabell 1. Driftredovisning per nämnd (mnkr)

| Nämnd | Budget 2024 | Utfall jan–aug 2024 | Prognos 2024 |
|---|---:|---:|---:|
| Kommunstyrelsen | -150,0 | -96,0 | -148,0 |
| Socialnämnden | -600,0 | -420,0 | -612,0 |
| Summa nämnder | -750,0 | -516,0 | -760,0 |

Tabell 2. Investeringar per nämnd 2024 (mnkr)

| Nämnd | Budget 2024 | Utfall jan–aug | Prognos 2024 |
|---|---:|---:|---:|
| Kommunstyrelsen | 20,0 | 6,0 | 16,0 |
| Socialnämnden | 30,0 | 10,0 | 24,0 |
| Summa | 50,0 | 16,0 | 40,0 |
"""

BUDGET = """Budget 2025 Norrby kommun

Tabell 5. Investeringsbudget 2025 (tkr)

| Projekt | Budget 2025 | Plan 2026 |
|---|---:|---:|
| Ny förskola i Gimo | 30 000 | 10 000 |
| Renovering skola | 20 000 | 0 |
| Inventarier skolor och förskolor | 5 000 | 5 000 |
| Gång- och cykelväg Gimo–Skoby | 10 000 | 0 |
| Lekplats Gimo | 5 000 | 0 |
| Summa investeringar | 70 000 | 15 000 |

Tabell 7. Bildningsnämndens nettokostnad per verksamhet (tkr)

| Verksamhet | Budget 2024 | Budget 2025 |
|---|---:|---:|
| Förskola | 160 000 | 170 000 |
| Grundskola | 340 000 | 350 000 |
| Summa bildningsnämnden | 500 000 | 520 000 |
"""


def _book(text: str, title: str, date: str) -> FigureBook:
    doc = LoadedDocument(path="doc.md", text=text, sha256=title, meta=DocumentMeta(title=title, date=date,
                                                                                   doc_type="report"))
    return FigureBook((extract_figures(doc),))


def _report() -> FigureBook:
    return _book(REPORT, "Delårsrapport januari–augusti 2024", "2024-10-01")


@pytest.mark.parametrize("question, kind", [
    ("Hur många procent lägre än budget väntas investeringarna bli 2024?", "Prognos"),
    ("Hur mycket beräknas resultatet avvika från budget?", "Prognos"),
    ("How much below budget are investments expected to be?", "Prognos"),
    ("Hur många procent över budget gick socialnämnden 2024?", "Utfall"),
    ("Hur stor var förväntningen i budgeten?", "Utfall"),  # a noun of expecting, no verb saying the figure is expected
    ("Beräkna hur många procent över budget socialnämnden gick 2024", "Utfall"),  # bids the reader compute
])
def test_a_verb_expecting_the_figure_asks_the_forecast(question: str, kind: str) -> None:
    assert asked_estimate(question) == kind
    assert expects(question) == (kind == "Prognos")


def test_percent_below_budget_expected_is_the_forecast_against_the_budget() -> None:
    answer = answer_figures("Hur många procent lägre än budget väntas investeringarna bli 2024?", _report())
    assert answer is not None and answer.calculation is not None
    assert round(answer.calculation.result, 1) == Decimal("-20.0")  # 40 against 50, not the 16 of jan–aug


def test_percent_over_budget_without_expecting_is_the_outcome_so_far() -> None:
    answer = answer_figures("Hur många procent lägre än budget är investeringarna 2024?", _report())
    assert answer is not None and answer.calculation is not None
    assert round(answer.calculation.result, 1) == Decimal("-68.0")  # 16 against 50


def test_an_expected_figure_of_a_year_is_its_forecast() -> None:
    answer = answer_figures("Hur mycket väntas socialnämnden kosta 2024?", _report())
    assert answer is not None and answer.calculation is not None
    assert abs(answer.calculation.result) == Decimal("612.0")


@pytest.mark.parametrize("label, months", [
    ("Utfall jan–aug 2024", 8), ("Utfall jan-aug", 8), ("januari–juni", 6), ("okt–dec", 3), ("nov–feb", 4),
    ("Prognos 2024", 12), ("Budget 2025", 12),
])
def test_months_a_column_covers(label: str, months: int) -> None:
    assert months_covered(label) == months


def test_a_mean_per_month_divides_by_the_months_the_column_covers() -> None:
    answer = answer_figures("Hur mycket har socialnämnden gjort av med i snitt per månad jan-aug 2024?", _report())
    assert answer is not None and answer.calculation is not None
    assert abs(answer.calculation.result) == Decimal("52.5")  # 420 / 8 months, not 420 / 1 year
    assert "8 månader" in answer.text


def test_a_mean_per_month_of_a_whole_year() -> None:
    answer = answer_figures("Vad är kommunstyrelsens budget per månad 2024?", _report())
    assert answer is not None and answer.calculation is not None
    assert abs(answer.calculation.result) == Decimal("12.5")  # 150 / 12


def test_a_mean_per_quarter() -> None:
    answer = answer_figures("Hur mycket har socialnämnden gjort av med per kvartal jan-aug 2024 i snitt?", _report())
    assert answer is not None and answer.calculation is not None
    assert abs(answer.calculation.result) == Decimal("157.5")  # 420 / 8 × 3


def test_a_project_said_by_words_other_rows_share_is_the_row_having_them_all() -> None:
    book = _book(BUDGET, "Budget 2025", "2024-11-26")
    answer = answer_figures("hur stor del av investeringarna 2025 är förskolan i Gimo?", book)
    assert answer is not None and answer.calculation is not None
    assert round(answer.calculation.result, 1) == Decimal("42.9")  # 30 000 of 70 000, not Förskola of the committee


FEES = """Budget 2025 Norrby kommun

Tabell 9. Taxor och avgifter

| Taxa | 2024, kr | 2025, kr |
|---|---:|---:|
| Maxtaxa förskola, första barnet per månad | 1 688 | 1 718 |
| Hyra samlingslokal per dag | 900 | 950 |
"""


@pytest.mark.parametrize("question", [
    "Vad blir maxtaxan för förskola per månad 2025?",
    "What will the maxtaxa for förskola be per month in 2025?",
])
def test_a_row_already_per_month_is_read_as_it_stands(question: str) -> None:
    answer = answer_figures(question, _book(FEES, "Budget 2025", "2024-11-26"))
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal("1718")  # per month already, not 1 718 / 12

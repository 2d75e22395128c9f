"""A claim's wording picks the kind of column it is about: "gick 3,7 miljoner back" is a deficit, the year's
deviation column, not its net cost (Tranemo, driftbudget: Socialnämnden Utfall 2023 281 800 tkr, Avvikelse 2023
-3 700 tkr; by hand from tests/fixtures/municipalities)."""
from decimal import Decimal
from pathlib import Path

import pytest

from assistant.budget.columns import claimed_kinds, column_kind, counts_down
from assistant.budget.store import FigureBook
from assistant.budget.verify import check_figure_claim
from ingest.load import load_document
from ingest.tables import extract_figures

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "municipalities"


@pytest.fixture(scope="module")
def tranemo() -> FigureBook:
    return FigureBook((extract_figures(load_document(CORPUS / "tranemo/budget-2025-bilaga-2-driftbudget.pdf",
                                                     sidecar={})),))


def test_going_back_is_a_deficit() -> None:
    assert column_kind("socialnämnden gick 3,7 miljoner back 2023") == "Avvikelse"
    assert counts_down("vilken nämnd gick mest back 2023")


@pytest.mark.parametrize("claim, verdict", [
    ("Socialnämnden gick 3,7 miljoner back 2023", "supported"),
    ("Socialnämnden gick 5 miljoner back 2023", "contradicted"),
])
def test_a_deficit_claim_is_checked_against_the_deviation(tranemo: FigureBook, claim: str, verdict: str) -> None:
    result = check_figure_claim(claim, tranemo)
    assert result is not None and result.verdict == verdict, result and result.text
    assert "3,7" in result.text and "Avvikelse 2023" in result.text


@pytest.mark.parametrize("claim, verdict, shown", [
    # Kommunstyrelsen 2023: Utfall 108 960 tkr, Budget 110 200 tkr
    ("Kommunstyrelsen hade 110,2 miljoner 2023", "supported", "Budget 2023"),
    ("Kommunstyrelsen hade 108,96 miljoner 2023", "supported", "Utfall 2023"),
    ("Kommunstyrelsen hade 120 miljoner 2023", "contradicted", "2023"),
])
def test_a_claim_naming_no_kind_of_column_may_mean_any_value_column_of_its_year(tranemo: FigureBook, claim: str,
                                                                                verdict: str, shown: str) -> None:
    result = check_figure_claim(claim, tranemo)
    assert result is not None and result.verdict == verdict, result and result.text
    assert shown in result.text


def test_a_projects_cost_without_a_year_is_its_row_over_the_tables_years() -> None:
    # Lerum, investeringsbudget: Ombyggnad Lerums gymnasium 64 000 + 58 000 + 50 000 + 0 + 0 = 172 000 tkr
    book = FigureBook((extract_figures(load_document(CORPUS / "lerum/budget-2025-drift-och-investeringar.xlsx",
                                                     sidecar={})),))
    result = check_figure_claim("Ombyggnaden av Lerums gymnasium kostar 172 miljoner", book)
    assert result is not None and result.verdict == "supported" and "172 000 tkr" in result.text
    result = check_figure_claim("Ombyggnaden av Lerums gymnasium kostar 150 miljoner", book)
    assert result is not None and result.verdict == "contradicted"
    assert "172 000 tkr" in result.text and "Totalt 2025–2029" in result.text  # the whole, in the table's own column


@pytest.mark.parametrize("claim, kinds", [
    ("Årets resultat 2024 blev 21,4 miljoner kronor", ("Utfall",)),
    ("Socialnämnden landade på 218,9 miljoner 2024", ("Utfall",)),
    ("Grundskolan kostade 192,1 miljoner 2024", ("Utfall",)),
    ("Kommunen ska investera 50 miljoner 2025", ("Budget", "Plan", "Prognos")),
    ("Kommunstyrelsen hade 110,2 miljoner 2023", ("Utfall", "Budget", "Plan", "Prognos")),
])
def test_a_claim_speaks_of_the_kinds_of_column_its_words_and_tense_say(claim: str, kinds: tuple[str, ...]) -> None:
    assert claimed_kinds(claim) == kinds


@pytest.mark.parametrize("claim, verdict, shown", [
    # Kommunstyrelsen 2023: Utfall 108 960 tkr, Budget 110 200 tkr
    ("Kommunstyrelsens kostnader blev 110,2 miljoner 2023", "contradicted", "Utfall 2023"),
    ("Kommunstyrelsen kostade 108,96 miljoner 2023", "supported", "Utfall 2023"),
])
def test_an_outcome_claim_is_not_confirmed_by_the_years_budget(tranemo: FigureBook, claim: str, verdict: str,
                                                               shown: str) -> None:
    result = check_figure_claim(claim, tranemo)
    assert result is not None and result.verdict == verdict, result and result.text
    assert shown in result.text


def test_a_claim_more_precise_than_the_table_agrees_within_the_tables_rounding() -> None:
    from assistant.budget.compose import FigureValue
    from assistant.budget.verify import _matches, claimed_figures

    value = FigureValue(Decimal("29.1"), "mnkr")  # a table in mnkr with one decimal
    assert _matches(claimed_figures("uppgick till 29 050 tkr")[0], value)
    assert not _matches(claimed_figures("uppgick till 29 400 tkr")[0], value)
    assert not _matches(claimed_figures("uppgick till 29 tkr")[0], FigureValue(Decimal("2E+1"), "tkr"))


def test_a_whole_years_outcome_is_asked_by_what_the_year_came_to() -> None:
    from assistant.budget.columns import asks_whole_year_outcome

    assert asks_whole_year_outcome("Vad blev kommunens resultat för helåret 2024?")
    assert not asks_whole_year_outcome("Vad är prognosen för resultatet för helåret 2024?")
    assert not asks_whole_year_outcome("Vad blev resultatet januari–augusti 2024?")
    # a year named alone is the whole year: what it came to is its outcome, not its budget
    assert asks_whole_year_outcome("Vad blev Torsås årets resultat för 2024 enligt årsredovisningen?")
    assert not asks_whole_year_outcome("Vad blev resultatet efter augusti 2024?")
    assert not asks_whole_year_outcome("Vad blev förslaget för 2024?")
    assert not asks_whole_year_outcome("Vad blev resultatet?")
    assert asks_whole_year_outcome("vad kostade inhyrd personal 2023")
    assert not asks_whole_year_outcome("Vad kostar vattnet per kubikmeter 2025?")


def test_a_figure_of_months_of_a_year_is_not_the_years_outcome() -> None:
    from types import SimpleNamespace

    from assistant.answering.figures import _of_months_only, _states_outcome

    def figure(column: str) -> SimpleNamespace:
        return SimpleNamespace(stated=False, sources=(), calculation=SimpleNamespace(
            inputs=(SimpleNamespace(column=column),)))

    months, year = figure("Utfall jan–aug 2024"), figure("Utfall 2024")
    assert _of_months_only(months) and not _of_months_only(year)
    assert not _states_outcome(months, "Vad blev resultatet i bokslutet 2024?")
    assert _states_outcome(months, "Vad blev utfallet januari–augusti 2024?")
    assert _states_outcome(year, "Vad blev resultatet i bokslutet 2024?")


def test_a_budget_column_does_not_answer_the_forecast_asked() -> None:
    from types import SimpleNamespace

    from assistant.answering.figures import _budget_for_forecast

    def figure(column: str) -> SimpleNamespace:
        return SimpleNamespace(stated=False, sources=(), calculation=SimpleNamespace(
            inputs=(SimpleNamespace(column=column),)))

    assert _budget_for_forecast(figure("Budget 2024"), "vad är prognosen för helåret 2024?")
    assert not _budget_for_forecast(figure("Prognos 2024"), "vad är prognosen för helåret 2024?")
    assert not _budget_for_forecast(figure("2024"), "vad är prognosen för helåret 2024?")  # a year's column: any kind
    # a projection's plan year, or the outcome a forecast is set against, may be what is asked
    assert not _budget_for_forecast(figure("Plan 2028"), "hur många invånare 80+ blir det 2028 enligt prognosen?")
    assert not _budget_for_forecast(figure("Utfall 2024"), "hur många invånare 80+ 2024 enligt prognosen?")
    assert not _budget_for_forecast(figure("Budget 2024"), "vad är resultatet 2024?")  # no kind asked
    # a budget asked is no forecast's column either
    assert _budget_for_forecast(figure("Prognos 2024"), "vad var budgeterat för nettoinvesteringar 2024?")
    assert not _budget_for_forecast(figure("Budget 2024"), "vad var budgeterat för nettoinvesteringar 2024?")
    # a budget asked is read from a budget document's plan year; "budget" may name the document
    assert not _budget_for_forecast(figure("Plan 2022"), "How much does the Social Democrats' budget give KS in 2022?")


def test_a_year_after_a_months_name_is_a_date_not_the_year_asked() -> None:
    """"pressmeddelandet från februari 2023 ... Blev det någon summa" asks no outcome of 2023: the year dates the
    press release; a year of its own beside such a date still is asked."""
    from assistant.budget.columns import asks_whole_year_outcome

    assert not asks_whole_year_outcome("I pressmeddelandet från februari 2023 nämns utdelning. Blev det någon summa "
                                       "på det i handlingsplanen?")
    assert asks_whole_year_outcome("vad blev resultatet 2024 enligt rapporten från mars 2025?")


def test_a_municipality_is_no_column_kind_misspelt() -> None:
    from assistant.budget.columns import column_kind

    assert column_kind("Vad var budgeterat för nettoinvesteringar i Arvika 2024?") == "Budget"  # not "avvika"
    assert column_kind("vad blir prognsen för 2024?") == "Prognos"  # a misspelt kind word still names it


def test_a_claim_naming_a_kind_of_column_no_table_holds_for_its_row_is_not_judged_by_another_kind() -> None:
    # the result budget has the budget year only: a claimed forecast is for the text (an interim report's prose) to
    # judge, not confirmed by the budget's own 26,7
    from assistant.budget.store import DocumentFigures
    from assistant.budget.tables import parse_tables
    from core.types import DocumentMeta, LoadedDocument

    text = "Resultatbudget (mnkr)\n\n| | Budget 2025 | Plan 2026 |\n|---|---:|---:|\n| Årets resultat | 26,7 | 21,0 |\n"
    doc = LoadedDocument(path="b.md", sha256="b", meta=DocumentMeta(title="Budget 2025"), text=text)
    book = FigureBook((DocumentFigures(doc_path="b.md", sha256="b", title="Budget 2025", doc_type="budget", date=None,
                                       tables=tuple(parse_tables(doc)), amounts=()),))
    assert check_figure_claim("Kommunen prognostiserar ett resultat på 26,7 miljoner för 2025?", book) is None
    budgeted = check_figure_claim("Kommunen budgeterar ett resultat på 26,7 miljoner för 2025?", book)
    assert budgeted is not None and budgeted.verdict == "supported"

"""Claims about a direction without figures, checked by the sign of the calculator's change (numbers by hand:
Socialnämnden 205 172 / 209 559 / 213 162 tkr; Samhällsbyggnadsnämnden 62 008 (2021), 61 923 (2022) tkr)."""
from __future__ import annotations

import pytest

from assistant.budget.verify import check_direction_claim
from tests.budget.corpus_docs import corpus_book


@pytest.mark.parametrize("claim, verdict", [
    ("Socialnämnden får mer pengar 2023 än 2022", "supported"),
    ("Socialnämnden får mer pengar 2022 än 2023", "contradicted"),
    ("Socialnämndens kommunbidrag ökar från 2021 till 2023", "supported"),
    ("Samhällsbyggnadsnämnden får lägre ram 2022 än 2021", "supported"),
    ("Samhällsbyggnadsnämndens kommunbidrag ökar från 2021 till 2022", "contradicted"),
    ("Socialnämndens kommunbidrag har gått upp från 2021 till 2023", "supported"),
    ("Socialnämndens kommunbidrag gick ner från 2021 till 2023", "contradicted"),
    ("Socialnämnden får sänkt kommunbidrag 2022 jämfört med 2021", "contradicted"),  # a participle says it too
    ("Socialnämnden får ökat kommunbidrag 2022 jämfört med 2021", "supported"),
])
def test_direction_claims(claim: str, verdict: str) -> None:
    result = check_direction_claim(claim, corpus_book())
    assert result is not None and result.verdict == verdict, result


def test_no_direction_no_verdict() -> None:
    assert check_direction_claim("Socialnämnden får pengar 2022", corpus_book()) is None


def test_a_claimed_size_is_not_judged_by_the_direction_alone() -> None:
    """"ökar med 103 personer": the sign of a change does not say whether the claimed size is right."""
    assert check_direction_claim("Socialnämndens kommunbidrag ökar från 2021 till 2023", corpus_book()) is not None
    assert check_direction_claim("Socialnämndens kommunbidrag ökar med 103 personer från 2021 till 2023",
                                 corpus_book()) is None


@pytest.mark.parametrize("claim, verdict", [
    # Barn- och ungdomsnämnden 886 672 tkr, Vård- och omsorgsnämnden 818 729 tkr (2021)
    ("Vård- och omsorgsnämnden får mer pengar än barn- och ungdomsnämnden 2021", "contradicted"),
    ("Barn- och ungdomsnämnden får mer pengar än vård- och omsorgsnämnden 2021", "supported"),
    ("Vård- och omsorgsnämnden får mindre än barn- och ungdomsnämnden 2021", "supported"),
    ("Barn- och ungdomsnämnden får mindre än vård- och omsorgsnämnden 2021", "contradicted"),
])
def test_comparison_of_two_rows_keeps_the_claims_order(claim: str, verdict: str) -> None:
    """"A får mer än B": the difference is always stated as big minus small; the claim's order decides."""
    result = check_direction_claim(claim, corpus_book())
    assert result is not None and result.verdict == verdict, result


@pytest.mark.parametrize("claim, verdict", [
    # Verksamhetens nettokostnader -2 496 524 (2021), -2 566 611 tkr (2022): a cost written below zero that grows
    ("Verksamhetens nettokostnader ökar från 2021 till 2022", "supported"),
    ("Verksamhetens nettokostnader minskar från 2021 till 2022", "contradicted"),
])
def test_a_cost_written_below_zero_moves_by_its_size(claim: str, verdict: str) -> None:
    result = check_direction_claim(claim, corpus_book())
    assert result is not None and result.verdict == verdict, result
    assert "ökar med 70,1 miljoner" in result.text  # the answer says it the same way


@pytest.mark.parametrize("claim", [
    "Verksamhetens nettokostnader ökar varje år 2021-2023",  # -2 496 524, -2 566 611, -2 615 005 tkr
    "Verksamhetens nettokostnader är högst 2023",
])
def test_a_signed_cost_over_the_years_is_read_by_its_size(claim: str) -> None:
    from assistant.budget.series import check_series_claim

    result = check_series_claim(claim, corpus_book())
    assert result is not None and result.verdict == "supported", result

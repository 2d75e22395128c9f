"""A claim that a row ranks first among the committees in a year is checked against the ranking of that year
(numbers by hand, driftsbudget 2022: Överförmyndarnämnden 4 942, Miljöskyddsnämnden 12 955 tkr; Exploatering 210
tkr is no committee; investeringsbudget 2023: Kommunstyrelsen 107 000 tkr)."""
from __future__ import annotations

import pytest

from assistant.budget.rank_claim import check_rank_claim
from tests.budget.corpus_docs import corpus_book


@pytest.mark.parametrize("claim, verdict, first", [
    ("Överförmyndarnämnden har minst kommunbidrag av alla nämnder 2022", "supported", "4 942"),
    ("Miljöskyddsnämnden har minst kommunbidrag av alla nämnder 2022", "contradicted", "4 942"),
    ("Kommunstyrelsen har störst investeringar av nämnderna 2023", "supported", "107 000"),
])
def test_a_rank_among_the_committees(claim: str, verdict: str, first: str) -> None:
    result = check_rank_claim(claim, corpus_book())
    assert result is not None and result.verdict == verdict, result
    assert first in result.text


@pytest.mark.parametrize("claim", ["Kommunstyrelsens investeringar är som högst 2023", "Investeringarna toppar 2025",
                                   "Socialnämnden får 209 559 tkr 2022"])
def test_a_rows_own_years_are_not_a_rank(claim: str) -> None:
    assert check_rank_claim(claim, corpus_book()) is None


def test_a_rank_claim_naming_no_year_holds_only_if_every_year_of_the_table_holds_it() -> None:
    # driftsbudget: Barn- och ungdomsnämnden 886 672 / 905 048 / 919 302 tkr, the largest committee each year
    result = check_rank_claim("Barn- och ungdomsnämnden får mest kommunbidrag av alla nämnder", corpus_book())
    assert result is not None and result.verdict == "supported", result
    assert all(v in result.text for v in ("886 672", "905 048", "919 302"))
    other = check_rank_claim("Socialnämnden får mest kommunbidrag av alla nämnder", corpus_book())
    assert other is not None and other.verdict == "contradicted" and "886 672" in other.text

"""Claims about a row's course over the years (numbers by hand from the bundled budget: Kommunstyrelsen
95 090 / 96 486 / 95 478 tkr; Socialnämnden 205 172 / 209 559 / 213 162 tkr; BUN 886 672 / 905 048 / 919 302 and
VON 818 729 / 840 609 / 859 001 tkr; investments in total 268 356 / 262 613 / 272 546 / 249 721 / 262 812 tkr)."""
from __future__ import annotations

import pytest

from assistant.budget.series import check_series_claim, claimed_shape
from tests.budget.corpus_docs import corpus_book


@pytest.mark.parametrize("claim, verdict, named", [
    ("Kommunstyrelsens kommunbidrag ökar varje år 2021-2023", "contradicted", "Plan 2023"),
    ("Socialnämndens kommunbidrag ökar varje år", "supported", None),
    ("Socialnämndens kommunbidrag minskar varje år", "contradicted", "Plan 2022"),
    ("Investeringarna totalt är som högst 2023", "supported", None),
    ("Investeringarna toppar 2025", "contradicted", "2023"),
    ("Investeringarna totalt är lägst 2024", "supported", None),
    ("Barn- och ungdomsnämnden får mer än vård- och omsorgsnämnden alla tre åren", "supported", None),
    ("Vård- och omsorgsnämnden får mer än barn- och ungdomsnämnden varje år", "contradicted", "Budget 2021"),
    ("The social committee's grant rises every year", "supported", None),
    # the direction as an infinitive governed by another verb
    ("Budgeten låter kommunstyrelsens kommunbidrag öka varje år", "contradicted", "Plan 2023"),
    ("Budgeten låter socialnämndens kommunbidrag minska varje år", "contradicted", "Plan 2022"),
])
def test_series_claims(claim: str, verdict: str, named: str | None) -> None:
    result = check_series_claim(claim, corpus_book())
    assert result is not None and result.verdict == verdict, result
    if named:
        assert named in result.text
    calc = result.answer.calculation
    assert calc is not None and calc.operation == "series" and all(i.citation for i in calc.inputs)
    assert len({(s.doc_path, s.start) for s in result.answer.sources}) == len(result.answer.sources)


def test_not_a_series_claim() -> None:
    assert claimed_shape("Socialnämnden får mer pengar 2023 än 2022") is None  # one change: verify.py
    assert claimed_shape("Investeringarna är höga") is None
    assert check_series_claim("Socialnämnden får pengar varje år", corpus_book()) is None  # no direction
    assert check_series_claim("Räddningsnämnden ökar varje år", corpus_book()) is None  # no such row


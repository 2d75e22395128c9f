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
])
def test_direction_claims(claim: str, verdict: str) -> None:
    result = check_direction_claim(claim, corpus_book())
    assert result is not None and result.verdict == verdict, result


def test_no_direction_no_verdict() -> None:
    assert check_direction_claim("Socialnämnden får pengar 2022", corpus_book()) is None

"""A claimed cause against the cause a sentence gives for the same event."""
from __future__ import annotations

import pytest

from assistant.evidence.claim_cause import cause_parts, check_cause
from tests.answer.test_claim_amounts import sentence

CLOSED = sentence("Simhallen stängdes i början av september när reningsanläggningen gick sönder.", n=0)
ROOF = sentence("Under 2027 byter kommunen taket på simhallen.", n=1)


def test_a_claim_is_cut_at_its_causal_conjunction() -> None:
    assert cause_parts("simhallen stängdes för att det läckte in vatten") == ("simhallen stängdes ",
                                                                                " det läckte in vatten")
    assert cause_parts("simhallen stängdes i september") is None


@pytest.mark.parametrize("claim, verdict", [
    ("simhallen stängdes för att det läckte in vatten genom taket", "contradicted"),
    ("simhallen stängdes eftersom reningsanläggningen gick sönder", "supported"),
])
def test_the_cause_of_the_same_event_decides(claim: str, verdict: str) -> None:
    result = check_cause(claim, [ROOF, CLOSED])
    assert result is not None and result.verdict == verdict and result.evidence == (CLOSED,)


def test_a_cause_of_another_event_says_nothing() -> None:
    other = sentence("Biblioteket stängdes när värmen gick sönder.", n=2)
    assert check_cause("simhallen stängdes för att det läckte in vatten genom taket", [other, ROOF]) is None
    # a claim of no cause is not judged here
    assert check_cause("simhallen stängdes i september", [CLOSED]) is None

""""den"/"de" point back at the earlier turn when nothing or a finite verb follows them, not as an article."""
from __future__ import annotations

import pytest

from assistant.understand.followup import is_followup, refers_back


@pytest.mark.parametrize("question, expected", [
    ("hur stor andel av den hade använts t.o.m. augusti?", True),
    ("hur mycket fick de?", True),
    ("när ska de har fått beskedet?", True),
    ("vad kostar den nya förskolan?", False),
    ("vilka är de största investeringarna?", False),
])
def test_den_and_de_point_back_before_a_verb_or_nothing(question: str, expected: bool) -> None:
    assert refers_back(question) is expected


def test_a_share_of_what_den_points_at_leans_on_the_earlier_turn() -> None:
    assert is_followup("hur stor andel av den hade använts t.o.m. augusti?",
                       ["Vad har kommunen för investeringsbudget 2025?"])

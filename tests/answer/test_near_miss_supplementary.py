"""A supplementary appropriation ("tilläggsanslag") is a measure of its own: a committee's frame in the operating
budget ("driftsbudgeten", its "ram") does not say how large an appropriation it was granted on top, and a sentence
stating the appropriation answers it."""
from __future__ import annotations

from assistant.evidence.near_miss import measures, other_slot

QUESTION = "hur stort tilläggsanslag fick vård- och omsorgsnämnden i årjäng för 2024?"


def test_a_supplementary_appropriation_is_a_measure() -> None:
    assert measures(QUESTION) == {"tilläggsanslag"}
    assert measures("Kommunstyrelsen beviljar nämnden ett tilläggsanslag om 3,2 miljoner kronor.") == {"tilläggsanslag"}


def test_the_committees_frame_is_a_near_miss_and_the_granted_appropriation_is_not() -> None:
    assert other_slot(QUESTION, "Vård- och omsorgsnämnden får 279,1 miljoner kronor 2024. Underlag: driftsbudgeten, "
                                "Budget 2024.") == "measure"
    assert other_slot(QUESTION, "Kommunstyrelsen beviljar vård- och omsorgsnämnden ett tilläggsanslag om 3,2 "
                                "miljoner kronor för 2024.") is None

"""A follow-up naming the municipality the conversation already named ("vad är prognosen för helåret 2024 i Arboga?"
after "hur mycket investerade arboga jan-aug 2024?") leans on the earlier turn as it would without the name: the
same place again is no topic of its own. Another municipality, or a topic of its own, still stands alone."""
from __future__ import annotations

from assistant.understand.followup import is_followup

EARLIER = ["hur mycket investerade arboga jan-aug 2024?"]


def test_the_same_place_again_is_no_topic() -> None:
    assert is_followup("vad är prognosen för helåret 2024 i Arboga?", EARLIER)


def test_a_topic_of_its_own_stands_alone_in_the_same_place() -> None:
    assert not is_followup("Vad kostar en ny simhall i Arboga?", EARLIER)


def test_another_place_is_not_removed() -> None:
    assert not is_followup("vad är prognosen för helåret 2024 i Fagersta?", EARLIER)

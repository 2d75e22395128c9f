"""A later part asking a total of a thing of its own ("..., och vad är nämndens totala kommunbidrag 2021?") asks that
figure; one asking the earlier parts' amounts together ("..., och hur mycket blir det totalt?") adds them."""
from __future__ import annotations

from assistant.build import sums_own_thing

EARLIER = ["Hur mycket får vård- och omsorgsnämnden för äldreomsorgssatsningen?",
           "Hur mycket får vård- och omsorgsnämnden för LSS-boendet?"]


def test_a_total_of_a_thing_the_earlier_parts_do_not_name_is_asked_itself() -> None:
    assert sums_own_thing("vad är nämndens totala kommunbidrag 2021?", EARLIER)


def test_a_total_of_the_earlier_parts_is_their_sum() -> None:
    assert not sums_own_thing("och hur mycket blir det totalt?", EARLIER)
    assert not sums_own_thing("hur mycket är det sammanlagt för äldreomsorgssatsningen och LSS-boendet?", EARLIER)
    assert not sums_own_thing("vad är skillnaden mellan dem?", EARLIER)  # no sum asked


def test_a_figure_and_what_is_added_to_it_are_summed() -> None:
    parts = ["hur mycket pengar finns det för förskolan i ekeby 2025?",
             "Hur mycket ks ombudgeterade från 2024 för förskolan i ekeby?"]
    assert not sums_own_thing("hur mycket pengar finns det för förskolan i ekeby 2025 om man räknar med det som ks "
                              "ombudgeterade från 2024?", parts)

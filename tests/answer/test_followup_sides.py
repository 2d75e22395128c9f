"""A follow-up's conversation state: a comparison by how much naming one year keeps the earlier turn's year as its
other side ("hur mycket mer blir det 2023?"), "jämfört med det" names no side of its own, a committee named by a
coordinated compound ("vård- och omsorgsnämnden") is one name, and a question naming only a committee after a turn
asking which committees asks of that one."""
from __future__ import annotations

from assistant.compose.followup_figures import asks_change_from_earlier
from assistant.understand import followup


def test_a_pronoun_after_than_names_no_other_side() -> None:
    assert not followup.names_other_side("hur mycket mer blir det 2023 då jämfört med det?")
    assert not followup.names_other_side("how much more than that?")
    assert followup.names_other_side("hur mycket mer än socialnämnden?")
    assert followup.names_other_side("hur mycket mer än den nämnden?")  # "den" is an article here
    assert followup.names_other_side("jämfört med 2021")
    assert asks_change_from_earlier("hur mycket mer blir det 2023 då jämfört med det?")
    assert not asks_change_from_earlier("hur mycket mer får socialnämnden än kulturnämnden?")


def test_a_comparison_naming_one_year_keeps_the_earlier_turns_year() -> None:
    earlier = ["Vad får socialnämnden i kommunbidrag 2021?"]
    resolved = followup.resolve("hur mycket mer blir det 2023?", earlier)
    assert "2021" in resolved and "2023" in resolved
    # a new year alone replaces the earlier one
    assert "2021" not in followup.resolve("och 2023?", earlier)
    assert not followup.keeps_earlier_year("hur mycket mer blir det 2023 än 2022?")


def test_a_coordinated_committee_name_is_one_name() -> None:
    assert followup.ENTITY.findall("hur mycket får vård- och omsorgsnämnden?") == ["vård- och omsorgsnämnden"]
    assert followup.ENTITY.findall("kultur-, fritids- och tekniknämnden") == ["kultur-, fritids- och tekniknämnden"]
    resolved = followup.resolve("och barn- och ungdomsnämnden då?", ["hur mycket får vård- och omsorgsnämnden 2021?"])
    assert "vård" not in resolved and "barn- och ungdomsnämnden" in resolved


def test_a_committee_alone_after_a_turn_asking_which_committees_is_a_followup() -> None:
    earlier = ["Vilka nämnder får permanent kommunbidrag i grundförslaget?"]
    assert followup.is_followup("hur mycket får vård- och omsorgsnämnden?", earlier)
    assert "kommunbidrag" in followup.resolve("hur mycket får vård- och omsorgsnämnden?", earlier)
    # a question with a topic of its own stands alone; so does a committee after a turn asking no "vilka"
    assert not followup.is_followup("hur mycket investerar vård- och omsorgsnämnden?", earlier)
    assert not followup.is_followup("hur mycket får vård- och omsorgsnämnden?", ["Vad kostar skolan?"])

"""assistant.understand.followup.resolve: what a follow-up names replaces what the earlier turn named of the same kind."""
from __future__ import annotations

from assistant.understand.followup import is_followup, resolve, shifted_year

PLACES = ("Ockelbo", "Tingsryd")


def test_a_named_municipality_replaces_the_earlier_turns() -> None:
    resolved = resolve("Och i Ockelbo då?", ["Vem är kommunstyrelsens ordförande i Tingsryd?"], PLACES)
    assert "Ockelbo" in resolved and "Tingsryd" not in resolved and "ordförande" in resolved
    # without the municipalities of the index a place is a word like any other
    assert "Tingsryd" in resolve("Och i Ockelbo då?", ["Vem är kommunstyrelsens ordförande i Tingsryd?"])


def test_a_year_said_relative_to_the_earlier_turns_becomes_that_year() -> None:
    earlier = ["Vilken skattesats har Ockelbo 2025?"]
    assert is_followup("Vad var den året innan?", earlier)
    resolved = resolve("Vad var den året innan?", earlier, PLACES)
    assert "2024" in resolved and "2025" not in resolved and "skattesats" in resolved
    same = resolve("det året, hur mycket var skatteintäkterna?", ["Årets resultat 2021 enligt S-budgeten?"])
    assert "2021" in same and same.count("2021") == 1


def test_a_change_to_the_year_after_keeps_both_years() -> None:
    resolved = resolve("hur mycket ökar det till året efter?", ["Hur mycket investerar kommunstyrelsen 2022?"])
    assert "2022" in resolved and "2023" in resolved


def test_no_relative_year_without_an_earlier_year_or_with_a_year_of_its_own() -> None:
    assert shifted_year("Vad var den året innan?", "Vilken skattesats har Ockelbo?") is None
    assert shifted_year("Vad var den året innan, alltså 2020?", "Vilken skattesats har Ockelbo 2025?") is None
    found = shifted_year("och samma år?", "Skatteintäkterna 2022?")
    assert found is not None and found[1] == 2022


def test_a_followup_leans_on_the_turn_that_named_its_topic() -> None:
    from assistant.understand.followup import antecedent

    history = ["Vad är sparkravet för nämnden för arbete, kompetens och välfärd?", "När ska de ha budget i balans?"]
    assert antecedent("Vem sa det där om sparkravet?", history) == 0
    assert antecedent("Vem sa det?", history) == 1
    resolved = resolve("Vem sa det där om sparkravet?", history)
    assert "balans" not in resolved and "kompetens" in resolved


def test_an_interrogative_phrase_without_a_verb_asks_which_one_of_the_earlier_turns_topic() -> None:
    earlier = ["Hur mycket vill S ge till körkort för eleverna på vård- och omsorgsprogrammet?"]
    for elliptic in ("på vilken skola?", "och i vilket år?", "which school?"):
        assert is_followup(elliptic, earlier)
        assert "körkort" in resolve(elliptic, earlier)
    assert not is_followup("vilken skattesats har Ockelbo?", earlier)  # a question of its own, with its verb


def test_a_question_naming_only_a_kind_of_column_asks_another_figure_of_the_earlier_turns_thing() -> None:
    earlier = ["Vad kostade individ- och familjeomsorgen i Tingsryd 2024?"]
    for elliptic in ("vad var budgeterat?", "Och prognosen då?", "Vad blev utfallet?"):
        assert is_followup(elliptic, earlier), elliptic
    # a compound whose head is a kind of column names a table; a topic word keeps the question its own
    assert not is_followup("Vad säger budgeten om skolan?", earlier)


def test_a_comparison_naming_one_side_leans_on_the_conversation_for_the_other() -> None:
    earlier = ["hur mycket får vård- och omsorgsnämnden i kommunbidrag 2021?", "och socialnämnden?"]
    assert is_followup("hur många gånger större är VON:s bidrag?", earlier)
    assert is_followup("how much more does the social committee get?", earlier)
    # both sides named: a question of its own
    assert not is_followup("hur många gånger större är VON:s bidrag än socialnämndens?", earlier)
    assert not is_followup("hur mycket mer får kultur och fritid jämfört med socialnämnden?", earlier)
    assert not is_followup("hur många gånger har kommunfullmäktige sammanträtt?", earlier)  # a count, no comparison

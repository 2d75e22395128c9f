"""assistant.understand.followup.resolve: what a follow-up names replaces what the earlier turn named of the same kind."""
from __future__ import annotations

from assistant.understand.followup import is_followup, resolve, shifted_year

PLACES = ("Ockelbo", "Tingsryd")


def test_a_named_municipality_replaces_the_earlier_turns() -> None:
    resolved = resolve("Och i Ockelbo då?", ["Vem är kommunstyrelsens ordförande i Tingsryd?"], PLACES)
    assert "Ockelbo" in resolved and "Tingsryd" not in resolved and "ordförande" in resolved
    # without the municipalities of the index a place is a word like any other: the phrase "i Ockelbo" takes the
    # place of the earlier turn's phrase of the same preposition (followup.in_place_of_parallel)
    assert resolve("Och i Ockelbo då?", ["Vem är kommunstyrelsens ordförande i Tingsryd?"]).endswith(
        "Vem är kommunstyrelsens ordförande i Ockelbo?")


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


def test_those_years_are_the_years_the_conversation_named() -> None:
    history = ["Vad har barn- och ungdomsnämnden för investeringsbudget 2021?", "och 2025?"]
    question = "Hur stor är minskningen i procent mellan de åren?"
    assert is_followup(question, history)
    resolved = resolve(question, history)
    assert "mellan 2021 och 2025" in resolved and "investeringsbudget" in resolved and "– –" not in resolved
    assert "between 2021 and 2025" in resolve("How large is the change between those years?", history)
    # fewer than two years named, or a year of its own: nothing to point at
    assert resolve("Hur stor är minskningen mellan de åren?", ["Vad är investeringsbudgeten 2021?"]).count("2021") <= 1
    assert "2022" in resolve("Och mellan de åren 2022 och 2023?", history)


def test_a_year_replaced_takes_its_date_along() -> None:
    resolved = resolve("hur många var dom 2020?", ["Hur många invånare hade Pajala 31 dec 2024?"])
    assert "2020" in resolved and "2024" not in resolved and "dec" not in resolved and "invånare" in resolved


def test_a_change_against_a_year_keeps_the_earlier_turns_year() -> None:
    earlier = ["Vilken nämnd har störst budget i Enköping 2026?"]
    resolved = resolve("hur mycket ökar den i procent mot 2025?", earlier)
    assert "2025" in resolved and "2026" in resolved
    # a year that is not the other side of a comparison replaces it
    assert "2026" not in resolve("och hur stor är den 2025?", earlier)


def test_last_year_in_a_followup_is_the_year_before_the_earlier_turns() -> None:
    resolved = resolve("Hur många procent sämre än samma period i fjol är det?",
                       ["Vad blev periodens resultat för Härjedalen jan–aug 2024?"])
    assert "2023" in resolved and "2024" in resolved


def test_a_word_asking_for_a_sum_is_no_topic_so_the_question_leans_on_the_earlier_turns() -> None:
    history = ["Vad är skatteintäkterna för 2021?", "Och generella statsbidrag samma år?"]
    assert is_followup("Vad blir det tillsammans?", history)
    assert "statsbidrag" in resolve("Vad blir det tillsammans?", history)
    assert not is_followup("Hur mycket får nämnderna tillsammans?", history)  # a topic of its own


def test_a_follow_up_passes_on_what_it_named_not_what_it_asked() -> None:
    """After "hur mycket är det per invånare?" a follow-up asking its own thing asks of the nämnd and year the
    conversation named, not per invånare again; a named committee or year of the middle turn stays."""
    history = ["vad är budgeten för kultur- och fritidsnämnden 2025?", "hur mycket är det per invånare?"]
    resolved = resolve("och hur mycket ökar den jämfört med 2024 i procent?", history, PLACES)
    assert "invånare" not in resolved and "kultur- och fritidsnämnden 2025" in resolved
    history = ["vad är budgeten för kultur- och fritidsnämnden i Tingsryd 2025?", "och vad får socialnämnden i Ockelbo?"]
    resolved = resolve("hur mycket ökar den i procent?", history, PLACES)
    assert "socialnämnden Ockelbo" in resolved and "2025" in resolved and "får" not in resolved
    assert "Tingsryd" not in resolved and "kultur" not in resolved
    # a middle turn without an interrogative is what the conversation is about now: it stays whole
    assert "per invånare" in resolve("och 2026?", history[:1] + ["och per invånare?"], PLACES)


def test_a_follow_up_asking_the_figure_per_a_count_leans_on_the_earlier_turn() -> None:
    from assistant.understand.followup import is_followup

    earlier = ["hur mycket får socialnämnden i töreboda 2025?"]
    # "per invånare" is the unit of the asked figure, like "i procent"; "hur mkt" is "hur mycket"
    assert is_followup("hur mkt blir det per invånare?", earlier)
    assert is_followup("och per invånare?", earlier)
    assert not is_followup("hur mycket kostar äldreomsorgen per invånare?", earlier)  # a topic of its own
    assert not is_followup("Är Per Holm ordförande?", earlier)  # "Per" of a name is no unit


def test_a_follow_up_per_a_count_divides_the_earlier_row_by_it() -> None:
    from assistant.budget.answer import answer_figures
    from assistant.budget.store import DocumentFigures, FigureBook
    from assistant.budget.tables import parse_tables
    from core.types import DocumentMeta, LoadedDocument

    text = ("Driftbudget\n\n| Nämnd (mnkr) | Budget 2025 |\n|---|---:|\n| Socialnämnden | 276,9 |\n\n"
            "Befolkning\n\n| År | 2024 | 2025 |\n|---|---:|---:|\n| Folkmängd | 9 150 | 9 210 |\n")
    doc = LoadedDocument(path="b.md", sha256="0", meta=DocumentMeta(title="Budget 2025"), text=text)
    book = FigureBook((DocumentFigures(doc_path="b.md", sha256="0", title="Budget 2025", doc_type="budget",
                                       date=None, tables=tuple(parse_tables(doc)), amounts=()),))
    answer = answer_figures("hur mkt blir det per invånare?", book,
                            history=("hur mycket får socialnämnden 2025?",))
    assert answer is not None and "30 065" in answer.text  # 276,9 mnkr / 9 210, not the population itself


def test_a_kind_of_figure_of_another_period_leans_on_the_earlier_turn_and_replaces_its_period() -> None:
    earlier = ["Vad blev Sandvikens resultat för januari–augusti 2024?"]
    assert is_followup("vad är prognosen för helåret?", earlier)
    resolved = resolve("vad är prognosen för helåret?", earlier, ("Sandviken",))
    assert "resultat" in resolved and "januari" not in resolved and "2024" in resolved
    hittills = resolve("vad är prognosen för hela året?", ["Hur mycket har Ockelbo investerat hittills i år?"], PLACES)
    assert "investerat" in hittills and "hittills" not in hittills
    # a period beside a topic of its own keeps the question its own
    assert not is_followup("vad är prognosen för skatteintäkterna för helåret?", earlier)

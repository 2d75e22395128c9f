"""Follow-ups whose only words besides slot words are verbs ("hur många röstade emot?") or whose "det" after
"blir" is the figure the conversation named ("hur mycket blir det per invånare?") lean on the earlier turn."""
from assistant.understand import followup
from assistant.understand.query import stop_words


def test_a_question_of_verbs_only_is_elliptic():
    earlier = ["Vilken skattesats beslutade fullmäktige för 2026?"]
    assert followup.is_followup("hur många röstade emot?", earlier)
    assert followup.without_verbs("hur många röstade emot?").split() == ["hur", "många", "emot?"]


def test_verbs_do_not_widen_a_topic_beside_a_pronoun():
    earlier = ["Hur stort underskott hade socialnämnden 2023?"]
    assert followup.is_followup("vilken verksamhet stod för största delen av det?", earlier)


def test_a_question_with_a_noun_of_its_own_stands_alone():
    assert not followup.is_followup("Hur mycket kostar den nya simhallen i Alingsås?", ["Vem är socialchef?"])


def test_a_pronoun_before_a_comparison_points_back():
    earlier = ["Vad är helårsprognosen för 2026?"]
    assert followup.is_followup("hur mycket sämre är den än budget?", earlier)
    assert not followup.refers_back("hur mycket kostar den nya förskolan?")  # an article


def test_a_passive_verb_is_no_topic():
    earlier = ["vad kostar nya vattenverket totalt?"]
    assert followup.is_followup("hur mycket läggs 2025?", earlier)  # "läggs": the s-passive of "lägger"


def test_the_whole_period_in_either_language_is_a_slot_not_a_topic():
    earlier = ["What is Tranås's total investment budget for 2025?"]
    assert followup.is_followup("how much for the whole period 2025–2027?", earlier)
    assert followup.is_followup("and for the entire period?", earlier)
    assert followup.is_followup("hur mycket för hela perioden 2025–2027?", ["Hur stor är investeringsbudgeten 2025?"])


def test_emot_is_a_preposition_not_a_concept():
    assert "emot" in stop_words()


def test_blir_det_after_nothing_named_points_back():
    assert followup.refers_back("hur mycket blir det per invånare?")
    assert followup.is_followup("hur mycket blir det per invånare?", ["hur mycket får socialnämnden 2025?"])


def test_blir_det_after_a_noun_is_a_dummy_subject():
    assert not followup.refers_back("hur många platser blir det?")


def test_a_prepositional_phrase_takes_the_place_of_the_earlier_questions_phrase_of_that_preposition():
    earlier = "vad kostar entré till simhallen för vuxna i lessebo 2025?"
    assert followup.in_place_of_parallel("för barn", earlier) == "vad kostar entré till simhallen för barn i lessebo 2025?"
    assert followup.in_place_of_parallel("till avdelning unga då?", "hur mkt gick till avdelning vuxna?") == \
        "hur mkt gick till avdelning unga?"
    assert followup.in_place_of_parallel("för barn", "vad kostar entré 2025?") is None  # no phrase of "för"
    assert followup.in_place_of_parallel("för barn", "vad kostar det för vuxna för barn?") is None  # two: which?
    assert followup.in_place_of_parallel("vilka barn", earlier) is None  # no preposition opens it
    assert followup.resolve("och för barn?", [earlier]).endswith("vad kostar entré till simhallen för barn i lessebo 2025?")


def test_a_follow_up_restating_the_earlier_question_is_asked_of_the_tables_alone():
    earlier = ["vad kostar entré till simhallen för vuxna i lessebo 2025?"]
    assert followup.restated("och för barn?", earlier) == "vad kostar entré till simhallen för barn i lessebo 2025?"
    assert followup.restated("och 2026?", earlier) is None  # a year: the calculator merges it with the history
    assert followup.restated("och för barn?", [*earlier, "och för pensionärer?"]) is None

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


def test_emot_is_a_preposition_not_a_concept():
    assert "emot" in stop_words()


def test_blir_det_after_nothing_named_points_back():
    assert followup.refers_back("hur mycket blir det per invånare?")
    assert followup.is_followup("hur mycket blir det per invånare?", ["hur mycket får socialnämnden 2025?"])


def test_blir_det_after_a_noun_is_a_dummy_subject():
    assert not followup.refers_back("hur många platser blir det?")

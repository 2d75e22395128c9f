"""Question words typed with one error are read as meant before analysis; other words are left as typed."""
from assistant.understand.abbreviations import expand
from assistant.understand.query import analyse


def test_a_question_word_with_one_typing_error_is_read_as_meant():
    assert expand("avskrivningarna 2028, hur mycke?") == "avskrivningarna 2028, hur mycket?"
    assert expand("varfö sparar de") == "varför sparar de"
    assert expand("vilkt år") == "vilket år"


def test_real_words_near_question_words_and_short_words_stay():
    assert expand("Vilka vill det") == "Vilka vill det"  # "vilka" is itself a word, one error from "vilja"
    assert expand("vilken nämnd") == "vilken nämnd"
    assert expand("hus mer") == "hus mer"  # too short to tell a typo from another word


def test_the_respelled_question_asks_for_an_amount():
    assert analyse(expand("avskrivningarna 2028, hur mycke?")).wants_amount

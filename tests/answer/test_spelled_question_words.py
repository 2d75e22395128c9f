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


def test_an_age_group_written_short_is_written_as_tables_label_it() -> None:
    from assistant.understand.abbreviations import expand

    assert expand("Hur många invånare 80+ hade kommunen 2024?") == "Hur många invånare 80 år och äldre hade kommunen 2024?"
    assert expand("andelen 65 + i kommunen") == "andelen 65 år och äldre i kommunen"
    assert expand("5+5 är tio") == "5+5 är tio"


def test_an_abbreviations_period_before_a_question_ends_the_statement() -> None:
    # "KS." then "blev det ...": the period ends the statement before the question, it is not the abbreviation's
    assert expand("S ville flytta lokalplaneringen till KS. blev det något uppdrag 2023?") == \
        "S ville flytta lokalplaneringen till kommunstyrelsen. blev det något uppdrag 2023?"
    assert expand("vem är ordf. i KS?") == "vem är ordförande i kommunstyrelsen?"  # the period marks the abbreviation

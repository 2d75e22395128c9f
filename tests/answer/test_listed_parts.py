"""Parts asked without an interrogative: noun phrases listed after a preamble, a phrase asked by its "?" alone,
and two phrases of one head around "respektive"."""
from __future__ import annotations

from assistant.evidence.claims import claim_text
from assistant.understand.parts import distribute, listed_asks, split_question, unframed


def test_noun_phrases_listed_after_a_preamble_are_each_asked() -> None:
    parts = split_question("ljusnarsberg 2023: årets resultat, balanskravsresultat och låneskulden vid årets slut?")
    assert parts.standalone() == ["ljusnarsberg 2023: årets resultat?", "ljusnarsberg 2023: balanskravsresultat?",
                                  "ljusnarsberg 2023: låneskulden vid årets slut?"]


def test_a_list_that_is_one_name_a_sum_or_years_is_one_question() -> None:
    for question in ("Kommunbidrag 2024: nämnden för arbete, kompetens och välfärd?",
                     "Kommunbidrag: 2024 och 2025?",
                     "Investeringar: förskolan och skolan sammanlagt?",
                     "Torsås 2024: resultatet ökar och prognosen sjunker?",
                     "årets resultat och finansnettot?"):
        assert split_question(question).questions == (question,), question


def test_a_listed_question_is_no_claim() -> None:
    assert listed_asks("Torsås delår 2024: resultat jan-aug, prognos för helåret och avvikelse mot budget?")
    assert claim_text("Torsås delår 2024: resultat jan-aug, prognos för helåret och avvikelse mot budget?") is None


def test_a_phrase_asked_by_its_question_mark_after_a_preamble() -> None:
    parts = split_question("investeringsbudgeten 2024 – totalen? och hur mycket av det är avgiftsfinansierad "
                           "verksamhet")
    assert parts.standalone() == ["investeringsbudgeten 2024 – totalen?",
                                  "investeringsbudgeten 2024 – hur mycket av det är avgiftsfinansierad verksamhet?"]


def test_words_counting_the_parts_are_left_out_of_each() -> None:
    assert unframed("Två saker från resultatbudgeten plan 2022:") == "resultatbudgeten plan 2022:"
    assert unframed("Tre grejer om feriejobben:") == "feriejobben:"
    assert unframed("Två nämnder:") == "Två nämnder:"
    assert split_question("Två saker från resultatbudgeten plan 2022: årets resultat och finansnettot?"
                          ).standalone() == ["resultatbudgeten plan 2022: årets resultat?",
                                             "resultatbudgeten plan 2022: finansnettot?"]


def test_respektive_between_two_phrases_of_one_head() -> None:
    assert distribute("hur mycket går till avdelning vuxna respektive avdelning unga?") == [
        "hur mycket går till avdelning vuxna?", "hur mycket går till avdelning unga?"]
    assert distribute("Vad är skattesatsen i Tingsryd respektive Ockelbo?") == [
        "Vad är skattesatsen i Tingsryd?", "Vad är skattesatsen i Ockelbo?"]

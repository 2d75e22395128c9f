"""assistant.understand.diacritics: words typed without å, ä and ö read as the documents write them."""
from __future__ import annotations

from collections import Counter

from assistant.understand.diacritics import restored, restored_names

WRITTEN = Counter({"för": 90, "när": 40, "når": 3, "säffle": 12, "ska": 50, "anbuden": 2, "många": 9, "kostar": 4})


def test_a_word_the_documents_never_write_is_their_form_with_swedish_letters() -> None:
    assert restored("nar ska anbuden va inne?", WRITTEN.__getitem__) == "när ska anbuden va inne?"
    assert restored("Vem är kommundirektör i Saffle?", WRITTEN.__getitem__) == "Vem är kommundirektör i Säffle?"
    assert restored("hur manga", WRITTEN.__getitem__) == "hur många"


def test_known_words_and_words_without_a_written_variant_stay_as_typed() -> None:
    assert restored("vad kostar det", WRITTEN.__getitem__) == "vad kostar det"
    assert restored("Xylofon och ar", WRITTEN.__getitem__) == "Xylofon och ar"  # "ar": too short to tell


def test_an_english_question_restores_its_names_only() -> None:
    # "for" is English there, though the documents write "för" and never "for"
    assert restored_names("who is the manager for Saffle?", WRITTEN.__getitem__) == "who is the manager for Säffle?"
    assert restored("who is the manager for Saffle?", WRITTEN.__getitem__) == "who is the manager för Säffle?"


def test_an_english_question_restores_a_municipality_typed_in_lower_case() -> None:
    # "saffle" names Säffle, a municipality, in lower case too; "for" and "manga" stay English words
    assert restored_names("how many people lived in saffle for manga years?", WRITTEN.__getitem__) == \
        "how many people lived in säffle for manga years?"


def test_a_question_word_typed_as_written_stays_though_the_documents_never_write_it() -> None:
    # "vart" asks where to; read as "vårt" (which the documents write) the question would be a statement
    written = Counter({"vårt": 7, "ska": 50})
    assert restored("vart ska ansvaret flyttas?", written.__getitem__) == "vart ska ansvaret flyttas?"

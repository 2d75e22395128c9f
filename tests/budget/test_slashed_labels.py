"""A row label naming two things by a slash ("Periodens/årets resultat") is named by the words of each."""
from __future__ import annotations

from assistant.budget.matching import _build_lexicon, alternatives, match_rows


def test_a_slash_between_two_words_gives_each_alternative() -> None:
    assert alternatives("Periodens/årets resultat") == ["Periodens resultat", "årets resultat"]
    assert alternatives("Verksamhetens resultat") == []
    assert alternatives("Nettokostnad 2024/2025") == []  # years are no alternatives


def test_an_alternative_with_synonyms_lends_them_to_the_row() -> None:
    lexicon = _build_lexicon(("Periodens/årets resultat", "Verksamhetens resultat", "Skatteintäkter"))
    assert [m.label for m in match_rows("vad blev resultatet för jan-aug 2025", lexicon)] == ["Periodens/årets resultat"]
    assert [m.label for m in match_rows("årets resultat 2025", lexicon)] == ["Periodens/årets resultat"]


def test_two_things_joined_by_och_are_named_by_a_slash_too() -> None:
    # "grundskola/fritidshem" names "Grundskola och fritidshem", not each row merely holding those words
    lexicon = _build_lexicon(("Förskola", "Grundskola och fritidshem", "Köpt verksamhet (Grundskola och fritidshem)",
                              "Lokalkostnader (Grundskola och fritidshem)"))
    assert [m.label for m in match_rows("summera budget 2025 för förskola och grundskola/fritidshem", lexicon)] == [
        "Förskola", "Grundskola och fritidshem"]

"""An amount the document writes in words is stated with its figure too."""
from __future__ import annotations

from assistant.compose.answer import extract_fact, with_digits
from assistant.understand.query import analyse


def test_an_amount_in_words_gets_its_figure() -> None:
    q = analyse("Hur mycket lägger förvaltningarna på inköp per år?")
    fact = extract_fact(q, "Förvaltningarna gör inköp för cirka en halv miljard kronor per år.")
    assert fact == "en halv miljard kronor (0,5 mdkr)"


def test_figures_and_percentages_are_left_alone() -> None:
    assert with_digits("tre miljoner kronor", "en") == "tre miljoner kronor (3 million SEK)"
    assert with_digits("fem procent") == "fem procent"
    assert with_digits("några kronor") == "några kronor"


def test_a_count_in_words_of_the_asked_noun_is_the_fact() -> None:
    from assistant.compose.answer import counting

    q = analyse("Hur många avdelningar får förskolan?")
    assert extract_fact(q, "Förskolan får fyra avdelningar och plats för 60 barn.") == "4 avdelningar"
    assert extract_fact(analyse("Hur många barn får plats?"), "Förskolan får fyra avdelningar och plats för 60 barn.") \
        == "60 barn"
    # a number word describing another thing the question names does not count what is asked
    assert counting(analyse("Hur många anbud kom in på vattenverket?"), "Kommunen har sju vattenverk.") is None


def test_a_count_of_a_noun_the_glossary_left_untranslated_is_not_checked_by_words() -> None:
    from assistant.compose.answer import counts_untranslated

    q = analyse("How many people live in Ockelbo?")
    assert q.untranslated > 0  # "people", "live": no glossary entry
    assert counts_untranslated(q)  # no Swedish word can show the number counts "people"
    assert not counts_untranslated(analyse("Hur många avdelningar får förskolan?"))


def test_a_rows_unit_in_its_label_goes_with_its_figure() -> None:
    q = analyse("Hur hög är kommunalskatten?")
    assert extract_fact(q, "Skattesats (kr)          23,45          23,45") == "23,45 kr"


def test_an_english_article_counts_nothing() -> None:
    from assistant.compose.answer import COUNTED

    counts = [m.group().split()[0] for m in COUNTED.finditer("The office has a total of 120 employees and an archive")]
    assert counts == ["120"]


def test_a_synonym_the_question_says_of_another_thing_counts_no_asked_noun() -> None:
    from assistant.compose.answer import counting

    school = "Nämnden driver 16 förskolor, 9 grundskolor och Välkommaskolan (gymnasium)."
    assert counting(analyse("Hur många elever går på Välkommaskolan i Gällivare?"), school) is None
    pupils = "Antalet elever i grundskolan beräknas till 1 120."
    assert counting(analyse("hur många elever går i grundskolan?"), pupils).group(0).startswith("1 120 elever")


def test_a_row_of_kronor_per_inhabitant_counts_no_inhabitants() -> None:
    from assistant.compose.answer import counting

    q = analyse("Hur många invånare i slutet av 2023?")
    assert counting(q, "Årets resultat, kr per invånare          1 126          2 466          3 117") is None
    assert counting(q, "Befolkningen ökade med 62 personer till 16 912 invånare.") is not None


def test_a_number_the_line_wrap_broke_is_one_number() -> None:
    from assistant.evidence.sentences import amounts_in

    q = analyse("Hur många invånare 2023?")
    wrapped = "Den 31 december 2023 hade kommunen 5\n250 invånare, vilket är 38 färre än året innan."
    assert extract_fact(q, wrapped) == "5 250 invånare"
    assert amounts_in(wrapped, count=True) == ["5 250", "38"]
    assert amounts_in("Utfallet blev 2023\n250 personer.", count=True) == ["250"]  # a year ends the line: no group
    from assistant.evidence.claim_figures import figures_in

    assert [f.value for f in figures_in(wrapped)][-2:] == [5250, 38]


def test_of_two_amounts_alike_named_the_one_of_no_unasked_measure_is_the_fact() -> None:
    decision = ("Kommunfullmäktige beslutar att fastställa budget 2025 enligt kommunstyrelsens förslag, att fastställa "
                "skattesatsen för 2025 till 22,91 kronor, och att ge kommunstyrelsen rätt att under 2025 nyupplåna 95 "
                "miljoner kronor.")
    assert extract_fact(analyse("Hur mycket får kommunstyrelsen nyupplåna 2025 enligt kommunfullmäktige?"),
                        decision) == "95 miljoner kronor"
    assert extract_fact(analyse("Vilken skattesats fastställde kommunfullmäktige för 2025?"), decision) == "22,91 kronor"


def test_a_notes_number_or_a_label_opening_the_text_is_no_amount() -> None:
    from assistant.evidence.sentences import amounts_in

    assert amounts_in("Not 5: Enligt SKR:s prognos oktober 2024.") == []
    assert amounts_in("Not 6–7: Ränteintäkter och räntekostnader.") == []
    assert amounts_in("5) Inklusive kostnadsutjämning och LSS-utjämning.") == []
    assert extract_fact(analyse("Hur stor var sjukfrånvaron 2024?"), "Not 5: Enligt SKR:s prognos oktober 2024.") is None
    assert amounts_in("Kostnaden blev 5 mnkr (varav 3 mnkr i år).") == ["5", "3"]  # a bracketed amount is one

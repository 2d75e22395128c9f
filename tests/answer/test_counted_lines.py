"""A count stated by a fact box's labelled line ("Platser i dag: 24") counts what its label names, as a table row's
label does; the box's heading ("Fakta Solgläntan") says what its lines are about; and a sentence whose amount is led
by a definite noun ("har boendet 36 platser") speaks of what the sentence before it names by that noun ("Det
särskilda boendet Solgläntan")."""
from __future__ import annotations

from assistant.compose.answer import counted_field, counting, is_about, refers_back, sentence_before
from assistant.evidence.sentences import said_apart
from assistant.retrieval.retrieve import Sentence
from assistant.understand.query import analyse
from core.types import Chunk

NEWS = ("Det särskilda boendet Solgläntan i Södra Vi ska byggas om och byggas till. När bygget är klart hösten 2029 "
        "har boendet 36 platser i stället för dagens 24.\n\nKommunen bygger också en ny brandstation.\n")
BOX = "## Fakta Solgläntan\n\n- Platser i dag: 24\n\n- Platser efter ombyggnad: 36\n\n- Byggstart: mars 2027\n"


def sentence(passage: str, text: str, section: str | None = None, at: int = 0) -> Sentence:
    chunk = Chunk(id=f"n#{at}", doc_path="nyhet.html", text=passage, start=at, end=at + len(passage),
                  title="Nu byggs det om", date="2026-12-01", section=section)
    start = at + passage.index(text)
    return Sentence(chunk=chunk, start=start, end=start + len(text), text=text, score=1.0, coverage=1.0,
                    chunk_score=1.0)


def test_a_labelled_line_with_a_number_counts_its_label() -> None:
    assert counted_field("Platser i dag: 24") == "Platser i dag"
    assert counted_field("Antal elever: 161 st") == "Antal elever"
    assert counted_field("Byggstart: mars 2027") == ""  # a time
    assert counted_field("Beslutsår: 2027") == ""  # a year counts nothing
    assert counted_field("Budget: 64 miljoner kronor") == ""  # a sum of money, no count
    assert counted_field("Det blir 24 platser.") == ""  # running text


def test_a_count_question_is_answered_by_a_labelled_line() -> None:
    q = analyse("hur många platser finns på Solgläntan i dag?")
    assert counting(q, "Platser i dag: 24") is not None
    assert counting(q, "Byggstart: mars 2027") is None


def test_a_definite_noun_refers_back_to_the_sentence_naming_it() -> None:
    led = "När bygget är klart hösten 2029 har boendet 36 platser i stället för dagens 24."
    assert refers_back(led, "Det särskilda boendet Solgläntan i Södra Vi ska byggas om och byggas till.")
    assert not refers_back(led, "Kommunen bygger också en ny brandstation i Södra Vi.")


def _names_solglantan(s: Sentence) -> bool:
    return "solgläntan" in s.text.lower()


def test_an_amount_led_by_the_noun_its_neighbour_names_is_about_the_neighbours_subject() -> None:
    q = analyse("Solgläntan – hur många platser blir det?")
    first = sentence(NEWS, "Det särskilda boendet Solgläntan i Södra Vi ska byggas om och byggas till.")
    led = sentence(NEWS, "När bygget är klart hösten 2029 har boendet 36 platser i stället för dagens 24.")
    assert is_about(q, led, [led, first], _names_solglantan)
    other = sentence("Kommunen bygger en ny brandstation i Södra Vi. Stationen får 12 platser för fordon.",
                     "Stationen får 12 platser för fordon.")
    neighbour = sentence(other.chunk.text, "Kommunen bygger en ny brandstation i Södra Vi.")
    assert not is_about(q, other, [other, neighbour], _names_solglantan)


def test_a_line_of_a_fact_box_is_about_what_the_box_heading_names() -> None:
    q = analyse("Solgläntan – hur många platser finns idag?")
    line = sentence(BOX, "Platser i dag: 24", section="Fakta Solgläntan", at=300)
    assert is_about(q, line, [line], _names_solglantan)
    elsewhere = sentence(BOX.replace("Solgläntan", "brandstationen"), "Platser i dag: 24",
                         section="Fakta brandstationen", at=300)
    assert not is_about(q, elsewhere, [elsewhere], _names_solglantan)


def test_the_fact_of_a_labelled_count_is_its_value_and_label() -> None:
    from assistant.compose.answer import extract_fact

    assert extract_fact(analyse("hur många platser finns idag?"), "Platser i dag: 24") == "24 platser"


def test_a_count_in_words_states_the_asked_count() -> None:
    from assistant.compose.answer import _states_asked_amount, extract_fact
    from assistant.evidence.sentences import amounts_in

    text = "Kommunen bygger tre nya förskolor under perioden."
    q = analyse("hur många förskolor ska byggas?")
    assert amounts_in(text, count=True) == ["tre"]
    assert amounts_in("Vi har ett mål och en plan.", count=True) == []  # articles count nothing
    assert _states_asked_amount(q, sentence(text, text))
    assert extract_fact(q, text) == "3 nya förskolor"  # up to the asked noun, not "3 nya"


def test_a_count_after_the_noun_it_counts_counts_it() -> None:
    from assistant.compose.answer import extract_fact

    q = analyse("hur många invånare hade Bjurholm 30 juni 2024?")
    text = "Antalet  invånare  var  2  384  den  30  juni  2024,  en  minskning  med  7  personer  sedan  årsskiftet."
    assert counting(q, text) is not None and extract_fact(q, text) == "2 384 invånare"
    # the number of another noun counts nothing asked
    assert counting(q, "Antalet anställda var 412 den 30 juni 2024.") is None


def test_a_count_asked_in_english_counts_the_noun_the_glossary_reads() -> None:
    from assistant.compose.answer import extract_fact

    # "how many permanent employees": the glossary reads the phrase as "tillsvidareanställda", not "permanent"
    q = analyse("How many permanent employees did the municipality have on 31 August 2024?")
    text = "Antalet tillsvidareanställda var 1 018 den 31 augusti 2024."
    assert counting(q, text) is not None and extract_fact(q, text) == "1 018 tillsvidareanställda"
    assert counting(q, "Antalet invånare var 11 402 den 31 augusti 2024.") is None


def test_a_count_asked_in_english_of_one_word_keeps_that_word() -> None:
    # "how many children": no phrase read it away; a committee named "Barn- och ungdomsnämnden" counts no children
    q = analyse("How many children are in the queue for preschool in Alingsås?")
    assert counting(q, "Barn- och ungdomsnämnden\t886 672\t905 048\t919 302") is None


def test_a_definite_noun_speaks_of_what_the_sentence_before_it_names_even_unranked() -> None:
    # the sentence before is not among the ranked ones: its passage gives it
    protocol = ("§ 80 Upphandling av skolskjuts. Nuvarande avtal om skolskjuts löper ut den 30 juni 2025. "
                "Det uppskattade värdet av det nya avtalet är 38 miljoner kronor för fyra år.")
    q = analyse("Vad beräknas det nya skolskjutsavtalet vara värt?")
    worth = sentence(protocol, "Det uppskattade värdet av det nya avtalet är 38 miljoner kronor för fyra år.")
    assert sentence_before(worth).text == "Nuvarande avtal om skolskjuts löper ut den 30 juni 2025."
    assert is_about(q, worth, [worth], lambda s: "skolskjuts" in s.text.lower())
    first = sentence(protocol, "§ 80 Upphandling av skolskjuts.")
    assert sentence_before(first) is None


def test_a_compound_is_said_by_its_two_parts_close_together() -> None:
    assert said_apart("skolskjutsavtal", "Nuvarande avtal om skolskjuts löper ut den 30 juni 2025.")
    assert said_apart("statsbidrag", "Kommunen får ett statligt bidrag.")
    assert not said_apart("skolskjutsavtal", "Avtal om städning och bussar till skolor.")
    assert not said_apart("skolskjutsavtal", "Skolskjuts ordnas av kommunen som också har tecknat ett nytt avtal.")


def test_the_number_of_a_noun_is_counted_when_still_expected_and_at_a_sentences_end() -> None:
    """"Antalet elever ... beräknas till 1 180": a count expected (columns.expects' verbs); "var 2 384." ends its
    sentence with a full stop, no decimal."""
    from assistant.compose.answer import extract_fact

    q = analyse("hur många elever räknar man med i grundskolan hösten 2025?")
    text = "Antalet elever i grundskolan beräknas till 1 180 hösten 2025."
    assert counting(q, text) is not None and extract_fact(q, text) == "1 180 elever"
    q = analyse("hur många invånare hade kommunen vid årsskiftet?")
    assert extract_fact(q, "Vid årsskiftet var antalet invånare 2 384.") != "2 invånare"
    found = counting(q, "Antalet invånare var 2 384.")
    assert found is not None and found.group(0) == "2 384 invånare"


def test_the_number_of_the_asked_compounds_modifier_counts_nothing_asked() -> None:
    """"Antalet elever ... beräknas till 2 480" counts pupils, not the "elevplatser" of a new school."""
    q = analyse("hur många elevplatser får nya skolan?")
    assert counting(q, "Antalet elever i grundskolan beräknas till 2 480.") is None
    assert counting(analyse("hur många elever går i grundskolan?"),
                    "Antalet elever i grundskolan beräknas till 2 480.") is not None


def test_a_word_of_a_synonym_phrase_counts_no_asked_noun() -> None:
    """"barn- och ungdomsnämnden" in the synonyms of "elever" names the topic: "40 barn" counts no pupils, while a
    one-word synonym of the counted noun still counts it ("200 arbeten" for the asked "sommarjobb")."""
    q = analyse("hur många elever går på Alléskolan i Hallsberg?")
    assert counting(q, "Antalet förskolebarn väntas öka med cirka 40 barn till 2026.") is None
    assert counting(q, "Skolan har 310 elever i årskurs 7-9.") is not None
    jobs = analyse("hur många sommarjobb tror S att dom kan finansiera med sin satsning?")
    assert counting(jobs, "Sammantagen budgetpost för sommarjobb uppgår därmed till 2 mnkr och bedöms kunna finansiera "
                          "omkring 200 arbeten.") is not None


SECTIONS = ("Kommunstyrelsen\nKommunstyrelsen ansvarar för ledning och räddningstjänst. Avgiften till räddningstjänsten "
            "ökar med\n0,9 miljoner kronor 2025.\nBildningsnämnden\nBildningsnämnden ansvarar för skolan. "
            "Gymnasieeleverna går i huvudsak i Borlänge.\n")


def _names_pupils(s: Sentence) -> bool:
    return "gymnasieelev" in s.text.lower()


def test_a_neighbour_under_the_next_heading_speaks_not_for_an_amount() -> None:
    from assistant.evidence.headings import heading_after

    q = analyse("Vad kostar en gymnasieelev per år?")
    fee = sentence(SECTIONS, "Avgiften till räddningstjänsten ökar med\n0,9 miljoner kronor 2025.")
    pupils = sentence(SECTIONS, "Gymnasieeleverna går i huvudsak i Borlänge.")
    assert heading_after(fee, pupils) and not heading_after(pupils, fee)
    assert not is_about(q, fee, [fee, pupils], _names_pupils)
    # within one section the neighbour still speaks for it
    same = SECTIONS.replace("Bildningsnämnden\nBildningsnämnden ansvarar för skolan. ", "")
    fee, pupils = (sentence(same, "Avgiften till räddningstjänsten ökar med\n0,9 miljoner kronor 2025."),
                   sentence(same, "Gymnasieeleverna går i huvudsak i Borlänge."))
    assert not heading_after(fee, pupils)
    assert is_about(q, fee, [fee, pupils], _names_pupils)


def test_a_heading_of_a_step_of_one_matter_parts_no_sections() -> None:
    from assistant.evidence.headings import heading_after

    minutes = ("Omröstning\n\n27 ledamöter röstar för förslaget och 22 emot.\n\nBeslut\n\nKommunfullmäktige beslutar "
               "att fastställa budgeten.\n")
    votes = sentence(minutes, "27 ledamöter röstar för förslaget och 22 emot.")
    decision = sentence(minutes, "Kommunfullmäktige beslutar att fastställa budgeten.")
    assert not heading_after(votes, decision)


def test_a_qualifier_in_brackets_after_the_counted_noun_keeps_its_count() -> None:
    """"Antalet anställda (tillsvidare) var 1 034": the bracketed word qualifies the noun, the count follows."""
    q = analyse("hur många tillsvidareanställda hade kommunen den 31 augusti?")
    found = counting(q, "Antalet anställda (tillsvidare) var 1 034 den 31 augusti.")
    assert found is not None and found.group(0) == "1 034 anställda"


def test_a_compound_opening_with_a_word_the_documents_write_in_another_form_is_known_by_parts() -> None:
    """"tillsvidareanställd": the documents write "tillsvidare" (stem "tillsvid") and "anställd" apart."""
    from assistant.evidence.sentences import split_by_vocabulary_parts

    vocab = frozenset({"tillsvid", "anställd", "antal"})
    assert split_by_vocabulary_parts("tillsvidareanställd", vocab) == ["tillsvid", "anställd"]
    assert split_by_vocabulary_parts("tillsvidareanställd", frozenset({"anställd"})) == []  # the first part unknown

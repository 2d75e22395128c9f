"""A share of a whole the text states (budget/text_share.py): the part and the whole it is part of, in the part's
sentence or the one it points back at, or the whole the question states itself ("på 5,4 milj")."""
from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from assistant.budget.text_share import asked_sums, part_of_stated
from assistant.budget.units import Unit, unit_in
from ingest.load import load_document
from ingest.tables import extract_figures


def _book(tmp_path, text: str) -> FigureBook:
    path = tmp_path / "nyhet.txt"
    path.write_text(text, encoding="utf-8")
    return FigureBook((extract_figures(load_document(path, sidecar={})),))


NEWS = ("Nytt sparpaket för kulturen\n\nKulturnämnden beslutade i går om ett sparpaket för förvaltningen om 8,0 "
        "miljoner kronor.\n\nAv detta landar 6,0 miljoner på avdelning bibliotek och 2 000 000 kronor på avdelning "
        "musikskola. Åtgärderna gäller från hösten.\n")


def test_the_share_of_a_part_of_the_whole_the_sentence_before_states(tmp_path):
    answer = answer_figures("hur många procent av sparpaketet gick till avdelning bibliotek?", _book(tmp_path, NEWS))
    assert answer is not None and answer.calculation.operation == "share"
    assert answer.calculation.result == Decimal(75)
    assert "6,0 av 8,0 mnkr" in answer.text and "75,0 %" in answer.text
    assert len(answer.sources) == 2


def test_a_later_part_is_not_a_share_of_the_part_before_it(tmp_path):
    answer = answer_figures("hur stor andel av sparpaketet gick till avdelning musikskola?", _book(tmp_path, NEWS))
    assert answer is not None and answer.calculation.operation == "share"
    assert answer.calculation.result == Decimal(25)


def test_the_whole_the_question_states_is_cited_where_the_text_states_it(tmp_path):
    answer = answer_figures("Hur stor del av sparpaketet på 8 miljoner kronor landar på biblioteksavdelningen?",
                            _book(tmp_path, NEWS))
    assert answer is not None and answer.calculation.operation == "share"
    assert answer.calculation.result == Decimal(75) and len(answer.sources) == 2


def test_when_the_best_amount_is_the_stated_whole_the_part_is_the_one_the_question_names(tmp_path):
    amounts = _book(tmp_path, NEWS).index.amounts.amounts()
    whole = next(a for a in amounts if a.text.startswith("8,0"))
    part = part_of_stated([whole], amounts, "hur stor del av sparpaketet på 8 milj gick till biblioteksavdelningen?")
    assert part is not None and part.text == "6,0 miljoner"
    assert part_of_stated([whole], amounts, "hur stor del av sparpaketet på 8 milj gick till avdelningen?") is None


def test_milj_is_millions() -> None:
    assert unit_in("milj") is Unit.MNKR
    assert asked_sums("paketet på 5,4 milj") == [Decimal("5400000.0")]


def test_a_share_asked_with_the_whole_in_an_abbreviated_unit_is_computed(tmp_path):
    # "milj" and "många" say how much and how it is asked, not of what: the whole is found by "sparpaketet" alone
    answer = answer_figures("hur många procent av sparpaketet på 8 milj går till biblioteksavdelningen?",
                            _book(tmp_path, NEWS))
    assert answer is not None and answer.calculation.operation == "share"
    assert answer.calculation.result == Decimal(75)


def test_unit_and_question_words_are_no_topic_words():
    from assistant.budget.topics import content_stems

    words = [w for _, w in content_stems("hur många procent av paketet på 5,4 milj går till vuxna?")]
    assert words == ["paketet", "vuxna"]


MINUTES = ("Protokoll kommunfullmäktige\n\nÄrendebeskrivning: Kommunstyrelsen föreslår att nämnderna får tilläggsanslag "
           "ur kommunstyrelsens oförutsedda medel. Oförutsedda medel uppgår 2031 till 3,0 miljoner kronor.\n\n"
           "Beslut: Kommunfullmäktige beviljar tilläggsanslag om totalt 1 675 000 kronor.\n")


def test_the_part_of_a_named_whole_is_stated_in_another_sentence_of_its_document(tmp_path):
    # the best amount is the whole the question names ("oförutsedda medel"); the part, told in the decision, names
    # what the question asks of it ("tilläggsanslagen")
    answer = answer_figures("Hur stor andel av kommunens oförutsedda medel 2031 gick åt till tilläggsanslagen?",
                            _book(tmp_path, MINUTES))
    assert answer is not None and answer.calculation is not None and answer.calculation.operation == "share"
    assert round(answer.calculation.result, 1) == Decimal("55.8") and len(answer.sources) == 2


def test_no_part_is_taken_that_names_nothing_the_question_asks_of_the_whole(tmp_path):
    answer = answer_figures("Hur stor andel av kommunens oförutsedda medel 2031 gick åt till snöröjningen?",
                            _book(tmp_path, MINUTES))
    assert answer is None or answer.calculation is None or answer.calculation.operation != "share"

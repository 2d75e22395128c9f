"""What one thing costs when a sentence states a sum and how many things it pays for (text_per_count.py)."""
from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.records import CellSource, TextAmount
from assistant.budget.stated_counts import sentence_counts
from assistant.budget.store import FigureBook
from assistant.budget.text_per_count import text_per_count
from assistant.budget.units import Unit
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures
from tests.budget.corpus_docs import corpus_book


def amount(sentence: str, text: str, stated: str, unit: Unit, start: int = 100, lead: str = "") -> TextAmount:
    at = sentence.index(text)
    source = CellSource(doc_path="a.txt", title="Budget", quote=sentence, start=start, end=start + len(sentence))
    return TextAmount(value=Decimal(stated) * unit.factor, unit=unit, stated=Decimal(stated), text=text,
                      clause=sentence, context=tuple(sentence.lower().split()), source=source,
                      amount_start=start + at, amount_end=start + at + len(text), lead=lead)


POT = amount("Potten uppgår till 3 mnkr och räcker till omkring 150 platser.", "3 mnkr", "3", Unit.MNKR)


def test_counts_of_a_sentence_are_no_years_sums_of_money_or_spans_of_time():
    found = sentence_counts("År 2024 gick 700 000 kronor till 150 platser under 12 år, 60 platser per år.")
    assert [(v, noun) for v, noun, _ in found] == [(Decimal(150), "platser")]


def test_the_sum_is_divided_by_the_count_its_sentence_states():
    answer = text_per_count(POT, [POT], "sv")
    assert answer.calculation.operation == "per" and answer.calculation.result == Decimal(20000)
    assert "20 000 kr" in answer.text and "150 platser" in answer.text and answer.sources == (POT.source,)


def test_a_per_word_must_name_the_count_and_two_counts_are_no_answer():
    assert text_per_count(POT, [POT], "sv", "invånare") is None
    both = amount("Potten på 3 mnkr räcker till 150 platser och 40 lägenheter.", "3 mnkr", "3", Unit.MNKR)
    assert text_per_count(both, [both], "sv") is None
    assert text_per_count(both, [both], "sv", "lägenhet").calculation.result == Decimal(75000)


def test_the_next_sentence_pointing_back_holds_the_count():
    first = amount("1 mnkr tillförs nämnden för sommarjobb.", "1 mnkr", "1", Unit.MNKR, start=0)
    then = amount("Sammantagen budget uppgår därmed till 2 mnkr för omkring 200 arbeten.", "2 mnkr", "2", Unit.MNKR,
                  start=first.source.end + 1, lead=first.source.quote)
    assert text_per_count(first, [first, then], "sv").calculation.result == Decimal(10000)


def test_an_average_asked_of_the_bundled_budget():
    answer = answer_figures("vad kostar ett sommarjobb i snitt?", corpus_book())
    assert answer.calculation.operation == "per" and answer.calculation.result == Decimal(10000)
    assert "200 arbeten" in answer.text


def test_a_cost_per_place_of_a_press_release():
    text = ("Nytt trygghetsboende i Åsby\n\nKommunen bygger ett trygghetsboende. Bygget beräknas kosta 37 miljoner "
            "kronor och ger 24 lägenheter för äldre.\n")
    doc = LoadedDocument(path="asby/nyhet.md", text=text, sha256="asby-nyhet",
                         meta=DocumentMeta(title="Nytt trygghetsboende", date="2031-05-02", doc_type="nyhet",
                                           municipality="Åsby"))
    answer = answer_figures("Vad kostar bygget per lägenhet?", FigureBook((extract_figures(doc),)))
    assert answer.calculation.operation == "per"
    assert round(answer.calculation.result) == Decimal(1541667)


def test_an_english_question_asking_what_one_costs():
    answer = answer_figures("what does a summer job cost on average?", corpus_book(), language="en")
    assert answer.calculation.operation == "per" and answer.calculation.result == Decimal(10000)
    assert answer.text.startswith("On average")

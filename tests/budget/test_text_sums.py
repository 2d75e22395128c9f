"""A sum of amounts the text states one by one in the same form (text_sum.py)."""
from dataclasses import replace
from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.plan import SUM
from assistant.budget.records import CellSource, TextAmount
from assistant.budget.text_sum import parallel_amounts, statement_frame, text_sum
from assistant.budget.units import Unit
from tests.budget.corpus_docs import corpus_book


def amount(text: str, clause: str, stated: str, unit: Unit, start: int, doc: str = "a.txt") -> TextAmount:
    source = CellSource(doc_path=doc, title="Budget", quote=clause + ".", start=start, end=start + len(clause) + 1)
    return TextAmount(value=Decimal(stated) * unit.factor, unit=unit, stated=Decimal(stated), text=text,
                      clause=clause, context=tuple(clause.lower().split()), source=source,
                      amount_start=start, amount_end=start + len(text))


ONE = amount("2 mnkr", "2 mnkr tillförs Fritids- och kulturnämnden för fler simkurser", "2", Unit.MNKR, 10)
TWO = amount("750 tkr", "750 tkr tillförs fritids- och kulturnämnden för ett nytt bibliotek", "750", Unit.TKR, 200)
OTHER = amount("3 mnkr", "3 mnkr tillförs socialnämnden för boenden", "3", Unit.MNKR, 400)
ELSEWHERE = amount("1 mnkr", "1 mnkr tillförs fritids- och kulturnämnden för spår", "1", Unit.MNKR, 10, doc="b.txt")
NAMES = ("fritids och kulturnämnden",)


def test_the_frame_is_the_words_from_the_amount_to_the_row_it_names():
    assert statement_frame(ONE, NAMES) == "tillförs fritids och kulturnämnden"
    assert statement_frame(OTHER, NAMES) is None


def test_amounts_stated_in_the_same_frame_of_the_same_document_are_the_parts():
    parts = parallel_amounts(TWO, [OTHER, TWO, ELSEWHERE, ONE], NAMES)
    assert parts == [ONE, TWO]
    assert parallel_amounts(OTHER, [OTHER, ONE, TWO], NAMES) == []


def test_the_sum_is_cited_part_by_part_in_the_finest_unit_written():
    answer = text_sum(ONE, [ONE, TWO, OTHER], NAMES, "sv")
    assert answer.calculation.result == Decimal(2750) and answer.calculation.unit == "tkr"
    assert "2 mnkr" in answer.text and "750 tkr [2]" in answer.text and "2 750 tkr" in answer.text
    assert len(answer.sources) == 2
    assert text_sum(ONE, [ONE, OTHER], NAMES, "sv") is None  # one part is no sum


def test_a_question_adding_up_what_a_committee_is_given_in_the_text():
    answer = answer_figures("Hur mycket tillskjuts kultur- och utbildningsnämnden sammanlagt?", corpus_book())
    assert answer.calculation.operation == "sum"
    assert answer.calculation.result == Decimal(2100) and answer.calculation.unit == "tkr"
    assert len(answer.sources) == 3


def test_every_form_of_sammanlagd_asks_for_a_sum():
    for word in ("sammanlagt", "sammanlagd", "sammanlagda"):
        assert SUM.search(f"den {word} budgeten")


GIVEN = """Budget 2032 Åsby kommun

Driftsbudget

| tkr | Budget 2030 | Budget 2031 |
|---|---:|---:|
| Fritids- och kulturnämnden | 50 000 | 52 000 |
| Socialnämnden | 90 000 | 93 000 |

Satsningar

2 mnkr tillförs fritids- och kulturnämnden år 2032 för fler simkurser.

750 tkr tillförs fritids- och kulturnämnden år 2032 för ett nytt bibliotek.

900 tkr tillförs fritids- och kulturnämnden år 2033 för nya elljusspår.
"""


def test_the_parts_are_of_the_asked_year_only():
    from assistant.budget.store import FigureBook
    from core.types import DocumentMeta, LoadedDocument
    from ingest.tables import extract_figures

    doc = LoadedDocument(path="asby/budget.md", text=GIVEN, sha256="asby-budget",
                         meta=DocumentMeta(title="Budget 2032", date="2031-11-20", doc_type="budget",
                                           municipality="Åsby"))
    book = FigureBook((extract_figures(doc),))
    answer = answer_figures("Hur mycket tillförs fritids- och kulturnämnden sammanlagt 2032?", book)
    assert answer.calculation.operation == "sum" and answer.calculation.result == Decimal(2750)


def test_a_question_lists_its_parts_in_parentheses_or_before_a_closing_och():
    from assistant.budget.text_sum import listed_items

    assert listed_items("Räkna ihop förstärkningarna (körkort, buss, personligt ombud). Vad blir det?") == (
        "körkort", "buss", "personligt ombud")
    assert listed_items("hur mycket får körkort, buss och föräldrastöd sammanlagt?") == (
        "körkort", "buss", "föräldrastöd")
    assert listed_items("hur mycket får kultur- och utbildningsnämnden sammanlagt?") == ()
    assert listed_items("vad kostar satsningen (se sidan 4 i budgeten för år 2024 och framåt)?") == ()


def test_each_listed_part_is_the_amount_naming_it_nearest_a_statement_of_its_own_first():
    from assistant.budget.text_sum import listed_sum

    pool = amount("2 mnkr", "2 mnkr tillförs nämnden för sommarjobb", "2", Unit.MNKR, 10)
    total = replace(amount("5 mnkr", "Budgeten för sommarjobb blir därmed 5 mnkr", "5", Unit.MNKR, 60),
                    lead="2 mnkr tillförs nämnden för sommarjobb.")
    licence = amount("600 tkr", "600 tkr tillförs nämnden för körkortsutbildning", "600", Unit.TKR, 120)
    bus = amount("900 tkr", "900 tkr tillförs nämnden för ökad busstrafik", "900", Unit.TKR, 200)
    answer = listed_sum(("körkort", "sommarjobb", "buss"), [total, pool, licence, bus], "sv")
    assert answer.calculation.result == Decimal(3500) and answer.calculation.unit == "tkr"
    assert "2 mnkr (sommarjobb) [1] + 600 tkr (körkort) [2] + 900 tkr (buss) [3]" in answer.text
    assert listed_sum(("körkort", "simhall"), [pool, licence, bus], "sv") is None  # a part no amount names
    copy = replace(licence, source=replace(licence.source, doc_path="b.txt"))
    other = replace(bus, source=replace(bus.source, doc_path="b.txt"))
    assert listed_sum(("körkort", "buss"), [licence, bus, copy, other], "sv") is None  # which document is a guess


def test_parts_of_a_bundled_budget_listed_in_a_question_are_added_up():
    answer = answer_figures("Räkna ihop de S-förstärkningar som är permanenta (körkort, buss, föräldrastöd, "
                            "personligt ombud). Vad blir det?", corpus_book())
    assert answer.calculation.operation == "sum" and answer.calculation.result == Decimal(2500)
    answer = answer_figures("hur mycket får kultur- och utbildningsnämnden sammanlagt av S förstärkningar "
                            "(sommarjobb, körkort, föreningsaktiviteter)?", corpus_book())
    assert answer.calculation.result == Decimal(2100) and "1 mnkr (sommarjobb)" in answer.text

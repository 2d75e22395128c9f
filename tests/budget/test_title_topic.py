"""A lookup's words that are the title of the table holding the asked row ("kronor av en hundralapp i skatt" of
"Så fördelas 100 kronor i skatt 2025") are that table's topic, not something else the tables do not hold."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

TEXT = """Så fördelas 100 kronor i skatt 2025

| Verksamhet | Kronor av 100 |
|---|---:|
| Förskola och skola | 38,10 |
| Äldreomsorg | 21,30 |
| Kultur och fritid | 4,50 |
| Övrigt | 36,10 |
"""


def book() -> FigureBook:
    doc = LoadedDocument(path="d.md", sha256="0", meta=DocumentMeta(title="Skatt"), text=TEXT)
    return FigureBook((DocumentFigures(doc_path="d.md", sha256="0", title="Skatt", doc_type="other", date=None,
                                       tables=tuple(parse_tables(doc)), amounts=()),))


def test_the_tables_title_words_are_its_topic() -> None:
    answer = answer_figures("hur många kronor av en hundralapp i skatt går till äldreomsorgen?", book())
    assert answer is not None and "21,30" in answer.text


def test_a_topic_of_words_no_title_holds_is_something_else() -> None:
    assert answer_figures("Hur mycket kostar det att avskaffa de delade turerna inom äldreomsorgen?", book()) is None


def test_english_function_words_name_no_other_topic() -> None:
    # "out of every": closed-class words of an English question, no topic the tables lack
    answer = answer_figures("Out of every 100 kronor, how much goes to äldreomsorg?", book(), language="en")
    assert answer is not None and "21.30" in answer.text


VART = """Vart går varje hundralapp?

| Verksamhet | Kronor av 100 kr | Nettokostnad 2025, mnkr |
|---|---:|---:|
| Förskola | 9,61 | 168,3 |
| Grundskola | 17,40 | 304,7 |
| Äldreomsorg | 21,30 | 373,0 |
"""


def test_english_function_words_of_a_sum_asked_name_no_topic() -> None:
    """"out of every 100 kronor": "out" and "every" are closed-class words, as "varje" is, no topic the table lacks."""
    doc = LoadedDocument(path="d.md", sha256="0", meta=DocumentMeta(title="Skatt"), text=VART)
    figures = FigureBook((DocumentFigures(doc_path="d.md", sha256="0", title="Skatt", doc_type="other", date=None,
                                          tables=tuple(parse_tables(doc)), amounts=()),))
    answer = answer_figures("Out of every 100 kronor in tax, how much goes to Förskola?", figures, language="en")
    assert answer is not None and "9.61" in answer.text

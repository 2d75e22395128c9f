"""The body that decided a figure ("vilket kommunbidrag beslutade fullmäktige för ...") is who decided it, no other
topic of the question: the row's cell answers."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.plan import plan_question
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

MINUTES = """Protokoll kommunfullmäktige 2024-11-25

§ 87 Budget 2025

| Nämnd | Kommunbidrag 2025, tkr | Kommunbidrag 2024, tkr |
|---|---|---|
| Kommunstyrelsen | 98 600 | 95 100 |
| Miljö- och byggnämnden | 8 960 | 8 720 |
| Summa | 107 560 | 103 820 |
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="aby/protokoll-kf.txt", text=MINUTES, sha256="kf",
                         meta=DocumentMeta(title="Protokoll KF", date="2024-11-25", doc_type="minutes",
                                           municipality="Aby"))
    return FigureBook((extract_figures(doc),))


def test_the_body_deciding_the_figure_names_no_topic() -> None:
    book = _book()
    question = "vilket kommunbidrag beslutade fullmäktige för miljö- och byggnämnden 2025?"
    assert plan_question(question, book.index.lexicon).intent
    answer = answer_figures(question, book)
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal("8960")


def test_a_body_apart_from_a_verb_of_adopting_is_still_another_topic() -> None:
    question = "vilket kommunbidrag ger fullmäktige för miljö- och byggnämndens uppdrag 2025?"
    assert not plan_question(question, _book().index.lexicon).intent

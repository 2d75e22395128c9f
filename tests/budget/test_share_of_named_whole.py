"""A follow-up asking a share "av" a row it names ("hur stor andel av omsorgsnämndens budget är det?" after "vad
kostar hemtjänsten?"): the named row is the whole, the earlier turn's row the part; and a table's own kind of
column ("Nettobudget 2025") holds the kind its label's word names, so "budget" addresses its cells."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.columns import held_kind_words
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

TEXT = """Omsorgsnämnden – budget per verksamhet 2025

Belopp i tkr

| Verksamhet | Kostnader | Intäkter | Nettobudget 2025 |
|---|---:|---:|---:|
| Hemtjänst | 142300 | 18600 | 123700 |
| Särskilt boende | 226900 | 31750 | 195150 |
| Hälso- och sjukvård | 41280 | 2170 | 39110 |
| Summa Omsorgsnämnden | 410480 | 52520 | 357960 |
"""


def book() -> FigureBook:
    doc = LoadedDocument(path="v.md", sha256="0", meta=DocumentMeta(title="Budget per verksamhet"), text=TEXT)
    return FigureBook((DocumentFigures(doc_path="v.md", sha256="0", title="Budget per verksamhet", doc_type=None,
                                       date=None, tables=tuple(parse_tables(doc)), amounts=()),))


def test_the_row_said_after_av_in_a_follow_up_is_the_whole() -> None:
    answer = answer_figures("hur stor andel av omsorgsnämndens budget är det?", book(),
                            history=("vad kostar hemtjänsten netto 2025?",))
    assert answer is not None and answer.calculation is not None
    assert [i.value for i in answer.calculation.inputs] == [Decimal(123700), Decimal(357960)]


def test_a_follow_up_share_of_the_same_row_is_unchanged() -> None:
    from assistant.budget.plan import plan_question

    lexicon = book().index.lexicon
    plan = plan_question("hur stor andel av hemtjänsten är det?", lexicon, ("vad kostar hemtjänsten netto 2025?",))
    assert plan.denominator is None


def test_an_own_kind_of_column_holds_the_kind_its_word_names() -> None:
    tables = book().tables
    assert held_kind_words("hur stor andel av omsorgsnämndens budget är det?", tables) == ["budget"]


def test_an_english_question_naming_its_row_asks_its_figure_when_its_words_in_swedish_do() -> None:
    answer = answer_figures("What is the net budget for Hemtjänst under Omsorgsnämnden for 2025?", book())
    assert answer is not None and answer.calculation is not None and not answer.refused
    assert answer.calculation.inputs[0].value == Decimal(123700)

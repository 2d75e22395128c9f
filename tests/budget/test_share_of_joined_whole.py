"""A share of a whole that is the sum of rows joined by "och", whose part is one of those rows named again after it:
"hur stor andel av skatteintäkter och generella statsbidrag kommer från statsbidrag och utjämning?"."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.plan import parse_question
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

BUDGET = """Resultatbudget

Belopp i tkr

| | Budget 2024 | Budget 2025 |
|---|---:|---:|
| Verksamhetens nettokostnader | -270 000 | -281 000 |
| Skatteintäkter | 124 000 | 127 900 |
| Generella statsbidrag och utjämning | 157 800 | 160 100 |
| Årets resultat | 11 800 | 7 000 |
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="b.md", sha256="b", text=BUDGET, meta=DocumentMeta(title="Budget", date="2024-11-18"))
    return FigureBook((DocumentFigures(doc_path="b.md", sha256="b", title="Budget", doc_type="budget",
                                       date="2024-11-18", tables=tuple(parse_tables(doc)), amounts=()),))


QUESTION = "Hur stor andel av skatteintäkter och generella statsbidrag 2025 kommer från statsbidrag och utjämning?"


def test_the_row_of_the_whole_named_again_is_the_part() -> None:
    plan = parse_question(QUESTION, _book().index.lexicon)
    assert plan.denominator == "Skatteintäkter" and plan.denominator_with == ("Generella statsbidrag och utjämning",)
    assert plan.part == "Generella statsbidrag och utjämning"
    # no row said again: no part of the whole
    assert parse_question("Hur stor andel av skatteintäkter och generella statsbidrag 2025 är "
                          "verksamhetens nettokostnader?", _book().index.lexicon).part is None


def test_its_share_of_the_sum_is_computed() -> None:
    answer = answer_figures(QUESTION, _book())
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result.quantize(Decimal("0.1")) == Decimal("55.6")
    assert "160 100 tkr [1] av 288 000 tkr" in answer.text


def test_a_joined_rows_word_its_match_left_out_still_joins_it() -> None:
    # "general" of "general state grants" is no word the English match of "Generella statsbidrag ..." reads
    answer = answer_figures("What is the result for 2025 as a share of tax revenue and general state grants?",
                            _book(), language="en")
    assert answer is not None and answer.calculation is not None
    assert round(answer.calculation.result, 2) == Decimal("2.43")  # 7 000 / (127 900 + 160 100)

"""A share "i procent av A och B" is of the sum of A and B; a cost as a share of income is of their sizes."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

TEXT = """Resultatbudget

Belopp i mnkr

| Resultatbudget | Budget 2024 | Budget 2025 |
|---|---:|---:|
| Verksamhetens nettokostnad | −904,0 | −933,6 |
| Skatteintäkter | 683,1 | 712,6 |
| Generella statsbidrag och utjämning | 240,2 | 246,5 |
| Årets resultat | 15,0 | 19,8 |
"""


def book() -> FigureBook:
    doc = LoadedDocument(path="r.md", sha256="0", meta=DocumentMeta(title="Budget"), text=TEXT)
    return FigureBook((DocumentFigures(doc_path="r.md", sha256="0", title="Budget", doc_type="budget", date=None,
                                       tables=tuple(parse_tables(doc)), amounts=()),))


def test_the_whole_is_the_sum_of_the_rows_joined_after_av() -> None:
    answer = answer_figures("Hur stort är årets resultat i procent av skatteintäkter och generella statsbidrag "
                            "2025?", book())
    assert answer is not None and answer.calculation is not None
    assert "2,06 %" in answer.text and "959,1 mnkr (712,6 mnkr [2] + 246,5 mnkr [3])" in answer.text
    assert answer.calculation.expression == "19,8 / (712,6 + 246,5) = 2,06 %"


def test_a_cost_as_a_share_of_income_is_of_their_sizes() -> None:
    answer = answer_figures("Hur stor är verksamhetens nettokostnad i procent av skatteintäkter och generella "
                            "statsbidrag 2025?", book())
    assert answer is not None and "97,3 %" in answer.text and "-97" not in answer.text


def test_a_single_denominator_is_unchanged() -> None:
    answer = answer_figures("Hur stort är årets resultat i procent av skatteintäkter 2025?", book())
    assert answer is not None and "2,78 %" in answer.text


def test_rows_joined_by_a_plus_sign_are_one_whole() -> None:
    answer = answer_figures("resultat i procent av skatteintäkter + generella statsbidrag 2025?", book())
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.expression == "19,8 / (712,6 + 246,5) = 2,06 %"

"""A year that dates the document a question names ("enligt budgeten för 2022") is which document, not which
column, when the question asks another year on its own; years joined to it are all asked."""
import pytest

from assistant.budget.answer import answer_figures
from assistant.budget.matching import normalise
from assistant.budget.plan import _without_document_year, _years
from tests.budget.corpus_docs import corpus_book


def _asked(question: str) -> tuple[int, ...]:
    text = normalise(question)
    years, year_range = _years(text)
    return _without_document_year(text, years, year_range)


@pytest.mark.parametrize("question, years", [
    ("Vad är kommunstyrelsens ram i budget 2022 för 2023?", (2023,)),
    ("Hur mycket får vård- och omsorgsnämnden 2023 enligt budgeten för 2022?", (2023,)),
    ("What does the social committee get in 2026 according to the budget for 2025?", (2026,)),
    ("Hur mycket får socialnämnden i budget 2021 och 2022?", (2021, 2022)),  # joined: both asked
    ("Hur mycket fick kommunstyrelsen i budget 2021 jämfört med 2023?", (2021, 2023)),
    ("Hur mycket får kommunstyrelsen i budget 2025 och plan 2026?", (2025, 2026)),
    ("Vad har utbildningsnämnden för budget 2025?", (2025,)),
    # a span naming the document: the year said on its own is asked
    ("What is the total investment budget for 2026 in Budget och plan 2026–2028?", (2026,)),
    ("Hur mycket investerar kommunen 2027 enligt mål och budget 2026-2028?", (2027,)),
    ("Hur mycket investerar kommunen enligt mål och budget 2026-2028?", (2026, 2028)),  # no year alone: the span
])
def test_the_documents_year_is_no_column(question: str, years: tuple[int, ...]) -> None:
    assert _asked(question) == years


def test_a_year_of_the_named_budget_asks_the_other_year_alone() -> None:
    answer = answer_figures("Hur mycket får vård- och omsorgsnämnden 2023 enligt budgeten för 2022?", corpus_book())
    assert answer is not None and not answer.refused and len(answer.calculation.inputs) == 1
    assert answer.calculation.inputs[0].column.endswith("2023")

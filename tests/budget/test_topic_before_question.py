"""A topic said before the question, a colon or a comma after it ("noras skatteintäkter i plan 2027, vad räknar dom
med?"): the question's verb after it asks the figure, as it does opening a question; it names no other topic."""
from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from ingest.load import load_document
from ingest.tables import extract_figures

RESULT = """Resultatbudget (mnkr)

| Mnkr | Budget 2025 | Plan 2026 | Plan 2027 |
|---|---|---|---|
| Verksamhetens nettokostnader | -780,1 | -801,5 | -822,0 |
| Skatteintäkter | 607,3 | 628,4 | 649,2 |
| Generella statsbidrag och utjämning | 198,6 | 203,0 | 207,1 |
"""


def _book(tmp_path) -> FigureBook:
    path = tmp_path / "budget.md"
    path.write_text(RESULT, encoding="utf-8")
    return FigureBook((extract_figures(load_document(path, sidecar={})),))


def test_a_topic_and_a_comma_before_the_question(tmp_path):
    answer = answer_figures("skatteintäkterna i plan 2027, vad räknar dom med?", _book(tmp_path))
    assert answer is not None and [v.value for v in answer.values] == [Decimal("649.2")], answer


def test_a_topic_and_a_colon_before_the_question(tmp_path):
    answer = answer_figures("Skatteintäkterna: vad räknar man med 2027?", _book(tmp_path))
    assert answer is not None and [v.value for v in answer.values] == [Decimal("649.2")], answer

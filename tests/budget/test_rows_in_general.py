"""A question naming rows only in general ("nämnderna", "vilken nämnd"): the tables answer it when its topic is theirs
(their rows, columns or titles), the text when it asks about something else ("effektiviseringskravet")."""
from decimal import Decimal

import pytest

from assistant.budget.answer import answer_figures
from assistant.budget.store import DocumentFigures, FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

BUDGET = """Mål och budget 2026

Driftbudget per nämnd, tkr

| Nämnd | Budget 2025 | Budget 2026 |
|---|---|---|
| Bildningsnämnden | 980 100 | 1 012 300 |
| Socialnämnden | 720 400 | 745 900 |
| Kommunstyrelsen | 210 000 | 214 500 |

Sjukfrånvaro per nämnd, procent

| Nämnd | 2024 | 2025 |
|---|---|---|
| Bildningsnämnden | 6,1 | 5,8 |
| Socialnämnden | 8,4 | 8,9 |

Nämnderna får ett effektiviseringskrav på totalt 13,9 miljoner kronor 2026.
"""


@pytest.fixture(scope="module")
def book() -> FigureBook:
    doc = LoadedDocument(path="exempel/budget-2026.md", text=BUDGET, sha256="r",
                         meta=DocumentMeta(title="Mål och budget 2026", date="2025-11-17", doc_type="budget"))
    figures: DocumentFigures = extract_figures(doc)
    return FigureBook((figures,))


def test_a_topic_no_table_holds_is_not_the_sum_of_the_committees(book: FigureBook) -> None:
    answer = answer_figures("Hur stort är effektiviseringskravet för nämnderna 2026 totalt?", book)
    assert answer is None or answer.calculation is None or "745 900" not in answer.text


def test_the_tables_topic_is_theirs(book: FigureBook) -> None:
    answer = answer_figures("vilken nämnd får mest pengar 2026?", book)
    assert answer is not None and not answer.refused and answer.calculation.result == Decimal(1012300), answer
    # the topic a table's title names is the tables' (which table answers is table choice's matter)
    answer = answer_figures("vilken nämnd har högst sjukfrånvaro 2025?", book)
    assert answer is not None and answer.calculation is not None


def test_a_ranking_or_a_bound_over_the_committees_is_the_tables(book: FigureBook) -> None:
    answer = answer_figures("Vilka är de två största nämnderna 2026?", book)
    assert answer is not None and answer.calculation is not None and "1 012 300" in answer.text
    answer = answer_figures("Vilka nämnder får mer än 500 miljoner 2026?", book)
    assert answer is not None and answer.calculation is not None

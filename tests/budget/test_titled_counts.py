"""A count asked of what a table's title names ("hur många gästnätter"): the grand total of that table of counts."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

NIGHTS = """Statistik

Kommersiella gästnätter per månad (hotell, camping)

| Månad | 2022 | 2023 |
|---|---:|---:|
| Juni | 60 000 | 62 000 |
| Juli | 150 000 | 160 000 |
| Totalt | 210 000 | 222 000 |

Befolkning per ort den 31 december

| Ort | 2022 | 2023 |
|---|---:|---:|
| Kungshamn | 2 900 | 2 950 |
| Smögen | 1 300 | 1 310 |
| Totalt | 4 200 | 4 260 |
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="s.md", text=NIGHTS, sha256="s", meta=DocumentMeta(title="Statistik"))
    return FigureBook((extract_figures(doc),))


def test_a_count_of_what_a_title_names_is_its_tables_total() -> None:
    answer = answer_figures("Hur många kommersiella gästnätter var det 2023?", _book())
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal(222000)


def test_an_english_count_names_the_title_in_the_documents_words() -> None:
    answer = answer_figures("How many guest nights were there in 2023?", _book(), language="en")
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal(222000)

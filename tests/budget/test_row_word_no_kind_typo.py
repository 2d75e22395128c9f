"""A question word the documents spell so in a row's label is no typing error of a kind of table's word ("eget
kapital" is the balance sheet's row, not the English "capital" of the investments); a day of a month said alone
("31 december") names when, not the row "Folkmängd 31 december"."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.matching import table_kinds
from assistant.budget.plan import plan_question
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

REPORT = """Årsredovisning 2023 Norrby kommun

Femårsöversikt, kommunen

| | 2021 | 2022 | 2023 |
|---|---:|---:|---:|
| Folkmängd 31 december | 4 401 | 4 390 | 4 372 |
| Årets resultat, mnkr | 8,1 | 6,4 | 5,2 |

Balansräkning, kommunen (mnkr)

| Mnkr | 2023-12-31 | 2022-12-31 |
|---|---:|---:|
| Anläggningstillgångar | 310,2 | 298,4 |
| Eget kapital | 194,5 | 188,1 |
| Långfristiga skulder | 120,0 | 110,0 |

Investeringar per projekt, tkr

| Tkr | Budget 2024 | Plan 2025 |
|---|---:|---:|
| Ny brandstation | 14 000 | 2 000 |
| Totalt | 14 000 | 2 000 |
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="ar.md", text=REPORT, sha256="a",
                         meta=DocumentMeta(title="Årsredovisning 2023", date="2024-04-20", doc_type="annual_report"))
    return FigureBook((extract_figures(doc),))


def test_a_row_word_is_no_typo_of_a_kind_word() -> None:
    book = _book()
    assert table_kinds("hur stort var eget kapital 2023?") == ["investering"]  # "capital", one letter apart
    assert table_kinds("hur stort var eget kapital 2023?", book.index.lexicon.label_words) == []
    assert table_kinds("hur mycket investeras 2024?", book.index.lexicon.label_words) == ["investering"]


def test_a_day_said_alone_names_no_row() -> None:
    book = _book()
    plan = plan_question("hur stort var eget kapital 31 december 2023?", book.index.lexicon)
    assert plan.rows == ("Eget kapital",) and plan.table_kind is None
    answer = answer_figures("hur stort var eget kapital 31 december 2023?", book)
    assert answer is not None and answer.values[0].value == Decimal("194.5")
    assert plan_question("vad var folkmängd 31 december 2022?", book.index.lexicon).rows == ("Folkmängd 31 december",)

""""per X" where X is what a table's rows are, as its label column's header says ("driftbudget per verksamhet" of
"| Verksamhet | Intäkter | ..."), names how a document breaks its figures down: no count the figure is asked per,
though the figure is read in another table ("| Nämnd | Budget 2025 |"). A count no header names is still asked per."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

ACTIVITIES = """Driftbudget 2025

Belopp i tkr

| Verksamhet | Intäkter | Kostnader | Nettokostnad |
|---|---|---|---|
| Kommunstyrelsen |  |  |  |
|   Räddningstjänst | 2100 | 16900 | 14800 |
| Socialnämnden |  |  |  |
|   Särskilt boende | 21400 | 124000 | 102600 |
|   Hemtjänst | 8700 | 66600 | 57900 |
| Totalt | 32200 | 207500 | 175300 |
"""

COMMITTEES = """Driftbudget 2025 och plan 2026–2027

Belopp i mnkr

| Nämnd | Budget 2025 | Plan 2026 | Plan 2027 |
|---|---|---|---|
| Kommunstyrelsen | 14,8 | 15,0 | 15,2 |
| Omsorgsnämnden | 160,5 | 163,0 | 166,0 |
| Summa nämnder | 175,3 | 178,0 | 181,2 |
"""


def book() -> FigureBook:
    docs = []
    for path, text in (("a.md", ACTIVITIES), ("b.md", COMMITTEES)):
        doc = LoadedDocument(path=path, sha256=path, meta=DocumentMeta(title="Driftbudget"), text=text)
        docs.append(DocumentFigures(doc_path=path, sha256=path, title="Driftbudget", doc_type="budget", date=None,
                                    tables=tuple(parse_tables(doc)), amounts=()))
    return FigureBook(tuple(docs))


def test_per_what_the_rows_of_a_table_are_is_no_count_asked_per() -> None:
    answer = answer_figures("Vad är omsorgsnämndens budget 2025 enligt driftbudget per verksamhet?", book())
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal("160.5")


def test_per_a_count_no_header_names_is_still_asked() -> None:
    assert answer_figures("Vad kostar omsorgsnämnden per kvadratmeter 2025?", book()) is None

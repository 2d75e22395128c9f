"""Of a year's several columns, the one whose label the question's words name answers ("den reviderade budgeten
2025": "Reviderad budget 2025", not "Budget 2025 enligt förslag"); none named, the first stays."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

TEXT = """§ 99 Revidering av investeringsbudget 2025 (tkr)

| Projekt | Budget 2025 enligt förslag | Reviderad budget 2025 | Förändring |
|---|---:|---:|---:|
| Ny räddningsstation | 16 500 | 18 000 | 1 500 |
| Gång- och cykelväg Strandvägen | 2 900 | 2 400 | -500 |
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="p.md", sha256="p", meta=DocumentMeta(title="Protokoll"), text=TEXT)
    return FigureBook((DocumentFigures(doc_path="p.md", sha256="p", title="Protokoll", doc_type="protokoll",
                                       date=None, tables=tuple(parse_tables(doc)), amounts=()),))


def test_the_column_the_question_names_answers() -> None:
    answer = answer_figures("Hur mycket blev den reviderade budgeten 2025 för nya räddningsstationen?", _book())
    assert answer is not None and answer.calculation is not None
    assert [str(i.value) for i in answer.calculation.inputs] == ["18000"]


BUDGET = """Investeringar per projekt, mnkr

| Projekt | Budget 2025 | Plan 2026 | Plan 2027 |
|---|---:|---:|---:|
| Kommunstyrelsen (Ny räddningsstation) | 16,5 | 12,5 | 0,0 |
| Summa | 16,5 | 12,5 | 0,0 |
"""


def test_the_table_whose_column_the_question_names_before_another_holding_the_row() -> None:
    """The budget's "Kommunstyrelsen (Ny räddningsstation)" names the project too; "den reviderade budgeten" is read in
    the revision's "Reviderad budget 2025"."""
    budget = LoadedDocument(path="b.md", sha256="b", meta=DocumentMeta(title="Budget"), text=BUDGET)
    book = FigureBook((DocumentFigures(doc_path="b.md", sha256="b", title="Budget", doc_type="budget", date=None,
                                       tables=tuple(parse_tables(budget)), amounts=()), *_book().documents))
    answer = answer_figures("Vad blev den reviderade budgeten 2025 för nya räddningsstationen?", book)
    assert answer is not None and answer.calculation is not None, answer
    assert [str(i.value) for i in answer.calculation.inputs] == ["18000"]

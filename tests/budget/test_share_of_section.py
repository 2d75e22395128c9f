"""A share of a section that has no row of its own ("hur stor andel av socialnämndens nettokostnad är hemtjänsten",
the committee a heading over its activities, no "Summa" row): the whole is the sum of the section's rows, each
cited, in the column the question's words name ("nettokostnad") though another of its words names a kind of
table ("driftbudget")."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

ACTIVITIES = """Driftbudget 2025 per verksamhet

Belopp i tkr

| Verksamhet | Intäkter | Kostnader | Nettokostnad |
|---|---|---|---|
| Kommunstyrelsen |  |  |  |
|   Kommunledning | 4200 | 35400 | 31200 |
|   Räddningstjänst | 2100 | 16900 | 14800 |
| Socialnämnden |  |  |  |
|   Särskilt boende | 21400 | 124000 | 102600 |
|   Hemtjänst | 8700 | 66600 | 57900 |
|   Individ- och familjeomsorg | 4100 | 37900 | 33800 |
| Totalt | 40500 | 280800 | 240300 |
"""

COMMITTEES = """Driftbudget 2025 och plan 2026–2027

Belopp i mnkr

| Nämnd | Budget 2025 | Plan 2026 | Plan 2027 |
|---|---|---|---|
| Kommunstyrelsen | 46,0 | 47,0 | 48,0 |
| Socialnämnden | 194,3 | 198,0 | 202,0 |
| Summa nämnder | 240,3 | 245,0 | 250,0 |
"""


def _doc(path: str, title: str, text: str) -> DocumentFigures:
    doc = LoadedDocument(path=path, sha256=path, meta=DocumentMeta(title=title), text=text)
    return DocumentFigures(doc_path=path, sha256=path, title=title, doc_type="budget", date=None,
                           tables=tuple(parse_tables(doc)), amounts=())


def _answer(question: str, *texts: tuple[str, str, str]):  # type: ignore[no-untyped-def]
    answer = answer_figures(question, FigureBook(tuple(_doc(*t) for t in texts)))
    assert answer is not None and answer.calculation is not None and not answer.refused
    return answer


def test_a_share_of_a_section_without_its_own_row_is_of_the_sum_of_its_rows() -> None:
    answer = _answer("hur stor andel av socialnämndens nettokostnad 2025 är hemtjänsten?",
                     ("a.md", "Driftbudget", ACTIVITIES))
    assert round(answer.calculation.result, 1) == Decimal("29.8")  # 57 900 of 194 300
    assert "av Socialnämnden" in answer.text


def test_the_section_is_read_where_the_part_stands_though_another_table_names_it_as_a_row() -> None:
    answer = _answer("hur stor del av socialnämndens nettokostnad 2025 är hemtjänsten enligt driftbudget per verksamhet?",
                     ("b.md", "Budget 2025", COMMITTEES), ("a.md", "Driftbudget", ACTIVITIES))
    assert round(answer.calculation.result, 1) == Decimal("29.8")

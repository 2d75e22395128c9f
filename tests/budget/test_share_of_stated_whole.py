"""A share of the whole the question names no row for ("andel av nämndernas totala budget") is read in a table
stating that whole in a total row, not in another table of the same committees without one, nor in a table of
their activities holding each committee's sum under its section only, when tables of other kinds hold the
committee too."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

SHEET = """Driftbudget 2025 per verksamhet

Belopp i tkr

| Verksamhet | Intäkter | Kostnader | Nettokostnad |
|---|---:|---:|---:|
| Barn- och ungdomsnämnden | | | |
| Förskola | 21400 | 189700 | 168300 |
| Gymnasieskola | 14200 | 127000 | 112800 |
| Summa barn- och ungdomsnämnden | 35600 | 316700 | 281100 |
| Vård- och omsorgsnämnden | | | |
| Hemtjänst | 18900 | 161700 | 142800 |
| Summa vård- och omsorgsnämnden | 18900 | 161700 | 142800 |
"""

INVESTMENTS = """Investeringsbudget 2025–2027

Belopp i mnkr

| Projekt | Budget 2025 | Plan 2026 |
|---|---:|---:|
| Barn- och ungdomsnämnden | 80,5 | 61,0 |
| Vård- och omsorgsnämnden | 12,0 | 8,0 |
| Summa | 92,5 | 69,0 |
"""

PAGE = """Nämndernas ramar

| Nämnd | Budget 2024, mnkr | Budget 2025, mnkr |
|---|---:|---:|
| Kommunstyrelsen | 142,4 | 148,9 |
| Barn- och ungdomsnämnden | 598,2 | 612,5 |
| Vård- och omsorgsnämnden | 468,9 | 489,6 |
"""

BUDGET = """Driftbudget 2025–2027

Belopp i tkr

| Nämnd | Budget 2024 | Budget 2025 | Plan 2026 |
|---|---:|---:|---:|
| Kommunstyrelsen | 142380 | 148920 | 151400 |
| Barn- och ungdomsnämnden | 598240 | 612450 | 624800 |
| Vård- och omsorgsnämnden | 468900 | 489600 | 503200 |
| Summa nämnder | 1209520 | 1250970 | 1279400 |
"""


def doc(path: str, title: str, text: str) -> DocumentFigures:
    loaded = LoadedDocument(path=path, sha256="0", meta=DocumentMeta(title=title), text=text)
    return DocumentFigures(doc_path=path, sha256="0", title=title, doc_type="budget", date=None,
                           tables=tuple(parse_tables(loaded)), amounts=())


def test_the_share_of_the_whole_is_read_where_the_whole_is_stated() -> None:
    book = FigureBook((doc("beslutad.html", "Budget 2025 är beslutad", PAGE), doc("budget.pdf", "Budget 2025", BUDGET),
                       doc("drift.xlsx", "Driftbudget per verksamhet", SHEET),
                       doc("investeringar.pdf", "Investeringar", INVESTMENTS)))
    answer = answer_figures("Hur stor andel av nämndernas totala budget 2025 går till barn- och ungdomsnämnden?", book)
    assert answer is not None and not answer.refused
    assert "49,0 %" in answer.text and "1 250 970" in answer.text

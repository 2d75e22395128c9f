"""A table's own kind of column named beside two kinds held against each other ("hur stor andel av budgeten användes
2024 för de projekt som ombudgeteras": "Ombudgeteras till 2025" beside Budget and Utfall) says whose rows are meant:
the table holding it, its total row."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.plan import plan_question
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

MINUTES = """Protokoll kommunstyrelsen 2025-03-11

§ 31 Ombudgetering av investeringsmedel från 2024

| Projekt | Budget 2024, tkr | Utfall 2024, tkr | Ombudgeteras till 2025, tkr |
|---|---|---|---|
| Ny förskola Haganäs | 12 000 | 4 350 | 7 650 |
| Renovering simhall | 6 500 | 1 200 | 5 300 |
| Gång- och cykelväg | 26 000 | 10 500 | 15 500 |
| Summa | 44 500 | 16 050 | 28 450 |
"""

REPORT = """Årsredovisning 2024

Driftredovisning per nämnd, tkr

| Nämnd | Budget 2024 | Utfall 2024 |
|---|---|---|
| Kommunstyrelsen | 148 200 | 144 900 |
| Socialnämnden | 310 000 | 318 400 |
| Summa | 458 200 | 463 300 |
"""


def _book() -> FigureBook:
    docs = [LoadedDocument(path=path, text=text, sha256=path, meta=DocumentMeta(title=text.splitlines()[0], date=date))
            for path, text, date in (("ar.md", REPORT, "2025-04-20"), ("ks.md", MINUTES, "2025-03-11"))]
    return FigureBook(tuple(extract_figures(d) for d in docs))


def test_the_own_kind_named_says_whose_rows_are_read() -> None:
    question = "Hur stor andel av budgeten användes 2024 för de projekt som ombudgeteras?"
    assert plan_question(question, _book().index.lexicon).within == "Ombudgeteras"
    answer = answer_figures(question, _book())
    assert answer is not None and answer.calculation is not None, answer
    assert round(answer.calculation.result, 1) == Decimal("36.1"), answer.text


def test_no_own_kind_named_restricts_nothing() -> None:
    assert plan_question("Hur stor andel av budgeten användes 2024?", _book().index.lexicon).within is None

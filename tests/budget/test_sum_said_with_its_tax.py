""""How much of every 100 kronor of municipal tax goes to X?": the sum and what it is of ("of municipal tax", "av
100 kr i skatt") name the table's column and title, no row of another table (the tax rate, the tax revenue)."""
from __future__ import annotations

import pytest

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

REPORT = """Årsredovisning 2024

Fem år i sammandrag

| Nyckeltal | 2023 | 2024 |
|---|---|---|
| Antal invånare 31 december | 40 156 | 40 327 |
| Kommunal skattesats, kr | 22,14 | 22,14 |

Resultaträkning, mnkr

| Post | Utfall 2023 | Utfall 2024 |
|---|---|---|
| Skatteintäkter | 1 928,3 | 2 004,9 |
| Årets resultat | 53,9 | 60,2 |
"""
PAGE = """Så används din skatt

Fördelning per 100 kronor i skatt 2025

| Verksamhet | Kronor av 100 |
|---|---|
| Förskola | 11,80 |
| Grundskola och fritidshem | 22,40 |
| Äldreomsorg | 18,60 |
| Övrigt | 47,20 |
| Totalt | 100,00 |
"""


def _book() -> FigureBook:
    docs = [LoadedDocument(path=p, text=t, sha256=p, meta=DocumentMeta(title=title, date=date, municipality="Åsby"))
            for p, t, title, date in (("asby/ar.md", REPORT, "Årsredovisning 2024", "2025-04-01"),
                                      ("asby/skatt.html", PAGE, "Så används din skatt", "2025-01-20"))]
    return FigureBook(tuple(extract_figures(d) for d in docs))


@pytest.mark.parametrize("question, language", [
    ("hur många kronor av 100 kr i skatt går till grundskola och fritidshem?", "sv"),
    ("how much of every 100 kronor of municipal tax goes to Grundskola och fritidshem?", "en"),
])
def test_the_sum_and_its_tax_name_the_column_not_another_row(question: str, language: str) -> None:
    answer = answer_figures(question, _book(), language=language)
    assert answer is not None and not answer.refused and "22" in answer.text and "40" in answer.text

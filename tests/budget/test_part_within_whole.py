"""A row said with the whole it is part of ("räddningstjänst under kommunstyrelsen", "socialnämndens äldreomsorg"):
the part's figure, not the whole's; a row named with an attribute in parentheses is named without it too."""
from __future__ import annotations

import pytest

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

BUDGET = """Budget och plan 2025–2027

Tabell 7. Kommunbidrag per nämnd, mnkr

| Nämnd | Budget 2024 | Budget 2025 |
|---|---:|---:|
| Kommunstyrelsen | 107,2 | 110,7 |
| Socialnämnden | 368,0 | 382,1 |

Tabell 8. Driftbudget per nämnd och verksamhet, tkr

| Nämnd / verksamhet | Budget 2024 | Budget 2025 |
|---|---:|---:|
| Kommunstyrelsen | | |
| Kommunledning | 47 200 | 48 630 |
| Räddningstjänst (Nerikes brandkår) | 23 150 | 24 300 |
| Summa kommunstyrelsen | 70 350 | 72 930 |
| Socialnämnden | | |
| Äldreomsorg | 203 910 | 212 640 |
| Individ- och familjeomsorg | 60 150 | 61 870 |
| Summa socialnämnden | 264 060 | 274 510 |

Tabell 9. Utbildningsnämnden – budget per verksamhet 2025, tkr

| Verksamhet | Kostnader | Nettobudget 2025 |
|---|---:|---:|
| Förskola | 131 840 | 117 580 |
| Grundskola | 236 950 | 218 220 |
| Summa Utbildningsnämnden | 368 790 | 335 800 |

Tabell 10. Driftbudget per nämnd, tkr

| Nämnd | Budget 2025 |
|---|---:|
| Utbildningsnämnden | 335 800 |
| Socialnämnden | 274 510 |
"""


@pytest.fixture(scope="module")
def book() -> FigureBook:
    doc = LoadedDocument(path="hallby/budget.md", text=BUDGET, sha256="h",
                         meta=DocumentMeta(title="Budget och plan 2025–2027", date="2024-11-25", doc_type="budget",
                                           municipality="Hallby"))
    return FigureBook((extract_figures(doc),))


@pytest.mark.parametrize("question, figure, whole", [
    ("Hur mycket är budgeterat för räddningstjänst under kommunstyrelsen 2025?", "24 300 tkr", "72 930"),
    ("Hur mycket får räddningstjänsten 2025?", "24 300 tkr", "72 930"),
    ("Vad är budgeten för kommunledning inom kommunstyrelsen 2025?", "48 630 tkr", "72 930"),
    ("Hur mycket får socialnämndens äldreomsorg 2025?", "212 640 tkr", "274 510"),
    ("Vad är nettobudgeten för förskola inom utbildningsnämnden 2025?", "117 580 tkr", "335 800"),
])
def test_the_part_said_within_its_whole_is_read(book: FigureBook, question: str, figure: str, whole: str) -> None:
    answer = answer_figures(question, book)
    assert answer is not None and figure in answer.text and whole not in answer.text


def test_two_rows_joined_by_och_stay_two(book: FigureBook) -> None:
    answer = answer_figures("Hur mycket får äldreomsorgen och socialnämnden 2025?", book)
    assert answer is not None and "212 640 tkr" in answer.text and ("382,1" in answer.text or "274 510" in answer.text)


def test_a_list_of_a_whole_and_its_part_asks_both() -> None:
    """"kommunstyrelsen, räddningstjänsten och ...": a list, no genitive; each row is asked."""
    from assistant.budget.matching import Lexicon, match_rows

    doc = LoadedDocument(path="l.md", text=BUDGET, sha256="l", meta=DocumentMeta(title="Budget", doc_type="budget"))
    lexicon = Lexicon.build(FigureBook((extract_figures(doc),)).tables)
    labels = [m.label for m in match_rows("hur mycket får kommunstyrelsen, räddningstjänsten och äldreomsorgen 2025?",
                                          lexicon)]
    assert labels[0] == "Kommunstyrelsen" and len(labels) == 3

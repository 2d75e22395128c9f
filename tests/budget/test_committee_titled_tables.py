"""A row several committees' own tables hold ("Nettokostnad" of "Socialnämnden – ekonomisk sammanställning"), asked
with a committee's name ("socialnämndens nettokostnad"), is read in the table the name titles."""
from __future__ import annotations

import pytest

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

BUDGET = """Mål och budget 2026 Norrby kommun

Tabell 6. Resultatbudget 2026–2028, belopp i mnkr

| Mnkr | Bokslut 2024 | Budget 2026 | Plan 2027 |
|---|---:|---:|---:|
| Verksamhetens intäkter | 512,4 | 530,2 | 541,0 |
| Verksamhetens nettokostnader | -2 154,9 | -2 340,3 | -2 420,4 |
| Nettokostnadsandel, % | 98,4 | 97,0 | 97,5 |
| Årets resultat | 28,4 | 45,3 | 40,6 |

Tabell 7. Driftbudget 2026–2028, mnkr

| Mnkr | Budget 2026 | Plan 2027 | Plan 2028 |
|---|---:|---:|---:|
| Kommunstyrelsen | -150,0 | -152,0 | -155,0 |
| Bildningsnämnden | -1 012,3 | -1 030,0 | -1 050,0 |
| Socialnämnden | -318,4 | -325,0 | -331,0 |
| Verksamhetens nettokostnad | -2 340,3 | -2 420,4 | -2 491,8 |

Tabell 12. Bildningsnämnden – ekonomisk sammanställning, tkr

| Tkr | Bokslut 2024 | Budget 2025 | Budget 2026 |
|---|---:|---:|---:|
| Intäkter | 168 420 | 159 800 | 163 500 |
| Kostnader | -1 130 290 | -1 138 250 | -1 175 800 |
| Nettokostnad | 961 870 | 978 450 | 1 012 300 |

Tabell 13. Socialnämnden – ekonomisk sammanställning, tkr

| Tkr | Bokslut 2024 | Budget 2025 | Budget 2026 |
|---|---:|---:|---:|
| Intäkter | 74 310 | 70 100 | 71 900 |
| Kostnader | -383 950 | -371 300 | -390 300 |
| Nettokostnad | 309 640 | 301 200 | 318 400 |
"""


@pytest.fixture(scope="module")
def book() -> FigureBook:
    doc = LoadedDocument(path="norrby/budget.md", text=BUDGET, sha256="n",
                         meta=DocumentMeta(title="Mål och budget 2026", date="2025-11-17", doc_type="budget",
                                           municipality="Norrby"))
    return FigureBook((extract_figures(doc),))


def test_the_committee_named_picks_the_table_its_name_titles(book: FigureBook) -> None:
    answer = answer_figures("Vad var socialnämndens nettokostnad 2024?", book)
    assert answer is not None and "309 640 tkr" in answer.text and "Socialnämnden" in answer.text
    other = answer_figures("Vad var bildningsnämndens nettokostnad 2024?", book)
    assert other is not None and "961 870 tkr" in other.text

"""A figure per inhabitant of a year the count's first table lacks: the same count under another name in a table
that has the year ("Invånare totalt" of earlier years, "Folkmängd 31 december" with a forecast)."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.matching import names_same_thing
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

ÅSBY = """Mål och budget 2031 Åsby kommun

Tabell 1. Nyckeltal jämfört med riket

| Nyckeltal | 2027 | 2028 | 2029 |
|---|---:|---:|---:|
| Invånare totalt, antal | 20 100 | 20 200 | 20 300 |
| Nettokostnad äldreomsorg, kr/invånare 80+ | 240 000 | 250 000 | 260 000 |

Tabell 2. Folkmängd

| År | Folkmängd 31 december |
|---|---:|
| 2029 | 20 300 |
| 2030 (prognos) | 20 400 |
| 2031 (prognos) | 20 500 |

Tabell 3. Resultatbudget (mnkr)

| Mnkr | Budget 2030 | Budget 2031 |
|---|---:|---:|
| Verksamhetens nettokostnader | -1 400,0 | -1 435,0 |
| Årets resultat | 20,0 | 25,0 |
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="asby/mb.md", text=ÅSBY, sha256="asby",
                         meta=DocumentMeta(title="Mål och budget 2031", date="2030-11-20", doc_type="budget",
                                           municipality="Åsby"))
    return FigureBook((extract_figures(doc),))


def test_a_row_word_of_the_same_group_names_the_same_count():
    assert names_same_thing("Invånare totalt, antal", "Folkmängd 31 december")
    assert not names_same_thing("Invånare totalt, antal", "Årets resultat")


def test_the_count_of_the_asked_year_comes_from_the_table_that_has_it():
    answer = answer_figures("Vad blir verksamhetens nettokostnad per invånare 2031?", _book())
    assert answer is not None and not answer.refused
    assert answer.calculation.operation == "per"
    assert answer.calculation.result.quantize(Decimal(1)) == Decimal(70000)  # 1 435,0 mnkr / 20 500
    assert "Folkmängd 31 december" in answer.text


INVESTMENTS = """Investeringsbudget, tkr

| Projekt | Budget 2025 | Plan 2026 |
|---|---:|---:|
| Ny förskola | 38 500 | 22 000 |
| Gator och vägar | 79 500 | 106 300 |
| Summa investeringar | 118 000 | 128 300 |

Fem år i sammandrag

| Nyckeltal | 2023 | 2024 |
|---|---:|---:|
| Antal invånare 31/12 | 29 790 | 29 850 |
"""


def test_a_kind_of_table_per_inhabitant_is_its_total_over_the_latest_count_before_its_year() -> None:
    # "investerar per invånare 2025": the investments' total; the count table ends in 2024, the population the
    # budget is built on
    from assistant.budget.store import DocumentFigures, FigureBook
    from assistant.budget.tables import parse_tables
    from core.types import DocumentMeta, LoadedDocument

    doc = LoadedDocument(path="r.md", sha256="0", meta=DocumentMeta(title="Budget 2025"), text=INVESTMENTS)
    figures = FigureBook((DocumentFigures(doc_path="r.md", sha256="0", title="Budget 2025", doc_type="budget",
                                          date=None, tables=tuple(parse_tables(doc)), amounts=()),))
    answer = answer_figures("hur mycket investerar kommunen per invånare 2025?", figures)
    assert answer is not None and not answer.refused and "3 953" in answer.text, answer and answer.text

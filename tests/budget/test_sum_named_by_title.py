"""A table whose title names the sum its figures are of ("Fördelning av 100 kronor i kommunalskatt" over a column
"Kronor") is the one "av varje hundralapp" names, as a column "Kronor av 100" is: its rows are sought there first, and
the title's words ("skatt" the head of "kommunalskatt", "hundralapp" the note of its 100) are no other topic."""
from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

SHARES = """Så används din skatt

Fördelning av 100 kronor i kommunalskatt, budget 2025

| Verksamhet | Kronor |
|---|---|
| Förskola och grundskola | 31,60 |
| Äldreomsorg och stöd till personer med funktionsnedsättning | 31,80 |
| Gymnasieskola och vuxenutbildning | 9,20 |
| Individ- och familjeomsorg | 6,49 |
| Totalt | 100,00 |
"""

RESULTS = """Resultatbudget

| Mnkr | Budget 2025 | Plan 2026 |
|---|---|---|
| Verksamhetens nettokostnader | -540,0 | -556,0 |
| Skatteintäkter | 420,0 | 433,0 |
| Årets resultat | 8,0 | 9,0 |
"""

OPERATIONS = """Driftbudget per verksamhet

| Verksamhet | Budget 2025 |
|---|---|
| Gymnasieskola | 61 000 |
| Vård- och omsorgsnämnden | 250 000 |
"""


def _book() -> FigureBook:
    texts = (("skatt.html", "Så används din skatt", SHARES), ("budget.pdf", "Budget 2025", RESULTS),
             ("drift.xlsx", "Driftbudget", OPERATIONS))
    docs = [LoadedDocument(path=path, sha256=str(i), meta=DocumentMeta(title=title, date="2025-01-15"), text=text)
            for i, (path, title, text) in enumerate(texts)]
    return FigureBook(tuple(extract_figures(d) for d in docs))


def test_the_sum_in_the_title_names_the_tables_rows() -> None:
    answer = answer_figures("hur många kronor av varje hundralapp i skatt går till äldreomsorgen?", _book())
    assert answer is not None and not answer.refused
    assert answer.calculation.result == Decimal("31.80")


def test_a_synonyms_row_is_the_one_of_the_table_the_sum_names() -> None:
    answer = answer_figures("hur mycket av en hundralapp i skatt går till skolan totalt, alltså förskola grundskola "
                            "och gymnasiet ihop?", _book())
    assert answer is not None and not answer.refused
    assert answer.calculation.result == Decimal("40.80")


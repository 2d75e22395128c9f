"""Two kinds of column held against each other for a row only a table without both kinds holds: the row of a table
holding both whose label holds the words the question said."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

REPORT = """Delårsrapport januari–augusti 2024 Norrby kommun

Tabell 2. Resultaträkning, mnkr

| | Utfall jan–aug 2024 | Budget 2024 | Prognos 2024 |
|---|---:|---:|---:|
| Verksamhetens nettokostnader | -521,6 | -786,9 | -798,7 |
| Skatteintäkter | 372,8 | 556,9 | 558,4 |
| Periodens/årets resultat | 15,0 | 11,9 | 4,8 |

Tabell 7. Balanskravsutredning, mnkr

| | Bokslut 2023 | Prognos 2024 |
|---|---:|---:|
| Årets resultat enligt resultaträkningen | 9,8 | 4,8 |
| Reducering av realisationsvinster | -0,5 | 0,0 |
"""


def test_the_forecast_against_the_budget_reads_the_row_of_a_table_with_both() -> None:
    doc = LoadedDocument(path="d.md", text=REPORT, sha256="d",
                         meta=DocumentMeta(title="Delårsrapport 2024", date="2024-09-30", doc_type="report"))
    answer = answer_figures("Prognosen för årets resultat ligger under budget. Hur mycket sämre är den i procent?",
                            FigureBook((extract_figures(doc),)))
    assert answer is not None and answer.calculation is not None
    assert [i.label for i in answer.calculation.inputs] == ["Periodens/årets resultat"] * 2
    assert round(answer.calculation.result, 1) == Decimal("-59.7")

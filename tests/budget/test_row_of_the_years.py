"""A table the question's word titles ("befolkningen": "Befolkning efter ålder") lacking a year asked gives way to
the row the word names in a table holding every year ("Invånare 31 dec" of the key figures)."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

FIGURES = """Nyckeltal

Nyckeltal 2019–2023

| Nyckeltal | 2019 | 2020 | 2021 | 2022 | 2023 |
|---|---|---|---|---|---|
| Invånare 31 dec | 7043 | 6983 | 6921 | 6838 | 6771 |
| Skattesats (kr) | 22,84 | 22,84 | 22,84 | 22,84 | 22,84 |

Befolkning efter ålder, 31 december

| Åldersgrupp | 2021 | 2022 | 2023 |
|---|---|---|---|
| 0–19 år | 1301 | 1274 | 1249 |
| 20 år och äldre | 5620 | 5564 | 5522 |
| Totalt | 6921 | 6838 | 6771 |
"""


REPORT = """Årsredovisning 2023

Tabell 3. Femårsöversikt

| Femårsöversikt | 2019 | 2020 | 2021 | 2022 | 2023 |
|---|---|---|---|---|---|
| Antal invånare 31 dec | 7043 | 6983 | 6921 | 6838 | 6771 |
| Årets resultat, mnkr | 4,2 | 19,6 | 24,1 | 1,1 | 8,7 |
"""

BUDGET = """Mål och budget 2025–2027

Tabell 6. Nyckeltal

| Nyckeltal | 2023 | 2024 | 2025 |
|---|---|---|---|
| Invånare 1 nov föregående år | 6838 | 6771 | 6700 |
| Nettokostnad, kr per invånare | 84367 | 88598 | 91000 |
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="aby/nyckeltal.txt", text=FIGURES, sha256="nt",
                         meta=DocumentMeta(title="Nyckeltal", doc_type="annual_report", municipality="Aby"))
    report = LoadedDocument(path="aby/arsredovisning.txt", text=REPORT, sha256="ar",
                            meta=DocumentMeta(title="Årsredovisning 2023", doc_type="annual_report",
                                              municipality="Aby"))
    budget = LoadedDocument(path="aby/budget.txt", text=BUDGET, sha256="mb",
                            meta=DocumentMeta(title="Mål och budget 2025–2027", doc_type="budget", municipality="Aby"))
    return FigureBook((extract_figures(report), extract_figures(budget), extract_figures(doc)))


def test_a_year_the_titled_table_lacks_is_read_in_the_row_its_word_names() -> None:
    answer = answer_figures("Hur mycket har befolkningen minskat mellan 2019 och 2023 enligt nyckeltalen?", _book())
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal("-272")


def test_the_titled_tables_total_answers_the_years_it_holds() -> None:
    answer = answer_figures("Hur mycket har befolkningen minskat mellan 2021 och 2023?", _book())
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal("-150")

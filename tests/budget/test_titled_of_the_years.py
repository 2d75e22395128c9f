"""A row standing only in tables without the years asked is read as the grand total of the one table holding those
years whose title the question's words name: the population 2019–2024 of a statistics sheet, not the five-year
overview ending 2023."""
from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

OVERVIEW = """Femårsöversikt

| | 2019 | 2020 | 2021 | 2022 | 2023 |
|---|---:|---:|---:|---:|---:|
| Antal invånare 31 dec | 15 992 | 16 048 | 16 120 | 16 215 | 16 318 |
| Årets resultat, mnkr | 20,1 | 31,5 | 40,2 | 25,3 | 26,7 |
"""

POPULATION = """Antal invånare den 31 december

| Åldersgrupp | 2019 | 2020 | 2021 | 2022 | 2023 | 2024 |
|---|---:|---:|---:|---:|---:|---:|
| 0–5 år | 1085 | 1079 | 1091 | 1104 | 1112 | 1098 |
| 6–64 år | 12728 | 12753 | 12783 | 12825 | 12864 | 12910 |
| 65 år och äldre | 2179 | 2216 | 2246 | 2286 | 2342 | 2397 |
| Totalt | 15992 | 16048 | 16120 | 16215 | 16318 | 16405 |
"""


def _book() -> FigureBook:
    docs = [LoadedDocument(path=p, text=t, sha256=p, meta=DocumentMeta(title=title))
            for p, t, title in (("ar.md", OVERVIEW, "Årsredovisning 2023"), ("stat.md", POPULATION, "Statistik"))]
    return FigureBook(tuple(extract_figures(d) for d in docs))


def test_the_population_of_years_the_overview_lacks_is_the_total_of_the_table_titled_by_it() -> None:
    answer = answer_figures("hur många procent har befolkningen ökat mellan 2019 och 2024?", _book())
    assert answer is not None and not answer.refused and answer.calculation is not None
    assert round(answer.calculation.result, 1) == Decimal("2.6")


def test_years_the_row_s_own_table_holds_are_read_there() -> None:
    answer = answer_figures("hur många procent har befolkningen ökat mellan 2019 och 2023?", _book())
    assert answer is not None and answer.calculation is not None
    assert any(i.label == "Antal invånare 31 dec" for i in answer.calculation.inputs)

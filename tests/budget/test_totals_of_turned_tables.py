"""Statistics tables with years down the first column: a "Totalt" above or below the measures that sum to it is
their total (and one that does not sum is no total); a source note after the title ("Källa: SCB") is no part of
the title; a question naming the title's measure in another word of its group ("befolkningen" for "Antal
invånare") is answered by that table's total, not by a table of a rate "per invånare". Figures by hand."""
from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

POPULATION = """Antal invånare den 31 december. Källa: SCB

| År | Totalt | 0–19 år | 20–64 år | 65 år och äldre | Förändring mot föregående år |
|---|---|---|---|---|---|
| 2019 | 11556 | 2489 | 5981 | 3086 | |
| 2020 | 11522 | 2474 | 5920 | 3128 | -34 |
| 2024 | 11312 | 2394 | 5736 | 3182 | -41 |

Kronor per invånare. Källa: SCB, Räkenskapssammandraget

| År | Förskola | Äldreomsorg |
|---|---|---|
| 2023 | 11240 | 25870 |
| 2024 | 11690 | 26950 |
"""

BELOW = """Befolkning per åldersgrupp (antal invånare)

| År | 0–19 år | 20–64 år | 65 år– | Totalt | Totalt exklusive barn |
|---|---|---|---|---|---|
| 2023 | 2010 | 5142 | 2826 | 9978 | 7000 |
| 2024 | 1988 | 5110 | 2852 | 9950 | 6960 |
"""


def doc(text: str) -> LoadedDocument:
    return LoadedDocument(path="s.md", sha256="0", meta=DocumentMeta(title="Statistik"), text=text)


def test_a_total_on_top_of_the_measures_it_sums() -> None:
    table = parse_tables(doc(POPULATION))[0]
    assert table.title == "Antal invånare den 31 december"
    totals = [r.label for r in table.rows if r.is_total]
    assert totals == ["Totalt"]  # "Förändring mot föregående år" after the parts is none of them


def test_a_total_below_the_measures_it_sums_and_one_that_does_not_sum() -> None:
    (table,) = parse_tables(doc(BELOW))
    assert [r.label for r in table.rows if r.is_total] == ["Totalt"]


def test_the_population_asked_in_another_word_is_the_tables_total() -> None:
    figures = DocumentFigures(doc_path="s.md", sha256="0", title="Statistik", doc_type="other", date=None,
                              tables=tuple(parse_tables(doc(POPULATION))), amounts=())
    answer = answer_figures("hur mycket har befolkningen minskat från 2019 till 2024?", FigureBook((figures,)))
    assert answer is not None and not answer.refused
    assert answer.calculation.result == Decimal(-244)


HEADED = """Befolkning i Bräcke kommun 2019–2024
Antal personer per 31 december. Källa: SCB

| År | Totalt | 0–19 år | 20–64 år | 65 år och äldre |
|---|---|---|---|---|
| 2019 | 6512 | 1000 | 3656 | 1856 |
| 2023 | 6391 | 980 | 3503 | 1908 |
| 2024 | 6377 | 975 | 3478 | 1924 |
"""

KEY_FIGURES = """Nyckeltal

| Nyckeltal | Bokslut 2023 | Prognos 2024 | Budget 2025 |
|---|---:|---:|---:|
| Invånare 31 december | 6391 | 6377 | 6380 |
| Skattesats, kronor | 22,39 | 22,39 | 22,39 |
"""


def test_a_caption_of_what_is_counted_and_its_source_under_a_heading_is_no_title() -> None:
    (table,) = parse_tables(doc(HEADED))
    assert table.title == "Befolkning i Bräcke kommun 2019–2024"
    assert table.unit.value == "antal"


def test_a_row_lacking_a_year_asked_is_the_total_of_the_table_titled_by_it_that_has_them() -> None:
    # "befolkningen" names the key figures' "Invånare 31 december", which lacks 2019; the table titled
    # "Befolkning ..." has every year asked, and its "Totalt" is the population
    tables = tuple(parse_tables(doc(HEADED))) + tuple(parse_tables(doc(KEY_FIGURES)))
    figures = DocumentFigures(doc_path="s.md", sha256="0", title="Statistik", doc_type="other", date=None,
                              tables=tables, amounts=())
    answer = answer_figures("med hur många procent har befolkningen minskat från 2019 till 2024?",
                            FigureBook((figures,)))
    assert answer is not None and not answer.refused
    assert answer.calculation.operation == "percent_change"
    assert round(answer.calculation.result, 2) == Decimal("-2.07")


def test_a_title_compound_opening_with_the_word_asked_names_the_table() -> None:
    # "befolkning" is the first part of "Befolkningsutveckling", joined by "s": the table's total is the population
    text = HEADED.replace("Befolkning i Bräcke kommun", "Befolkningsutveckling i Bräcke kommun")
    figures = DocumentFigures(doc_path="s.md", sha256="0", title="Statistik", doc_type="other", date=None,
                              tables=tuple(parse_tables(doc(text))), amounts=())
    answer = answer_figures("hur mycket har befolkningen minskat från 2019 till 2024?", FigureBook((figures,)))
    assert answer is not None and not answer.refused
    assert answer.calculation.result == Decimal(-135)

"""A table of key figures captioned after its name with the measures of its rows ("Verksamhetsstatistik 2019–2023
(Antal personer/platser per 31 december; nettokostnad i kronor per invånare)"): the rows naming no measure are what the
first clause counts, the row naming "kr/inv" is kronor, and the table is no operating budget although a clause of its
caption says "nettokostnad". Asked how many pupils there were, its count answers; asked the sick leave "bland
kommunens anställda", a table whose rows count the "Tillsvidareanställda" answers too."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from assistant.budget.matching import table_kind_of
from assistant.budget.plan import plan_question
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from assistant.budget.units import Unit
from core.types import DocumentMeta, LoadedDocument

STATISTICS = """## Verksamhetsstatistik

Fagersta kommun – verksamhetsstatistik 2019–2023
Antal personer/platser per 31 december; nettokostnad i kronor per invånare

| År | Folkmängd | Barn i förskola | Elever i grundskola | Nettokostnad kr/inv |
|---|---|---|---|---|
| 2021 | 13541 | 641 | 1526 | 63350 |
| 2022 | 13497 | 629 | 1519 | 66120 |
| 2023 | 13468 | 617 | 1507 | 66260 |
"""

STAFF = """## Personal

Personalstatistik, Arboga kommun
Antal per 31 augusti respektive procent

| År | Tillsvidareanställda | Sjukfrånvaro % |
|---|---|---|
| 2021 | 1163 | 8,8 |
| 2022 | 1171 | 8,1 |
"""


def _book(text: str) -> FigureBook:
    doc = LoadedDocument(path="s.md", sha256="s", meta=DocumentMeta(title="Statistik"), text=text)
    return FigureBook((DocumentFigures(doc_path="s.md", sha256="s", title="Statistik", doc_type="statistik",
                                       date=None, tables=tuple(parse_tables(doc)), amounts=()),))


def test_the_rows_the_first_clause_of_the_parenthesis_measures_are_counts() -> None:
    table = _book(STATISTICS).tables[0]
    assert table.unit is Unit.NUMBER, table
    rows = {r.label: r for r in table.rows}
    assert table.cell(rows["Elever i grundskola"], 0).unit is Unit.NUMBER
    assert table.cell(rows["Nettokostnad kr/inv"], 0).unit is Unit.KR


def test_a_measure_clause_in_parentheses_names_no_kind_of_table() -> None:
    assert table_kind_of(_book(STATISTICS).tables[0]) is None


def test_how_many_pupils_is_answered_by_the_count() -> None:
    answer = answer_figures("hur många elever gick i grundskolan 2021", _book(STATISTICS))
    assert answer is not None and "1 526" in answer.text and "driftsbudget" not in answer.text, answer


def test_the_staff_a_tables_rows_count_are_its_topic() -> None:
    book = _book(STAFF)
    assert plan_question("sjukfrånvaron bland kommunens anställda 2022?", book.index.lexicon).intent
    answer = answer_figures("sjukfrånvaron bland kommunens anställda 2022?", book)
    assert answer is not None and "8,1" in answer.text, answer

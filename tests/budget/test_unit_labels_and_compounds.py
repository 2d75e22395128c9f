"""A row written with its unit in one table ("Årets resultat, mnkr") is the row another table writes without it; a
mean written as one compound with the row's word ("snittresultatet") asks the mean of that row; "växa" is a change."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.matching import Lexicon
from assistant.budget.plan import parse_question
from assistant.budget.selection import find_row
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

TEXT = """Fem år i sammandrag

| | 2019 | 2020 | 2021 | 2022 | 2023 |
|---|---:|---:|---:|---:|---:|
| Verksamhetens nettokostnader, mnkr | 600,0 | 620,0 | 650,0 | 690,0 | 720,0 |
| Årets resultat, mnkr | 10,0 | 20,0 | 30,0 | 10,0 | 30,0 |

Resultaträkning (mnkr)

| | Utfall 2022 | Utfall 2023 |
|---|---:|---:|
| Verksamhetens nettokostnader | -690,0 | -720,0 |
| Skatteintäkter | 500,0 | 530,0 |
| Årets resultat | 10,0 | 30,0 |
"""


def book() -> FigureBook:
    doc = LoadedDocument(path="a.md", sha256="0", meta=DocumentMeta(title="Årsredovisning 2023"), text=TEXT)
    return FigureBook((DocumentFigures(doc_path="a.md", sha256="0", title="Årsredovisning 2023",
                                       doc_type="arsredovisning", date=None, tables=tuple(parse_tables(doc)),
                                       amounts=()),))


def test_a_row_written_with_its_unit_is_the_row_without_it() -> None:
    table = book().tables[0]
    row = find_row(table, "Verksamhetens nettokostnader")
    assert row is not None and row.label == "Verksamhetens nettokostnader, mnkr"
    assert find_row(table, "Skatteintäkter") is None


def test_a_change_over_years_only_one_table_holds_uses_that_table() -> None:
    answer = answer_figures("Med hur många procent har verksamhetens nettokostnader ökat från 2019 till 2023?", book())
    assert answer is not None and not answer.refused
    assert answer.calculation is not None and answer.calculation.result == Decimal("20")


def test_a_mean_written_as_one_compound_with_the_row() -> None:
    lexicon = Lexicon.build(book().tables)
    plan = parse_question("snittresultatet 2019-2023?", lexicon)
    assert plan.operation == "mean" and plan.rows and "resultat" in plan.rows[0].lower()
    answer = answer_figures("snittresultatet 2019-2023?", book())
    assert answer is not None and answer.calculation is not None and answer.calculation.result == Decimal("20")


def test_a_compound_that_names_no_row_stays_whole() -> None:
    lexicon = Lexicon.build(book().tables)
    assert not parse_question("medelåldern 2023?", lexicon).rows


def test_growing_is_a_change() -> None:
    lexicon = Lexicon.build(book().tables)
    plan = parse_question("Hur mycket väntas skatteintäkterna växa procentuellt från 2022 till 2023?", lexicon)
    assert plan.operation == "percent_change"

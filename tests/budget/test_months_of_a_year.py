"""A question naming a period of months ("jan-aug 2024") reads the rows of the tables with columns of those months:
a year's row ("Årets resultat") is the period's ("Periodens resultat") there (answer._rows_of_the_months); "hur
mycket bättre ... än samma period året innan" asks the change between the two years, as "hur mycket mer" does
(plan: a comparative of worth asked by how much). Figures by hand."""
from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.plan import plan_question
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

KEY_FIGURES = """Nyckeltal för kommunen

| Nyckeltal | Bokslut 2023 | Prognos 2024 | Budget 2025 |
|---|---:|---:|---:|
| Invånare 31 december | 6950 | 6971 | 6980 |
| Årets resultat | 8,8 | 6,2 | 8,9 |
"""

INTERIM = """Resultaträkning

Belopp i mnkr

| Post | Utfall jan–aug 2023 | Utfall jan–aug 2024 | Prognos helår 2024 |
|---|---:|---:|---:|
| Verksamhetens nettokostnader | -336,5 | -351,6 | -543,9 |
| Skatteintäkter | 355,5 | 373,3 | 553,2 |
| Verksamhetens resultat | 19,0 | 21,7 | 9,3 |
| Periodens resultat | 18,7 | 21,4 | 6,2 |
"""


def _book() -> FigureBook:
    docs = []
    for n, text in enumerate((KEY_FIGURES, INTERIM)):
        doc = LoadedDocument(path=f"d{n}.md", sha256=str(n), meta=DocumentMeta(title="Ekonomi"), text=text)
        docs.append(DocumentFigures(doc_path=doc.path, sha256=doc.sha256, title="Ekonomi", doc_type="other",
                                    date=None, tables=tuple(parse_tables(doc)), amounts=()))
    return FigureBook(tuple(docs))


def test_the_result_of_months_is_the_periods_result() -> None:
    answer = answer_figures("vad var resultatet jan-aug 2024?", _book())
    assert answer is not None and not answer.refused
    assert [(i.label, i.column) for i in answer.calculation.inputs] == [("Periodens resultat", "Utfall jan–aug 2024")]


def test_how_much_better_than_the_same_period_a_year_before_in_percent() -> None:
    answer = answer_figures("hur mycket bättre var resultatet jan-aug 2024 än samma period året innan, i procent?",
                            _book())
    assert answer is not None and not answer.refused
    assert answer.calculation.operation == "percent_change"
    assert round(answer.calculation.result, 1) == Decimal("14.4")


def test_a_comparative_of_worth_by_how_much_between_two_years_is_their_change() -> None:
    lexicon = _book().index.lexicon
    assert plan_question("hur mycket bättre var resultatet 2024 än 2023?", lexicon).operation == "change"
    assert plan_question("hur mycket sämre var resultatet 2024 än 2023, i procent?",
                         lexicon).operation == "percent_change"

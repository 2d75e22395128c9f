"""A table whose columns name no year (a sensitivity analysis: Omfattning, Effekt) is read, but answers no question
that names a year: a dated table with the asked row does."""
from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

TEXT = """Tabell 3. Nyckeltal
                                     Budget 2026      Budget 2027
Antal invånare 1 november                  2 660            2 640
Kommunal skattesats, kr                    24,15            24,15

Tabell 13. Känslighetsanalys (tkr)
Förändring av                      Omfattning              Effekt (tkr)
Löneförändring                     1 %                            1 930
Förändrat invånarantal             10 personer                    1 150
Generellt statsbidrag              100 kr per invånare              264
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="budget.txt", sha256="0", meta=DocumentMeta(title="Budget 2027", date="2026-11-23"),
                         text=TEXT)
    return FigureBook((extract_figures(doc),))


def test_the_yearless_table_is_read_but_the_calculator_has_only_dated_tables() -> None:
    book = _book()
    assert [t.title for t in book.documents[0].tables] == ["Tabell 3. Nyckeltal", "Tabell 13. Känslighetsanalys (tkr)"]
    assert [t.title for t in book.tables] == ["Tabell 3. Nyckeltal"]


def test_a_question_naming_no_year_does_not_reach_the_yearless_table() -> None:
    answer = answer_figures("Vad är effekten av en löneförändring?", _book())
    assert answer is None or answer.calculation is None or answer.calculation.result != Decimal(1930)


def test_a_question_naming_a_year_is_answered_from_a_dated_table() -> None:
    answer = answer_figures("How many inhabitants does the 2027 budget assume?", _book(), language="en")
    assert answer is not None and not answer.refused
    assert answer.calculation.result == Decimal(2640)

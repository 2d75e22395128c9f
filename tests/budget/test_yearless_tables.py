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


KINDS_OF_A_YEAR = """Nettokostnad per nämnd 2023, mnkr
| Nämnd | Budget | Utfall | Avvikelse |
|---|---|---|---|
| Kommunstyrelsen | 120,5 | 118,2 | 2,3 |
| Socialnämnden | 310,0 | 316,4 | -6,4 |

Driftbudget 2025 per verksamhet
| Verksamhet | Intäkter | Kostnader | Nettokostnad |
|---|---|---|---|
| Äldreomsorg | 41200 | 339600 | 298400 |
| Förskola | 14200 | 156500 | 142300 |
"""


def test_columns_of_a_year_kind_or_of_money_flows_take_the_title_year() -> None:
    doc = LoadedDocument(path="arsredovisning.txt", sha256="1", meta=DocumentMeta(title="Årsredovisning"),
                         text=KINDS_OF_A_YEAR)
    book = FigureBook((extract_figures(doc),))
    years = {t.title: [(c.label, c.year) for c in t.columns] for t in book.tables}
    assert years["Nettokostnad per nämnd 2023, mnkr"] == [("Budget", 2023), ("Utfall", 2023), ("Avvikelse", None)]
    assert years["Driftbudget 2025 per verksamhet"] == [("Intäkter", 2025), ("Kostnader", 2025), ("Nettokostnad", 2025)]
    answer = answer_figures("Vad blev utfallet för socialnämnden 2023?", book)
    assert answer is not None and answer.calculation.result == Decimal("316.4")


KEY_FIGURES = """Tabell 6. Nyckeltal per nämnd 2025
Nämnd                    Nettokostnad budget 2025, mnkr    Antal årsarbetare    Sjukfrånvaro 2023, %
Kommunstyrelsen                                  158,9                  168                   4,2
Socialnämnden                                    679,8                  905                   8,4
Bildningsnämnden                                 761,5                  812                   6,8
"""


def test_a_count_column_beside_dated_ones_is_of_the_title_year_and_named_by_what_it_counts() -> None:
    doc = LoadedDocument(path="budget.txt", sha256="2", meta=DocumentMeta(title="Budget 2025"), text=KEY_FIGURES)
    book = FigureBook((extract_figures(doc),))
    (table,) = book.tables
    assert [(c.label, c.year) for c in table.columns] == [
        ("Nettokostnad budget 2025, mnkr", 2025), ("Antal årsarbetare", 2025), ("Sjukfrånvaro 2023, %", 2023)]
    answer = answer_figures("Hur många årsarbetare har socialnämnden 2025?", book)
    assert answer is not None and answer.calculation.result == Decimal(905)


def test_a_count_asked_in_the_budget_year_is_read_from_the_counting_column_it_names() -> None:
    # "i budget 2025" says the table's year: the count is the "Antal årsarbetare" column, not the budget's mnkr
    doc = LoadedDocument(path="budget.txt", sha256="2", meta=DocumentMeta(title="Budget 2025"), text=KEY_FIGURES)
    book = FigureBook((extract_figures(doc),))
    answer = answer_figures("Hur många årsarbetare har socialnämnden i budget 2025?", book)
    assert answer is not None and answer.calculation.result == Decimal(905)

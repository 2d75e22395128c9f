"""A question word the tables write as a word of its own names the rows holding it whole, not a longer compound it
opens in another row ("förskola" is no "förskoleklass"); in the table of a column the question names by its sum
("av hundralappen": "Kronor av 100"), the one row there holding the word, though other tables' rows hold it too."""
from decimal import Decimal

from assistant.budget.store import FigureBook
from assistant.budget.answer import answer_figures
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

SHARES = """Så används din skatt

Fördelning av 100 kronor i skatt 2025

| Verksamhet | Kronor av 100 |
|---|---|
| Förskola och fritidshem | 12,40 kr |
| Grundskola och förskoleklass | 21,85 kr |
| Gymnasieskola och vuxenutbildning | 8,70 kr |
| Äldreomsorg | 20,15 kr |
| Summa | 100,00 kr |
"""

FACTS = """Nyckeltal

| Nyckeltal | 2023 | 2024 |
|---|---|---|
| Barn i förskola | 610 | 620 |
| Elever i grundskola | 1 400 | 1 420 |
"""

INVESTMENTS = """Investeringar 2025

| Projekt | Budget 2025 |
|---|---|
| Ny förskola Västanfors | 30 000 |
| Inventarier skolor | 1 500 |
| Skolgårdar och utemiljö | 2 000 |
"""


def _book(*texts: tuple[str, str, str]) -> FigureBook:
    docs = [LoadedDocument(path=path, sha256=str(i), meta=DocumentMeta(title=title, date="2025-01-15"), text=text)
            for i, (path, title, text) in enumerate(texts)]
    return FigureBook(tuple(extract_figures(d) for d in docs))


def test_the_named_columns_rows_are_summed_each_by_its_own_word() -> None:
    book = _book(("skatt.html", "Så används din skatt", SHARES), ("nyckeltal.xlsx", "Nyckeltal", FACTS),
                 ("budget.pdf", "Budget 2025", INVESTMENTS))
    answer = answer_figures("hur många kr av hundralappen går till skola och förskola totalt (förskola, grundskola "
                            "och gymnasiet)?", book)
    assert answer is not None and not answer.refused
    assert answer.calculation.result == Decimal("42.95")


def test_a_word_of_its_own_is_not_the_front_of_a_longer_compound() -> None:
    book = _book(("skatt.html", "Så används din skatt", SHARES), ("nyckeltal.xlsx", "Nyckeltal", FACTS),
                 ("budget.pdf", "Budget 2025", INVESTMENTS))
    answer = answer_figures("hur många kr av hundralappen går till förskola?", book)
    assert answer is not None and not answer.refused
    assert answer.calculation.result == Decimal("12.40")


LAXA_SHARES = """Så används din skatt

Fördelning av 100 kronor, budget 2025

| Verksamhet | Kronor |
|---|---|
| Äldreomsorg | 24 |
| Grundskola och förskoleklass | 21 |
| Förskola och fritidshem | 9 |
| Gymnasieskola och vuxenutbildning | 8 |
| Totalt | 100 |
"""

LAXA_INVESTMENTS = """Investeringar 2025

| Projekt | Budget 2025 |
|---|---|
| Ny förskola i Finnerödja | 30 000 |
"""


def test_in_the_named_tables_the_row_holding_the_word_whole_is_named() -> None:
    # "förskola" tells "Förskola och fritidshem" apart, and opens the "förskoleklass" of another row of the table
    book = _book(("skatt.html", "Så används din skatt", LAXA_SHARES), ("budget.pdf", "Budget 2025", LAXA_INVESTMENTS))
    answer = answer_figures("hur många kronor av en hundralapp går till grundskola, förskola och äldreomsorg "
                            "sammanlagt?", book)
    assert answer is not None and not answer.refused
    assert answer.calculation.result == Decimal(54)


"""A word of the question that a table's title says, also as the head of a compound ("skatt" of "kommunalskatt"),
names that table's measure when the table holds the other rows asked, not a row of another table."""
from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.selection import _all_in, _words
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

SHARES = """Fördelning av 100 kronor i kommunalskatt, budget 2026 (kronor)

| Verksamhet | Kronor |
|---|---|
| Förskola och skola | 33,20 |
| Äldreomsorg | 21,90 |
| Övrigt | 44,90 |
| Summa | 100,00 |
"""
RESULT = """Resultatbudget (mnkr)

| Post | Budget 2026 |
|---|---|
| Skatteintäkter | 812,4 |
| Generella statsbidrag | 301,1 |
"""


def test_a_compound_of_the_title_ends_with_the_word() -> None:
    assert _all_in(("skatt",), _words("Fördelning av 100 kronor i kommunalskatt"))
    assert not _all_in(("skatt",), _words("Fördelning av 100 kronor i kommunen"))


def test_the_title_word_is_the_tables_measure_not_a_row_elsewhere() -> None:
    docs = [LoadedDocument(path=f"{n}.md", text=t, sha256=n, meta=DocumentMeta(title=n, date="2025-12-01"))
            for n, t in (("andelar", SHARES), ("resultat", RESULT))]
    book = FigureBook(tuple(extract_figures(d) for d in docs))
    answer = answer_figures("Av 100 kr i skatt, hur mycket går till äldreomsorgen?", book)
    assert answer is not None and not answer.refused and answer.calculation.result == Decimal("21.90")

"""A column the question names by its own words: "kronor av varje hundralapp" names "Kronor av 100 kr" beside
"Nettokostnad budget 2025, mnkr"; "hur mycket av besparingen är personalkostnader" names the part column "Därav
personalkostnader" beside "Besparing 2025"; a verb of the question ("kostar") is no row named as a place ("Kosta")."""
from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

SHARES = """Så fördelas 100 kronor

| Verksamhet | Kronor av 100 kr | Nettokostnad budget 2025, mnkr |
|---|---|---|
| Förskola | 11,40 | 86,7 |
| Äldreomsorg | 22,30 | 169,5 |
| Övrigt | 66,30 | 504,1 |
| Totalt | 100,00 | 760,3 |
"""

PER_CAPITA = """Kronor per invånare

| Verksamhet | 2023 | 2024 | 2025 |
|---|---|---|---|
| Äldreomsorg | 27150 | 28720 | 30140 |
| Förskola | 12000 | 12500 | 13000 |
"""

SAVINGS = """Åtgärdsplan för ekonomi i balans 2025

| Nämnd | Besparing 2025, tkr | Därav personalkostnader, tkr |
|---|---|---|
| Kommunstyrelsen | 3 800 | 1 500 |
| Utbildningsnämnden | 9 200 | 6 400 |
"""

FEES = """Taxor och avgifter 2025

| Avgift | 2024 | 2025 |
|---|---|---|
| Hyra idrottshall, per timme | 260 | 280 |
| Entré simhall, vuxen | 60 | 65 |

Befolkning per ort

| Ort | 2022 | 2023 |
|---|---|---|
| Kosta | 900 | 910 |
| Lessebo | 2 700 | 2 690 |
"""


def _book(*texts: tuple[str, str, str]) -> FigureBook:
    docs = [LoadedDocument(path=path, sha256=str(i), meta=DocumentMeta(title=title, date="2025-01-15"), text=text)
            for i, (path, title, text) in enumerate(texts)]
    return FigureBook(tuple(extract_figures(d) for d in docs))


def test_a_sum_word_names_the_column_of_that_number() -> None:
    book = _book(("skatt.html", "Så används din skatt", SHARES), ("befolkning.xlsx", "Befolkning", PER_CAPITA))
    answer = answer_figures("hur många kronor av varje hundralapp går till äldreomsorgen?", book)
    assert answer is not None and not answer.refused
    assert answer.calculation.result == Decimal("22.30")


def test_without_the_sum_word_the_money_column_is_read() -> None:
    book = _book(("skatt.html", "Så används din skatt", SHARES))
    answer = answer_figures("hur stor är nettokostnaden för äldreomsorgen 2025?", book)
    assert answer is not None and answer.calculation.result == Decimal("169.5")


def test_the_part_column_named_with_its_whole_is_read() -> None:
    book = _book(("ks.docx", "Protokoll kommunstyrelsen", SAVINGS))
    answer = answer_figures("hur mycket av utbildningsnämndens besparing är personalkostnader?", book)
    assert answer is not None and answer.calculation.result == Decimal(6400)
    whole = answer_figures("hur stor är utbildningsnämndens besparing 2025?", book)
    assert whole is not None and whole.calculation.result == Decimal(9200)


def test_a_verb_is_not_read_as_a_place_row() -> None:
    book = _book(("ks.docx", "Protokoll kommunstyrelsen", FEES))
    answer = answer_figures("vad kostar det att hyra idrottshallen per timme 2025?", book)
    assert answer is not None and not answer.refused
    assert answer.calculation.result == Decimal(280)


def test_a_short_unit_of_money_asks_for_the_figure_as_the_written_out_one_does() -> None:
    prose = "Så används din skatt\n\nKommunalskatten är 22,13 kronor per hundralapp av den beskattningsbara " \
            "inkomsten år 2025.\n\n" + SHARES
    book = _book(("skatt.html", "Så används din skatt", prose))
    for question in ("hur många kr av varje hundralapp går till äldreomsorgen?",
                     "hur många kronor av varje hundralapp går till äldreomsorgen?"):
        answer = answer_figures(question, book)
        assert answer is not None and answer.calculation is not None
        assert answer.calculation.result == Decimal("22.30")

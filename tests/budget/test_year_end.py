"""The year's end said in words ("vid senaste årsskiftet") is the day a count of 31 December is of: the row counting
on that day, not the one counting on 30 June, though the question's word names both."""
from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.matching import days_named
from assistant.budget.store import FigureBook
from ingest.load import load_document
from ingest.tables import extract_figures

INTERIM = """Nyckeltal (delårsrapport)

| Nyckeltal | Jan–aug 2025 | Jan–aug 2024 |
|---|---|---|
| Antal invånare 30 juni | 15 984 | 15 902 |
| Periodens resultat, mnkr | 21,4 | 18,0 |
"""

KEY_FIGURES = """Nyckeltal 2021–2024

| Nyckeltal | 2021 | 2022 | 2023 | 2024 |
|---|---|---|---|---|
| Antal invånare 31/12 | 15 748 | 15 803 | 15 861 | 15 938 |
| Skattesats, kr | 22,15 | 22,15 | 22,15 | 22,15 |
"""


def _book(tmp_path) -> FigureBook:
    docs = []
    for name, text in (("delar.md", INTERIM), ("nyckeltal.md", KEY_FIGURES)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        docs.append(extract_figures(load_document(path, sidecar={})))
    return FigureBook(tuple(docs))


def test_the_count_of_the_years_end(tmp_path):
    answer = answer_figures("Hur många invånare fanns vid senaste årsskiftet?", _book(tmp_path))
    assert answer is not None and [v.value for v in answer.values] == [Decimal("15938")], answer


def test_the_years_end_said_in_words_is_31_december():
    assert days_named("hur många invånare vid senaste årsskiftet?") == {(31, 12)}
    assert days_named("population at the end of the year") == {(31, 12)}
    assert days_named("invånare 30 juni") == {(30, 6)}


SHEET = """Ekonomisk utveckling 2020–2024

| Mått | 2020 | 2021 | 2022 | 2023 | 2024 |
|---|---|---|---|---|---|
| Invånare 31/12 (st) | 15 712 | 15 748 | 15 803 | 15 861 | 15 938 |
| Nettokostnad per invånare, kr | 61 200 | 62 900 | 65 100 | 68 300 | 70 100 |
"""


def test_the_count_of_the_years_end_written_in_two_tables(tmp_path):
    """"invånare" is in every label here, a part of the rates' too: the counts of 31 December are one measure."""
    path = tmp_path / "sheet.md"
    path.write_text(SHEET, encoding="utf-8")
    book = _book(tmp_path)
    book = FigureBook((*book.documents, extract_figures(load_document(path, sidecar={}))))
    answer = answer_figures("Hur många invånare fanns vid senaste årsskiftet?", book)
    assert answer is not None and [v.value for v in answer.values] == [Decimal("15938")], answer

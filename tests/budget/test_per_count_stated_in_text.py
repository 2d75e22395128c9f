"""A figure per inhabitant where the row counting them lacks the figure's year ("Invånare 31 dec" of 2019–2023 for an
investment of 2025): the count the text states for that year or the latest before it, written in a list of key
figures ("Antal invånare 1 november 2024: 8 650"); the figure's own document's undated count ("Budgeten bygger på
6 600 invånare") before a count it dates earlier; "per invånare" after a kind of table divides, it names no rate row."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.matching import stem, tokens
from assistant.budget.plan import plan_question
from assistant.budget.records import CellSource
from assistant.budget.stated_counts import StatedCount, sentence_counts
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from core.years import years_in
from ingest.tables import extract_figures

BUDGET = """Mål och budget 2025 Norrby kommun

Investeringsbudget 2025–2027

| Mnkr | Budget 2025 | Plan 2026 |
|---|---:|---:|
| Ny förskola | 18,0 | 14,0 |
| Gator och vägar | 57,5 | 40,0 |
| Totalt investeringar | 75,5 | 54,0 |
"""

KEY_FIGURES = """Nyckeltal Norrby kommun

Ekonomiska nyckeltal 2021–2023

| | 2021 | 2022 | 2023 | Prognos 2024 |
|---|---:|---:|---:|---:|
| Invånare 31 dec | 8542 | 8571 | 8612 | |
| Nettokostnad per invånare, kr | 75880 | 78950 | 80039 | 81000 |
| Soliditet, % | 46,0 | 41,9 | 41,1 | 40,0 |
"""


def _figures(text: str, path: str):  # type: ignore[no-untyped-def]
    doc = LoadedDocument(path=path, text=text, sha256=path,
                         meta=DocumentMeta(title=path, date="2024-11-25", doc_type="budget"))
    return extract_figures(doc)


def _count(sentence: str, path: str) -> list[StatedCount]:
    source = CellSource(path, path, sentence, 0, len(sentence))
    words = frozenset(stem(w) for w in tokens(sentence))
    return [StatedCount(value, noun, words, years_in(sentence), source) for value, noun, _ in sentence_counts(sentence)]


def test_a_labelled_line_states_a_count() -> None:
    assert (Decimal("8650"), "invånare") in [(v, n) for v, n, _ in
                                              sentence_counts("Antal invånare 1 november 2024: 8 650")]


def test_a_count_row_lacking_the_year_yields_to_the_count_the_text_states() -> None:
    book = FigureBook((_figures(BUDGET, "budget.md"), _figures(KEY_FIGURES, "nyckeltal.md")))
    counts = _count("Antal invånare 1 november 2024: 8 650", "skatt.html")
    answer = answer_figures("hur mycket investerar kommunen per invånare 2025?", book, counts=counts)
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result.quantize(Decimal(1)) == Decimal("8728")


def test_the_budgets_own_undated_count_is_its_basis() -> None:
    book = FigureBook((_figures(BUDGET, "budget.md"), _figures(KEY_FIGURES, "nyckeltal.md")))
    counts = (_count("Den 31 december 2023 hade kommunen 8 612 invånare.", "budget.md")
              + _count("Budgeten bygger på 8 700 invånare.", "budget.md"))
    answer = answer_figures("hur mycket investerar kommunen per invånare 2025?", book, counts=counts)
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result.quantize(Decimal(1)) == Decimal("8678")


def test_per_after_a_kind_of_table_names_no_rate_row() -> None:
    book = FigureBook((_figures(BUDGET, "budget.md"), _figures(KEY_FIGURES, "nyckeltal.md")))
    plan = plan_question("hur mycket investerar kommunen per invånare 2025?", book.index.lexicon)
    assert "Nettokostnad per invånare, kr" not in plan.rows
    assert plan.operation == "per" and plan.denominator == "Invånare 31 dec"


def test_two_places_each_divide_by_the_count_their_text_states() -> None:
    def figures(text: str, path: str, place: str):  # type: ignore[no-untyped-def]
        doc = LoadedDocument(path=path, text=text, sha256=path, meta=DocumentMeta(
            title=path, date="2024-11-25", doc_type="budget", municipality=place))
        return extract_figures(doc)

    other = BUDGET.replace("Norrby", "Söderby").replace("| 75,5 |", "| 45,5 |").replace("| 57,5 |", "| 27,5 |")
    book = FigureBook((figures(BUDGET, "norrby/budget.md", "Norrby"), figures(KEY_FIGURES, "norrby/nyckeltal.md", "Norrby"),
                       figures(other, "soderby/budget.md", "Söderby"),
                       figures(KEY_FIGURES.replace("Norrby", "Söderby"), "soderby/nyckeltal.md", "Söderby")))
    counts = [replace(c, municipality="Norrby") for c in _count("Antal invånare 1 november 2024: 8 650", "norrby/s.html")]
    counts += [replace(c, municipality="Söderby") for c in _count("Budgeten bygger på 8 700 invånare.", "soderby/budget.md")]
    answer = answer_figures("Vilken kommun investerar mest per invånare 2025, Norrby eller Söderby?", book, counts=counts)
    assert answer is not None
    assert "8 728" in answer.text and "5 230" in answer.text


def test_a_count_of_another_whole_leaves_the_rows_count() -> None:
    budget = BUDGET.replace("| Budget 2025 | Plan 2026 |", "| Budget 2024 | Plan 2025 |")
    book = FigureBook((_figures(budget, "budget.md"), _figures(KEY_FIGURES.replace("| 8612 | |", "| 8612 | 8650 |"),
                                                              "nyckeltal.md")))
    counts = _count("I byn bor 950 invånare.", "budget.md")
    answer = answer_figures("hur mycket investerar kommunen per invånare 2024?", book, counts=counts)
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result.quantize(Decimal(1)) == Decimal("8728")

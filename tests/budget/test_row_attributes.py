"""Rows as other municipalities write them: a Not column asked about, a unit in the label ("Låneskuld (mnkr)"),
projects whose label lists their committee (in full or abbreviated), a row named twice in one question,
column words ("plan") that are no prefix of a row's name."""
from decimal import Decimal

import pytest

from assistant.budget.answer import answer_figures
from assistant.budget.matching import _build_lexicon, match_rows, owned_by, without_unit
from assistant.budget.store import DocumentFigures, FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

BUDGET = """Budget 2025 för Exempelkommun

Resultatbudget, mnkr

| Post | Not | Budget 2025 | Plan 2026 |
|---|---|---|---|
| Skatteintäkter | 4 | 662,8 | 684,5 |
| Generella statsbidrag och utjämning | 5 | 271,5 | 278,2 |
| Årets resultat | | 13,5 | 17,2 |

Driftbudget per nämnd, mnkr

| Nämnd | Budget 2025 | Plan 2026 |
|---|---|---|
| **Barn- och utbildningsnämnden** | | |
| Grundskola | 198,4 | 203,0 |
| Summa barn- och utbildningsnämnden | 375,3 | 383,2 |
| Kommunstyrelsen | 150,7 | 154,0 |

Nyckeltal

| Nyckeltal | 2022 | 2023 | 2024 |
|---|---|---|---|
| Låneskuld (mnkr) | 410 | 455 | 498 |
| Skattesats (kr) | 22,16 | 22,16 | 22,16 |

Investeringsbudget, tkr

| Projekt | Budget 2025 | Plan 2026 |
|---|---|---|
| 1001 (Ny förskola, BUN, Byggstart 2024) | 18000 | 26000 |
| 1002 (Ombyggnad skola, BUN) | 9500 | 5000 |
| 2001 (Gator och vägar, KS) | 6500 | 6500 |
| 2002 (Planerat underhåll, Kommunstyrelsen) | 4200 | 4200 |
| Summa | 38200 | 41700 |
"""


@pytest.fixture(scope="module")
def book() -> FigureBook:
    doc = LoadedDocument(path="exempel/budget-2025.md", text=BUDGET, sha256="b",
                         meta=DocumentMeta(title="Budget 2025 för Exempelkommun", date="2024-11-20", doc_type="budget"))
    figures: DocumentFigures = extract_figures(doc)
    return FigureBook((figures,))


def test_a_question_about_a_rows_note_is_answered_from_the_not_column(book: FigureBook) -> None:
    answer = answer_figures("Vilken not hänvisar raden Generella statsbidrag och utjämning till?", book)
    assert answer is not None and "not 5" in answer.text
    assert answer.sources[0].quote.startswith("| Generella statsbidrag och utjämning | 5 |")
    english = answer_figures("Is Skatteintäkter not in the budget?", book, language="en")
    assert english is None or "note" not in english.text  # "not" is a negation in English


def test_a_label_is_named_without_the_unit_it_writes() -> None:
    assert without_unit("Låneskuld (mnkr)") == "Låneskuld" and without_unit("Soliditet, %") == "Soliditet"
    assert without_unit("Vård och omsorg") == "Vård och omsorg"


def test_a_key_figure_with_its_unit_in_the_label_is_found_by_its_name(book: FigureBook) -> None:
    answer = answer_figures("hur mkt har låneskulden ökat mellan 2022 och 2024?", book)
    assert answer is not None and not answer.refused and answer.calculation.result == Decimal(88)


def test_projects_listing_a_committee_are_its_parts(book: FigureBook) -> None:
    assert owned_by("1001 (Ny förskola, BUN, Byggstart 2024)", "Barn- och utbildningsnämnden")
    assert owned_by("2002 (Planerat underhåll, Kommunstyrelsen)", "Kommunstyrelsen")
    assert not owned_by("2001 (Gator och vägar, KS)", "Barn- och utbildningsnämnden")
    answer = answer_figures("Hur mycket investerar barn- och utbildningsnämnden totalt 2025 enligt investeringsbudgeten?",
                            book)
    assert answer is not None and answer.calculation.result == Decimal(27500)
    answer = answer_figures("Hur mycket investerar kommunstyrelsen 2025 enligt investeringsbudgeten?", book)
    assert answer is not None and answer.calculation.result == Decimal(10700)


def test_a_row_named_twice_leaves_no_other_topic(book: FigureBook) -> None:
    answer = answer_figures("What is the budgeted net result (årets resultat) for 2025?", book, language="en")
    assert answer is not None and answer.calculation.result == Decimal("13.5")


def test_a_column_word_is_no_prefix_of_a_rows_name() -> None:
    lexicon = _build_lexicon(("Planerat underhåll", "Plan och bygg", "Summa"))
    assert match_rows("How much does the town plan to invest in total?", lexicon) == []
    assert [m.label for m in match_rows("vad får plan o bygg 2026", lexicon)] == ["Plan och bygg"]


def test_an_amount_listed_for_each_year_is_the_one_for_the_asked_year() -> None:
    text = ("Budget 2025\n\nSkatteunderlag och priser\n\nSkatteunderlaget beräknas öka med 4,1 procent 2025, "
            "3,6 procent 2026 och 3,8 procent 2027. Internräntan är 2,5 procent.\n")
    doc = LoadedDocument(path="b.md", text=text, sha256="s", meta=DocumentMeta(title="Budget 2025", doc_type="budget"))
    book = FigureBook((extract_figures(doc),))
    answer = answer_figures("Hur mycket beräknas skatteunderlaget öka 2026?", book)
    assert answer is not None and "3,6" in answer.text and "4,1" not in answer.text, answer.text

"""A figure asked per one of something that no table counts, no column states and the text gives no count of ("vad
kostar förskolan per kvadratmeter?"): the row's whole is no answer, the calculator gives the question up. A figure
its own row already states per that ("Nettokostnad per invånare") or asked per a period ("per år") is looked up."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

BUDGET = """Budget 2025 Norrby kommun

Investeringar per projekt, mnkr

| Mnkr | Budget 2025 | Plan 2026 | Plan 2027 |
|---|---:|---:|---:|
| Ny förskola i Virsbo | 14,5 | 9,0 | 0,0 |
| Renovering av simhallen | 22,0 | 16,0 | 0,0 |
| Totalt | 36,5 | 25,0 | 0,0 |

Nyckeltal

| | 2023 | 2024 |
|---|---:|---:|
| Nettokostnad per invånare, kr | 75880 | 78950 |
| Soliditet, % | 46,0 | 41,9 |
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="budget.md", text=BUDGET, sha256="b",
                         meta=DocumentMeta(title="Budget 2025", date="2024-11-25", doc_type="budget"))
    return FigureBook((extract_figures(doc),))


def test_a_figure_per_what_nothing_counts_is_not_the_rows_whole() -> None:
    assert answer_figures("vad kostar nya förskolan i virsbo per kvadratmeter 2025?", _book()) is None


def test_a_row_stating_its_figure_per_the_word_is_looked_up() -> None:
    answer = answer_figures("vad var nettokostnaden per invånare 2024?", _book())
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal("78950")


def test_the_whole_asked_without_per_is_looked_up() -> None:
    answer = answer_figures("vad kostar nya förskolan i virsbo 2025?", _book())
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal("14.5")


def test_a_word_cut_short_or_what_the_rows_are_names_the_per() -> None:
    from assistant.budget.records import CellSource, Column
    from assistant.budget.stated_counts import said_per
    from assistant.budget.units import Unit
    from assistant.budget.records import Cell

    source = CellSource("p.docx", "Protokoll", "", 0, 0)
    fee = Cell("t", "Taxor", "Avgift per kubikmeter, kr/m³", Column("2025", 2025), Decimal("41.2"), Unit.KR, Unit.KR,
               False, source)
    project = Cell("t", "Investeringsbudget 2025–2029 (tkr)", "Nytt badhus", Column("Budget 2025", 2025, "Budget"),
                   Decimal("1"), Unit.TKR, Unit.TKR, False, source,
                   CellSource("b.pdf", "Budget", "| Projekt | Budget 2025 | Plan 2026 |", 0, 0))
    assert said_per(fee, "kubik") and said_per(project, "projekt")
    assert not said_per(project, "kvadratmeter")

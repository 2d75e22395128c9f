"""A committee's figures of years the budget's operating tables lack are read in a table of no named kind that holds
them ("Beslutad budget per år", 2021–2025), asked by the committee's budget or its frame; another kind of table
holding the years (the investment budget) still gives way to the operating budget."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

BUDGET = """Mål och budget 2025 Norrby kommun

Tabell 4. Från ram 2024 till ram 2025

| Nämnd, tkr | Ram 2024 | Effektivisering | Ram 2025 |
|---|---:|---:|---:|
| Utbildningsnämnden | 512300 | -6400 | 517470 |
| Omsorgsnämnden | 398600 | -4900 | 418160 |

Tabell 6. Investeringsbudget 2021–2025 (tkr)

| Projekt | 2021 | 2025 |
|---|---:|---:|
| Utbildningsnämnden | 3000 | 3000 |
| Omsorgsnämnden | 9000 | 9000 |
"""

FRAMES = """## Ramar över tid

Nämndernas ramar 2021–2025 (tkr)
Beslutad budget per år

| År | Utbildningsnämnden | Omsorgsnämnden |
|---|---|---|
| 2021 | 478900 | 356200 |
| 2022 | 491200 | 371800 |
| 2025 | 517470 | 418160 |
"""


def _figures(text: str, path: str):  # type: ignore[no-untyped-def]
    doc = LoadedDocument(path=path, text=text, sha256=path,
                         meta=DocumentMeta(title=path, date="2024-11-25", doc_type="budget"))
    return extract_figures(doc)


def book() -> FigureBook:
    return FigureBook((_figures(BUDGET, "mob.md"), _figures(FRAMES, "ramar.xlsx")))


def test_a_committees_frame_of_years_the_budget_lacks_is_read_where_they_are() -> None:
    answer = answer_figures("Med hur många procent har utbildningsnämndens ram ökat från 2021 till 2025?", book())
    assert answer is not None and answer.calculation is not None
    assert {i.value for i in answer.calculation.inputs} == {Decimal("478900"), Decimal("517470")}
    answer = answer_figures("hur mycket fick omsorgsnämnden 2022?", book())
    assert answer is not None and answer.calculation is not None
    assert [i.value for i in answer.calculation.inputs] == [Decimal("371800")]


def test_the_operating_budget_still_answers_the_years_it_holds() -> None:
    answer = answer_figures("hur stor är omsorgsnämndens ram 2025?", book())
    assert answer is not None and answer.calculation is not None
    assert [i.value for i in answer.calculation.inputs] == [Decimal("418160")]
    assert "Investering" not in answer.text


PROJECTS = """Utgifter, belopp i mnkr

| Nämnd / projekt | Budget 2025 | Plan 2026 |
|---|---:|---:|
| Omsorgsnämnden | | |
| Nytt boende | 8,5 | 22,0 |
| Summa omsorgsnämnden | 8,5 | 22,0 |
"""


def test_a_committees_sum_of_projects_in_a_table_of_no_named_kind_is_no_frame() -> None:
    book = FigureBook((_figures(BUDGET, "mob.md"), _figures(PROJECTS, "projekt.md")))
    answer = answer_figures("vilken ram har omsorgsnämnden för 2026?", book)
    assert answer is not None and answer.calculation is None  # the frames hold no 2026: not the projects' sum

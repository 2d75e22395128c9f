"""A forecast is told against its budget: the deviation a table states beside its forecast column is part of the
answer ("vad är prognosen för socialnämnden": 304 650 tkr, avvikelse mot budget -6 200 tkr)."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

REPORT = """Delårsrapport januari–augusti 2025

Tabell 2. Prognos per nämnd, nettokostnad (tkr)

| Nämnd | Budget 2025 | Prognos 2025 | Avvikelse |
|---|---:|---:|---:|
| Kommunstyrelsen | 102 300 | 100 900 | 1 400 |
| Socialnämnden | 298 450 | 304 650 | -6 200 |
| Summa nämnder | 400 750 | 405 550 | -4 800 |
"""

PLAN = """Budget 2026

Tabell 1. Driftbudget per nämnd (tkr)

| Nämnd | Budget 2025 | Budget 2026 | Plan 2027 |
|---|---:|---:|---:|
| Kommunstyrelsen | 102 300 | 104 900 | 107 200 |
| Socialnämnden | 298 450 | 307 200 | 316 400 |
| Summa nämnder | 400 750 | 412 100 | 423 600 |
"""


def _book(text: str) -> FigureBook:
    doc = LoadedDocument(path="delar.md", text=text, sha256="delar",
                         meta=DocumentMeta(title="Delårsrapport", date="2025-10-01", doc_type="report"))
    return FigureBook((extract_figures(doc),))


def test_a_forecast_is_said_with_the_deviation_beside_it() -> None:
    answer = answer_figures("Vad är prognosen för socialnämnden för helåret 2025?", _book(REPORT))
    assert answer is not None and answer.calculation is not None
    assert [(i.value, i.column) for i in answer.calculation.inputs] == [
        (Decimal("304650"), "Prognos 2025"), (Decimal("298450"), "Budget 2025"), (Decimal("-6200"), "Avvikelse")]
    assert "Avvikelsen mot budgeten (298 450 tkr) är -6 200 tkr [1]." in answer.text
    assert "Prognos 2025, Budget 2025 och Avvikelse" in answer.text  # not a span "Prognos 2025–Avvikelse"


def test_a_budget_asked_has_no_deviation_beside_it() -> None:
    answer = answer_figures("Vad är budgeten för socialnämnden 2025?", _book(REPORT))
    assert answer is not None and answer.calculation is not None
    assert [i.value for i in answer.calculation.inputs] == [Decimal("298450")]
    assert "Avvikelse" not in answer.text


def test_a_table_without_a_deviation_column_says_the_figure_alone() -> None:
    answer = answer_figures("Vad är planen för socialnämnden 2027?", _book(PLAN))
    assert answer is not None and answer.calculation is not None
    assert [i.value for i in answer.calculation.inputs] == [Decimal("316400")]


ANNUAL = """Årsredovisning 2023

Tabell 2. Driftredovisning (tkr)

| Nämnd | Budget 2023 | Utfall 2023 | Avvikelse |
|---|---:|---:|---:|
| Kommunstyrelsen | 98 100 | 96 840 | 1 260 |
| Socialnämnden | 291 400 | 298 600 | -7 200 |
| Summa nämnder | 389 500 | 395 440 | -5 940 |
"""


def test_a_deviation_asked_in_per_cent_is_of_the_budget() -> None:
    answer = answer_figures("Med hur många procent överskred socialnämnden sin budget 2023?", _book(ANNUAL))
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.operation == "deviation_share"
    assert "-2,47 % av budgeten: -7 200 tkr mot budgeten 291 400 tkr [1]" in answer.text


def test_without_a_deviation_column_the_outcome_less_the_budget_is_the_deviation() -> None:
    text = ANNUAL.replace(" Avvikelse |", "").replace("---:|---:|---:|---:|", "---:|---:|---:|")
    text = "\n".join(line.rsplit("|", 2)[0] + "|" if line.startswith("| ") and "Nämnd" not in line else line
                     for line in text.splitlines())
    answer = answer_figures("Med hur många procent överskred socialnämnden sin budget 2023?", _book(text))
    assert answer is not None and answer.calculation is not None
    assert "Utfallet för Socialnämnden 2023 är 2,47 % högre än budgeten: 298 600 tkr mot 291 400 tkr [1]" in answer.text


def test_a_deviation_asked_is_said_with_the_budget_and_the_figure_it_is_the_difference_of() -> None:
    """"Hur stor är avvikelsen för socialnämnden?" (a yearless "Avvikelse" column): -6 200 tkr, with the budget
    298 450 and the forecast 304 650 of the year of the table's budget column."""
    answer = answer_figures("Hur stor är avvikelsen mot budget för socialnämnden 2025?", _book(REPORT))
    assert answer is not None and answer.calculation is not None
    assert [(i.value, i.column) for i in answer.calculation.inputs] == [
        (Decimal("-6200"), "Avvikelse"), (Decimal("298450"), "Budget 2025"), (Decimal("304650"), "Prognos 2025")]
    assert "avvikelse mot budget är -6,2 miljoner kronor 2025 (-6 200 tkr)" in answer.text
    assert "Budgeten var 298 450 tkr och prognosen 304 650 tkr (Budget 2025, Prognos 2025)" in answer.text

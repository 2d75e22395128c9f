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


OUTCOMES = """Årsredovisning 2023

Nämndernas ekonomiska utfall (mnkr)

| Nämnd | Budget 2023 | Utfall 2023 | Avvikelse |
|---|---:|---:|---:|
| Kommunstyrelsen | 110,2 | 108,9 | 1,3 |
| Vård- och omsorgsnämnden | 352,1 | 366,4 | -14,3 |
| Summa nämnder | 462,3 | 475,3 | -13,0 |
"""
INTERIM = """Delårsrapport januari–augusti 2024

Driftredovisning (mnkr)

| Nämnd | Budget 2024 | Utfall jan–aug 2024 | Avvikelse |
|---|---:|---:|---:|
| Socialnämnden | 224,9 | 156,8 | -6,5 |
| Summa | 224,9 | 156,8 | -6,5 |
"""


def test_a_deviation_asked_is_said_with_the_budget_and_the_outcome_it_is_the_difference_of() -> None:
    """"How did kommunstyrelsen do against its budget in 2023?" (a yearless "Avvikelse" column): 1,3 mnkr, with the
    budget 110,2 and the outcome 108,9 of the year of the table's budget column."""
    answer = answer_figures("Hur stor var avvikelsen mot budget för kommunstyrelsen 2023?", _book(OUTCOMES))
    assert answer is not None and answer.calculation is not None
    assert [(i.value, i.column) for i in answer.calculation.inputs] == [
        (Decimal("1.3"), "Avvikelse"), (Decimal("110.2"), "Budget 2023"), (Decimal("108.9"), "Utfall 2023")]
    assert "Budgeten var 110,2 mnkr och utfallet 108,9 mnkr (Budget 2023, Utfall 2023)" in answer.text


def test_a_deviation_of_the_months_so_far_is_said_alone() -> None:
    """A deviation of a budget against the months so far ("Utfall jan–aug") has no outcome of the year it is the
    difference of."""
    answer = answer_figures("Hur stor är avvikelsen mot budget för socialnämnden 2024?", _book(INTERIM))
    assert answer is not None and answer.calculation is not None
    assert [i.column for i in answer.calculation.inputs] == ["Avvikelse"]


def test_a_deviation_of_a_forecast_is_said_with_the_budget_and_the_forecast() -> None:
    """An interim report's deviation is of its forecast: "hur blir helåret jämfört med budgeten" is told with both."""
    answer = answer_figures("Hur stor är avvikelsen mot budget för socialnämnden 2025?", _book(REPORT))
    assert answer is not None and answer.calculation is not None
    assert [i.column for i in answer.calculation.inputs] == ["Avvikelse", "Budget 2025", "Prognos 2025"]
    assert "Budgeten var 298 450 tkr och prognosen 304 650 tkr (Budget 2025, Prognos 2025)" in answer.text


def test_a_deviation_told_with_its_outcome_states_an_outcome() -> None:
    """"Hur stor blev avvikelsen ... 2024?" asks what the year came to: a deviation told with its budget and outcome
    is the outcome's, though a budget column is among its inputs; a forecast told with its budget is none."""
    from types import SimpleNamespace

    from assistant.answering.figures import _states_outcome
    from assistant.budget.deviation import told_with_outcome

    def figure(*columns: str) -> SimpleNamespace:
        inputs = tuple(SimpleNamespace(column=c) for c in columns)
        return SimpleNamespace(calculation=SimpleNamespace(inputs=inputs), stated=False, sources=())

    question = "Hur stor blev avvikelsen för äldreomsorgen 2024?"
    assert told_with_outcome(["Avvikelse", "Budget 2024", "Utfall 2024"])
    assert not told_with_outcome(["Prognos 2024", "Budget 2024", "Avvikelse"])
    assert _states_outcome(figure("Avvikelse", "Budget 2024", "Utfall 2024"), question)
    assert not _states_outcome(figure("Prognos 2024", "Budget 2024", "Avvikelse"), question)

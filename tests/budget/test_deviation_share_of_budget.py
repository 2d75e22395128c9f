"""A deviation asked in per cent of the budget, in a table of one year whose deviation column names no year."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures


FORECAST = """Prognos per nämnd, belopp i tkr

| Nämnd | Budget 2025 | Prognos helår | Avvikelse |
|---|---|---|---|
| Kommunstyrelsen | 108900 | 107400 | 1500 |
| Socialnämnden | 436800 | 443100 | -6300 |
| Summa nämnder | 1036400 | 1042000 | -5600 |
"""


def test_a_deviation_in_per_cent_of_the_budget_reads_the_yearless_deviation_of_the_tables_one_year() -> None:
    doc = LoadedDocument(path="aby/protokoll-ks.txt", text=FORECAST, sha256="ks",
                         meta=DocumentMeta(title="Protokoll KS", date="2025-03-12", doc_type="minutes", municipality="Aby"))
    minutes = extract_figures(doc)
    answer = answer_figures("Hur stor är socialnämndens prognostiserade avvikelse i procent av budgeten 2025?",
                            FigureBook((minutes,)))
    assert answer is not None and answer.calculation is not None
    assert round(answer.calculation.result, 2) == Decimal("-1.44")  # -6 300 of 436 800, not of the committees' sum


ANNUAL = """Driftredovisning per nämnd 2024, mnkr

| Nämnd | Budget 2024 | Utfall 2024 | Avvikelse | Utfall 2023 |
|---|---|---|---|---|
| Kommunstyrelsen | 210,4 | 205,1 | 5,3 | 198,0 |
| Socialnämnden | 418,7 | 437,2 | -18,5 | 409,3 |
| Summa nämnder | 629,1 | 642,3 | -13,2 | 607,3 |
"""


def test_a_deviation_set_after_a_years_columns_is_that_years_in_a_table_of_two_years() -> None:
    doc = LoadedDocument(path="aby/arsredovisning-2024.txt", text=ANNUAL, sha256="ar",
                         meta=DocumentMeta(title="Årsredovisning 2024", date="2025-04-01", doc_type="annual_report",
                                           municipality="Aby"))
    answer = answer_figures("Hur stort var socialnämndens underskott 2024 i procent av budgeten?",
                            FigureBook((extract_figures(doc),)))
    assert answer is not None and answer.calculation is not None
    assert round(answer.calculation.result, 1) == Decimal("-4.4")  # -18,5 of 418,7, not the committee's share

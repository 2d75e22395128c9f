"""A table of money moved between years whose title names the move ("Ombudgetering av investeringsmedel från 2024 till
2025", columns "Begärt, tkr" and "Förslag, tkr"): "föreslogs flyttas över från 2024 till 2025" asks its proposal's
column of the year the money moves into, for the committee's row naming in parentheses what it is for."""
from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.matching import committee_item
from assistant.budget.store import FigureBook
from ingest.load import load_document
from ingest.tables import extract_figures

INVESTMENTS = """Investeringsbudget 2025–2027 (mnkr)

| Projekt | Budget 2025 | Plan 2026 | Plan 2027 |
|---|---|---|---|
| Välfärdsteknik | 4,0 | 4,0 | 4,0 |
| Ny förskola Våxnäs | 30,0 | 10,0 | 0,0 |
| Summa investeringar | 34,0 | 14,0 | 4,0 |
"""

MINUTES = """# PROTOKOLL

Kommunstyrelsen, sammanträdesdatum 2025-03-11

## § 45 Ombudgetering av investeringsmedel från 2024 till 2025

Nämnderna har begärt att outnyttjade investeringsmedel förs över till 2025.

| Nämnd | Begärt, tkr | Förslag, tkr |
|---|---|---|
| Barn- och ungdomsnämnden (Ny förskola Våxnäs) | 12 200 | 12 200 |
| Vård- och omsorgsnämnden (Välfärdsteknik) | 5 200 | 4 100 |
| Summa | 17 400 | 16 300 |
"""


def _book(tmp_path) -> FigureBook:
    docs = []
    for name, text in (("budget.md", INVESTMENTS), ("protokoll.md", MINUTES)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        docs.append(extract_figures(load_document(path, sidecar={})))
    return FigureBook(tuple(docs))


def test_the_proposal_of_money_moved_into_the_year_the_title_names(tmp_path):
    answer = answer_figures("Hur mycket pengar för välfärdsteknik föreslogs få flyttas över från 2024 till 2025 när "
                            "investeringar ombudgeterades?", _book(tmp_path))
    assert answer is not None and not answer.refused, answer
    assert [v.value for v in answer.values] == [Decimal("4100")], answer


def test_the_budget_of_the_year_is_read_where_no_move_is_asked(tmp_path):
    answer = answer_figures("Hur mycket investeras i välfärdsteknik 2025?", _book(tmp_path))
    assert answer is not None and [v.value for v in answer.values] == [Decimal("4.0")], answer


def test_what_a_committees_row_is_for_names_it():
    assert committee_item("Vård- och omsorgsnämnden (Välfärdsteknik)") == "Välfärdsteknik"
    assert committee_item("Teknik- och fastighetsnämnden (Gång- och cykelvägar)") == "Gång- och cykelvägar"
    assert committee_item("Socialnämnden (tkr)") is None  # a unit
    assert committee_item("Höjdfordon räddningstjänsten (KS)") is None  # no committee's row


CARRIED = """# PROTOKOLL

## § 115 Ombudgetering av investeringsmedel från 2024 till 2025

| Projekt | Budget 2024 (tkr) | Förbrukat t.o.m. aug (tkr) | Ombudgeteras (tkr) |
|---|---|---|---|
| Förskola Sandstugan | 12 000 | 1 850 | 9 500 |
| Välfärdsteknik | 1 500 | 320 | 1 000 |
| Summa | 13 500 | 2 170 | 10 500 |
"""


def test_the_year_money_goes_into_names_no_column_of_a_move_of_no_year(tmp_path):
    """"Hur stor del av budgeten för förskolan Sandstugan 2024 ombudgeteras till 2025?": "till 2025" is where the
    column "Ombudgeteras (tkr)" moves the money, no year of the table to read: 9 500 of 12 000."""
    path = tmp_path / "ks.md"
    path.write_text(CARRIED, encoding="utf-8")
    book = FigureBook((extract_figures(load_document(path, sidecar={})),))
    answer = answer_figures("Hur stor del av budgeten för förskolan Sandstugan 2024 ombudgeteras till 2025?", book)
    assert answer is not None and not answer.refused, answer
    assert answer.calculation is not None and round(answer.calculation.result, 1) == Decimal("79.2"), answer.text

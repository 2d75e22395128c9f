"""A year's figure with a column of another kind added ("2025 om man räknar med det som ombudgeteras från 2024"): the
row's Budget 2025 of the budget document plus its "Ombudgeteras till 2025" of the minutes, not the minutes' Budget
2024 beside it. Asked alone, the carried-over amount is what is asked."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

BUDGET = """Budget 2025 Norrby kommun

Investeringsbudget 2025–2027, mnkr

| Projekt | Budget 2025 | Plan 2026 | Plan 2027 |
|---|---:|---:|---:|
| Ny brandstation Lidhult | 11,5 | 0,0 | 0,0 |
| Ny förskola Kallinge | 38,5 | 22,0 | 0,0 |
| Summa investeringar | 50,0 | 22,0 | 0,0 |
"""

MINUTES = """Protokollsutdrag kommunstyrelsen 2025-03-11 Norrby kommun

§ 41 Ombudgetering av investeringsmedel från 2024 till 2025

| Projekt | Budget 2024, tkr | Utfall 2024, tkr | Ombudgeteras till 2025, tkr |
|---|---:|---:|---:|
| Ny brandstation Lidhult | 2 500 | 1 120 | 1 380 |
| Ny förskola Kallinge | 9 000 | 2 600 | 6 400 |
| Summa | 11 500 | 3 720 | 7 780 |
"""


def _book() -> FigureBook:
    docs = [LoadedDocument(path="budget.md", text=BUDGET, sha256="budget",
                           meta=DocumentMeta(title="Budget 2025", date="2024-11-18", doc_type="budget")),
            LoadedDocument(path="ks.md", text=MINUTES, sha256="ks",
                           meta=DocumentMeta(title="Protokollsutdrag kommunstyrelsen 2025-03-11", date="2025-03-11",
                                             doc_type="minutes"))]
    return FigureBook(tuple(extract_figures(d) for d in docs))


def test_the_carried_over_amount_is_added_to_the_years_budget() -> None:
    answer = answer_figures("hur mycket pengar finns totalt för nya brandstationen i lidhult 2025 om man räknar med "
                            "det som ombudgeteras från 2024?", _book())
    assert answer is not None and not answer.refused and answer.calculation is not None
    assert answer.calculation.operation == "sum"
    assert answer.calculation.result == Decimal("12.88")
    assert {i.column for i in answer.calculation.inputs} == {"Budget 2025", "Ombudgeteras till 2025, tkr"}


def test_the_carried_over_amount_asked_alone_is_not_added_to() -> None:
    answer = answer_figures("hur mycket ombudgeteras för nya brandstationen i lidhult till 2025?", _book())
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal("1380")


DATED_BY_TITLE = """Sammanträdesprotokoll kommunstyrelsen 2025-03-04 Norrby kommun

§ 47 Ombudgetering av investeringsmedel från 2024 till 2025

| Projekt | Ombudgeteras, tkr |
|---|---:|
| Ny förskola Kallinge (Utbildningsnämnden) | 6 400 |
| Brunnsparken, upprustning (Kommunstyrelsen) | 1 300 |
| Summa | 7 700 |
"""


def test_money_moved_to_a_year_is_that_years_and_its_project_named_without_its_committee() -> None:
    """The minutes' column names no year, their title moves the money "från 2024 till 2025": its sums are 2025's. Its
    project, qualified by its committee there, is the budget's "Ny förskola Kallinge", and "förskolan i Kallinge"
    names it in both tables."""
    from assistant.budget.yearless import title_year

    assert title_year("§ 47 Ombudgetering av investeringsmedel från 2024 till 2025") == (2025, "")
    assert title_year("Förändring mellan 2024 och 2025") is None
    # "Kallinge" and "förskola" name other projects too: the name said in part fits the two labels of one project
    budget = BUDGET.replace("| Summa investeringar | 50,0 |", "| Idrottshall Kallinge | 4,0 | 28,0 | 26,0 |\n"
                            "| Inventarier förskola | 1,0 | 1,0 | 1,0 |\n| Summa investeringar | 55,0 |")
    docs = [LoadedDocument(path="budget.md", text=budget, sha256="budget",
                           meta=DocumentMeta(title="Budget 2025", date="2024-11-18", doc_type="budget")),
            LoadedDocument(path="ks.md", text=DATED_BY_TITLE, sha256="ks2",
                           meta=DocumentMeta(title="Sammanträdesprotokoll kommunstyrelsen 2025-03-04",
                                             date="2025-03-04", doc_type="minutes"))]
    minutes = extract_figures(docs[1]).tables[0]
    assert [(c.kind, c.year) for c in minutes.columns] == [("Ombudgeteras", 2025)]
    answer = answer_figures("Hur mycket pengar finns totalt för förskolan i Kallinge 2025 om man räknar med "
                            "ombudgeteringen från 2024?", FigureBook(tuple(extract_figures(d) for d in docs)))
    assert answer is not None and not answer.refused and answer.calculation is not None, answer
    assert answer.calculation.result == Decimal("44.9"), answer.text


def test_a_row_is_found_qualified_less_in_another_table() -> None:
    from assistant.budget.records import Row
    from assistant.budget.selection import find_row

    budget = extract_figures(LoadedDocument(path="budget.md", text=BUDGET, sha256="budget",
                                            meta=DocumentMeta(title="Budget 2025", date="2024-11-18"))).tables[0]
    found = find_row(budget, "Ny förskola Kallinge (Utbildningsnämnden)")
    assert isinstance(found, Row) and found.label == "Ny förskola Kallinge"


def test_a_part_in_parentheses_is_no_row_of_its_whole() -> None:
    from assistant.budget.matching import one_row, owned_by_body
    from assistant.budget.selection import find_row

    assert owned_by_body("Ny förskola Kallinge (Utbildningsnämnden)", "Ny förskola Kallinge")
    assert not owned_by_body("Vård- och omsorgsnämnden (Hemtjänst)", "Vård- och omsorgsnämnden")
    assert one_row(["Ny förskola Kallinge", "Ny förskola Kallinge (Utbildningsnämnden)"]) == ["Ny förskola Kallinge"]
    assert len(one_row(["Vård- och omsorgsnämnden", "Vård- och omsorgsnämnden (Hemtjänst)"])) == 2
    text = "Driftbudget 2025, tkr\n\n| Nämnd | Budget 2025 |\n|---|---:|\n| Vård- och omsorgsnämnden | 120 400 |\n"
    table = extract_figures(LoadedDocument(path="d.md", text=text, sha256="d",
                                           meta=DocumentMeta(title="Budget 2025", date="2024-11-18"))).tables[0]
    assert find_row(table, "Vård- och omsorgsnämnden (Hemtjänst)") is None


def test_a_row_is_found_without_its_place_after_a_comma() -> None:
    from assistant.budget.selection import find_row

    text = ("Projekt som föreslås ombudgeteras (tkr)\n\n| Projekt | Budget 2024 | Utfall 2024 | Ombudgeteras till 2025 |\n"
            "|---|---:|---:|---:|\n| Nytt LSS-boende | 6 000 | 2 150 | 3 850 |\n| Lekplats Riddarhyttan | 800 | 0 | 800 |\n")
    table = extract_figures(LoadedDocument(path="p.md", text=text, sha256="p",
                                           meta=DocumentMeta(title="Protokoll", date="2025-02-18"))).tables[0]
    found = find_row(table, "Nytt LSS-boende, Skinnskatteberg")
    assert found is not None and found.label == "Nytt LSS-boende"


PROPOSED = """Protokoll kommunstyrelsen 2025-03-11 Norrby kommun

§ 41 Ombudgetering av investeringsmedel från 2024 till 2025

| Projekt | Budget 2024, tkr | Utfall 2024, tkr | Föreslagen ombudgetering, tkr |
|---|---:|---:|---:|
| Ny brandstation Lidhult | 2 500 | 1 120 | 1 380 |
| Ny förskola Kallinge | 9 000 | 2 600 | 6 400 |
| Summa | 11 500 | 3 720 | 7 780 |
"""


def test_a_yearless_kind_named_by_its_head_noun_is_of_the_year_its_table_moves_money_into() -> None:
    # "Föreslagen ombudgetering" is named by "ombudgeteringen"; with no year of its own it is of 2025, the year the
    # title moves the money into, added to the budget of 2025
    docs = [LoadedDocument(path="budget.md", text=BUDGET, sha256="budget",
                           meta=DocumentMeta(title="Budget 2025", date="2024-11-18", doc_type="budget")),
            LoadedDocument(path="ks.md", text=PROPOSED, sha256="ks2",
                           meta=DocumentMeta(title="Protokoll kommunstyrelsen 2025-03-11", date="2025-03-11",
                                             doc_type="minutes"))]
    book = FigureBook(tuple(extract_figures(d) for d in docs))
    answer = answer_figures("hur mycket pengar har förskolan i kallinge totalt för 2025 om man räknar med "
                            "ombudgeteringen från 2024?", book)
    assert answer is not None and not answer.refused and answer.calculation is not None
    assert answer.calculation.operation == "sum" and answer.calculation.result == Decimal("44.9")


OPERATING = """Budget 2025 Norrby kommun

Driftbudget 2025, mnkr

| Nämnd | Budget 2025 |
|---|---:|
| Kommunstyrelsen | 98,4 |
| Socialnämnden | 310,0 |
| Summa | 408,4 |
"""


def test_a_kind_only_the_committees_own_minutes_hold_is_read_in_their_total() -> None:
    # "hur mycket ombudgeterade kommunstyrelsen": the minutes of the committee hold the kind, not its row; their
    # total, not the committee's operating budget
    docs = [LoadedDocument(path="budget.md", text=OPERATING, sha256="op",
                           meta=DocumentMeta(title="Budget 2025", date="2024-11-18", doc_type="budget")),
            LoadedDocument(path="ks.md", text=PROPOSED, sha256="ks3",
                           meta=DocumentMeta(title="Protokoll kommunstyrelsen 2025-03-11", date="2025-03-11",
                                             doc_type="minutes"))]
    book = FigureBook(tuple(extract_figures(d) for d in docs))
    answer = answer_figures("hur mycket ombudgeterade kommunstyrelsen i mars?", book)
    assert answer is not None and not answer.refused and answer.calculation is not None
    assert answer.calculation.result == Decimal("7780")


def test_the_kind_said_as_an_addition_asks_the_whole_without_totalt() -> None:
    # no "totalt": "om man räknar med ombudgeteringen" adds the kind all the same
    docs = [LoadedDocument(path="budget.md", text=BUDGET, sha256="budget",
                           meta=DocumentMeta(title="Budget 2025", date="2024-11-18", doc_type="budget")),
            LoadedDocument(path="ks.md", text=PROPOSED, sha256="ks2",
                           meta=DocumentMeta(title="Protokoll kommunstyrelsen 2025-03-11", date="2025-03-11",
                                             doc_type="minutes"))]
    book = FigureBook(tuple(extract_figures(d) for d in docs))
    answer = answer_figures("hur mycket pengar har förskolan i kallinge för 2025 om man räknar med "
                            "ombudgeteringen från 2024?", book)
    assert answer is not None and not answer.refused and answer.calculation is not None
    assert answer.calculation.operation == "sum" and answer.calculation.result == Decimal("44.9")

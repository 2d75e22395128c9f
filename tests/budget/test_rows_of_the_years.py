"""A name said in part that fits rows of several tables: the row of the table holding the year asked, when the row
found first stands only in tables without it."""
from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from ingest.load import load_document
from ingest.tables import extract_figures

KEY_FIGURES = """Ekonomiska nyckeltal

Mått                                        2021       2022       2023
Kostnad per elev i grundskolan, kr       118 200    124 900    131 950
Skattesats, kr                             22,36      22,36      22,36
"""

BUDGET = """Driftbudget per nämnd och verksamhet (tkr)

Tkr                                  Budget 2024   Budget 2025
Förskola                                  36 700        37 950
Grundskola inkl. förskoleklass            78 300        80 150
Summa                                    115 000       118 100
"""


def _book(tmp_path) -> FigureBook:
    docs = []
    for name, text in (("nyckeltal.txt", KEY_FIGURES), ("budget.txt", BUDGET)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        docs.append(extract_figures(load_document(path, sidecar={})))
    return FigureBook(tuple(docs))


def test_a_row_of_the_table_holding_the_year_asked(tmp_path):
    answer = answer_figures("hur mycket budgeterar kommunen för grundskolan 2025?", _book(tmp_path))
    assert answer is not None and not answer.refused, answer
    assert answer.values[0].value == Decimal("80150")


def test_the_year_the_first_row_holds_keeps_it(tmp_path):
    answer = answer_figures("vad kostar en elev i grundskolan 2023?", _book(tmp_path))
    assert answer is not None and answer.values[0].value == Decimal("131950")


INVESTMENTS = """Investeringar per projekt, tusental kronor

Tkr                                     Budget 2025    Plan 2026    Plan 2027
Nytt LSS-boende, Norrby                      14 000       10 000            0
Renovering Kyrkbacksskolan                    8 500        4 000            0
Totalt                                       22 500       14 000            0
"""

CARRIED = """Projekt som föreslås ombudgeteras (tkr)

| Projekt | Budget 2024 | Utfall 2024 | Ombudgeteras till 2025 |
|---|---:|---:|---:|
| Nytt LSS-boende | 6 000 | 2 150 | 3 850 |
| Renovering Kyrkbacksskolan | 3 500 | 2 900 | 600 |
| Summa | 9 500 | 5 050 | 4 450 |
"""


def _carried_book(tmp_path) -> FigureBook:
    docs = []
    for name, text in (("budget.txt", INVESTMENTS), ("protokoll.md", CARRIED)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        docs.append(extract_figures(load_document(path, sidecar={})))
    return FigureBook(tuple(docs))


def test_a_year_of_the_kind_asked_is_read_where_that_kind_is_held(tmp_path):
    """"ombudgeteras till 2025 för nya LSS-boendet i Norrby": the carried-over column of the minutes' row "Nytt
    LSS-boende", not the investment budget's "Nytt LSS-boende, Norrby" of Budget 2025 (its place names no other row)."""
    book = _carried_book(tmp_path)
    answer = answer_figures("hur mycket ombudgeteras till 2025 för nya LSS-boendet i norrby?", book)
    assert answer is not None and answer.values[0].value == Decimal("3850"), answer
    answer = answer_figures("hur mycket investeras i nya LSS-boendet i norrby 2025?", book)
    assert answer is not None and answer.values[0].value == Decimal("14000"), answer


FIVE_YEARS = """Fem år i sammandrag

                                            2019       2020       2021       2022       2023
Årets resultat, mnkr                        18,6       52,3       64,1       22,8       31,4
Årets resultat i % av skatter och bidrag     1,3        3,6        4,2        1,4        1,9
Soliditet, %                                30,1       31,5       33,0       33,4       34,2
"""

INCOME_STATEMENT = """Resultaträkning (mnkr)

                                  2023       2022
Verksamhetens resultat            39,0       26,0
Årets resultat                    31,4       22,8
"""


def test_a_row_written_with_its_unit_in_the_table_of_the_years_is_that_row(tmp_path):
    """"Årets resultat" of the income statement is "Årets resultat, mnkr" of the five years' key figures, not their
    "Årets resultat i % av skatter och bidrag" the words name too."""
    docs = []
    for name, text in (("nyckeltal.txt", FIVE_YEARS), ("resultat.txt", INCOME_STATEMENT)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        docs.append(extract_figures(load_document(path, sidecar={})))
    answer = answer_figures("vad var det genomsnittliga årsresultatet 2019–2023?", FigureBook(tuple(docs)))
    assert answer is not None and not answer.refused, answer
    assert answer.calculation is not None and answer.calculation.result == Decimal("37.84"), answer

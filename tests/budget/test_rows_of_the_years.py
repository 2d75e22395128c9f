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

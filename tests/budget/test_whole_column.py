"""A row's whole asked without years is the table's own column for it ("Total projektbudget"), not the sum of the
years the table shows (a project's budget may hold years before them)."""
from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from ingest.load import load_document
from ingest.tables import extract_figures

INVESTMENTS = """Investeringsbudget 2025–2027

Belopp i mnkr                      Budget 2025   Plan 2026   Plan 2027   Total projektbudget
Nytt äldreboende Ekbacken            95,0         110,0        60,0          285,0
Välfärdsteknik                        3,2           3,0         3,0            –
Summa                                98,2         113,0        63,0
"""


def _book(tmp_path) -> FigureBook:
    path = tmp_path / "budget.txt"
    path.write_text(INVESTMENTS, encoding="utf-8")
    return FigureBook((extract_figures(load_document(path, sidecar={})),))


def test_the_total_of_a_row_is_its_whole_column(tmp_path):
    answer = answer_figures("Vad är den totala projektbudgeten för nytt äldreboende Ekbacken?", _book(tmp_path))
    assert answer is not None and not answer.refused, answer
    assert answer.values[0].value == Decimal("285.0")


def test_years_asked_are_summed_as_before(tmp_path):
    answer = answer_figures("Hur mycket investeras i nytt äldreboende Ekbacken totalt 2025–2027?", _book(tmp_path))
    assert answer is not None and answer.values[0].value == Decimal("265.0")


YEARS_ONLY = """Investeringsbudget 2025–2027

Belopp i mnkr                      Budget 2025   Plan 2026   Plan 2027
Ny förskola Kvarnbacken              22,5         11,0         0,0
Välfärdsteknik                        3,2          3,0         3,0
Summa                                25,7         14,0         3,0
"""


def test_a_projects_cost_asked_without_years_is_said_with_its_years_together(tmp_path):
    # no column of wholes: the project's years are listed and their sum said beside them
    path = tmp_path / "budget.txt"
    path.write_text(YEARS_ONLY, encoding="utf-8")
    answer = answer_figures("vad kostar nya förskolan kvarnbacken?", FigureBook((extract_figures(load_document(path, sidecar={})),)))
    assert answer is not None and not answer.refused, answer
    assert Decimal("22.5") in [v.value for v in answer.values] and Decimal("33.5") in [v.value for v in answer.values]
    assert "Sammanlagt är det 33,5 miljoner kronor" in answer.text

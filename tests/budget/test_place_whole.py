"""A follow-up naming the municipality as the whole ("och hur många var det totalt i kommunen?") after a turn about one
unit's figure: the grand total of that unit's table, of the same year."""
from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.place_whole import names_whole_place
from assistant.budget.store import FigureBook
from ingest.load import load_document
from ingest.tables import extract_figures

STAFF = """Årsarbetare (tillsvidare och visstid), oktober respektive år

| Förvaltning | 2024 | 2025 | 2026 |
|---|---|---|---|
| Socialförvaltningen | 583,5 | 590 | 586,5 |
| Barn- och utbildningsförvaltningen | 520 | 530 | 528 |
| Samhällsbyggnadsförvaltningen | 232,5 | 235 | 236,5 |
| Totalt | 1 336 | 1 355 | 1 351 |
"""


def _book(tmp_path) -> FigureBook:
    path = tmp_path / "personal.md"
    path.write_text(STAFF, encoding="utf-8")
    return FigureBook((extract_figures(load_document(path, sidecar={})),))


def test_the_municipality_as_the_whole_is_the_tables_total_of_the_year(tmp_path):
    answer = answer_figures("och hur många var det totalt i kommunen?", _book(tmp_path),
                            history=("hur många årsarbetare hade socialförvaltningen 2026?",))
    assert answer is not None and not answer.refused, answer
    assert [v.value for v in answer.values] == [Decimal("1351")], answer


def test_the_row_named_again_is_its_own_figure(tmp_path):
    answer = answer_figures("och hur många hade socialförvaltningen 2025?", _book(tmp_path),
                            history=("hur många årsarbetare hade socialförvaltningen 2026?",))
    assert answer is not None and [v.value for v in answer.values] == [Decimal("590")], answer


def test_the_municipality_said_as_a_whole():
    assert names_whole_place("hur många var det totalt i kommunen?")
    assert names_whole_place("och för hela kommunen?")
    assert names_whole_place("how many in the whole municipality?")
    assert not names_whole_place("vad tjänar kommunen på det?")

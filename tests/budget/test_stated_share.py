"""A share the tables state as a row of its own ("Årets resultat i % av skatter och statsbidrag") is read, not
computed from the two rows the question's words found ("Årets resultat" over "Skatteintäkter" alone); of two such
rows, the one of a table holding the year asked."""
from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

BUDGET = """Budget och plan 2025–2027

Resultatbudget 2025–2027 (tkr)

| Belopp i tkr | Budget 2024 | Budget 2025 | Plan 2026 |
|---|---|---|---|
| Skatteintäkter | 200 000 | 204 150 | 210 000 |
| Generella statsbidrag och utjämning | 153 200 | 161 740 | 165 300 |
| Årets resultat | 3 000 | 4 250 | 4 800 |
| Årets resultat i % av skatter och statsbidrag | 0,9 | 1,2 | 1,3 |

Nyckeltal 2020–2024

| Nyckeltal | 2022 | 2023 | 2024 |
|---|---|---|---|
| Resultat i % av skatter och statsbidrag | -0,4 | 0,6 | 1,5 |
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="b.md", text=BUDGET, sha256="b", meta=DocumentMeta(title="Budget och plan 2025–2027",
                                                                                  doc_type="budget"))
    return FigureBook((extract_figures(doc),))


def test_a_share_a_row_states_is_read_not_computed() -> None:
    answer = answer_figures("vilket resultat i procent av skatter och bidrag budgeteras 2025?", _book())
    assert answer is not None and not answer.refused
    assert [v.value for v in answer.values][:1] == [Decimal("1.2")]


def test_of_two_stated_shares_the_one_of_the_year_asked() -> None:
    answer = answer_figures("hur stort var resultatet i procent av skatter och bidrag 2023?", _book())
    assert answer is not None and not answer.refused
    assert [v.value for v in answer.values][:1] == [Decimal("0.6")]

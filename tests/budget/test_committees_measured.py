"""The committees said as a whole with a measure a table of committees is given in ("nämndernas totala
nettokostnad" of "Nettokostnad, mnkr" over the committees) read the row summing them ("Summa nämnder"), not the
income statement's row of that word."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

REPORT = """Årsredovisning 2024

Resultaträkning

| Mnkr | Utfall 2023 | Utfall 2024 |
|---|---|---|
| Verksamhetens intäkter | 410,2 | 425,0 |
| Verksamhetens kostnader | -2 330,1 | -2 464,5 |
| Verksamhetens nettokostnader | -1 919,9 | -2 039,5 |

Tabell 2. Driftredovisning per nämnd 2024

| Nettokostnad, mnkr | Budget 2024 | Utfall 2024 | Avvikelse 2024 |
|---|---|---|---|
| Kommunstyrelsen | 152,3 | 149,1 | 3,2 |
| Barn- och utbildningsnämnden | 738,9 | 744,6 | -5,7 |
| Socialnämnden | 851,6 | 870,3 | -18,7 |
| Summa nämnder | 1 742,8 | 1 764,0 | -21,2 |
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="aby/arsredovisning.txt", text=REPORT, sha256="ar",
                         meta=DocumentMeta(title="Årsredovisning 2024", doc_type="annual_report", municipality="Aby"))
    return FigureBook((extract_figures(doc),))


def test_the_committees_measure_is_read_in_the_row_summing_them() -> None:
    answer = answer_figures("Hur många procent högre än budget blev nämndernas totala nettokostnad 2024?", _book())
    assert answer is not None and answer.calculation is not None
    assert [i.label for i in answer.calculation.inputs] == ["Summa nämnder", "Summa nämnder"]
    assert round(answer.calculation.result, 1) == Decimal("1.2")


def test_a_committee_named_is_no_measure_of_the_committees() -> None:
    answer = answer_figures("Hur stor var socialnämndens nettokostnad 2024?", _book())
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal("870.3")

"""A change of one row over its years keeps the row's measure: the investment row of a new home changing from 2025
to 2027 does not answer how much its running cost grows; the sentence stating that does."""
from __future__ import annotations

from pathlib import Path

from tests.answer.small_corpus import assistant_of

BUDGET = """# Budget och plan 2025–2027

## Investeringsbudget

Belopp i mnkr

| Projekt | Budget 2025 | Plan 2026 | Plan 2027 |
|---|---:|---:|---:|
| Vård- och omsorgsboende Bronäs | 12,0 | 55,0 | 48,0 |
| Gång- och cykelvägar | 4,0 | 4,0 | 4,0 |
| Totalt | 16,0 | 59,0 | 52,0 |
"""

NEWS = """# Nytt vård- och omsorgsboende på Bronäs

Byggstarten av boendet på Bronäs sker i höst. När boendet är i drift beräknas de årliga driftkostnaderna öka med
4,2 miljoner kronor netto, eftersom flera mindre enheter samlas i en byggnad.
"""


def test_a_change_of_an_investment_row_is_no_running_cost(tmp_path: Path) -> None:
    answer = assistant_of(tmp_path, {"budget-2025.md": BUDGET, "pressmeddelande-bronas.md": NEWS}).ask(
        "hur mycket ökar driftkostnaden per år när bronäs boendet är klart?")
    assert not answer.refused and "4,2 miljoner" in answer.answer, answer.answer

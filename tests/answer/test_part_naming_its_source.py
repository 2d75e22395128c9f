"""A later part asking another figure of the first part's thing, with the document it is written in named
("..., och vad är prognosen enligt kommunstyrelsens protokoll i september?"): the source phrase names where, no topic
of the part's own, so the part asks that figure of the first part's row."""
from __future__ import annotations

from pathlib import Path

from tests.fakes import assistant_over

BUDGET = """Budget 2025 för Exempelby kommun

Driftbudget per verksamhet 2025

Belopp i tkr\tBudget 2024\tBudget 2025
Äldreomsorg\t176 100\t182 400
Förskola\t101 300\t104 400
"""
MINUTES = """Protokoll – Kommunstyrelsen 2025-09-30

§ 112 Ekonomisk uppföljning

| Verksamhet | Budget 2025, tkr | Prognos 2025, tkr | Avvikelse, tkr |
|---|---|---|---|
| Äldreomsorg | 182 400 | 186 900 | -4 500 |
| Förskola | 104 400 | 103 900 | 500 |
"""


def test_a_later_part_naming_only_a_column_and_its_source_asks_of_the_first_parts_row(tmp_path: Path) -> None:
    folder = tmp_path / "docs" / "exempelby"
    folder.mkdir(parents=True)
    (folder / "budget-2025.txt").write_text(BUDGET, encoding="utf-8")
    (folder / "protokoll-ks-2025-09-30.md").write_text(MINUTES, encoding="utf-8")
    assistant = assistant_over(tmp_path / "docs")
    answer = assistant.ask("Vad är äldreomsorgens budget 2025 och vad är prognosen enligt kommunstyrelsens protokoll "
                           "i september?")
    assert "186 900" in answer.answer or "186,9" in answer.answer

"""A list item says what the line introducing its list says: "Socialnämnden: 3,2 miljoner kronor ..." under
"nämnderna ska genomföra effektiviseringar om sammanlagt 6,8 miljoner kronor:" is how much socialnämnden is to
save, though the operating budget's row for socialnämnden (its kommunbidrag, another measure) is what the
calculator finds."""
from __future__ import annotations

from pathlib import Path

from tests.answer.small_corpus import assistant_of

BUDGET = """# Mål och budget 2025

## Driftbudget per nämnd

Belopp i tkr

| Nämnd | Budget 2024 | Budget 2025 |
|---|---:|---:|
| Kommunstyrelsen | 61 200 | 62 900 |
| Socialnämnden | 240 100 | 251 300 |
| Summa | 301 300 | 314 200 |

## Ekonomiska ramar och effektiviseringar

Nämndernas ramar för 2025 har räknats upp med 2,5 procent för löner.

Samtidigt ska nämnderna genomföra effektiviseringar om sammanlagt 4,7 miljoner kronor:

- Socialnämnden: 3,2 miljoner kronor genom ny planering av hemtjänsten.
- Kommunstyrelsen: 1,5 miljoner kronor genom vakanshållning.

Socialnämnden redovisade 2023 ett underskott på 4,9 miljoner kronor.
"""


def test_a_list_item_answers_for_the_measure_its_introduction_names(tmp_path: Path) -> None:
    answer = assistant_of(tmp_path, {"mal-och-budget-2025.md": BUDGET}).ask("Hur mycket ska socialnämnden effektivisera 2025?")
    assert not answer.refused, answer.answer
    assert "3,2 miljoner" in answer.answer and answer.citations[0].quote.startswith("Socialnämnden: 3,2")

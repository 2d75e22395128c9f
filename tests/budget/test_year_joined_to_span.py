"""A year joined to a span it borders widens the span ("budget 2025 och planåren 2026-2027" is 2025–2027); a
year apart from it does not."""
from __future__ import annotations

import pytest

from assistant.budget.plan import _years, normalise


@pytest.mark.parametrize(("question", "years"), [
    ("genomsnittliga årets resultat för budget 2025 och planåren 2026-2027", ((2025, 2027), True)),
    ("sammanlagt 2023–2024 och 2025", ((2023, 2025), True)),
    ("2026-2027 samt 2028", ((2026, 2028), True)),
    ("sedan 2020 och under åren 2026-2027", ((2026, 2027), True)),
    ("budget 2025 och planåren 2026-2027", ((2025, 2027), True)),
])
def test_a_year_beside_a_span_joins_it(question: str, years: tuple[tuple[int, ...], bool]) -> None:
    assert _years(normalise(question)) == years

"""The everyday names of a school form name its row: "gymnasiet" is the row "Gymnasieskola" (or "Gymnasieutbildning")
of an operating budget, as "grundskolan" is "Grundskola" (data/budget_synonyms.json rows)."""
from __future__ import annotations

from assistant.budget.matching import _build_lexicon, match_rows


def test_gymnasiet_names_the_upper_secondary_row() -> None:
    lexicon = _build_lexicon(("Förskola", "Grundskola", "Gymnasieskola", "Andel elever behöriga till gymnasiet, %"))
    assert [m.label for m in match_rows("vad är budgeten för gymnasiet 2025", lexicon)] == ["Gymnasieskola"]
    other = _build_lexicon(("Grundskola", "Gymnasieutbildning"))
    assert [m.label for m in match_rows("hur mycket kostar gymnasiet?", other)] == ["Gymnasieutbildning"]

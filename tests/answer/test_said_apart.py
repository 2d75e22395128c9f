"""A compound is said as two words when its modifier is made an adjective before its head: "ett statligt bidrag"
says "statsbidrag"; the head alone, or the modifier as a noun elsewhere, does not."""
from __future__ import annotations

import pytest

from assistant.evidence.sentences import said_apart


@pytest.mark.parametrize("compound, text, said", [
    ("statsbidrag", "Kommunen har beviljats ett statligt bidrag på 3,2 miljoner kronor.", True),
    ("kommunbidrag", "Nämnden får kommunala bidrag för verksamheten.", True),
    ("statsbidrag", "Staten ger ett bidrag till kommunen.", False),  # the modifier as a noun, apart from the head
    ("statsbidrag", "Bidraget betalas ut i maj.", False),  # the head alone
    ("avsaltningsverket", "Verket byggs ut.", False),  # no known parts
])
def test_a_compound_is_said_as_an_adjective_and_its_head(compound: str, text: str, said: bool) -> None:
    assert said_apart(compound, text) is said

"""A committee named by its areas ("nämnden för X, Y och Z") ends where the list of nouns ends."""
from __future__ import annotations

import pytest

from assistant.understand.followup import ENTITY


@pytest.mark.parametrize("question, names", [
    ("Vad fick nämnden för arbete, kompetens och välfärd 2022 och vad fick den 2023?",
     ["nämnden för arbete, kompetens och välfärd"]),
    ("Hur mycket får nämnden för kultur och fritid och hur mycket får socialnämnden?",
     ["nämnden för kultur och fritid", "socialnämnden"]),
    ("Vad får nämnden för miljö- och byggfrågor?", ["nämnden för miljö- och byggfrågor"]),
    ("Hur mycket fick nämnden för arbete och vad sa de?", ["nämnden för arbete"]),
    ("Vad får nämnden för barn och unga och kommunstyrelsen?", ["nämnden för barn och unga", "kommunstyrelsen"]),
])
def test_a_committee_named_by_its_areas_ends_with_its_nouns(question, names) -> None:
    assert ENTITY.findall(question) == names

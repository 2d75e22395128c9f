"""What a number of a sentence is, read in its own words: a stretch of time answers only a question asking how long
or how old; the level a change starts from ("öka från 412 mnkr") is the amount of the change's subject."""
from __future__ import annotations

from assistant.compose.answer import of_other_subject
from assistant.evidence.amount_stretch import leading_subjects
from assistant.evidence.sentences import asked_amounts
from assistant.understand.query import analyse
from assistant.understand.words import asks_duration

LONGEST = "Det här är den största investeringen i barnomsorg i Munkfors på över 20 år."
DEBT = "Kommunens låneskuld beräknas öka från 412 mnkr vid utgången av 2024 till 444 mnkr vid utgången av 2025."


def test_a_stretch_of_time_answers_only_how_long() -> None:
    assert asked_amounts(analyse("hur mycket får ordföranden i arvode?"), LONGEST) == []
    assert asked_amounts(analyse("hur länge sedan var det en så stor investering?"), LONGEST) == ["20"]
    assert asked_amounts(analyse("hur många år sedan?"), LONGEST) == ["20"]
    assert asks_duration("How old is the school?") and not asks_duration("hur mycket kostar skolan?")


def test_the_level_a_change_starts_from_is_its_subjects() -> None:
    assert leading_subjects(DEBT)[0] == frozenset({"låneskuld"})
    assert of_other_subject(analyse("Vad kostar simundervisningen medan simhallen är stängd?"), DEBT)
    assert not of_other_subject(analyse("hur stor blir låneskulden 2025?"), DEBT)

"""What a question names as its source: the kind of document after a preposition of source, and the body named
only as its author ("KS-protokollet", "kommunstyrelsens protokoll", "Tierps KS 11 mars")."""
from __future__ import annotations

from assistant.understand.abbreviations import expand
from assistant.understand.sources import kind_of_word, named_sources, without_source_bodies


def test_a_body_compounded_with_the_minutes_is_their_author() -> None:
    text = expand("Enligt KS-protokollet i Hallsberg, hur mycket ökar kultur- och fritidsnämndens ram till 2025?")
    source = named_sources(text)
    assert source.kinds == ("minutes",) and source.bodies == ("kommunstyrelsen",)
    assert without_source_bodies(text, source).startswith("Enligt protokollet i Hallsberg, hur mycket ökar kultur-")


def test_a_genitive_body_before_the_kind_is_its_author() -> None:
    source = named_sources("vad står i kommunstyrelsens protokoll om skolan")
    assert source.kinds == ("minutes",) and source.bodies == ("kommunstyrelsens",)
    assert without_source_bodies("vad står i kommunstyrelsens protokoll om skolan") == "vad står i protokoll om skolan"


def test_a_body_and_a_meeting_date_name_its_minutes() -> None:
    text = expand("Hur stor andel av ombudgeteringen i tierps ks 11 mars går till siggbo-boendet?")
    source = named_sources(text)
    assert source.kinds == ("minutes",) and source.bodies == ("kommunstyrelsen",)
    assert "kommunstyrelsen" not in without_source_bodies(text, source)


def test_a_body_said_once_is_removed_once() -> None:
    text = expand("Hur mycket flyttas över från 2024 i Tierp enligt ks-protokollet?")
    assert without_source_bodies(text) == "Hur mycket flyttas över från 2024 i Tierp enligt protokollet?"


def test_kinds_in_compounds_and_with_a_generic_document_noun() -> None:
    assert kind_of_word("budgetdokumentet") == "budget"
    assert kind_of_word("KS-protokollet") == "minutes"
    assert kind_of_word("årsredovisningen") == "annual_report"
    assert kind_of_word("budgetåret") is None


def test_no_source_without_a_preposition_of_source_or_a_kind() -> None:
    assert not named_sources("hur mycket sämre blev resultatet 2024 jämfört med budgeten för 2024?")
    assert not named_sources("Hur mycket får socialnämnden i Hallsberg, och hur mycket får kulturnämnden?")
    # a committee before a kind that is no record of its meetings is named as its source's subject, not author
    source = named_sources("hur mycket ökar kostnaderna i socialnämndens budget 2025")
    assert source.kinds == ("budget",)

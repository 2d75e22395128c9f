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


def test_a_passage_reporting_what_the_named_kind_says_speaks_for_it() -> None:
    from assistant.understand.sources import quotes_kind

    said = "Under sammanträdet presenterades handlingsplanen, som anger att nämnden ska ha en budget i balans."
    assert quotes_kind(said, ("action_plan",)) and quotes_kind("Enligt handlingsplanen ska det ske.", ("action_plan",))
    assert not quotes_kind("Förvaltningen ska ta fram en handlingsplan.", ("action_plan",))
    assert not quotes_kind(said, ("minutes",))


def test_a_sentence_reporting_the_named_kind_is_among_its_own_sentences() -> None:
    from types import SimpleNamespace

    from assistant.answering.prose import ProseAnswering
    from assistant.retrieval.retrieve import Sentence
    from assistant.understand.query import analyse
    from core.types import Chunk

    def sentence(text: str, kind: str, n: int) -> Sentence:
        c = Chunk(id=f"c{n}", doc_path=f"d{n}.txt", text=text, start=0, end=len(text), title="T", doc_type=kind)
        return Sentence(chunk=c, start=0, end=len(text), text=text, score=1.0 - n / 10, coverage=0.5, chunk_score=1.0)

    plan = sentence("Nämnderna ska kunna budgetera en buffert.", "action_plan", 1)
    other = sentence("Nämnden ska ha en budget i balans.", "committee_summary", 2)
    said = sentence("Handlingsplanen, som anger att nämnden i slutet av 2024 ska ha en budget i balans.",
                    "committee_summary", 3)
    q = analyse("nämnden ska ha budget i balans i slutet av 2025 enligt handlingsplanen")
    helper = SimpleNamespace(retriever=SimpleNamespace(targets=lambda q: [lambda c: c.doc_type == "action_plan"]))
    ordered = ProseAnswering._from_named_sources(helper, q, [plan, other, said])
    assert ordered == [plan, said, other]


def test_the_document_said_according_to_stating_what_is_asked_is_the_source() -> None:
    """"När ska eleverna flytta in enligt delårsrapporten?": the interim report's own time answers; a press release
    saying the same time is no source to quote (dropped), its sentences stating no time stay. A kind named otherwise
    ("i delårsrapporten") may be reported by another document: nothing is dropped."""
    from types import SimpleNamespace

    from assistant.answering.prose import ProseAnswering
    from assistant.retrieval.retrieve import Sentence
    from assistant.understand.query import analyse
    from core.types import Chunk

    def sentence(text: str, kind: str, n: int) -> Sentence:
        c = Chunk(id=f"c{n}", doc_path=f"d{n}.txt", text=text, start=0, end=len(text), title="T", doc_type=kind)
        return Sentence(chunk=c, start=0, end=len(text), text=text, score=1.0 - n / 10, coverage=0.5, chunk_score=1.0)

    release = sentence("Ombyggnaden är försenad och eleverna beräknas flytta in i januari 2028.", "press_release", 1)
    background = sentence("Ombyggnaden av skolan är försenad.", "press_release", 2)
    report = sentence("Inflyttning beräknas nu till januari 2028 i stället för hösten 2027.", "interim_report", 3)
    helper = SimpleNamespace(retriever=SimpleNamespace(targets=lambda q: [lambda c: c.doc_type == "interim_report"]))
    according = analyse("När ska eleverna i Sävstaskolan flytta in enligt delårsrapporten?")
    assert ProseAnswering._from_named_sources(helper, according, [release, background, report]) == [report, background]
    named = analyse("När ska eleverna i Sävstaskolan flytta in, vad står i delårsrapporten?")
    assert release in ProseAnswering._from_named_sources(helper, named, [release, background, report])


def test_a_kind_written_in_two_words_is_named_and_a_preposition_ends_the_reach() -> None:
    """"according to the news article": the kind of two words; "come in under budget": "under" begins a phrase of
    its own, so "budget" after it is no source."""
    found = named_sources("By how much did the kommunstyrelse come in under budget in 2025 according to the news "
                          "article?")
    assert found.kinds == ("news",) and found.words == ("news article",)
    assert named_sources("what does the annual report say?").kinds == ()  # no preposition of source
    assert named_sources("in the annual report, how big is the deficit?").kinds == ("annual_report",)

"""An elliptic follow-up naming a measure of its own ("och sjukfrånvaron?" after "hur många tillsvidareanställda
...?") asks that measure's figure, whatever its kind: the earlier turn's count was of its own thing."""
from __future__ import annotations

from assistant.build import Assistant
from assistant.understand.followup import names_own_measure
from core.types import DocumentMeta
from tests.answer.memindex import MemoryIndex
from tests.fakes import HashEmbedder

TEXT = ("Antalet tillsvidareanställda var 1 012 den 31 augusti 2025.\n\n"
        "Sjukfrånvaron uppgick till 6,8 procent av ordinarie arbetstid under perioden januari–augusti 2025.\n")
EARLIER = ["hur många tillsvidareanställda hade kommunen i augusti 2025?"]


def _assistant() -> Assistant:
    index = MemoryIndex([("delar.txt", TEXT, DocumentMeta(title="Delårsrapport januari–augusti 2025",
                                                          doc_type="annual_report"))], HashEmbedder())
    return Assistant(index)


def test_a_follow_up_naming_a_measure_of_its_own_asks_no_count() -> None:
    assistant = _assistant()
    q = assistant._analyse("och sjukfrånvaron?", EARLIER)
    assert q.wants_amount and not q.wants_count
    other_body = assistant._analyse("och socialnämnden?", ["hur många anställda har kulturnämnden?"])
    assert other_body.wants_count  # the earlier measure of another committee: still a count


def test_a_measure_is_no_committee_and_no_place() -> None:
    assert names_own_measure("och sjukfrånvaron?")
    assert not names_own_measure("och socialnämnden?")
    assert not names_own_measure("och i Tibro då?", ("Tibro",))
    assert not names_own_measure("och ett halvår senare?")  # another time of the earlier measure


def test_the_follow_up_quotes_the_new_measures_figure() -> None:
    answer = _assistant().ask("och sjukfrånvaron?", history=tuple(EARLIER))
    assert not answer.refused
    assert "6,8 procent" in answer.answer.split("Se även")[0]


LOANS = ("Kommunens låneskuld uppgick till 362 miljoner kronor den 31 december 2024. Låneskulden beräknas uppgå till "
         "437 miljoner kronor vid utgången av 2025.\n\n"
         "Den genomsnittliga räntan var 2,9 procent och den genomsnittliga kapitalbindningstiden 2,4 år.\n")


def test_a_compound_the_documents_never_write_asks_for_its_head() -> None:
    index = MemoryIndex([("ekonomi.html", LOANS, DocumentMeta(title="Finansiell information", doc_type="web"))],
                        HashEmbedder())
    assistant = Assistant(index)
    stats = assistant.retriever.stats
    assert stats.head_of("snitträntan") == "räntan"  # "snitt" is no word of theirs; "räntan" is
    assert stats.head_of("räntan") is None  # a word they write is its own head
    answer = assistant.ask("och vad är snitträntan?", history=("hur stor är låneskulden?",))
    assert not answer.refused
    assert "2,9 procent" in answer.answer.split("Se även")[0]

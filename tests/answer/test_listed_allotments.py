"""A list of allotments, each amount followed by what it is of ("avser 6,1 miljoner kronor individ- och
familjeomsorgen och 3,7 miljoner kronor hemtjänsten"): the amount asked is the one before the asked part."""
from __future__ import annotations

from assistant.compose.answer import extract_fact
from assistant.evidence.amount_stretch import recipient_spans
from assistant.understand.query import analyse

LISTED = "Av underskottet avser 6,1 miljoner kronor individ- och familjeomsorgen och 3,7 miljoner kronor hemtjänsten."


def test_each_listed_amount_is_of_the_noun_after_it() -> None:
    spans = recipient_spans(LISTED)
    assert [LISTED[a:b].strip() for a, b in spans] == ["individ-", "hemtjänsten."[:-1]]


def test_the_amount_of_the_asked_part_is_the_fact() -> None:
    q = analyse("Hur stor del av socialnämndens underskott gäller individ- och familjeomsorgen?")
    assert extract_fact(q, LISTED) == "6,1 miljoner kronor"
    assert extract_fact(analyse("Hur mycket av underskottet gäller hemtjänsten?"), LISTED) == "3,7 miljoner kronor"


def test_one_amount_followed_by_a_noun_is_no_list() -> None:
    assert recipient_spans("Nämnden får 4,7 miljoner kronor extra i år.") == [None]
    # two amounts each followed by words, but joined by no conjunction: no list of allotments
    assert recipient_spans("Balanskravsresultatet uppgår till 12,7 miljoner kronor efter att realisationsvinster på "
                           "0,6 miljoner kronor har räknats bort.") == [None, None]

"""A word joining a party's members to a kind of document ("sossebudgeten") names that party's document, as
"S-budgeten" does: its publisher and kind, no concept the evidence must say."""
from __future__ import annotations

from assistant.understand.query import analyse, party_compounds


def test_a_party_word_compounded_with_a_kind_of_document_names_the_partys_document() -> None:
    assert party_compounds("sommarjobben i sossebudgeten") == [("S", "sossebudgeten", "budgeten")]
    assert party_compounds("vad står i moderat-budgeten?") == [("M", "moderat-budgeten", "budgeten")]
    assert party_compounds("vad säger socialdemokraten om budgeten?") == []
    q = analyse("sommarjobben i sossebudgeten: hur många jobb räcker det till?")
    assert q.doc_types == ("budget",) and q.publishers == ("socialdemokraterna|\\(s\\)",)
    assert not any("sossebudget" in g for g in q.groups)
    assert q.groups == analyse("sommarjobben i S-budgeten: hur många jobb räcker det till?").groups

"""Two readings of a sentence's words: a day of a month is no amount also when it opens a range or a pair of days
("2–30 april", "den 10 och 17 april"); a short stem ("möt" of "möte") is said by the stemmer's longer stem of its
definite plural ("mötena" is stemmed "möten")."""
from __future__ import annotations

from assistant.evidence import sentences
from assistant.understand.query import analyse
from core.types import Chunk


def chunk(i: int, text: str) -> Chunk:
    return Chunk(id=f"d#{i}", doc_path="d.txt", text=text, start=0, end=len(text), title="Dialog",
                 doc_type="report", date="2024-06-01")


def test_days_of_a_range_or_a_pair_are_no_amounts() -> None:
    assert sentences.amounts_in("Enkäten pågick 2–30 april 2024 och hade två delar.") == []
    assert sentences.amounts_in("Ungefär 40 personer kom till mötena den 10 och 17 april.") == ["40"]
    assert sentences.amounts_in("Mötet hölls 3 maj.") == []
    assert sentences.amounts_in("Priset steg från 2 till 30 kronor.") == ["2", "30"]  # no month: amounts


def test_a_short_stem_is_said_by_its_definite_plural() -> None:
    chunks = [chunk(0, "Ungefär 40 personer deltog på de öppna mötena i maj."),
              chunk(1, "Kommunen har en budget."), chunk(2, "Nämnden har ett möte.")]
    stats = sentences.TermStats({c.id: c for c in chunks})
    group = next(g for g in analyse("Hur många deltog på de öppna möten som hölls?").groups if g[0] == "möt")
    assert stats.says(group, chunks[0].text)

"""The year a sentence of a report writes as the report's own ("under året", "helårsprognosen", "under perioden") is
the one year its title names: prose standing in for a table that lacks the year states it so."""
from __future__ import annotations

from assistant.arbitrate import year_reported
from assistant.retrieval.retrieve import Sentence
from core.types import Chunk


def _sentence(title: str, text: str) -> Sentence:
    chunk = Chunk(id="d#0", doc_path="d.pdf", text=text, start=0, end=len(text), title=title)
    return Sentence(chunk=chunk, start=0, end=len(text), text=text, score=1.0, coverage=0.5, chunk_score=1.0)


def test_the_whole_year_and_the_period_of_an_interim_report_are_its_year() -> None:
    title = "Delårsrapport januari–augusti 2025"
    assert year_reported(_sentence(title, "Helårsprognosen för investeringar är 171,0 miljoner kronor.")) == {2025}
    assert year_reported(_sentence(title, "Investeringarna uppgick till 98,6 miljoner kronor under perioden.")) == {2025}
    assert year_reported(_sentence("Årsredovisning 2023", "Största projekt under året var skolan.")) == {2023}


def test_no_year_of_a_plan_period_nor_of_a_sentence_saying_none() -> None:
    assert year_reported(_sentence("Mål och budget 2026 med plan 2027–2028",
                                   "Helårseffekten av besparingen är 4 miljoner kronor.")) == set()
    assert year_reported(_sentence("Delårsrapport januari–augusti 2025", "Investeringarna uppgick till 98,6 miljoner "
                                                                         "kronor.")) == set()

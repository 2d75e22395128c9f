"""A list item's amount is of the measure its list's introduction names: "- Socialnämnden: 3,2 miljoner kronor ..."
under "Samtidigt ska nämnderna genomföra effektiviseringar om sammanlagt 6,8 miljoner kronor:" names the saving asked
("hur mycket ska socialnämnden effektivisera?"), though the item's own words do not."""
from __future__ import annotations

from types import SimpleNamespace

from assistant.build import Assistant
from assistant.evidence.near_miss import names_asked
from assistant.evidence.sentences import Sentence
from core.types import Chunk

TEXT = ("Ekonomiska ramar\n\nSamtidigt ska nämnderna genomföra effektiviseringar om sammanlagt 6,8 miljoner kronor:\n"
        "- Socialnämnden: 3,2 miljoner kronor genom ny planering av hemtjänsten.\n"
        "- Barn- och utbildningsnämnden: 2,1 miljoner kronor genom samordnade skolskjutsar.\n")


def test_a_list_item_names_the_measure_its_introduction_names() -> None:
    item = "Socialnämnden: 3,2 miljoner kronor genom ny planering av hemtjänsten."
    start = TEXT.index(item)
    chunk = Chunk(id="b#0", doc_path="b.pdf", text=TEXT, start=0, end=len(TEXT), title="Mål och budget 2025")
    s = Sentence(chunk=chunk, start=start, end=start + len(item), text=item, score=1.0, coverage=1.0, chunk_score=1.0)
    owner = SimpleNamespace(index=SimpleNamespace(text=lambda path: TEXT))
    owner._introduced = lambda doc, at, text: Assistant._introduced(owner, doc, at, text)  # type: ignore[attr-defined]
    question = "Hur mycket ska socialnämnden effektivisera 2025?"
    assert not names_asked(question, item, chunk.title)
    assert names_asked(question, Assistant._with_lead_in(owner, s), chunk.title)  # type: ignore[arg-type]

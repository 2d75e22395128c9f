""""per år" says how often, no topic: an amount's sentence sharing only "per" and one other word with the question
("vad kostar den nya lokalplaneringsenheten på kommunledningskontoret per år?" against "... inköp på cirka en halv
miljard kronor per år") is not about what it asks."""
from __future__ import annotations

from assistant.budget.store import FigureBook
from assistant.budget.topics import best_amounts
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

TEXT = """Handlingsplan

## Översyn av inköpsorganisation

Kommunledningskontoret ser behovet av en översyn av kommunens samlade inköpsorganisation med syfte att minska \
antalet beställare i kommunen. Det har lett till en stor inköpsorganisation. Kommunens förvaltningar gör inköp på \
cirka en halv miljard kronor per år så det finns troligtvis pengar att spara.

En lokalplaneringsenhet ska inrättas på kommunledningskontoret.
"""


def test_per_alone_does_not_make_an_amount_about_the_question() -> None:
    doc = LoadedDocument(path="plan.md", text=TEXT, sha256="p", meta=DocumentMeta(title="Handlingsplan"))
    book = FigureBook((extract_figures(doc),))
    found = best_amounts("vad kostar den nya lokalplaneringsenheten på kommunledningskontoret per år?",
                         book.index.amounts)
    assert found == []

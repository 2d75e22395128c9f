"""A table dividing a sum its title states ("Fördelning av 100 kronor i kommunalskatt", adding up to 100) names the
tax in its title, but its total is the sum divided: no figure of the tax ("vad är kommunalskatten 2026?")."""
from __future__ import annotations

from assistant.budget.answer import answer_figures, titled_total
from assistant.budget.plan import plan_question
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

PAGE = """Så används din skatt

Fördelning av 100 kronor i kommunalskatt 2026

| Verksamhet | Kronor |
|---|---|
| Skola | 40 |
| Äldreomsorg | 35 |
| Övrigt | 25 |
| Totalt | 100 |
"""


def test_the_total_of_a_stated_sum_is_no_figure_of_what_it_is_of() -> None:
    doc = LoadedDocument(path="asby/skatt.html", text=PAGE, sha256="s",
                         meta=DocumentMeta(title="Så används din skatt", date="2026-01-10", municipality="Åsby"))
    book = FigureBook((extract_figures(doc),))
    question = "vad är kommunalskatten 2026?"
    assert titled_total(question, plan_question(question, book.index.lexicon), book.tables) is None
    answer = answer_figures(question, book)
    assert answer is None or "Totalt" not in answer.text

"""A follow-up asking how much worse a figure is than budget ("hur mycket sämre är den än budget?" after "vad är
helårsprognosen?") names no thing of its own: the conversation's words find the sentence, and an amount said as a
difference there ("..., vilket är 5,3 miljoner kronor lägre än budget") is the answer, no subtraction of the
sentence's amounts."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

REPORT = """Delårsrapport januari–augusti 2026

Sammanfattning
Resultatet för perioden uppgår till 21,4 miljoner kronor. Helårsprognosen pekar på ett resultat på 8,9 miljoner
kronor, vilket är 5,3 miljoner kronor lägre än budget.
"""


def test_a_difference_stated_in_the_sentence_answers_the_follow_up() -> None:
    doc = LoadedDocument(path="asby/delar.pdf", text=REPORT, sha256="d",
                         meta=DocumentMeta(title="Delårsrapport januari–augusti 2026", date="2026-09-30",
                                           municipality="Åsby"))
    book = FigureBook((extract_figures(doc),))
    answer = answer_figures("hur mycket sämre är den än budget?", book, history=("Vad är helårsprognosen för 2026?",))
    assert answer is not None and "5,3" in answer.text and "3,6" not in answer.text

"""A short paragraph or a list item is one statement: a sentence of it is quoted with the whole of it when asked what
documents say."""
from __future__ import annotations

from assistant.evidence.paragraphs import whole_paragraph
from assistant.evidence.sentences import Sentence
from core.types import Chunk

TEXT = ("ÅTGÄRDER:\n\n"
        "- *Parkplaneringen ska samlas hos kommunstyrelsen. En parkenhet ska inrättas. Enheten ska finansieras "
        "inom ramen.*\n"
        "- Ett kontaktcenter ska inrättas.\n\n"
        "Fler parker\n\n"
        "1 mnkr tillskjuts för parker. Posten blir därmed 2 mnkr.\n"
        "Förstärkningen är tillfällig.\n\n"
        "Nämnd    2024    2025\nParknämnden    12    13\n\n"
        "Anna Berg\nKommunstyrelsens ordförande (M)\n")


def _sentence(fragment: str) -> Sentence:
    chunk = Chunk(id="b.txt#0", doc_path="b.txt", text=TEXT, start=0, end=len(TEXT), title="Budget")
    start = TEXT.index(fragment)
    return Sentence(chunk=chunk, start=start, end=start + len(fragment), text=fragment, score=1.0, coverage=1.0,
                    chunk_score=1.0)


def test_a_sentence_of_a_bullet_is_widened_to_the_whole_item_without_its_emphasis() -> None:
    item = "Parkplaneringen ska samlas hos kommunstyrelsen. En parkenhet ska inrättas. Enheten ska finansieras inom ramen."
    for fragment in ("Parkplaneringen ska samlas hos kommunstyrelsen.", "En parkenhet ska inrättas."):
        whole = whole_paragraph(_sentence(fragment), TEXT)
        assert whole.text == item and TEXT[whole.start:whole.end] == item


def test_a_sentence_of_a_short_paragraph_is_widened_to_the_paragraph() -> None:
    whole = whole_paragraph(_sentence("Förstärkningen är tillfällig."), TEXT)
    assert whole.text == "1 mnkr tillskjuts för parker. Posten blir därmed 2 mnkr.\nFörstärkningen är tillfällig."


def test_a_one_sentence_item_a_heading_a_table_and_a_signature_stay_as_they_are() -> None:
    for fragment in ("Ett kontaktcenter ska inrättas.", "Fler parker", "Parknämnden    12    13",
                     "Kommunstyrelsens ordförande (M)"):
        sentence = _sentence(fragment)
        assert whole_paragraph(sentence, TEXT) == sentence

"""A list item is one statement: a sentence of a bullet is quoted with the whole item when asked what documents say."""
from __future__ import annotations

from assistant.evidence.list_items import whole_item
from assistant.evidence.sentences import Sentence
from core.types import Chunk

TEXT = ("ÅTGÄRDER:\n\n"
        "- *Parkplaneringen ska samlas hos kommunstyrelsen. En parkenhet ska inrättas. Enheten ska finansieras "
        "inom ramen.*\n"
        "- Ett kontaktcenter ska inrättas.\n"
        "Parkerna är många. Vi sköter dem väl.\n")


def _sentence(fragment: str) -> Sentence:
    chunk = Chunk(id="b.txt#0", doc_path="b.txt", text=TEXT, start=0, end=len(TEXT), title="Budget")
    start = TEXT.index(fragment)
    return Sentence(chunk=chunk, start=start, end=start + len(fragment), text=fragment, score=1.0, coverage=1.0,
                    chunk_score=1.0)


def test_a_sentence_of_a_bullet_is_widened_to_the_whole_item_without_its_emphasis() -> None:
    item = "Parkplaneringen ska samlas hos kommunstyrelsen. En parkenhet ska inrättas. Enheten ska finansieras inom ramen."
    for fragment in ("Parkplaneringen ska samlas hos kommunstyrelsen.", "En parkenhet ska inrättas."):
        whole = whole_item(_sentence(fragment), TEXT)
        assert whole.text == item
        assert TEXT[whole.start:whole.end] == item


def test_prose_and_a_one_sentence_item_stay_as_they_are() -> None:
    for fragment in ("Ett kontaktcenter ska inrättas.", "Parkerna är många."):
        sentence = _sentence(fragment)
        assert whole_item(sentence, TEXT) == sentence

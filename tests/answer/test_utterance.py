"""A quoted speaker's whole utterance: the paragraph opened by a dash up to the reporting clause naming the speaker."""
from __future__ import annotations

from assistant.evidence.sentences import Sentence
from assistant.evidence.utterance import whole_utterance
from assistant.understand.words import asks_speaker, asks_what_said
from core.types import Chunk

TEXT = ("Den största satsningen görs inom äldreomsorgen.\n\n"
        "– Vi blir fler äldre och det måste synas i budgeten. Med pengarna kan vi korta kön, säger Eva Ek (C), "
        "ordförande.\n\nSkattesatsen lämnas oförändrad.")


def _sentence(fragment: str) -> Sentence:
    chunk = Chunk(id="p.txt#0", doc_path="p.txt", text=TEXT, start=0, end=len(TEXT), title="Pressmeddelande")
    start = TEXT.index(fragment)
    return Sentence(chunk=chunk, start=start, end=start + len(fragment), text=fragment, score=1.0, coverage=1.0,
                    chunk_score=1.0)


def test_the_sentence_naming_the_speaker_is_extended_back_to_the_dash_opening_the_quote() -> None:
    last = _sentence("Med pengarna kan vi korta kön, säger Eva Ek (C), ordförande.")
    whole = whole_utterance(last, TEXT)
    assert whole.text == ("Vi blir fler äldre och det måste synas i budgeten. Med pengarna kan vi korta kön, säger "
                          "Eva Ek (C), ordförande.")
    assert TEXT[whole.start:whole.end] == whole.text


def test_a_sentence_naming_no_speaker_or_opening_its_quote_is_unchanged() -> None:
    prose = _sentence("Skattesatsen lämnas oförändrad.")
    assert whole_utterance(prose, TEXT) == prose
    first = _sentence("Vi blir fler äldre och det måste synas i budgeten.")
    assert whole_utterance(first, TEXT) == first


def test_what_was_said_and_who_said_it_are_told_apart() -> None:
    assert asks_what_said("Vad sa hon om äldreomsorgen?")
    assert asks_what_said("What did he say about the savings?")
    assert not asks_what_said("vem sa det?")
    assert asks_speaker("vem sa det?") and asks_speaker("Who said that?")
    assert not asks_what_said("Hur mycket får äldreomsorgen?") and not asks_speaker("Vem är ordförande?")

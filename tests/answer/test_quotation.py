"""A question asking a named text's own words ("vad står det i kommunens vision 2040?") is answered by the quotation
set under a heading naming that text, quoted whole, not by a sentence naming the text in passing."""
from __future__ import annotations

from assistant.compose.answer import select_evidence
from assistant.evidence.quotation import asks_wording, quotation_rest
from assistant.evidence.sentences import Sentence
from assistant.understand.query import analyse
from core.types import Chunk

BUDGET = ("Agenda 2030\n\nFN har antagit Agenda 2030.\n\nVision 2040\n\n"
          "“Alingsås är Västsveriges vackraste kulturstad i en levande bygd. Genom nytänkande skapar vi "
          "livskvalitet för alla.”\n\nKommunens vision ska vara utgångspunkten för allt arbete.")
PRESS = "I kommunens vision för 2040 är Alingsås Västsveriges vackraste kulturstad i en levande bygd."


def _sentence(doc: str, text: str, part: str, title: str, score: float) -> Sentence:
    chunk = Chunk(id=f"{doc}-0", doc_path=doc, title=title, text=text, start=0, end=len(text))
    at = text.index(part)
    return Sentence(chunk=chunk, start=at, end=at + len(part), text=part, score=score, coverage=1.0,
                    chunk_score=1.0)


def test_the_quotation_under_the_heading_naming_the_asked_text_answers_whole() -> None:
    q = analyse("vad står det i kommunens vision 2040?")
    press = _sentence("p.txt", PRESS, PRESS, "Pressmeddelande", 1.2)
    opening = "“Alingsås är Västsveriges vackraste kulturstad i en levande bygd."
    quoted = _sentence("b.txt", BUDGET, opening, "Budget för Alingsås kommun 2021-2023", 1.0)
    chosen = select_evidence(q, [press, quoted])
    assert [s.text for s in chosen[:2]] == [opening, "Genom nytänkande skapar vi livskvalitet för alla.”"]


def test_what_a_text_says_of_a_topic_asks_no_wording() -> None:
    assert asks_wording("vad står det i kommunens vision 2040?")
    assert asks_wording("What does Alingsås' Vision 2040 say?")
    assert not asks_wording("vad säger handlingsplanen om en omställningsfond?")
    assert not asks_wording("What does the action plan say about the kitchen organisation?")


def test_a_quotation_closed_in_its_own_sentence_has_no_rest() -> None:
    text = "Vision\n\n“Vi ska vara bäst.” Det är målet."
    s = _sentence("v.txt", text, "“Vi ska vara bäst.”", "Plan", 1.0)
    assert quotation_rest(s) == []

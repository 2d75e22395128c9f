"""A question telling that the documents state its figure differently ("Jag har sett olika siffror i olika dokument")
names no document, yet asks each one's own figure: the best evidence, and each other document's sentence stating
the asked amount of the same subject."""
from __future__ import annotations

from assistant.build import Assistant
from assistant.retrieval.retrieve import Retriever
from assistant.evidence.sentences import Sentence, split_sentences
from assistant.understand.query import analyse
from assistant.understand.sources import says_sources_differ
from core.types import DocumentMeta
from tests.answer.memindex import MemoryIndex
from tests.fakes import HashEmbedder


def test_a_question_says_its_sources_differ_by_words_of_differing_figures_or_documents() -> None:
    assert says_sources_differ("Hur stora är inköpen? Jag har sett olika siffror i olika dokument.")
    assert says_sources_differ("Budgeten och planen anger skilda uppgifter om inköpen")
    assert says_sources_differ("I have seen different figures for the purchases")
    assert not says_sources_differ("Hur mycket köper kommunen in för per år?")
    assert not says_sources_differ("Vilka olika insatser finns för unga?")  # things of different kinds, no sources


def _sentence(index: MemoryIndex, path: str) -> Sentence:
    chunk = min((c for c in index.chunks.values() if c.doc_path == path), key=lambda c: c.start)
    s, e = split_sentences(chunk)[0]
    return Sentence(chunk=chunk, start=s, end=e, text=index.text(path)[s:e], score=1.0, coverage=1.0,
                    chunk_score=1.0)


def test_each_other_document_stating_the_asked_amount_of_the_subject_answers_beside_the_best() -> None:
    index = MemoryIndex([
        ("plan.txt", "Kommunens förvaltningar gör inköp på cirka en halv miljard kronor per år.\n",
         DocumentMeta(title="Handlingsplan", doc_type="action_plan")),
        ("budget.txt", "Kommunen har en total årlig inköpsvolym på långt över en miljard kronor.\n",
         DocumentMeta(title="Budget", doc_type="budget")),
        ("press.txt", "Kommunen bygger en ny förskola för 40 miljoner kronor per år.\n",
         DocumentMeta(title="Pressmeddelande", doc_type="press_release"))], HashEmbedder())
    assistant = object.__new__(Assistant)
    assistant.index, assistant.retriever, assistant.figures = index, Retriever(index), None
    q = analyse("Hur stora är kommunens inköp per år? Jag har sett olika siffror i olika dokument.")
    plan, budget, press = (_sentence(index, p) for p in ("plan.txt", "budget.txt", "press.txt"))
    chosen = assistant._from_each_stating(q, [plan], [plan, press, budget], 0.6)
    # the budget says the subject in its own words ("årlig inköpsvolym"); the press release states another thing's sum
    assert [s.chunk.doc_path for s in chosen] == ["plan.txt", "budget.txt"]
    # a best evidence stating no amount anchors nothing
    unstated = _sentence(MemoryIndex([("x.txt", "Kommunens inköp ska samordnas bättre.\n", DocumentMeta(title="X"))],
                                     HashEmbedder()), "x.txt")
    assert assistant._from_each_stating(q, [unstated], [unstated, budget], 0.6) == [unstated]


def test_a_clause_telling_the_sources_differ_is_no_part_of_its_own_though_its_verb_comes_first() -> None:
    from assistant.understand.parts import split_question

    # "har sett ..." with its subject left out opens like a yes/no question, yet tells where the figures were read
    parts = split_question("hur mycket köper kommunen in för per år? har sett olika siffror i s-budgeten och i "
                           "handlingsplanen")
    assert len(parts.questions) == 1
    assert split_question("Hur mycket kostar bygget? Har kommunen fått bidrag för det?").questions == (
        "Hur mycket kostar bygget?", "Har kommunen fått bidrag för det?")

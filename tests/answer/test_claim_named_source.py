"""A claim naming the document it says is its source ("Enligt handlingsplanen ...") is decided by what that document
says when only another document supports it; a contradicting figure written in words is said in digits too."""
from __future__ import annotations

from pathlib import Path

from assistant.evidence.claim_amounts import with_digits
from assistant.retrieval.retrieve import Sentence
from assistant.understand.query import analyse, names_source
from tests.fakes import assistant_over


def _sentences(assistant) -> list[Sentence]:
    return [Sentence(chunk=c, start=c.start, end=c.end, text=c.text, score=1.0, coverage=1.0, chunk_score=1.0)
            for c in assistant.index.chunks.values()]


def test_the_named_documents_sentences_are_its_evidence(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "ekonomisk-handlingsplan.md").write_text(
        "# Ekonomisk handlingsplan\n\nKommunens förvaltningar gör inköp på cirka en halv miljard kronor per år.\n",
        encoding="utf-8")
    (folder / "budget-2021.md").write_text(
        "# Budget 2021\n\nKommunen har en årlig inköpsvolym på långt över en miljard kronor.\n", encoding="utf-8")
    assistant = assistant_over(folder)
    sentences = _sentences(assistant)
    named = analyse("Enligt handlingsplanen gör förvaltningarna inköp för en miljard kronor om året.")
    kept = assistant._of_named_source(named, sentences)
    assert kept and all("handlingsplan" in s.chunk.doc_path for s in kept)
    # naming no source, or a source no sentence of the evidence is of, leaves the evidence itself
    unnamed = analyse("Förvaltningarna gör inköp för en miljard om året.")
    assert assistant._of_named_source(unnamed, sentences) is sentences
    only_budget = [s for s in sentences if "budget" in s.chunk.doc_path]
    assert assistant._of_named_source(named, only_budget) is only_budget


def test_a_document_after_a_verb_is_what_the_claim_is_about_not_its_source() -> None:
    assert names_source("Enligt den ekonomiska handlingsplanen gör förvaltningarna inköp för en miljard.")
    assert not names_source("kommunfullmäktige i vara antog budgeten 2025 med 7 röster mot 4")  # "antog": a verb


def test_a_figure_in_words_is_said_in_digits_too() -> None:
    assert with_digits("en halv miljard kronor") == "en halv miljard kronor (500 miljoner kronor)"
    assert with_digits("6 800 tkr") == "6 800 tkr"  # digits already
    assert with_digits("tio procent") == "tio procent"  # no money

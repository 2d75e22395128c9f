"""Chunking: exact offsets for every corpus chunk, sane sizes, whole tables with title and header, stable ids."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from core.types import LoadedDocument
from ingest.chunk import MAX_WORDS, chunk_document, count_words
from ingest.load import load_document
from tests.conftest import CORPUS, FIXTURES

CORPUS_FILES = sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".md"))


@pytest.fixture(scope="module")
def corpus_chunks() -> dict[str, tuple[LoadedDocument, list]]:
    out = {}
    for path in CORPUS_FILES:
        doc = load_document(path)
        out[path.name] = (doc, chunk_document(doc))
    return out


def test_every_corpus_chunk_is_exact_document_text(corpus_chunks: dict) -> None:
    total = 0
    for doc, chunks in corpus_chunks.values():
        for chunk in chunks:
            assert chunk.text == doc.text[chunk.start:chunk.end]
            assert chunk.text == chunk.text.strip() and chunk.text
            total += 1
        starts = [c.start for c in chunks]
        assert starts == sorted(starts)
        assert all(a.end <= b.start for a, b in zip(chunks, chunks[1:]))  # no overlaps
    assert total >= 60


def test_no_document_text_is_lost(corpus_chunks: dict) -> None:
    """Everything is in some chunk except running page headers that would start a chunk on their own."""
    for doc, chunks in corpus_chunks.values():
        covered = [False] * len(doc.text)
        for chunk in chunks:
            covered[chunk.start:chunk.end] = [True] * (chunk.end - chunk.start)
        lost = "".join(ch if not ok else "\n" for ch, ok in zip(doc.text, covered))
        assert {line for line in lost.split("\n") if line.strip()} <= {"BUDGET FÖR ALINGSÅS KOMMUN 2021-2023"}


def test_sizes_are_sane(corpus_chunks: dict) -> None:
    words = [count_words(c.text) for _, chunks in corpus_chunks.values() for c in chunks if c.kind == "text"]
    assert max(words) <= MAX_WORDS * 1.1
    assert sum(words) / len(words) >= 80
    assert sum(1 for w in words if w < 20) <= len(words) * 0.15


def test_budget_tables_are_whole_with_title_and_header(corpus_chunks: dict) -> None:
    _, chunks = corpus_chunks["budget-2021-2023-socialdemokraterna.txt"]
    tables = [c for c in chunks if c.kind == "table"]
    assert [c.section for c in tables] == ["Resultatbudget", "Driftsbudget", "Investeringsbudget"]
    drift = tables[1]
    assert drift.text.startswith("Driftsbudget\n\ntkr\tBudget 2021\tPlan 2022\tPlan 2023\n")
    assert "Socialnämnden\t205 172\t209 559\t213 162" in drift.text
    assert drift.text.endswith("Summa kommunbidrag\t2 384 696\t2 442 036\t2 487 639")
    assert tables[2].text.startswith("Investeringsbudget\n\ntkr\t2021\t2022\t2023\t2024\t2025")
    # the table of contents (text + page number) is not a table
    toc = next(c for c in chunks if "POLITISK AVSIKTSFÖRKLARING\t3" in c.text)
    assert toc.kind == "text"


def test_sections_from_markdown_and_title_lines(corpus_chunks: dict) -> None:
    _, chunks = corpus_chunks["ekonomisk-handlingsplan-valfardens-finansiering.md"]
    sections = {c.section for c in chunks}
    assert {"Bakgrund och syfte", "Nämndbuffertar mot oförutsedda kostnader", "Översyn av inköpsorganisation"} <= sections
    buffer = next(c for c in chunks if "30 miljoner kronor" in c.text)
    assert buffer.section == "Nämndbuffertar mot oförutsedda kostnader"
    assert buffer.text.startswith("## Nämndbuffertar")
    _, chunks = corpus_chunks["2024-01-31-namnden-arbete-kompetens-valfard-i-korthet.txt"]
    ferie = next(c for c in chunks if "feriearbeten" in c.text)
    assert ferie.section == "Politiskt initiativ från S, V, C och MP gällande feriearbeten"


def test_running_page_headers_do_not_become_sections(corpus_chunks: dict) -> None:
    _, chunks = corpus_chunks["budget-2021-2023-socialdemokraterna.txt"]
    assert "BUDGET FÖR ALINGSÅS KOMMUN 2021-2023" not in {c.section for c in chunks}


def test_bullet_lists_stay_together(corpus_chunks: dict) -> None:
    _, chunks = corpus_chunks["2023-02-08-pressmeddelande-kommunstyrelsens-uppdrag.txt"]
    bullets = [c for c in chunks if "• Kommunledningskontoret" in c.text]
    assert len(bullets) == 1 and bullets[0].text.count("•") == 5


def test_ids_are_stable_and_metadata_carried(corpus_chunks: dict) -> None:
    doc, chunks = corpus_chunks["budget-2021-2023-socialdemokraterna.txt"]
    again = chunk_document(load_document(CORPUS / "budget-2021-2023-socialdemokraterna.txt"))
    assert [c.id for c in again] == [c.id for c in chunks]
    assert chunks[3].id == f"{doc.text_key[:12]}-0003" and chunks[3].position == 3
    assert {c.title for c in chunks} == {"Budget för Alingsås kommun 2021-2023 (S)"}
    assert {c.doc_type for c in chunks} == {"budget"} and {c.date for c in chunks} == {"2020"}
    assert chunks[0].doc_path == doc.path


def test_long_paragraph_split_at_sentences() -> None:
    sentence = "Kommunen bygger en ny förskola i Noltorp med plats för 120 barn under året. "
    text = "Förskolor\n\n" + sentence * 60
    doc = LoadedDocument(path="x.txt", text=text.strip(), sha256="a" * 64,
                         meta=load_document(CORPUS / "budget-2021-2023-socialdemokraterna.txt").meta)
    chunks = chunk_document(doc)
    assert len(chunks) >= 4
    for chunk in chunks:
        assert chunk.text == doc.text[chunk.start:chunk.end]
        assert count_words(chunk.text) <= MAX_WORDS
        assert chunk.text.endswith("året.")
        assert chunk.section == "Förskolor"


def test_pdf_table_chunk_has_header_and_page() -> None:
    doc = load_document(FIXTURES / "budget_table.pdf", sidecar={})
    chunks = chunk_document(doc)
    table = next(c for c in chunks if c.kind == "table")
    assert table.text.startswith("tkr") and "Budget 2021" in table.text.split("\n")[0]
    assert table.text.split("\n")[-1].startswith("Summa kommunbidrag")
    assert table.page == 1
    two = chunk_document(load_document(FIXTURES / "two_pages.pdf", sidecar={}))
    assert [(c.page, c.section) for c in two] == [(1, "Förskolan i Testkommun"), (2, "Äldreomsorgen i Testkommun")]


def test_space_aligned_text_table(tmp_path: Path) -> None:
    text = ("Investeringar\n\nProjekt            2024      2025\nNy skola         12 500     8 000\n"
            "Simhall           3 200    14 000\n\nTexten fortsätter här med en vanlig mening om investeringarna.")
    (tmp_path / "inv.txt").write_text(text, encoding="utf-8")
    doc = load_document(tmp_path / "inv.txt", sidecar={})
    chunks = chunk_document(doc)
    table = next(c for c in chunks if c.kind == "table")
    assert table.text == "Investeringar\n\nProjekt            2024      2025\nNy skola         12 500     8 000\nSimhall           3 200    14 000"
    assert table.section == "Investeringar"


def test_pdf_page_headers_and_footers_are_not_sections() -> None:
    doc = load_document(FIXTURES / "headers_footers.pdf", sidecar={})
    chunks = chunk_document(doc)
    assert [(c.page, c.section) for c in chunks] == [
        (1, "Skolan i Testkommun"), (2, "Vården i Testkommun"), (3, "Kulturen i Testkommun"), (4, "Gatorna i Testkommun")]
    assert all(c.text.startswith(c.section) for c in chunks)


def test_markdown_pipe_table_is_one_table_chunk(tmp_path: Path) -> None:
    text = ("# Driftsbudget\n\nNämnderna får kommunbidrag enligt tabellen.\n\n### Kommunbidrag per nämnd\n\n"
            "| tkr | Budget 2021 | Plan 2022 |\n|---|---:|---:|\n| Socialnämnden | 205 172 | 209 559 |\n"
            "| Kommunstyrelsen | 95 090 | 96 486 |\n\nTexten fortsätter efter tabellen med en mening.")
    (tmp_path / "drift.md").write_text(text, encoding="utf-8")
    chunks = chunk_document(load_document(tmp_path / "drift.md", sidecar={}))
    table = next(c for c in chunks if c.kind == "table")
    assert table.text.startswith("### Kommunbidrag per nämnd\n\n| tkr | Budget 2021 | Plan 2022 |\n|---|---:|---:|")
    assert table.text.endswith("| Kommunstyrelsen | 95 090 | 96 486 |")
    assert table.section == "Kommunbidrag per nämnd"


def test_a_later_section_of_a_table_carries_the_title_and_column_header_as_context(tmp_path: Path) -> None:
    text = ("Tabell 8. Driftbudget per nämnd, mnkr\n\n"
            "Nämnd                              Utfall 2024     Budget 2025     Budget 2026\n"
            "Kommunstyrelsen                           78,4            81,2            84,6\n"
            "Tekniska nämnden                          40,1            41,0            42,2\n\n"
            "Övriga nämnder\n"
            "Barn- och utbildningsnämnden             468,2           481,5           498,6\n"
            "Socialnämnden                            451,9           463,0           478,9\n\n"
            "Texten fortsätter efter tabellen med en vanlig mening om nämndernas ramar för året.")
    (tmp_path / "budget.txt").write_text(text, encoding="utf-8")
    chunks = chunk_document(load_document(tmp_path / "budget.txt", sidecar={}))
    later = next(c for c in chunks if "Socialnämnden" in c.text)
    first = next(c for c in chunks if "Kommunstyrelsen" in c.text)
    assert later is not first, "the section row starts a passage of its own"
    assert later.context is not None and "Driftbudget per nämnd" in later.context
    assert "Budget 2026" in later.context and "Utfall 2024" in later.context
    assert first.context is None  # its own text shows the title and the header
    prose = next(c for c in chunks if c.text.startswith("Texten"))
    assert prose.context is None

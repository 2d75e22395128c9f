"""One poisonous file never aborts an ingest: whatever fails while reading, parsing, chunking, extracting
figures or embedding one file skips that file with a Swedish reason; the rest is indexed."""
from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import numpy as np
import pytest

from assistant.storage.index import open_index
from core.settings import Settings
from ingest import pipeline
from ingest.cli import format_summary
from ingest.pipeline import ingest_paths
from tests.conftest import CORPUS
from tests.fakes import HashEmbedder
from tests.hostile import inflating_pdf, many_pages_pdf, text_pdf


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS, folder)
    return folder


def _reasons(report: pipeline.IngestReport) -> dict[str, str]:
    return {Path(path).name: reason for path, reason in report.skipped}


def _consistent(settings: Settings, embedder: HashEmbedder) -> set[str]:
    index = open_index(settings, embedder=embedder)
    assert sorted(index.store.ids()) == sorted(index.chunks)
    return {Path(d).name for d in index.documents}


def test_hostile_pdfs_and_names_are_skipped_or_stored_safely(corpus: Path, data_dir: Path) -> None:
    (corpus / "bomb.pdf").write_bytes(inflating_pdf(20))
    (corpus / "sidor.pdf").write_bytes(many_pages_pdf(40))
    (corpus / "ok.pdf").write_bytes(text_pdf("Kommunbidrag till fritidsgårdar"))
    odd = os.fsencode(corpus) + b"/budget-caf\xe9-\xff.txt"  # not UTF-8: Latin-1 é and a stray byte
    with open(odd, "wb") as handle:
        handle.write("Caféets budget är 12 000 kronor för 2022.\n".encode("utf-8"))
    settings = Settings(data_dir=data_dir, max_pdf_pages=30, max_inflate_mb=5)
    embedder = HashEmbedder()
    report = ingest_paths([corpus], settings, embedder=embedder)
    reasons = _reasons(report)
    assert set(reasons) == {"bomb.pdf", "sidor.pdf"}
    assert "KOMMUN_MAX_INFLATE_MB" in reasons["bomb.pdf"] and "KOMMUN_MAX_PDF_PAGES" in reasons["sidor.pdf"]
    names = _consistent(settings, embedder)
    assert {"ok.pdf", "budget-caf\\xe9-\\xff.txt"} <= names and len(names) == 7
    summary = format_summary(report, settings)
    summary.encode("utf-8")  # printable
    print(f"\növerhoppade: {len(report.skipped)}, inlästa: {len(names)}\n{summary}")

    # the limits are settings: raised, the same files are read
    roomy = Settings(data_dir=data_dir, max_pdf_pages=100, max_inflate_mb=50)
    again = ingest_paths([corpus], roomy, embedder=embedder)
    assert again.skipped == () and {"bomb.pdf", "sidor.pdf"} <= _consistent(roomy, embedder)


@pytest.mark.parametrize("stage", ["load", "chunk", "figures", "embed"])
def test_any_exception_in_one_file_skips_only_that_file(corpus: Path, data_dir: Path, stage: str,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    poison = "ekonomisk-handlingsplan-valfardens-finansiering.md"

    class Poisoned(HashEmbedder):
        def embed_documents(self, texts: list[str]) -> np.ndarray:
            if stage == "embed" and any(t.startswith("Ekonomisk handlingsplan: kommunkoncern") for t in texts):
                raise TypeError("tokenizern fick något den inte kan")
            return super().embed_documents(texts)

    def poisoned(real):  # noqa: ANN001, ANN202
        def call(doc, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
            if Path(getattr(doc, "path", doc)).name == poison:
                raise {"load": ValueError, "chunk": IndexError, "figures": ZeroDivisionError}[stage]("gift")
            return real(doc, *args, **kwargs)
        return call

    if stage == "load":
        monkeypatch.setattr(pipeline, "load_document", poisoned(pipeline.load_document))
    if stage == "chunk":
        monkeypatch.setattr(pipeline, "chunk_document", poisoned(pipeline.chunk_document))
    if stage == "figures":
        import ingest.tables
        monkeypatch.setattr(ingest.tables, "extract_figures", poisoned(ingest.tables.extract_figures))
    embedder = Poisoned()
    settings = Settings(data_dir=data_dir)
    monkeypatch.setattr(pipeline, "PENDING_CHUNKS", 10**6)  # one batch: the bad document must be found in it
    report = ingest_paths([corpus], settings, embedder=embedder)
    assert [Path(p).name for p, _ in report.skipped] == [poison] and not report.ok and report.files_ingested == 4
    assert report.skipped[0][1].startswith(report.skipped[0][0] + ": ")
    names = _consistent(settings, embedder)
    assert len(names) == 4 and poison not in names


def test_symlinks_are_followed_only_inside_the_folder(corpus: Path, data_dir: Path, tmp_path: Path) -> None:
    outside = tmp_path / "hemligt.txt"
    outside.write_text("Lösenordet är hunter2 och budgeten 5 kr.\n", encoding="utf-8")
    (corpus / "system.txt").symlink_to(outside)
    (corpus / "sub").mkdir()
    (corpus / "sub" / "inre.txt").symlink_to(corpus / "budget-2021-2023-socialdemokraterna.txt")
    (corpus / "ut").symlink_to(tmp_path, target_is_directory=True)  # a folder link out: not walked
    settings = Settings(data_dir=data_dir)
    embedder = HashEmbedder()
    report = ingest_paths([corpus], settings, embedder=embedder)
    reasons = _reasons(report)
    assert set(reasons) == {"system.txt"} and "utanför mappen" in reasons["system.txt"]
    index = open_index(settings, embedder=embedder)
    assert not any("hunter2" in c.text for c in index.chunks.values())
    assert len(index.documents) == 5  # the inner link has the same bytes as the budget: one copy
    del index  # a reader holding the old generation would keep its vectors (tests/ingest/test_generations.py)

    (corpus / "sub" / "inre.txt").unlink()
    (corpus / "budget-2021-2023-socialdemokraterna.txt").rename(corpus / "flyttad.txt")
    (corpus / "sub" / "inre.txt").symlink_to(corpus / "flyttad.txt")
    (corpus / "flyttad.txt").unlink()  # the link now dangles: its document goes
    (corpus / "system.txt").unlink()
    report = ingest_paths([corpus], settings, embedder=embedder)
    assert report.skipped == ()
    names = _consistent(settings, embedder)
    assert len(names) == 4 and "inre.txt" not in names and "flyttad.txt" not in names


def test_download_only_while_the_file_has_the_indexed_bytes(corpus: Path, data_dir: Path, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (corpus / "budget-2021-2023-socialdemokraterna.txt").rename(corpus / "budget.txt")
    settings = Settings(data_dir=data_dir)
    ingest_paths([corpus], settings, embedder=HashEmbedder())
    index = open_index(settings, embedder=HashEmbedder())
    budget = next(p for p in index.documents if p.endswith("budget.txt"))
    assert index.original_file(budget) == Path(budget)
    secret = tmp_path / "hemligt.txt"
    secret.write_text("hunter2", encoding="utf-8")
    (corpus / "budget.txt").unlink()
    (corpus / "budget.txt").symlink_to(secret)  # re-pointed after the ingest
    assert index.original_file(budget) is None and index.original_file("okänd.txt") is None

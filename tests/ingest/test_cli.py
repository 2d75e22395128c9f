"""The ingest CLI's progress line and summary."""
from __future__ import annotations

import io

from core.settings import Settings
from ingest.cli import TerminalProgress, format_summary
from ingest.pipeline import IngestReport


class FakeTty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_terminal() -> None:
    tty = FakeTty()
    progress = TerminalProgress(tty)
    progress("Läser", 5, 5)
    assert "\rLäser" in tty.getvalue() and "5/5" in tty.getvalue()
    progress.clear()
    assert tty.getvalue().endswith("\r")
    pipe = io.StringIO()
    TerminalProgress(pipe)("Läser", 1, 2)
    assert pipe.getvalue() == ""


def test_summary_in_swedish_names_skipped_files_once() -> None:
    report = IngestReport(files_seen=3, files_ingested=1, files_unchanged=1, files_removed=1, chunks_total=40,
                          chunks_embedded=12, tables=2, skipped=(("a/b.pdf", "a/b.pdf: PDF-filen är lösenordsskyddad."),),
                          seconds=1.25, embed_seconds=0.5, repaired=3, model_id="m", documents_total=2,
                          duplicates=(("a/c.txt", "a/d.txt"),), sentences_embedded=30)
    text = format_summary(report, Settings())
    assert "Filer: 3 (nya eller ändrade 1, oförändrade 1, borttagna 1, överhoppade 1)" in text
    assert "Indexet: 2 dokument, 40 textavsnitt (12 inbäddade nu och 30 meningar), 2 tabeller." in text
    assert "  - a/b.pdf: PDF-filen är lösenordsskyddad." in text
    assert "Reparerat: 3" in text and "Dubblett: a/c.txt" in text
    assert not report.ok

"""`kommun ingest PATH ...`: progress on a terminal, a Swedish summary, exit 0 / 1 (a file was skipped)."""
from __future__ import annotations

import sys
import time
from typing import TextIO

from core.settings import Settings
from ingest.pipeline import IngestReport, ingest_paths
from ingest.report import format_files, report_json


class TerminalProgress:
    """One self-overwriting status line, only when the stream is a terminal."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.enabled = stream.isatty()
        self._last = 0.0
        self._width = 0

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if done < total and now - self._last < 0.1:
            return
        self._last = now
        filled = int(24 * done / total) if total else 24
        line = f"{stage:<10} [{'#' * filled}{'.' * (24 - filled)}] {done}/{total}"
        self._width = max(self._width, len(line))
        self.stream.write("\r" + line.ljust(self._width))
        self.stream.flush()

    def clear(self) -> None:
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()


def format_summary(report: IngestReport, settings: Settings) -> str:
    lines = [
        f"Inläsningen klar på {report.seconds:.1f} s (inbäddning {report.embed_seconds:.1f} s).",
        f"Filer: {report.files_seen} (nya eller ändrade {report.files_ingested}, oförändrade "
        f"{report.files_unchanged}, borttagna {report.files_removed}, överhoppade {len(report.skipped)}).",
        f"Indexet: {report.documents_total} dokument, {report.chunks_total} textavsnitt "
        f"({report.chunks_embedded} inbäddade nu och {report.sentences_embedded} meningar), {report.tables} tabeller.",
        f"Modell: {report.model_id}. Data: {settings.data_dir}"
        + (f", Chroma-server {settings.chroma_url}" if settings.chroma_url else ""),
    ]
    if report.repaired:
        lines.append(f"Reparerat: {report.repaired} textavsnitt saknade vektorer (avbruten körning) och bäddades in igen.")
    for path, original in report.duplicates:
        lines.append(f"Dubblett: {path} har samma innehåll som {original} och lästes inte in en gång till.")
    if report.skipped:
        lines.append("Överhoppade filer:")
        lines.extend(f"  - {path}: {_reason(path, reason)}" for path, reason in report.skipped)
    return "\n".join(lines)


def _reason(path: str, reason: str) -> str:
    """Messages start with the path; don't print it twice."""
    return reason[len(path) + 2:] if reason.startswith(path + ": ") else reason


def run(paths: list[str], settings: Settings, *, out: TextIO | None = None, err: TextIO | None = None,
        as_json: bool = False) -> int:
    """Ingest and print the per-document report and the summary (or, with as_json, the CONTRACT.md object).
    0: every file ingested; 1: a file was skipped (the rest is indexed)."""
    out = out or sys.stdout
    err = err or sys.stderr
    progress = TerminalProgress(err)
    try:
        report = ingest_paths(paths, settings, progress=progress)
    finally:
        progress.clear()
    if as_json:
        print(report_json(report.documents_total, report.chunks_total, report.tables, report.files), file=out)
    else:
        documents = format_files(report.files)
        if documents:
            print("Dokument:\n" + "\n".join(documents), file=out)
        print(format_summary(report, settings), file=out)
    return 0 if report.ok else 1

"""Long-lived objects of the chat server: the embedder and the Assistant (st.cache_resource), the
first-start ingest of the corpus with a visible progress bar, and document texts for the source views.

The embedder is loaded once per server (assistant.embedding.load_embedder) and shared by ingest and
answers, so the first start does not load the model twice.
"""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import streamlit as st

from assistant.errors import IndexEmptyError
from assistant.settings import Settings
from assistant.types import DocumentRecord
from assistant.ui.texts import text
from assistant.ui.uploads import ALLOWED_SUFFIXES

_INGEST_LOCK = threading.Lock()  # one ingest at a time, however many browser tabs start one


def settings_key(settings: Settings) -> str:
    return repr(settings)


@st.cache_resource(show_spinner=False)
def _embedder(key: str, _settings: Settings) -> Any:
    from assistant import embedding

    return embedding.load_embedder(_settings)


@st.cache_resource(show_spinner=False)
def _assistant(key: str, _settings: Settings) -> Any:
    from assistant import build

    return build.open_assistant(_settings, embedder=_embedder(key, _settings))


def embedder(settings: Settings) -> Any:
    return _embedder(settings_key(settings), settings)


def reload_assistant() -> None:
    """Forget the cached Assistant, e.g. after new documents were ingested."""
    _assistant.clear()


def corpus_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in ALLOWED_SUFFIXES)


def get_assistant(settings: Settings, lang: str) -> Any:
    """The cached Assistant; on an empty index, ingest settings.corpus_dir first (with progress).

    Raises IndexEmptyError when there is nothing to ingest, or the KommunError of a failing backend.
    """
    key = settings_key(settings)
    try:
        return _assistant(key, settings)
    except IndexEmptyError:
        pass
    with _INGEST_LOCK:
        try:  # another session may have finished the ingest while this one waited
            return _assistant(key, settings)
        except IndexEmptyError:
            if not corpus_files(settings.corpus_dir):
                raise
        report = run_ingest([settings.corpus_dir], settings, lang,
                            label=text(lang, "first_ingest", folder=settings.corpus_dir))
        if report.skipped:
            show_skipped(report.skipped, lang)
        return _assistant(key, settings)


def run_ingest(paths: list[Path], settings: Settings, lang: str, label: str) -> Any:
    """ingest_paths with an st.status box and a progress bar; returns the IngestReport."""
    from ingest.pipeline import ingest_paths

    with st.status(label, expanded=True) as status:
        bar = st.progress(0.0, text=label)

        def progress(stage: str, done: int, total: int) -> None:
            fraction = min(1.0, done / total) if total else 0.0
            bar.progress(fraction, text=text(lang, "progress", stage=stage, done=done, total=total))

        try:
            report = ingest_paths([str(p) for p in paths], settings, embedder=embedder(settings),
                                  progress=progress)
        except Exception:
            status.update(label=text(lang, "first_ingest_failed"), state="error", expanded=True)
            raise
        status.update(label=text(lang, "first_ingest_done"), state="complete", expanded=False)
    reload_assistant()
    return report


def show_skipped(skipped: Any, lang: str) -> None:
    """IngestReport.skipped: (path, reason) pairs, shown as a warning list."""
    from assistant.ui.safe import escape_markdown

    lines = [f"- {escape_markdown(str(path))}: {escape_markdown(str(reason))}" for path, reason in skipped]
    st.warning(f"**{text(lang, 'skipped')}**\n\n" + "\n".join(lines))


def document_text(assistant: Any, record: DocumentRecord) -> str | None:
    """The normalised text the citation offsets refer to (Index.text), None when it cannot be read."""
    try:
        return assistant.index.text(record.path)
    except (KeyError, OSError, UnicodeDecodeError):
        return None

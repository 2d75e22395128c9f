"""Long-lived objects of the chat server: the embedder and the Assistant (st.cache_resource), the
first-start ingest of the corpus with a visible progress bar, and document texts for the source views.

The embedder is loaded once per server (assistant.retrieval.embedding.load_embedder) and shared by ingest and
answers, so the first start does not load the model twice.
"""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import streamlit as st

from core.errors import IndexEmptyError
from core.settings import Settings
from core.types import DocumentRecord
from assistant.ui.texts import text
from assistant.ui.uploads import ALLOWED_SUFFIXES

_INGEST_LOCK = threading.Lock()  # one ingest at a time, however many browser tabs start one


def settings_key(settings: Settings) -> str:
    return repr(settings)


_MODELS: dict[str, Any] = {}  # loaded embedders by settings key, shared by ingest and answers
_MODELS_LOCK = threading.Lock()


def embedder(settings: Settings) -> Any:
    """The process's embedder for these settings, loaded on first use."""
    key = settings_key(settings)
    with _MODELS_LOCK:
        if key not in _MODELS:
            from assistant.retrieval import embedding

            _MODELS[key] = embedding.load_embedder(settings)
        return _MODELS[key]


def forget_models() -> None:
    """Drop the loaded embedders (tests switch between fake and real ones)."""
    with _MODELS_LOCK:
        _MODELS.clear()


@st.cache_resource(show_spinner=False)
def _assistant(key: str, _settings: Settings) -> Any:
    """Opens the index first (fast; raises IndexEmptyError before any model loads), then loads the
    embedder so the first question does not wait for it."""
    from assistant import build

    assistant = build.open_assistant(_settings, embedder=_MODELS.get(key))
    if key not in _MODELS:
        loaded = assistant.index.embedder  # the Index loads the configured model lazily: do it now
        with _MODELS_LOCK:
            _MODELS.setdefault(key, loaded)
    return assistant


def reload_assistant() -> None:
    """Forget the cached Assistant, e.g. after new documents were ingested."""
    _assistant.clear()


def is_current(assistant: Any) -> bool:
    """False when the data dir now holds a newer index generation than the assistant reads."""
    check = getattr(getattr(assistant, "index", None), "is_current", None)
    return bool(check()) if callable(check) else True


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
        with st.spinner(text(lang, "loading")):
            assistant = _assistant(key, settings)
            if not is_current(assistant):  # an ingest switched to a new generation: reload between questions
                reload_assistant()
                assistant = _assistant(key, settings)
            return assistant
    except IndexEmptyError:
        pass
    with _INGEST_LOCK:
        try:  # another session may have finished the ingest while this one waited
            return _assistant(key, settings)
        except IndexEmptyError:
            if not corpus_files(settings.corpus_dir):
                raise
        report = run_ingest([settings.corpus_dir], settings, lang,
                            label=text(lang, "first_ingest", folder=settings.corpus_dir.name or settings.corpus_dir))
        if report.skipped:
            show_skipped(report.skipped, lang)
        return _assistant(key, settings)


def run_ingest(paths: list[Path], settings: Settings, lang: str, label: str) -> Any:
    """ingest_paths with an st.status box and a progress bar; returns the IngestReport."""
    from ingest.pipeline import ingest_paths

    with st.status(label, expanded=True) as status:
        bar = st.progress(0.0, text=text(lang, "loading_model"))

        def progress(stage: str, done: int, total: int) -> None:
            fraction = min(1.0, done / total) if total else 0.0
            bar.progress(fraction, text=text(lang, "progress", stage=stage, done=done, total=total))

        try:
            model = embedder(settings)
            report = ingest_paths([str(p) for p in paths], settings, embedder=model,
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

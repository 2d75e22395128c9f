"""Sentence vectors stored at ingest, so a question re-ranks its candidate sentences without embedding any.

One file per document text and embedder: `sentences/<model>/<text key>.npz` holds the quotable sentence spans
of the document, their vectors and the title they were embedded with (the embedder sees "title: sentence").
A document whose file is missing (an index from before, another model, a changed title) is embedded on
demand at question time instead, as before. When the splitter cuts a document's sentences differently, the next
ingest embeds only the sentences that are new (vectors_reusing).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from assistant.retrieval.embedding import embed_in_length_order
from assistant.evidence.sentences import is_quotable, split_sentences

SENTENCES_DIR = "sentences"
BATCH = 64


def semantic_text(title: str, sentence: str) -> str:
    """What the embedder sees of a sentence: its document's title, then the sentence."""
    return f"{title}: {sentence}"


def model_folder(data_dir: Path, model_id: str) -> Path:
    return Path(data_dir) / SENTENCES_DIR / re.sub(r"[^\w.-]+", "_", model_id)


def vectors_path(data_dir: Path, model_id: str, text_key: str) -> Path:
    return model_folder(data_dir, model_id) / f"{text_key}.npz"


def quotable_spans(chunks: Iterable[Any], text: str) -> list[tuple[int, int]]:
    """Every quotable sentence span of a document's chunks, once, in text order."""
    spans = {span for chunk in chunks for span in split_sentences(chunk) if is_quotable(text[span[0]:span[1]])}
    return sorted(spans)


def embed_spans(embedder: Any, title: str, text: str, spans: Sequence[tuple[int, int]],
                progress: Callable[[int], None] | None = None) -> np.ndarray:
    """Vectors of the sentences at `spans`, as the embedder sees them (`semantic_text`)."""
    return embed_in_length_order(embedder, [semantic_text(title, text[s:e]) for s, e in spans], BATCH, progress)


def vectors_reusing(embedder: Any, title: str, text: str, spans: Sequence[tuple[int, int]],
                    stored: dict[tuple[int, int], np.ndarray],
                    progress: Callable[[int], None] | None = None) -> np.ndarray:
    """Vectors of the sentences at `spans`: a stored one where the span was split (and embedded with this title)
    before, the embedder's for the others only."""
    missing = [span for span in spans if span not in stored]
    if len(missing) == len(spans):
        return embed_spans(embedder, title, text, spans, progress)
    fresh = dict(zip(missing, embed_spans(embedder, title, text, missing, progress))) if missing else {}
    return np.stack([stored[span] if span in stored else fresh[span] for span in spans])


def write(path: Path, title: str, spans: Sequence[tuple[int, int]], vectors: np.ndarray) -> None:
    """Write atomically: a reader sees the old file or the whole new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp.npz")
    np.savez(tmp, spans=np.asarray(spans, dtype=np.int64).reshape(-1, 2), vectors=vectors.astype(np.float32),
             title=np.asarray(title))
    tmp.replace(path)


def holds(path: Path, title: str) -> bool:
    """A readable file embedded with this title (only the title is read, not the vectors)."""
    try:
        with np.load(path, allow_pickle=False) as data:
            return str(data["title"]) == title
    except (OSError, ValueError, KeyError):
        return False


def read(path: Path, title: str) -> dict[tuple[int, int], np.ndarray] | None:
    """The stored vectors by span, or None when the file is missing, unreadable or embedded another title."""
    try:
        with np.load(path, allow_pickle=False) as data:
            if str(data["title"]) != title:
                return None
            spans, vectors = data["spans"], data["vectors"]
    except (OSError, ValueError, KeyError):
        return None
    return {(int(s), int(e)): vectors[i] for i, (s, e) in enumerate(spans)}


def remove_unowned(data_dir: Path, model_id: str, keep: set[str]) -> None:
    """Delete the files of texts no kept generation owns, and the folders of other embedders."""
    root = Path(data_dir) / SENTENCES_DIR
    if not root.is_dir():
        return
    current = model_folder(data_dir, model_id)
    for folder in root.iterdir():
        if folder != current:
            for stale in folder.glob("*"):
                stale.unlink(missing_ok=True)
            try:
                folder.rmdir()
            except OSError:
                pass
            continue
        for stored in folder.glob("*.npz"):
            if stored.name.split(".")[0] not in keep:
                stored.unlink(missing_ok=True)

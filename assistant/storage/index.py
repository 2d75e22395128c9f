"""The read side of the index: chunks, documents, texts, BM25 and (lazily) the vector store and embedder.

`open_index(settings)` is fast: it reads manifest.json, chunks.jsonl and the BM25 files of the current
generation (assistant/storage/generation.py) and holds that generation while the Index lives, so a re-ingest
never changes what it reads. The embedding model and the generation's passage vectors (`passages`,
assistant/storage/dense.py) are loaded on first use (a dense query); Chroma, the store of record, only for an
index written before the vectors file existed.
The manifest format and the chunk (de)serialisation live here because ingest writes what this module reads.
"""
from __future__ import annotations

import bisect

import json
import os
import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.errors import EmbeddingModelMismatchError, IndexEmptyError, KommunError
from assistant.storage.generation import Lease, current_name, open_current
from assistant.retrieval.lexical import LexicalIndex
from core.settings import Settings
from core.types import Chunk, DocumentMeta, DocumentRecord, LoadedDocument, PageSpan

if TYPE_CHECKING:
    from assistant.retrieval.embedding import Embedder
    from assistant.storage.dense import MatrixStore
    from assistant.storage.store import VectorStore

MANIFEST_FILE = "manifest.json"
CHUNKS_FILE = "chunks.jsonl"
TEXTS_DIR = "texts"
LEXICAL_DIR = "lexical"
MANIFEST_FORMAT = 1


class IndexFileError(KommunError):
    """A file of the index exists but cannot be read (e.g. hand-edited or from an older version)."""


# --- files shared with ingest -------------------------------------------------------------------

def write_atomic(path: Path, text: str) -> None:
    """Write a file so readers see the old or the new content, never half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.replace(tmp, path)


def read_manifest(data_dir: Path) -> dict[str, Any] | None:
    path = Path(data_dir) / MANIFEST_FILE
    if not path.is_file():
        return None
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise IndexFileError(f"{path} går inte att läsa ({exc}). Ta bort mappen {data_dir} och kör: kommun ingest corpus/") from exc
    manifest.setdefault("documents", {})
    return manifest


def write_manifest(data_dir: Path, manifest: dict[str, Any]) -> None:
    write_atomic(Path(data_dir) / MANIFEST_FILE, json.dumps(manifest, ensure_ascii=False, indent=1))


def text_path(data_dir: Path, key: str) -> Path:
    """The stored normalised text named by its key (core.types.text_key)."""
    return Path(data_dir) / TEXTS_DIR / f"{key}.txt"


def entry_text_key(entry: dict[str, Any]) -> str:
    """The key of a manifest entry's stored text: an index from before text keys named it by the file's sha256."""
    return entry.get("text") or entry["sha256"]


def meta_from_json(data: dict[str, Any]) -> DocumentMeta:
    return DocumentMeta(**{k: v for k, v in data.items() if k in DocumentMeta.__dataclass_fields__})


def pages_from_json(data: list[list[int]]) -> tuple[PageSpan, ...]:
    return tuple(PageSpan(page=p, start=s, end=e) for p, s, e in data)


def document_record(path: str, entry: dict[str, Any]) -> DocumentRecord:
    return DocumentRecord(path=path, sha256=entry["sha256"], meta=meta_from_json(entry["meta"]),
                          n_chunks=len(entry["chunk_ids"]), n_tables=int(entry.get("n_tables", 0)),
                          pages=pages_from_json(entry.get("pages", [])), text_key=entry_text_key(entry))


def stored_document(data_dir: Path, path: str, entry: dict[str, Any]) -> LoadedDocument:
    """Rebuild a LoadedDocument from the manifest entry and its stored text."""
    text = text_path(data_dir, entry_text_key(entry)).read_text(encoding="utf-8")
    return LoadedDocument(path=path, text=text, sha256=entry["sha256"], meta=meta_from_json(entry["meta"]),
                          pages=pages_from_json(entry.get("pages", [])), stored_key=entry_text_key(entry))


def chunk_to_json(chunk: Chunk) -> dict[str, Any]:
    return asdict(chunk)


def chunk_from_json(data: dict[str, Any]) -> Chunk:
    return Chunk(**data)


# --- the read-side index ------------------------------------------------------------------------

class Index:
    """What retrieval and answering read. Dense parts (store, embedder) open lazily on first use."""

    def __init__(self, settings: Settings, manifest: dict[str, Any], chunks: dict[str, Chunk],
                 lexical: LexicalIndex, embedder: "Embedder | None" = None, lease: Lease | None = None) -> None:
        self.settings = settings
        # the generation this index reads; held (its texts and vectors kept) until the index is dropped
        self.lease = lease if lease is not None else Lease(None, Path(settings.data_dir))
        self.generation = self.lease.name
        self.files_dir = self.lease.path  # chunks.jsonl, lexical/, figures.json of this generation
        self.manifest = manifest
        self.model_id: str = manifest["model_id"]
        self.dim: int | None = manifest.get("dim")
        self.chunks = chunks
        self.documents: dict[str, DocumentRecord] = {
            path: document_record(path, entry) for path, entry in manifest["documents"].items()}
        self.lexical = lexical
        self._embedder = embedder
        self._store: VectorStore | None = None
        self._passages: MatrixStore | None = None
        self._texts: dict[str, str] = {}
        self._by_doc: dict[str, list[Chunk]] | None = None
        self._starts: dict[str, list[int]] = {}
        self._sentence_vectors: dict[str, dict[tuple[int, int], Any]] = {}

    @property
    def embedder(self) -> "Embedder":
        if self._embedder is None:
            from assistant.retrieval.embedding import load_embedder

            self._embedder = load_embedder(self.settings)
        return self._embedder

    @property
    def store(self) -> "VectorStore":
        if self._store is None:
            from assistant.storage.store import open_store

            self._store = open_store(self.settings, self.model_id, self.dim, create=False)
        return self._store

    @property
    def passages(self) -> "MatrixStore":
        """This generation's passage vectors in memory (assistant/storage/dense.py), what questions search: read from
        the generation's file, or once from the vector store for an index written before that file existed."""
        if self._passages is None:
            import numpy as np

            from assistant.storage.dense import MatrixStore, read_vectors

            found = read_vectors(self.files_dir, self.model_id)
            if found is None:
                held = self.store.vectors(list(self.chunks))
                ids = [cid for cid in self.chunks if cid in held]
                found = (ids, np.stack([held[cid][0] for cid in ids]) if ids else np.zeros((0, 0), np.float32))
            ids, vectors = found
            chunks = self.chunks  # not self: a cycle would keep the generation held after the index is dropped
            keep = [row for row, cid in enumerate(ids) if cid in chunks]
            self._passages = MatrixStore([ids[row] for row in keep], vectors[keep] if len(keep) else vectors[:0],
                                         metadata=lambda cid: chunks[cid].metadata())
        return self._passages

    def text(self, doc_path: str) -> str:
        """The document's normalised text (chunk and quote offsets point into it)."""
        if doc_path not in self._texts:
            record = self.documents.get(doc_path)
            if record is None:
                raise KeyError(doc_path)
            self._texts[doc_path] = text_path(self.settings.data_dir, record.text_key).read_text(encoding="utf-8")
        return self._texts[doc_path]

    def stored_sentence_vectors(self, doc_path: str) -> dict[tuple[int, int], Any]:
        """The document's sentence vectors stored at ingest, by span ({} when it has none for this model)."""
        if doc_path not in self._sentence_vectors:
            from assistant.storage import sentence_store

            record = self.documents.get(doc_path)
            found = sentence_store.read(
                sentence_store.vectors_path(self.settings.data_dir, self.model_id, record.text_key),
                record.meta.title) if record is not None else None
            self._sentence_vectors[doc_path] = found or {}
        return self._sentence_vectors[doc_path]

    def chunks_of(self, doc_path: str) -> list[Chunk]:
        """The document's chunks in text order (grouped once per index, not scanned per call)."""
        if self._by_doc is None:
            grouped: dict[str, list[Chunk]] = {}
            for chunk in self.chunks.values():
                grouped.setdefault(chunk.doc_path, []).append(chunk)
            self._by_doc = {path: sorted(cs, key=lambda c: c.start) for path, cs in grouped.items()}
            self._starts = {path: [c.start for c in cs] for path, cs in self._by_doc.items()}
        return self._by_doc.get(doc_path, [])

    def chunk_at(self, doc_path: str, offset: int) -> Chunk | None:
        """The chunk of `doc_path` whose span holds character `offset`, if any."""
        chunks = self.chunks_of(doc_path)
        i = bisect.bisect_right(self._starts.get(doc_path, []), offset) - 1
        return chunks[i] if i >= 0 and chunks[i].start <= offset < chunks[i].end else None

    def original_file(self, doc_path: str) -> Path | None:
        """The document's original file for a download, only while it still has the indexed bytes: a
        symlink re-pointed after the ingest (to a system file, say) or an edited file is not offered."""
        record = self.documents.get(doc_path)
        path = Path(doc_path)
        if record is None or not path.is_file():
            return None
        import hashlib

        digest = hashlib.sha256()
        try:
            with path.open("rb") as handle:
                for block in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(block)
        except OSError:
            return None
        return path if digest.hexdigest() == record.sha256 else None

    def is_current(self) -> bool:
        """False once an ingest has switched the data dir to a newer generation (reload between questions)."""
        return current_name(Path(self.settings.data_dir)) == self.generation

    def dense_search(self, query: str, k: int = 10, where: dict[str, Any] | None = None) -> list[tuple[str, float]]:
        """(chunk id, cosine similarity) for the query, best first, among this generation's passages."""
        return self.passages.query(self.embedder.embed_query(query), k, where=where)

    def lexical_search(self, query: str, k: int = 10) -> list[tuple[str, float]]:
        return self.lexical.search(query, k)


def open_index(settings: Settings, embedder: "Embedder | None" = None) -> Index:
    """Open the index in settings.data_dir. IndexEmptyError when nothing is ingested yet;
    EmbeddingModelMismatchError when the configured model (or the given embedder) is not the index's."""
    data_dir = Path(settings.data_dir)
    lease = open_current(data_dir)
    manifest = read_manifest(lease.path)
    chunks_file = lease.path / CHUNKS_FILE
    if not manifest or not manifest["documents"] or not chunks_file.is_file():
        raise IndexEmptyError(data_dir)
    configured = embedder.model_id if embedder is not None else settings.embed_model
    if manifest.get("model_id") != configured:
        raise EmbeddingModelMismatchError(str(manifest.get("model_id")), configured)
    chunks: dict[str, Chunk] = {}
    try:
        with chunks_file.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    chunk = chunk_from_json(json.loads(line))
                    chunks[chunk.id] = chunk
        lexical = LexicalIndex.load(lease.path / LEXICAL_DIR)
    except (OSError, json.JSONDecodeError, TypeError, KeyError) as exc:
        raise IndexFileError(f"Indexet i {data_dir} är ofullständigt ({exc}). Kör: kommun ingest corpus/") from exc
    if not chunks:
        raise IndexEmptyError(data_dir)
    return Index(settings, manifest, chunks, lexical, embedder, lease=lease)

"""Ingest: files and folders -> chunks -> vectors in Chroma, BM25, stored texts, figures.

Idempotent and repairable:
- a content-hash manifest (data_dir/manifest.json, written atomically) makes unchanged files (same
  sha256, same sidecar metadata) cost no embedding; changed files get their chunks replaced; files gone
  from an ingested folder are removed;
- a file's manifest entry is written only after its vectors are in Chroma, and every run first
  reconciles Chroma's ids with the manifest (strays deleted, missing vectors re-embedded from the stored
  text), so a killed ingest is repaired by the next run;
- a different embedding model (or chunker version) than the manifest's re-embeds everything.
"""
from __future__ import annotations

import json
import logging
import re
import shutil
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.storage import sentence_store
from assistant.retrieval.embedding import embed_in_length_order
from core.errors import DocumentError, KommunError
from assistant.storage.generation import collect as collect_generations
from assistant.storage.generation import kept_manifests, new_generation, publish
from assistant.storage.index import (CHUNKS_FILE, LEXICAL_DIR, MANIFEST_FORMAT, TEXTS_DIR, chunk_to_json, read_manifest,
                             entry_text_key, stored_document, text_path, write_atomic, write_manifest)
from assistant.retrieval.lexical import LexicalIndex
from core.settings import Settings
from core.types import Chunk, LoadedDocument
from assistant.understand.userinput import safe_text, scrub_surrogates
from ingest.chunk import CHUNKER_VERSION, chunk_document
from ingest.discover import discover, display_path
from ingest.load import SIDECAR_NAME, check_file, file_sha256, load_document, read_sidecar, reader_version
from ingest.report import file_reports

if TYPE_CHECKING:
    import numpy as np

    from assistant.retrieval.embedding import Embedder
    from assistant.storage.store import ChromaStore

log = logging.getLogger(__name__)
EMBED_BATCH = 64  # texts per embed call; documents are grouped until a batch is full
PENDING_CHUNKS = 256  # chunks gathered across small documents before embedding
Progress = Callable[[str, int, int], None]  # (stage in Swedish, done, total)


@dataclass(frozen=True, slots=True)
class IngestReport:
    files_seen: int
    files_ingested: int  # new or changed
    files_unchanged: int
    files_removed: int
    chunks_total: int
    chunks_embedded: int
    tables: int
    skipped: tuple[tuple[str, str], ...]  # (path, reason) for files that could not be ingested
    seconds: float
    embed_seconds: float
    duplicates: tuple[tuple[str, str], ...] = ()  # (path, the indexed file with the same content)
    repaired: int = 0  # chunks whose vectors were missing (an interrupted run) and were re-embedded
    model_id: str = ""
    documents_total: int = 0
    files: tuple[dict[str, Any], ...] = ()  # per file of this run: ingest/report.py (kommun ingest --json)
    sentences_embedded: int = 0  # sentence vectors stored for questions to re-rank with (assistant.storage.sentence_store)

    @property
    def ok(self) -> bool:
        return not self.skipped


def chunks_digest(chunks: Sequence[Chunk]) -> str:
    """Fingerprint of a document's chunking (boundaries and metadata), so a changed chunker is noticed."""
    import hashlib

    return hashlib.sha256(repr([(c.start, c.end, c.kind, c.section, c.title, c.context) for c in chunks]).encode()).hexdigest()[:16]


def text_digest(text: str) -> str:
    """What a stored vector was embedded from, as a key: a passage with the same text reuses its vector."""
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def embed_text(chunk: Chunk) -> str:
    """What the model sees: title (and section when not already in the text, and the table context) above the
    passage."""
    header = chunk.title
    if chunk.section and chunk.section not in chunk.text[: len(chunk.section) + 20]:
        header = f"{header} – {chunk.section}"
    if chunk.context:
        header = f"{header}\n{chunk.context}"
    return f"{header}\n\n{chunk.text}"


class _Run:
    """One ingest run's state; `ingest_paths` is the public entry point."""

    def __init__(self, settings: Settings, embedder: "Embedder | None", progress: Progress | None) -> None:
        self.settings = settings
        self.data_dir = Path(settings.data_dir)
        self._embedder = embedder
        self.model_id = embedder.model_id if embedder is not None else settings.embed_model
        self.progress = progress or (lambda stage, done, total: None)
        self.embedded = 0
        self.sentences_embedded = 0
        self.embed_seconds = 0.0
        self.repaired = 0
        old = read_manifest(self.data_dir) or {}
        self.rebuild = bool(old.get("documents")) and (
            old.get("model_id") != self.model_id or old.get("chunker") != CHUNKER_VERSION
            or old.get("format") != MANIFEST_FORMAT)
        same_model = old.get("model_id") == self.model_id
        self.manifest: dict[str, Any] = {
            "format": MANIFEST_FORMAT, "chunker": CHUNKER_VERSION, "model_id": self.model_id,
            "dim": (embedder.dim if embedder is not None else old.get("dim") if same_model else None),
            "documents": old.get("documents", {}),
        }
        self.docs: dict[str, dict[str, Any]] = self.manifest["documents"]
        self._store: ChromaStore | None = None
        self.figures: dict[tuple[str, str], Any] = {}  # (path, sha256) -> DocumentFigures read in this run
        self.previous_texts: dict[str, str] = {}  # path -> the key of the text it had before it was read anew

    # -- backends, opened on demand --
    @property
    def embedder(self) -> "Embedder":
        if self._embedder is None:
            from assistant.retrieval.embedding import load_embedder

            self.progress("Laddar modellen", 0, 1)
            self._embedder = load_embedder(self.settings)
            self.progress("Laddar modellen", 1, 1)
            self.manifest["dim"] = self._embedder.dim
        return self._embedder

    @property
    def store(self) -> "ChromaStore":
        if self._store is None:
            from assistant.storage.store import open_store

            self._store = open_store(self.settings, self.model_id, self.manifest.get("dim"), recreate=self.rebuild)
        return self._store

    def save(self) -> None:
        write_manifest(self.data_dir, self.manifest)

    def reusable_vectors(self, batch: list[tuple[LoadedDocument, dict[str, Any] | None, list[Chunk]]]
                         ) -> dict[str, "np.ndarray"]:
        """The vectors the batch's documents had before, by the digest of the text they embed: a document read anew
        (a newer reader, an edited file) embeds only the passages whose text changed."""
        old_ids = [i for doc, _, _ in batch for i in (self.docs.get(doc.path) or {}).get("chunk_ids", [])]
        if not old_ids or self.rebuild:
            return {}
        return {meta["embed_sha"]: vector for vector, meta in self.store.vectors(old_ids).values()
                if meta.get("embed_sha")}

    def embed_and_store(self, batch: list[tuple[LoadedDocument, dict[str, Any] | None, list[Chunk]]]) -> None:
        """Embed the chunks of several documents (reusing the vectors of passages they had before with the same
        text), store vectors, then commit their manifest entries."""
        import numpy as np

        chunks = [c for _, _, cs in batch for c in cs]
        texts = [embed_text(c) for c in chunks]
        digests = [text_digest(t) for t in texts]
        known = self.reusable_vectors(batch)
        todo = [n for n, d in enumerate(digests) if d not in known]
        embedder = self.embedder  # loading the model is not embedding time
        start = time.perf_counter()
        done = 0

        def advance(n: int) -> None:
            nonlocal done
            done += n
            self.progress("Bäddar in", done, len(todo))

        fresh = embed_in_length_order(embedder, [texts[n] for n in todo], EMBED_BATCH, advance) if todo else []
        self.embed_seconds += time.perf_counter() - start
        self.embedded += len(todo)
        by_position = dict(zip(todo, fresh))
        all_vectors = np.stack([by_position[n] if n in by_position else known[d] for n, d in enumerate(digests)]) \
            if chunks else np.zeros((0, embedder.dim), dtype=np.float32)
        # vectors the documents had before stay until no generation a reader holds names them (collect)
        self.store.upsert([c.id for c in chunks], all_vectors,
                          [{**c.metadata(), "embed_sha": d} for c, d in zip(chunks, digests)])
        for doc, sidecar_entry, doc_chunks in batch:  # vectors are stored: now the manifest may name them
            before = self.docs.get(doc.path)
            if before and entry_text_key(before) != doc.text_key:
                self.previous_texts.setdefault(doc.path, entry_text_key(before))
            key = doc.text_key  # a text read anew has a key of its own: a generation in use keeps the old one
            path = text_path(self.data_dir, key)
            if not path.is_file():
                write_atomic(path, doc.text)
            self.docs[doc.path] = {
                "sha256": doc.sha256, "text": key, "reader": reader_version(doc.path), "meta": asdict(doc.meta), "sidecar": sidecar_entry,
                "pages": [[p.page, p.start, p.end] for p in doc.pages], "chunk_ids": [c.id for c in doc_chunks],
                "chunks_digest": chunks_digest(doc_chunks),
                "n_tables": sum(1 for c in doc_chunks if c.kind == "table"),
            }
        self.save()

    def embed_isolated(self, batch: list[tuple[LoadedDocument, dict[str, Any] | None, list[Chunk]]]
                       ) -> list[tuple[str, str]]:
        """embed_and_store, and when the batch fails for another reason than a backend (KommunError: the
        model or the store is down, which stops the run), each document alone: the ones that still fail
        are skipped and returned as (path, reason)."""
        try:
            self.embed_and_store(batch)
            return []
        except KommunError:
            raise
        except Exception as error:  # noqa: BLE001 - find the document that broke the batch
            if len(batch) == 1:
                doc = batch[0][0]
                self.remove(doc.path)
                return [(doc.path, reason_for(error, Path(doc.path), doc.path))]
        failed: list[tuple[str, str]] = []
        for item in batch:
            failed.extend(self.embed_isolated([item]))
        return failed

    def remove(self, shown: str) -> None:
        """Forget a document; its vectors and text go when no kept generation names them (collect)."""
        if self.docs.pop(shown, None):
            self.save()

    def collect(self) -> set[str]:
        """Delete generations nobody reads, then vectors and texts that neither this run's manifest nor a
        kept generation owns; return the ids in the store."""
        manifests = [self.manifest, *kept_manifests(self.data_dir, collect_generations(self.data_dir))]
        entries = [entry for manifest in manifests for entry in manifest.get("documents", {}).values()]
        owned = {cid for entry in entries for cid in entry["chunk_ids"]}
        in_store = set(self.store.ids())
        strays = in_store - owned
        if strays:
            self.store.delete(sorted(strays))
        keep = {entry_text_key(entry) for entry in entries}
        for stored in (self.data_dir / TEXTS_DIR).glob("*.txt"):
            if stored.stem not in keep:
                stored.unlink(missing_ok=True)
        sentence_store.remove_unowned(self.data_dir, self.model_id, keep)
        return in_store - strays

    def reconcile(self) -> set[str]:
        """Delete vectors no manifest owns (a killed run's); return the documents whose vectors are incomplete."""
        in_store = self.collect()
        return {path for path, entry in self.docs.items() if not set(entry["chunk_ids"]) <= in_store}


class IngestBusyError(KommunError):
    """Another ingest is writing to the same data dir."""


@contextmanager
def data_dir_lock(data_dir: Path) -> Iterator[None]:
    """One ingest at a time per data dir (an OS lock: released even when the process is killed)."""
    import fcntl

    data_dir.mkdir(parents=True, exist_ok=True)
    with (data_dir / ".ingest.lock").open("a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise IngestBusyError(
                f"En annan inläsning skriver redan till {data_dir}. Vänta tills den är klar och kör sedan igen.") from exc
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def ingest_paths(paths: Sequence[str | Path], settings: Settings, *, embedder: "Embedder | None" = None,
                 progress: Progress | None = None) -> IngestReport:
    """Ingest files and folders into settings.data_dir. Bad files are skipped and named with the reason."""
    with data_dir_lock(Path(settings.data_dir)):
        return _ingest(paths, settings, embedder, progress)


def _ingest(paths: Sequence[str | Path], settings: Settings, embedder: "Embedder | None",
            progress: Progress | None) -> IngestReport:
    started = time.perf_counter()
    run = _Run(settings, embedder, progress)
    files, roots, skipped = discover(paths, exclude=run.data_dir)
    missing = {p for p, _ in skipped}
    incomplete = run.reconcile()
    duplicates: list[tuple[str, str]] = []
    sidecars: dict[Path, dict[str, Any]] = {}
    by_sha = {entry["sha256"]: path for path, entry in run.docs.items()}
    present = {shown for _, shown in files}
    ingested = unchanged = removed = 0
    handled: set[str] = set()
    repairing: set[str] = set()
    pending: list[tuple[LoadedDocument, dict[str, Any] | None, list[Chunk]]] = []

    def flush() -> None:
        nonlocal ingested, unchanged
        failed = run.embed_isolated(pending) if pending else []
        skipped.extend(failed)
        for path_failed, _ in failed:  # counted as read above; skipped after all
            if path_failed in repairing:
                unchanged -= 1
            else:
                ingested -= 1
        pending.clear()

    for number, (path, shown) in enumerate(files, start=1):
        run.progress("Läser", number, len(files))
        try:
            if path.parent not in sidecars:
                try:
                    sidecars[path.parent] = read_sidecar(path.parent)
                except DocumentError as error:
                    skipped.append((display_path(path.parent / SIDECAR_NAME), reason_for(error, path.parent / SIDECAR_NAME)))
                    sidecars[path.parent] = {}
            entry = sidecars[path.parent].get(path.name)
            check_file(path, settings)
            sha = file_sha256(path)
            old = run.docs.get(shown)
            same = (bool(old) and old["sha256"] == sha and old.get("sidecar") == entry and not run.rebuild
                    and old.get("reader", 1) == reader_version(shown)  # the format is read differently now
                    and "municipality" in old.get("meta", {}))  # an index from before municipalities: read again
            if same and shown not in incomplete:
                unchanged += 1
                handled.add(shown)
                continue
            owner = by_sha.get(sha)
            if owner and owner != shown:
                if owner in handled or (owner in run.docs and Path(owner).exists()):
                    duplicates.append((shown, owner))  # same bytes, same chunk ids: index it once
                    run.remove(shown)
                    continue
            doc, chunks, figures = read_one(path, shown, settings, entry, progress=_pages(run.progress, path, number, len(files)))
            run.figures[(doc.path, doc.sha256)] = figures
            if owner and owner != shown and owner in run.docs:  # moved or renamed: the old path goes
                run.remove(owner)
                removed += 1
        except Exception as error:  # noqa: BLE001 - one file's failure, whatever it is, skips that file only
            skipped.append((shown, reason_for(error, path, shown)))
            run.remove(shown)  # a file that no longer loads must not keep its old chunks
            continue
        by_sha[sha] = shown
        handled.add(shown)
        if same:  # unchanged, but an interrupted run left it without (all) its vectors
            run.repaired += len(chunks)
            unchanged += 1
            repairing.add(shown)
        else:
            ingested += 1
        incomplete.discard(shown)
        pending.append((doc, entry, chunks))
        if sum(len(cs) for _, _, cs in pending) >= PENDING_CHUNKS:
            flush()
    flush()

    for shown in list(run.docs):
        in_root = any(shown.startswith(root.rstrip("/") + "/") for root in roots)
        if (in_root and shown not in present) or (shown in missing and not Path(shown).exists()):
            run.remove(shown)
            removed += 1

    # Documents not read in this run whose vectors are missing (an interrupted run) or stale (another
    # model or chunker): re-embed from the stored normalised text.
    for shown in sorted(set(run.docs) - handled):
        if run.rebuild or shown in incomplete:
            doc = stored_document(run.data_dir, shown, run.docs[shown])
            chunks = chunk_document(doc)
            run.repaired += len(chunks) if shown in incomplete else 0
            run.embed_and_store([(doc, run.docs[shown].get("sidecar"), chunks)])

    chunks_total, tables = finish(run)
    return IngestReport(
        files_seen=len(files), files_ingested=ingested, files_unchanged=unchanged, files_removed=removed,
        chunks_total=chunks_total, chunks_embedded=run.embedded, tables=tables, skipped=tuple(skipped),
        seconds=time.perf_counter() - started, embed_seconds=run.embed_seconds, duplicates=tuple(duplicates),
        repaired=run.repaired, model_id=run.model_id, sentences_embedded=run.sentences_embedded,
        documents_total=len(run.docs),
        files=file_reports([shown for _, shown in files], skipped, run.docs, duplicates))


def _pages(progress: Progress, path: Path, number: int, files: int) -> Callable[[int, int], None]:
    """Per-page progress of one file ("Läser budget.pdf (2/5)", page 37 of 150)."""
    stage = f"Läser {path.name}" + (f" ({number}/{files})" if files > 1 else "")
    return lambda done, total: progress(stage, done, total)


def read_one(path: Path, shown: str, settings: Settings, entry: dict[str, Any] | None,
             progress: Callable[[int, int], None] | None = None) -> tuple[LoadedDocument, list[Chunk], Any]:
    """Load, clean and chunk one file, with pypdf's resource limits taken from the settings; the figures
    are extracted once here too, so a table that breaks the parser skips this file and nothing else."""
    with pdf_limits(settings):
        doc = load_document(path, display_path=shown, settings=settings,
                            sidecar={path.name: entry} if entry else {}, progress=progress)
    doc = clean_document(doc)
    from ingest.tables import extract_figures

    figures = extract_figures(doc)
    return doc, chunk_document(doc, figures.tables), figures


@contextmanager
def pdf_limits(settings: Settings) -> Iterator[None]:
    """pypdf's limits for this thread: inflated bytes per stream and page-tree entries (pages)."""
    try:
        from pypdf import apply_configuration
    except ImportError:  # pypdf < 7: its built-in limits apply
        yield
        return
    inflate = int(settings.max_inflate_mb * 1024 * 1024)
    with apply_configuration(
            zlib_maximum_output_length=inflate, lzw_maximum_output_length=inflate,
            run_length_maximum_output_length=inflate, array_based_stream_maximum_output_length=inflate,
            maximum_declared_stream_length=inflate, stream_decoding_work_maximum_length=4 * inflate,
            page_tree_maximum_entries=settings.max_pdf_pages,
            page_tree_maximum_page_entries=max(1000, 400 * settings.max_pdf_pages)):
        yield


def reason_for(error: BaseException, path: Path, shown: str | None = None) -> str:
    """A Swedish reason for the summary, starting with the shown path, valid Unicode whatever the error."""
    shown = shown or display_path(path)
    if isinstance(error, DocumentError):
        text = safe_text(str(error)).replace(safe_text(str(path)), shown, 1)
        return text if text.startswith(shown) else f"{shown}: {text}"
    name = type(error).__name__
    if name == "LimitReachedError":
        return (f"{shown}: PDF-filen överskrider en säkerhetsgräns och läses inte ({safe_text(str(error))[:160]}). "
                "Gränserna är KOMMUN_MAX_PDF_PAGES sidor och KOMMUN_MAX_INFLATE_MB MB uppackat innehåll per ström.")
    if isinstance(error, MemoryError):
        return f"{shown}: filen kräver mer minne än det finns och hoppades över."
    if isinstance(error, RecursionError):
        return f"{shown}: filen är för djupt nästlad för att läsas."
    return (f"{shown}: filen kunde inte läsas in ({name}: {safe_text(str(error))[:160]}). "
            "Övriga filer lästes in; kontrollera filen eller rapportera felet.")


_ISO_DATE = re.compile(r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?")


def clean_document(doc: LoadedDocument) -> LoadedDocument:
    """Text and metadata storable anywhere: lone surrogates (a broken PDF text layer) become U+FFFD
    (one code point for one: offsets stay), a date that is not YYYY[-MM[-DD]] in ASCII digits is dropped."""
    meta = doc.meta
    date = meta.date if meta.date and _ISO_DATE.fullmatch(meta.date) else None
    fields = {name: safe_text(value) for name in ("title", "publisher", "source", "language")
              if isinstance(value := getattr(meta, name, None), str) and safe_text(value) != value}
    if date != meta.date or fields:
        doc = replace(doc, meta=replace(meta, date=date, **fields))
    text = scrub_surrogates(doc.text)
    return doc if text is doc.text else replace(doc, text=text)


def finish(run: _Run) -> tuple[int, int]:
    """Write a new generation (chunks.jsonl, BM25, figures.json, the manifest) from all indexed documents,
    switch readers to it atomically, then drop what no kept generation needs."""
    documents = [stored_document(run.data_dir, path, entry) for path, entry in sorted(run.docs.items())]
    all_chunks: list[Chunk] = []
    chunks_by_doc: list[tuple[LoadedDocument, list[Chunk]]] = []
    for doc in documents:
        chunks = chunk_document(doc, document_figures(run, doc).tables)
        entry = run.docs[doc.path]
        if [c.id for c in chunks] != entry["chunk_ids"] or chunks_digest(chunks) != entry.get("chunks_digest"):
            # the chunker now cuts this document differently (or stored data was edited): re-embed it
            run.embed_and_store([(doc, entry.get("sidecar"), chunks)])
        all_chunks.extend(chunks)
        chunks_by_doc.append((doc, chunks))
    embed_sentences(run, chunks_by_doc)
    name, folder = new_generation(run.data_dir)
    write_atomic(folder / CHUNKS_FILE,
                 "".join(json.dumps(chunk_to_json(c), ensure_ascii=False) + "\n" for c in all_chunks))
    LexicalIndex.build(all_chunks).save(folder / LEXICAL_DIR)
    save_passage_vectors(run, all_chunks, folder)
    tables = save_all_figures(run, documents, folder)
    run.save()
    write_manifest(folder, run.manifest)
    publish(run.data_dir, name)
    for legacy in (CHUNKS_FILE, "figures.json"):  # the layout before generations: readers now use CURRENT
        (run.data_dir / legacy).unlink(missing_ok=True)
    shutil.rmtree(run.data_dir / LEXICAL_DIR, ignore_errors=True)
    run.collect()
    return len(all_chunks), tables


def save_passage_vectors(run: _Run, chunks: Sequence[Chunk], folder: Path) -> None:
    """The generation's passage vectors as one file beside its chunks (assistant/storage/dense.py), read from the
    store that holds them all (this run's and the reused ones), so readers search them without opening Chroma."""
    import numpy as np

    from assistant.storage.dense import write_vectors

    held = run.store.vectors([c.id for c in chunks]) if chunks else {}
    ids = [c.id for c in chunks if c.id in held]
    write_vectors(folder, run.model_id, ids, np.stack([held[cid][0] for cid in ids]) if ids else np.zeros((0, 0)))


def embed_sentences(run: _Run, documents: list[tuple[LoadedDocument, list[Chunk]]]) -> None:
    """Store the sentence vectors of every document whose stored ones do not cover its sentences as they are split
    now (new, changed, from an index before they were stored, or split differently by a newer splitter), so
    questions never embed a sentence. Vectors of sentences split as before are kept; only the others are embedded."""
    todo = []
    for doc, chunks in documents:
        path = sentence_store.vectors_path(run.data_dir, run.model_id, doc.text_key)
        spans = sentence_store.quotable_spans(chunks, doc.text)
        stored = sentence_store.read(path, doc.meta.title) or {}
        if set(stored) != set(spans) and doc.path in run.previous_texts:  # read anew: its unchanged sentences
            stored = {**previous_sentence_vectors(run, doc, spans), **stored}
        if set(stored) != set(spans):
            todo.append((doc, path, spans, stored))
    total = sum(sum(span not in stored for span in spans) for _, _, spans, stored in todo)
    done = 0

    def advance(n: int) -> None:
        nonlocal done
        done += n
        run.progress("Bäddar in meningar", done, total)

    embedder = run.embedder if todo else None
    start = time.perf_counter()
    for doc, path, spans, stored in todo:
        try:
            vectors = sentence_store.vectors_reusing(embedder, doc.meta.title, doc.text, spans, stored, advance)
            sentence_store.write(path, doc.meta.title, spans, vectors)
        except KommunError:
            raise
        except Exception as error:  # noqa: BLE001 - questions embed this document's sentences on demand instead
            log.warning("meningarna i %s kunde inte bäddas in i förväg: %r", doc.path, error)
            continue
        run.sentences_embedded += sum(span not in stored for span in spans)
    run.embed_seconds += time.perf_counter() - start


def previous_sentence_vectors(run: _Run, doc: LoadedDocument, spans: Sequence[tuple[int, int]]
                              ) -> dict[tuple[int, int], "np.ndarray"]:
    """The vectors a document read anew had for the sentences it still has (same words, same title), by their spans
    in the new text."""
    key = run.previous_texts[doc.path]
    old = sentence_store.read(sentence_store.vectors_path(run.data_dir, run.model_id, key), doc.meta.title)
    if not old:
        return {}
    try:
        old_text = text_path(run.data_dir, key).read_text(encoding="utf-8")
    except OSError:
        return {}
    by_words = {old_text[s:e]: vector for (s, e), vector in old.items()}
    return {(s, e): by_words[doc.text[s:e]] for s, e in spans if doc.text[s:e] in by_words}


def document_figures(run: _Run, doc: LoadedDocument) -> Any:
    """The document's tables and amounts: read in this run, or extracted once from the stored text (a document read
    in an earlier run); a document whose tables break the parser keeps its text indexed, without figures."""
    from assistant.budget.store import DocumentFigures
    from ingest.tables import extract_figures

    fig = run.figures.get((doc.path, doc.sha256))
    if fig is None:
        try:
            fig = extract_figures(doc)
        except Exception as error:  # noqa: BLE001 - the text stays indexed; only its figures are lost
            log.warning("tabellerna i %s kunde inte läsas: %r", doc.path, error)
            fig = DocumentFigures(doc_path=doc.path, sha256=doc.sha256, title=doc.meta.title)
        run.figures[(doc.path, doc.sha256)] = fig
    return fig


def save_all_figures(run: _Run, documents: list[LoadedDocument], folder: Path) -> int:
    """Tables and amounts of every indexed document (regex, cheap) via the calculator's functions."""
    from assistant.budget.store import save_figures

    figures = [document_figures(run, doc) for doc in documents]
    save_figures(folder, figures)
    for fig in figures:
        run.docs[fig.doc_path]["n_tables"] = len(fig.tables)
        run.docs[fig.doc_path]["table_titles"] = [t.title for t in fig.tables]
    return sum(len(f.tables) for f in figures)

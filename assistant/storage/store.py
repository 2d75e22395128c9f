"""The VectorStore role over Chroma: embedded (data_dir/chroma) or a server (KOMMUN_CHROMA_URL).

The collection never embeds by itself (embedding_function=None; embeddings are always passed in) and
records the model it was built with, so a query can never silently use vectors of another model.
chromadb is imported lazily.
"""
from __future__ import annotations

import hashlib
import socket
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol, TypeVar
from urllib.parse import urlparse

from core.errors import EmbeddingModelMismatchError, StoreUnavailableError
from core.settings import Settings

if TYPE_CHECKING:
    import numpy as np

T = TypeVar("T")


class VectorStore(Protocol):
    def upsert(self, ids: Sequence[str], vectors: "np.ndarray", metadatas: Sequence[dict[str, Any]]) -> None: ...

    def delete(self, ids: Sequence[str]) -> None: ...

    def query(self, vector: "np.ndarray", k: int, where: dict[str, Any] | None = None) -> list[tuple[str, float]]: ...

    def count(self) -> int: ...

    def ids(self) -> list[str]: ...

    def vectors(self, ids: Sequence[str]) -> dict[str, tuple["np.ndarray", dict[str, Any]]]: ...


NAME_FILE = "collection"  # in the data dir: the name of its embedded collection, kept when the folder moves


def collection_name(settings: Settings) -> str:
    """The data dir's collection. On a Chroma server it is derived from the data dir's path, so two data dirs can
    share one server. An embedded store lives inside its data dir, so its name is written there once (the path's
    name at that time, which is what earlier releases used) and read back: a data dir moved or copied to another
    folder finds its vectors."""
    digest = hashlib.sha256(str(settings.data_dir.expanduser().resolve()).encode("utf-8")).hexdigest()
    derived = f"kommun-{digest[:16]}"
    if settings.chroma_url:
        return derived
    path = settings.data_dir / NAME_FILE
    try:
        kept = path.read_text(encoding="utf-8").strip()
    except OSError:
        kept = ""
    if kept:
        return kept
    if settings.data_dir.is_dir():
        try:
            path.write_text(derived + "\n", encoding="utf-8")
        except OSError:  # a read-only data dir: the derived name, as before
            pass
    return derived


def _client(settings: Settings) -> Any:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if not settings.chroma_url:
        path = settings.data_dir / "chroma"
        path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(path), settings=chroma_settings)
    url = urlparse(settings.chroma_url)
    port = url.port or (443 if url.scheme == "https" else 8000)

    def connect() -> Any:
        probe(settings)  # answers within the timeout, or the error below: never a hang
        client = chromadb.HttpClient(host=url.hostname or "127.0.0.1", port=port, ssl=url.scheme == "https",
                                     settings=chroma_settings)
        set_timeout(client, settings.store_timeout_s)
        client.heartbeat()
        return client

    try:
        # the client's constructor talks to the server before a timeout can be set: bound it from outside
        return with_deadline(lambda: with_retries(connect, settings), settings.store_timeout_s * (settings.store_retries + 2))
    except (ValueError, TimeoutError, *_connection_errors()) as exc:
        raise unavailable(settings, exc) from exc


def probe(settings: Settings) -> None:
    """GET /api/v2/heartbeat with the store timeout (urllib: no client state involved)."""
    import urllib.request

    with urllib.request.urlopen(f"{(settings.chroma_url or '').rstrip('/')}/api/v2/heartbeat",
                                timeout=settings.store_timeout_s) as response:
        response.read(1024)


def set_timeout(client: Any, seconds: float) -> None:
    """chromadb's HTTP client is built with timeout=None (waits forever); give its session the setting."""
    session = getattr(getattr(client, "_server", None), "_session", None)
    if session is not None:
        import httpx

        session.timeout = httpx.Timeout(seconds)


def with_deadline(fn: Callable[[], T], seconds: float) -> T:
    """fn() in a daemon thread; TimeoutError when it has not returned within `seconds`."""
    import threading

    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:  # noqa: BLE001 - handed back to the caller's thread
            box["error"] = exc

    thread = threading.Thread(target=run, daemon=True, name="chroma-connect")
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        raise TimeoutError(f"ingen kontakt inom {seconds:g} s")
    if "error" in box:
        raise box["error"]
    return box["value"]


def with_retries(fn: Callable[[], T], settings: Settings) -> T:
    """fn(), again after a refused or reset connection (settings.store_retries times, backoff 0.2 s, 0.4 s,
    ...). Every store call is idempotent (upsert and delete by id), so a retry never doubles anything;
    a timeout is not retried: a stalled server should fail once, not several times over."""
    attempt = 0
    while True:
        try:
            return fn()
        except _timeouts():
            raise
        except _connection_errors():
            if attempt >= settings.store_retries:
                raise
            time.sleep(0.2 * 2 ** attempt)
            attempt += 1


def _timeouts() -> tuple[type[BaseException], ...]:
    errors: tuple[type[BaseException], ...] = (TimeoutError, socket.timeout)
    try:
        import httpx

        errors += (httpx.TimeoutException,)
    except ImportError:
        pass
    return errors


def _connection_errors() -> tuple[type[BaseException], ...]:
    """What the HTTP client raises when the server is gone (httpx errors are not OSErrors)."""
    errors: tuple[type[BaseException], ...] = (ConnectionError, OSError, TimeoutError)
    try:
        import httpx

        errors += (httpx.TransportError,)
    except ImportError:
        pass
    return errors


def unavailable(settings: Settings, exc: BaseException) -> StoreUnavailableError:
    """The same message for a dead and a stalled server, naming its URL and how to start one."""
    url = urlparse(settings.chroma_url or "")
    why = "tidsgränsen" if isinstance(exc, _timeouts()) else "anslutningen"
    detail = str(exc)[:120] or type(exc).__name__
    return StoreUnavailableError(
        f"Chroma-servern på {settings.chroma_url} svarar inte ({why}: {detail}; väntade högst "
        f"{settings.store_timeout_s:g} s, KOMMUN_STORE_TIMEOUT_S). Starta den: chroma run --path "
        f"{(settings.data_dir / 'chroma-server').expanduser().resolve()} --host {url.hostname or '127.0.0.1'} "
        f"--port {url.port or 8000} - eller ta bort KOMMUN_CHROMA_URL för att använda den inbyggda lokala "
        f"databasen i {(settings.data_dir / 'chroma').expanduser().resolve()}.")


class ChromaStore:
    """Chunk vectors in one Chroma collection; scores are cosine similarities (1 - cosine distance)."""

    def __init__(self, collection: Any, settings: Settings) -> None:
        self.collection = collection
        self.settings = settings

    @property
    def model_id(self) -> str | None:
        return (self.collection.metadata or {}).get("embed_model")

    def _call(self, fn: Any, **kwargs: Any) -> Any:
        return guarded(self.settings, lambda: fn(**kwargs))

    def upsert(self, ids: Sequence[str], vectors: "np.ndarray", metadatas: Sequence[dict[str, Any]]) -> None:
        if len(ids) == 0:
            return
        step = 1000
        for k in range(0, len(ids), step):
            self._call(self.collection.upsert, ids=list(ids[k:k + step]),
                       embeddings=[list(map(float, v)) for v in vectors[k:k + step]],
                       metadatas=list(metadatas[k:k + step]))

    def delete(self, ids: Sequence[str]) -> None:
        ids = list(ids)
        for k in range(0, len(ids), 1000):
            self._call(self.collection.delete, ids=ids[k:k + 1000])

    def query(self, vector: "np.ndarray", k: int, where: dict[str, Any] | None = None) -> list[tuple[str, float]]:
        """The k nearest (fewer when the collection holds fewer; none when empty). No count() first: Chroma answers
        a k larger than the collection with all it holds, and a count costs a round trip per question."""
        if k <= 0:
            return []
        result = self._call(self.collection.query, query_embeddings=[list(map(float, vector))],
                            n_results=k, where=where or None, include=["distances"])
        ids = result["ids"][0]
        distances = result["distances"][0]
        return [(chunk_id, 1.0 - float(d)) for chunk_id, d in zip(ids, distances)]

    def count(self) -> int:
        return int(self._call(self.collection.count))

    def vectors(self, ids: Sequence[str]) -> dict[str, tuple["np.ndarray", dict[str, Any]]]:
        """The stored vector and metadata of each of these ids the collection holds (absent ids are left out)."""
        import numpy as np

        ids = list(ids)
        out: dict[str, tuple[np.ndarray, dict[str, Any]]] = {}
        for k in range(0, len(ids), 1000):
            got = self._call(self.collection.get, ids=ids[k:k + 1000], include=["embeddings", "metadatas"])
            embeddings = got.get("embeddings")
            if embeddings is None:
                continue
            metadatas = got.get("metadatas") or [None] * len(got["ids"])
            for chunk_id, vector, meta in zip(got["ids"], embeddings, metadatas):
                out[chunk_id] = (np.asarray(vector, dtype=np.float32), dict(meta or {}))
        return out

    def ids(self) -> list[str]:
        out: list[str] = []
        offset, step = 0, 5000
        while True:
            batch = self._call(self.collection.get, include=[], limit=step, offset=offset)["ids"]
            out.extend(batch)
            if len(batch) < step:
                return out
            offset += step


def guarded(settings: Settings, fn: Callable[[], T]) -> T:
    """One store call: in-process for embedded Chroma; against a server with the session's timeout,
    retries after connection errors, and StoreUnavailableError (with the URL) when it still fails."""
    if not settings.chroma_url:
        return fn()
    try:
        return with_retries(fn, settings)
    except _connection_errors() as exc:
        raise unavailable(settings, exc) from exc


def open_store(settings: Settings, model_id: str, dim: int | None = None, *, create: bool = True,
               recreate: bool = False) -> ChromaStore:
    """Open (or create) this data dir's collection. Another model's collection -> EmbeddingModelMismatchError.

    `recreate=True` drops the collection first (the ingest does this when the configured model changed).
    """
    client = _client(settings)
    name = collection_name(settings)
    existing = guarded(settings, lambda: {c if isinstance(c, str) else c.name for c in client.list_collections()})
    if recreate and name in existing:
        guarded(settings, lambda: client.delete_collection(name))
        existing.discard(name)
    if name in existing:
        collection = guarded(settings, lambda: client.get_collection(name, embedding_function=None))
        built_with = (collection.metadata or {}).get("embed_model")
        if built_with and built_with != model_id:
            raise EmbeddingModelMismatchError(built_with, model_id)
        built_dim = (collection.metadata or {}).get("embed_dim")
        if dim and built_dim and int(built_dim) != int(dim):
            raise EmbeddingModelMismatchError(f"{built_with} ({built_dim} dim)", f"{model_id} ({dim} dim)")
        return ChromaStore(collection, settings)
    if not create:
        from core.errors import IndexEmptyError

        raise IndexEmptyError(settings.data_dir)
    metadata: dict[str, Any] = {"hnsw:space": "cosine", "embed_model": model_id}
    if dim:
        metadata["embed_dim"] = int(dim)
    collection = guarded(settings, lambda: client.create_collection(name, embedding_function=None, metadata=metadata))
    return ChromaStore(collection, settings)


def drop_store(settings: Settings) -> None:
    """Delete this data dir's collection if it exists."""
    client = _client(settings)
    name = collection_name(settings)
    if name in guarded(settings, lambda: {c if isinstance(c, str) else c.name for c in client.list_collections()}):
        guarded(settings, lambda: client.delete_collection(name))

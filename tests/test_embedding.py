"""Embedder: model configs (E5 prefixes), load errors with next steps; the real bundled model (integration)."""
from __future__ import annotations

import numpy as np
import pytest

from assistant.retrieval.embedding import Embedder, ModelConfig, SentenceTransformerEmbedder, load_embedder, model_config
from core.errors import ModelLoadError
from core.settings import BUNDLED_MODEL, E5_MODEL, Settings
from tests.fakes import HashEmbedder


class RecordingModel:
    """Stands in for a SentenceTransformer: records what it was asked to encode."""

    max_seq_length = 512

    def __init__(self) -> None:
        self.seen: list[str] = []

    def get_sentence_embedding_dimension(self) -> int:
        return 3

    def encode(self, texts: list[str], **kwargs: object) -> np.ndarray:
        assert kwargs["normalize_embeddings"] is True
        self.seen.extend(texts)
        return np.ones((len(texts), 3), dtype=np.float32) / np.sqrt(3)


def test_known_model_configs() -> None:
    e5 = model_config("intfloat/multilingual-e5-small")
    assert (e5.query_prefix, e5.passage_prefix) == ("query: ", "passage: ")
    assert model_config("/models/multilingual-e5-base").passage_prefix == "passage: "
    assert model_config("KBLab/sentence-bert-swedish-cased").query_prefix == ""
    assert model_config("someone/unknown-model").query_prefix == ""


def test_prefixes_are_applied_inside_the_embedder() -> None:
    model = RecordingModel()
    embedder = SentenceTransformerEmbedder(model, "intfloat/multilingual-e5-small",
                                           model_config("intfloat/multilingual-e5-small"))
    assert embedder.dim == 3 and model.max_seq_length == 512
    vectors = embedder.embed_documents(["Socialnämnden", "Budget"])
    assert vectors.shape == (2, 3) and vectors.dtype == np.float32
    assert embedder.embed_query("Hur mycket?").shape == (3,)
    assert model.seen == ["passage: Socialnämnden", "passage: Budget", "query: Hur mycket?"]
    assert embedder.embed_documents([]).shape == (0, 3)


def test_fake_and_real_embedders_share_the_protocol() -> None:
    assert isinstance(HashEmbedder(), Embedder)
    assert isinstance(SentenceTransformerEmbedder(RecordingModel(), "x"), Embedder)


def test_unknown_hub_model_fails_fast_with_next_step(tmp_path: object) -> None:
    with pytest.raises(ModelLoadError, match="KOMMUN_EMBED_MODEL"):
        load_embedder(Settings(embed_model="kommun-test/does-not-exist-anywhere"))


@pytest.mark.integration
def test_bundled_model_embeds_swedish_offline() -> None:
    embedder = load_embedder(Settings(embed_model=BUNDLED_MODEL))
    assert embedder.model_id == BUNDLED_MODEL and embedder.dim == 384
    vectors = embedder.embed_documents(["Socialnämndens budget ökar.", "Socialnämnden får mer pengar.",
                                        "Kulturhuset har öppet på lördagar."])
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]
    query = embedder.embed_query("Hur mycket får socialnämnden?")
    assert query.shape == (384,)


@pytest.mark.integration
def test_default_model_is_swedish_e5_without_torch() -> None:
    import subprocess
    import sys

    code = ("import sys; from assistant.retrieval.embedding import load_embedder; from core.settings import Settings; "
            "e = load_embedder(Settings()); v = e.embed_documents(['Socialnämndens budget ökar.']); "
            "print(e.model_id, v.shape, 'torch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == [E5_MODEL, "(1,", "384)", "False"]
    embedder = load_embedder(Settings())
    vectors = embedder.embed_documents(["Äldreomsorgen får mer pengar nästa år.", "Kulturhuset har öppet på lördagar.",
                                        "Vård- och omsorgsnämnden får ett högre kommunbidrag 2022."])
    assert vectors.shape == (3, 384) and np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
    query = embedder.embed_query("hur mkt får äldreomsorgen nästa år?")
    assert query @ vectors[2] > query @ vectors[1] and query @ vectors[0] > query @ vectors[1]


class WordTokenizer:
    """Stands in for a fast tokenizer: one token per word, with character offsets."""

    def __call__(self, text: str, **kwargs: object) -> dict[str, list]:
        import re
        spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
        return {"input_ids": list(range(len(spans))), "offset_mapping": spans}


def test_long_passages_are_embedded_in_windows_and_pooled() -> None:
    model = RecordingModel()
    model.max_seq_length = 34  # 32 tokens per window after the two special tokens
    model.tokenizer = WordTokenizer()  # type: ignore[attr-defined]
    embedder = SentenceTransformerEmbedder(model, "x", ModelConfig(pool_windows=True))
    long_text = " ".join(f"ord{i}" for i in range(80))
    windows = embedder.windows(long_text)
    assert len(windows) == 3 and windows[0].startswith("ord0 ") and windows[-1].endswith("ord79")
    assert all(len(w.split()) <= 32 for w in windows)
    assert all(w in long_text for w in windows)
    vectors = embedder.embed_documents(["kort text", long_text])
    assert vectors.shape == (2, 3) and np.allclose(np.linalg.norm(vectors, axis=1), 1.0)
    assert model.seen[0] == "kort text" and len(model.seen) == 4

    assert SentenceTransformerEmbedder(model, "x").windows(long_text) == [long_text]  # off by default


class RecordingOpenMP:
    """Stands in for libgomp: records the thread counts set around each engine call."""

    def __init__(self, default: int = 2) -> None:
        self.current = default
        self.default = default
        self.seen: list[int] = []

    def omp_get_max_threads(self) -> int:
        return self.default

    def omp_set_num_threads(self, n: int) -> None:
        self.current = n


class ThreadsEngine:
    dim = 4

    def __init__(self, omp: RecordingOpenMP) -> None:
        self.omp = omp

    def query(self, text: str) -> np.ndarray:
        self.omp.seen.append(self.omp.current)
        return np.ones(4, dtype=np.float32)

    def passage(self, texts: list[str]) -> np.ndarray:
        self.omp.seen.append(self.omp.current)
        return np.ones((len(texts), 4), dtype=np.float32)


def test_questions_run_on_one_thread_and_ingest_batches_on_all() -> None:
    from assistant.retrieval.embed_e5 import SMALL_BATCH, E5Embedder, OpenMPThreads

    omp = RecordingOpenMP(default=2)
    embedder = E5Embedder(ThreadsEngine(omp), threads=OpenMPThreads(omp))
    embedder.embed_query("hur mkt får äldreomsorgen?")
    embedder.embed_documents(["en mening"] * SMALL_BATCH)  # a question's candidate sentences
    embedder.embed_documents(["ett avsnitt om budgeten och nämnderna " * 8] * (SMALL_BATCH + 1))  # an ingest batch
    assert omp.seen == [1, 1, 2, 2]
    omp.seen.clear()
    embedder.embed_documents([f"Nämnd {n}, nettokostnad" for n in range(SMALL_BATCH + 3)])  # a table's row labels
    assert omp.seen == [1, 1]  # little text in many texts: one thread
    assert omp.current == 2  # restored after each call
    no_library = E5Embedder(ThreadsEngine(RecordingOpenMP()), threads=OpenMPThreads())
    assert no_library.embed_query("x").shape == (4,)  # without libgomp: the engine's own default


@pytest.mark.integration
def test_the_engine_openmp_library_is_found() -> None:
    from assistant.retrieval.embed_e5 import load_e5

    assert load_e5().threads.default >= 1

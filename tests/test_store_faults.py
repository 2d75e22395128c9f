"""A dead and a stalled Chroma server give the same clear error (with the URL and the right folder),
never a hang; connection errors are retried with backoff; a server that comes back is used again."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from assistant.storage import store as store_module
from core.errors import StoreUnavailableError
from core.settings import Settings
from assistant.storage.store import open_store, with_retries
from tests.test_store import CHROMA, free_port


def finishes(fn: Callable[[], Any], seconds: float = 60) -> Any:
    """fn() in a thread; the test fails (instead of hanging the suite) when it does not return."""
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:  # noqa: BLE001
            box["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "the store call hung"
    if "error" in box:
        raise box["error"]
    return box.get("value")


def _expect_unavailable(settings: Settings, fn: Callable[[], Any]) -> str:
    with pytest.raises(StoreUnavailableError) as info:
        finishes(fn)
    message = str(info.value)
    url = settings.chroma_url
    assert message.startswith(f"Chroma-servern på {url} svarar inte")
    port = url.rsplit(":", 1)[1]
    assert f"chroma run --path {(settings.data_dir / 'chroma-server').resolve()} --host 127.0.0.1 --port {port}" in message
    assert "KOMMUN_STORE_TIMEOUT_S" in message and "KOMMUN_CHROMA_URL" in message
    return message


def test_dead_server_gives_the_clear_error(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", chroma_url=f"http://127.0.0.1:{free_port()}",
                        store_timeout_s=0.5, store_retries=1)
    _expect_unavailable(settings, lambda: open_store(settings, "fake:m", 4))


def test_stalled_server_gives_the_same_error_instead_of_hanging(tmp_path: Path) -> None:
    with socket.socket() as listener:  # accepts connections in the kernel, never answers
        listener.bind(("127.0.0.1", 0))
        listener.listen(16)
        port = listener.getsockname()[1]
        settings = Settings(data_dir=tmp_path / "data", chroma_url=f"http://127.0.0.1:{port}", store_timeout_s=0.5)
        message = _expect_unavailable(settings, lambda: open_store(settings, "fake:m", 4))
        assert "tidsgränsen" in message


def test_connection_errors_are_retried_with_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    import httpx

    sleeps: list[float] = []
    monkeypatch.setattr(store_module.time, "sleep", sleeps.append)
    calls = {"n": 0}

    def flaky() -> str:
        calls["n"] += 1
        if calls["n"] <= 2:
            raise httpx.ConnectError("refused")
        return "svar"

    assert with_retries(flaky, Settings(store_retries=2)) == "svar" and sleeps == [0.2, 0.4]
    calls["n"] = 0
    with pytest.raises(httpx.ConnectError):
        with_retries(flaky, Settings(store_retries=1))

    def stalled() -> None:
        calls["n"] += 1
        raise httpx.ReadTimeout("stalled")

    calls["n"] = 0
    with pytest.raises(httpx.ReadTimeout):
        with_retries(stalled, Settings(store_retries=3))
    assert calls["n"] == 1  # a stall is not waited for again


def test_setting_is_validated() -> None:
    from core.errors import ConfigError

    assert Settings.from_env({"KOMMUN_STORE_TIMEOUT_S": "2.5"}).store_timeout_s == 2.5
    with pytest.raises(ConfigError, match="KOMMUN_STORE_TIMEOUT_S"):
        Settings.from_env({"KOMMUN_STORE_TIMEOUT_S": "0"})


@pytest.mark.integration
def test_real_server_stopped_with_sigstop_then_continued_then_killed(tmp_path: Path) -> None:
    import time
    import urllib.request

    port = free_port()
    log = (tmp_path / "chroma.log").open("w")
    proc = subprocess.Popen([str(CHROMA), "run", "--path", str(tmp_path / "db"), "--host", "127.0.0.1",
                             "--port", str(port)], stdout=log, stderr=subprocess.STDOUT,
                            env={**os.environ, "ANONYMIZED_TELEMETRY": "False"})
    url = f"http://127.0.0.1:{port}"
    settings = Settings(data_dir=tmp_path / "data", chroma_url=url, store_timeout_s=1.0)
    try:
        for _ in range(150):
            try:
                urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1).close()
                break
            except OSError:
                time.sleep(0.2)
        store = open_store(settings, "fake:m", 4)
        store.upsert(["a", "b"], np.eye(4, dtype=np.float32)[:2], [{"k": 1}, {"k": 2}])
        vector = np.array([1, 0, 0, 0], dtype=np.float32)
        assert store.query(vector, 1)[0][0] == "a"

        proc.send_signal(signal.SIGSTOP)  # a hung server: the process is there, nothing answers
        try:
            stalled = _expect_unavailable(settings, lambda: store.query(vector, 1))
            _expect_unavailable(settings, lambda: open_store(settings, "fake:m", 4))
        finally:
            proc.send_signal(signal.SIGCONT)
        assert finishes(lambda: store.query(vector, 1))[0][0] == "a"  # back: the same store works again

        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=20)
        dead = _expect_unavailable(settings, lambda: store.query(vector, 1))
        assert stalled.split(" (")[0] == dead.split(" (")[0]  # the same sentence for both
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGCONT)
            proc.kill()
        proc.wait()
        log.close()

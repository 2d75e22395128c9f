"""`kommun serve`: the streamlit command line and the environment handed to it."""
from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import ConfigError
from assistant.serve import APP, REPO_ROOT, run, serve_environment, streamlit_command
from core.settings import Settings


def test_command_binds_loopback_headless_without_usage_stats():
    cmd = streamlit_command(8765)
    assert cmd[1:4] == ["-m", "streamlit", "run"] and cmd[4] == str(APP)
    pairs = dict(zip(cmd[5::2], cmd[6::2]))
    assert pairs == {"--server.headless": "true", "--server.address": "127.0.0.1", "--server.port": "8765",
                     "--browser.gatherUsageStats": "false", "--client.toolbarMode": "minimal", "--server.fileWatcherType": "none"}
    assert (REPO_ROOT / ".streamlit" / "config.toml").is_file()


def test_environment_makes_paths_absolute(tmp_path: Path):
    (tmp_path / "docs").mkdir()
    settings = Settings(data_dir=Path("data"), corpus_dir=Path("docs"))
    env = serve_environment(settings, cwd=tmp_path, env={"KOMMUN_CORPUS_DIR": "docs"})
    assert env["KOMMUN_DATA_DIR"] == str(tmp_path / "data")
    assert env["KOMMUN_CORPUS_DIR"] == str(tmp_path / "docs")
    assert env["STREAMLIT_BROWSER_GATHER_USAGE_STATS"] == "false" and env["HF_HUB_OFFLINE"] == "1"


def test_default_corpus_falls_back_to_the_bundled_one(tmp_path: Path):
    env = serve_environment(Settings(), cwd=tmp_path, env={})
    assert env["KOMMUN_CORPUS_DIR"] == str(REPO_ROOT / "corpus")
    assert env["KOMMUN_DATA_DIR"] == str(tmp_path / ".kommun")


def test_bad_port_is_a_config_error():
    with pytest.raises(ConfigError, match="kommun serve --port 8501"):
        run(0, Settings())


@pytest.mark.integration
@pytest.mark.parametrize("stop_signal", ["SIGTERM", "SIGINT"])
def test_kommun_serve_answers_health_and_stops_with_its_server(tmp_path: Path, stop_signal: str):
    import signal
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**__import__("os").environ, "KOMMUN_DATA_DIR": str(tmp_path / "data")}
    # started as a shell starts a background job: SIGINT ignored, which `kill -INT` must still stop
    parent = subprocess.Popen([sys.executable, "-m", "assistant.cli", "serve", "--port", str(port)],
                              cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as response:
                    assert response.read() == b"ok"
                    break
            except OSError:
                assert time.monotonic() < deadline and parent.poll() is None, parent.stderr.read().decode()
                time.sleep(0.3)
        parent.send_signal(getattr(signal, stop_signal))
        assert parent.wait(timeout=20) == (130 if stop_signal == "SIGINT" else 0) or stop_signal == "SIGTERM"
        with pytest.raises(OSError):  # the streamlit child is gone as well
            urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2)
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()

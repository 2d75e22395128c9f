"""`kommun serve`: start the Streamlit chat on 127.0.0.1 with usage statistics off.

The repo root (parent of the assistant package) holds streamlit_app.py and .streamlit/config.toml;
streamlit runs there, so relative data and corpus paths are made absolute first (against the caller's
working directory) and handed over in the environment.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from core.errors import ConfigError
from core.settings import Settings

REPO_ROOT = Path(__file__).resolve().parent.parent
APP = REPO_ROOT / "streamlit_app.py"


def streamlit_command(port: int, app: Path = APP) -> list[str]:
    return [
        sys.executable, "-m", "streamlit", "run", str(app),
        "--server.headless", "true",
        "--server.address", "127.0.0.1",
        "--server.port", str(port),
        "--browser.gatherUsageStats", "false",
        "--client.toolbarMode", "minimal",  # no "Deploy" button for citizens
        "--server.fileWatcherType", "none",  # a served chat does not reload when source files change
    ]


def serve_environment(settings: Settings, cwd: Path | None = None,
                      env: dict[str, str] | None = None) -> dict[str, str]:
    """The environment for the server: KOMMUN_DATA_DIR and KOMMUN_CORPUS_DIR absolute.

    A default corpus/ that does not exist in the working directory falls back to the bundled one.
    """
    cwd = Path.cwd() if cwd is None else cwd
    env = dict(os.environ if env is None else env)
    corpus = settings.corpus_dir if settings.corpus_dir.is_absolute() else cwd / settings.corpus_dir
    if not env.get("KOMMUN_CORPUS_DIR") and not corpus.is_dir():
        corpus = REPO_ROOT / "corpus"
    data_dir = settings.data_dir if settings.data_dir.is_absolute() else cwd / settings.data_dir
    env.update({
        "KOMMUN_DATA_DIR": str(data_dir),
        "KOMMUN_CORPUS_DIR": str(corpus),
        "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
        "HF_HUB_OFFLINE": env.get("HF_HUB_OFFLINE", "1"),
        "TRANSFORMERS_OFFLINE": env.get("TRANSFORMERS_OFFLINE", "1"),
        "ANONYMIZED_TELEMETRY": env.get("ANONYMIZED_TELEMETRY", "False"),
    })
    return env


def run(port: int, settings: Settings) -> int:
    """Start the chat and wait for it; returns streamlit's exit code."""
    if not 1 <= port <= 65535:
        raise ConfigError(f"Porten {port} är ogiltig. Ange t.ex. kommun serve --port 8501")
    if not APP.is_file():
        raise ConfigError(f"{APP} saknas: kör kommun serve från en fullständig utcheckning av projektet.")
    env = serve_environment(settings)
    print(f"Startar chatten på http://127.0.0.1:{port} (avsluta med Ctrl+C)", file=sys.stderr)
    process = subprocess.Popen(streamlit_command(port), cwd=REPO_ROOT, env=env)

    def stop(signum: int, frame: object) -> None:
        # stopping `kommun serve` stops the server too. SIGINT is handled like SIGTERM: a shell starts a
        # background job with SIGINT ignored, which the child inherits, so Ctrl+C / `kill -INT` is turned
        # into a SIGTERM for streamlit instead of being forwarded as is.
        stopped.append(signum)
        if process.poll() is None:
            process.terminate()

    stopped: list[int] = []
    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        while True:
            try:
                code = process.wait(timeout=15) if stopped else process.wait()
                break
            except subprocess.TimeoutExpired:  # streamlit did not stop on SIGTERM
                process.kill()
        return 130 if signal.SIGINT in stopped else code
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)

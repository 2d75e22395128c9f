"""The real thing: `streamlit run` on a free loopback port, Debian's Chromium through Playwright.

Starts on an empty data dir (so the first page load ingests corpus/ with the bundled model), asks a
budget question, checks the figure and its citation, opens the source, takes a screenshot
(artifacts/chat.png) and records the time from page load to the first answer, cold and warm
(artifacts/ui-timings.json).
"""
from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from assistant.serve import streamlit_command
from tests.conftest import REPO

pytestmark = [pytest.mark.integration, pytest.mark.browser]

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage"]
ARTIFACTS = REPO / "artifacts"
QUESTION = "Hur mycket ökar Socialnämndens kommunbidrag från 2021 till 2023?"
FIGURE = re.compile(r"7[\s\u00a0\u202f]990")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_healthy(port: int, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit stopped with exit code {process.returncode}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as response:
                if response.read() == b"ok":
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"streamlit did not answer on port {port} within {timeout} s")


class Server:
    """`streamlit run` (the command `kommun serve` uses) on a free loopback port; stopped by PID."""

    def __init__(self, tmp_path: Path) -> None:
        self.tmp_path = tmp_path
        self.env = dict(os.environ, KOMMUN_DATA_DIR=str(tmp_path / "data"), KOMMUN_CORPUS_DIR=str(REPO / "corpus"),
                        HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", STREAMLIT_BROWSER_GATHER_USAGE_STATS="false")
        self.env.pop("KOMMUN_CHROMA_URL", None)
        self.env.pop("KOMMUN_ADMIN_TOKEN", None)
        self.process: subprocess.Popen | None = None
        self.logs: list[Path] = []

    def start(self) -> str:
        port = _free_port()
        log_path = self.tmp_path / f"streamlit-{len(self.logs)}.log"
        self.logs.append(log_path)
        with log_path.open("w") as log:
            self.process = subprocess.Popen(streamlit_command(port), cwd=REPO, env=self.env, stdout=log,
                                            stderr=subprocess.STDOUT)
        _wait_healthy(port, self.process)
        return f"http://127.0.0.1:{port}"

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None


@pytest.fixture
def server(tmp_path: Path):
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is missing: install it with apt-get install chromium (needs root)")
    pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")
    srv = Server(tmp_path)
    try:
        yield srv
    finally:
        srv.stop()


def _ask_and_time(page, question: str, answers_before: int, timeout_ms: int) -> float:
    box = page.locator('[data-testid="stChatInputTextArea"]')
    box.wait_for(timeout=timeout_ms)
    started = time.perf_counter()
    box.fill(question)
    box.press("Enter")
    page.wait_for_function(
        """([n]) => {
            const msgs = document.querySelectorAll('[data-testid="stChatMessage"]');
            if (msgs.length < n) return false;
            const last = msgs[n - 1];
            return last.querySelector('[data-testid="stFeedback"], [data-testid="stAlertContainer"]') !== null;
        }""", arg=[answers_before + 2], timeout=timeout_ms)
    assert page.locator('[data-testid="stChatMessage"]').count() == answers_before + 2
    return time.perf_counter() - started


def test_budget_question_in_a_real_browser(server):
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    timings: dict[str, float] = {}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1280, "height": 2000}, locale="sv-SE")
        try:
            url = server.start()
            loaded = time.perf_counter()
            page.goto(url, wait_until="domcontentloaded")
            # first start on an empty data dir: the ingest of corpus/ is visible with its progress
            page.get_by_text("Första start: läser in dokumenten").first.wait_for(timeout=60_000)
            page.screenshot(path=str(ARTIFACTS / "first-start.png"))
            answer_s = _ask_and_time(page, QUESTION, 0, timeout_ms=300_000)
            timings["first_start_page_load_to_answer_s"] = round(time.perf_counter() - loaded, 2)
            timings["first_start_question_to_answer_s"] = round(answer_s, 2)

            reply = page.locator('[data-testid="stChatMessage"]').nth(1)
            content = reply.locator('[data-testid="stChatMessageContent"]').inner_text()
            assert FIGURE.search(content), content[:800]
            assert "[1]" in content and "Källor" in content, content[:800]
            source = reply.locator('[data-testid="stExpander"] summary').first
            assert "[1]" in source.inner_text()
            source.click()
            mark = reply.locator('[data-testid="stExpander"] mark').first
            mark.wait_for(timeout=10_000)
            assert mark.inner_text().strip(), "the quoted span is highlighted"
            page.wait_for_timeout(800)  # let the expander finish opening before the picture
            page.screenshot(path=str(ARTIFACTS / "chat.png"), full_page=True)

            page.goto(url, wait_until="domcontentloaded")  # the bare address: a reload would replay ?q=... (the link)
            loaded = time.perf_counter()
            answer_s = _ask_and_time(page, QUESTION, 0, timeout_ms=120_000)
            timings["warm_page_load_to_answer_s"] = round(time.perf_counter() - loaded, 2)
            timings["warm_question_to_answer_s"] = round(answer_s, 2)

            server.stop()  # a restart finds the index: no ingest, but the model loads again
            url = server.start()
            loaded = time.perf_counter()
            page.goto(url, wait_until="domcontentloaded")
            answer_s = _ask_and_time(page, QUESTION, 0, timeout_ms=180_000)
            timings["restart_page_load_to_answer_s"] = round(time.perf_counter() - loaded, 2)
            timings["restart_question_to_answer_s"] = round(answer_s, 2)
            assert page.get_by_text("Första start").count() == 0
        finally:
            browser.close()
    (ARTIFACTS / "ui-timings.json").write_text(json.dumps(timings, indent=1), encoding="utf-8")
    print("UI timings:", timings)
    for number, log_path in enumerate(server.logs):
        log = log_path.read_text(encoding="utf-8", errors="replace")
        (ARTIFACTS / f"streamlit-{number}.log").write_text(log, encoding="utf-8")
        assert "Traceback" not in log, log[-3000:]

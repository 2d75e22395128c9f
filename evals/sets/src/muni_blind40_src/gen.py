"""Deterministic generator for evals/corpora/blind-muni40 (Avesta and Hedemora).

Run from /work/main:  .venv/bin/python evals/sets/src/muni_blind40_src/gen.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import avesta  # noqa: E402
import hedemora  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "evals", "corpora", "blind-muni40")


def main():
    avesta.build(os.path.join(OUT, "avesta"))
    hedemora.build(os.path.join(OUT, "hedemora"))
    print("wrote", OUT)


if __name__ == "__main__":
    main()

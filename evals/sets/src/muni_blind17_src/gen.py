"""Deterministic generator for evals/corpora/blind-muni17 (run with /work/main/.venv/bin/python)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.join(REPO, "evals", "corpora", "blind-muni17")

import falkenberg  # noqa: E402
import ljusnarsberg  # noqa: E402

if __name__ == "__main__":
    falkenberg.build(os.path.join(OUT, "falkenberg"))
    ljusnarsberg.build(os.path.join(OUT, "ljusnarsberg"))
    for root, _, files in os.walk(OUT):
        for f in sorted(files):
            print(os.path.relpath(os.path.join(root, f), REPO))

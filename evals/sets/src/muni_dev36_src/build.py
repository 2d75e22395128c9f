"""Deterministic generator for evals/corpora/dev-muni36 (Lekeberg and Dorotea).

Run: /work/main/.venv/bin/python evals/sets/src/muni_dev36_src/build.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_dorotea  # noqa: E402
import gen_lekeberg  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "evals", "corpora", "dev-muni36")

if __name__ == "__main__":
    gen_lekeberg.build(os.path.join(OUT, "lekeberg"))
    gen_dorotea.build(os.path.join(OUT, "dorotea"))
    print("wrote", OUT)

"""Regenerate the blind-muni38 corpus deterministically.

Run from /work/main:  .venv/bin/python evals/sets/src/muni_blind38_src/gen.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import ludvika  # noqa: E402
import smedjebacken  # noqa: E402

OUT = os.path.join("evals", "corpora", "blind-muni38")

if __name__ == "__main__":
    ludvika.build(os.path.join(OUT, "ludvika"))
    smedjebacken.build(os.path.join(OUT, "smedjebacken"))
    print("wrote", OUT)

"""Deterministic generator of evals/corpora/blind-muni26 (Kungsör and Vilhelmina)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "evals", "corpora", "blind-muni26")

import kungsor  # noqa: E402
try:
    import vilhelmina  # noqa: E402
except ImportError:
    vilhelmina = None

if __name__ == "__main__":
    kungsor.build(os.path.join(OUT, "kungsor"))
    if vilhelmina:
        vilhelmina.build(os.path.join(OUT, "vilhelmina"))
    print("written to", OUT)

"""Deterministic generator for evals/corpora/dev-muni34 (Ödeshög and Vetlanda).
Run: /work/main/.venv/bin/python generate.py  (from this folder)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import odeshog  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, "..", "..", "..", "corpora", "dev-muni34"))

if __name__ == "__main__":
    odeshog.build(os.path.join(OUT, "odeshog"))
    try:
        import vetlanda  # noqa: E402
        vetlanda.build(os.path.join(OUT, "vetlanda"))
    except ImportError:
        pass

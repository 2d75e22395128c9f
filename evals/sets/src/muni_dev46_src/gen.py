"""Deterministic generator for evals/corpora/dev-muni46 (Fagersta, Arboga). Run: python gen.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import arboga  # noqa: E402
import fagersta  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../.."))
OUT = os.path.join(ROOT, "evals/corpora/dev-muni46")

if __name__ == "__main__":
    fagersta.build(os.path.join(OUT, "fagersta"))
    arboga.build(os.path.join(OUT, "arboga"))
    print("written to", OUT)

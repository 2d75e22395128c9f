"""Writes the corpus evals/corpora/dev-muni38 (bjuv/, orkelljunga/). Deterministic."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bjuv, orkelljunga

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "evals", "corpora", "dev-muni38")

if __name__ == "__main__":
    a = bjuv.build(os.path.join(OUT, "bjuv"))
    b = orkelljunga.build(os.path.join(OUT, "orkelljunga"))
    print("bjuv", a)
    print("orkelljunga", b)

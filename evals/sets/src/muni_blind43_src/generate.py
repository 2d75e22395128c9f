"""Deterministic generator for evals/corpora/blind-muni43. Run: python generate.py"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_hallstahammar  # noqa: E402
import gen_kumla  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "evals", "corpora", "blind-muni43")

if __name__ == "__main__":
    gen_hallstahammar.main(os.path.join(OUT, "hallstahammar"))
    gen_kumla.main(os.path.join(OUT, "kumla"))
    print("wrote", OUT)

"""Deterministic generator for corpus evals/corpora/blind-muni35 (run: python gen.py)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_arjang  # noqa: E402
import gen_grums  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "corpora", "blind-muni35")
OUT = os.path.normpath(OUT)

if __name__ == "__main__":
    gen_arjang.build(os.path.join(OUT, "arjang"))
    gen_grums.build(os.path.join(OUT, "grums"))
    print("written to", OUT)

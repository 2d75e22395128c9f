"""Deterministic generator for evals/corpora/blind-muni21. Run: python gen.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import habo  # noqa: E402
import solleftea  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "corpora", "blind-muni21"))

if __name__ == "__main__":
    habo.build(os.path.join(ROOT, "habo"))
    solleftea.build(os.path.join(ROOT, "solleftea"))
    print("wrote", ROOT)

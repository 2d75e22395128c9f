"""Deterministic generator for evals/corpora/blind-muni19. Run: python gen.py"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import atvidaberg  # noqa: E402
import toreboda  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, "..", "..", "..", "corpora", "blind-muni19"))

if __name__ == "__main__":
    toreboda.build(os.path.join(OUT, "toreboda"))
    atvidaberg.build(os.path.join(OUT, "atvidaberg"))
    print("written to", OUT)

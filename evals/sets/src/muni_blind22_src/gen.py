"""Deterministic generator for evals/corpora/blind-muni22. Run: python gen.py"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "evals", "corpora", "blind-muni22")
import lessebo
try:
    import gallivare
except ImportError:
    gallivare = None

if __name__ == "__main__":
    print(lessebo.build(os.path.join(OUT, "lessebo")))
    if gallivare:
        print(gallivare.build(os.path.join(OUT, "gallivare")))

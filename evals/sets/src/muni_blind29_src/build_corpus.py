"""Rebuild the muni_blind29 corpus deterministically: python build_corpus.py"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))  # /work/main
OUT = os.path.join(ROOT, "evals", "corpora", "blind-muni29")

import aneby  # noqa: E402
import ljungby  # noqa: E402


def main():
    aneby.build(os.path.join(OUT, "aneby"))
    ljungby.build(os.path.join(OUT, "ljungby"))
    print("corpus written to", OUT)


if __name__ == "__main__":
    main()

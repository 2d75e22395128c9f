"""Build evals/corpora/blind-muni23 deterministically. Run: python make_corpus.py"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import ronneby  # noqa: E402
import storuman  # noqa: E402

BASE = os.path.abspath(os.path.join(HERE, "..", "..", "..", "corpora", "blind-muni23"))

if __name__ == "__main__":
    ronneby.build(BASE)
    storuman.build(BASE)
    print("corpus written to", BASE)

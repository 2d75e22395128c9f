"""Build evals/corpora/dev-muni35 (Vara, Ulricehamn). Run: python build.py"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_vara  # noqa: E402
import gen_ulricehamn  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
CORPUS = os.path.join(ROOT, "evals", "corpora", "dev-muni35")

if __name__ == "__main__":
    print("vara budget pages:", gen_vara.build(os.path.join(CORPUS, "vara")))
    print("ulricehamn budget pages:", gen_ulricehamn.build(os.path.join(CORPUS, "ulricehamn")))

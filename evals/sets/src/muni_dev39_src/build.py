"""Build the dev-muni39 corpus (Essunga and Mellerud)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
CORPUS = os.path.join(ROOT, "evals", "corpora", "dev-muni39")

import essunga  # noqa: E402
import mellerud  # noqa: E402

if __name__ == "__main__":
    essunga.build(os.path.join(CORPUS, "essunga"))
    mellerud.build(os.path.join(CORPUS, "mellerud"))
    print("built", CORPUS)

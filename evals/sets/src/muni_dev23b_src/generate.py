"""Deterministic generator for evals/corpora/dev-muni23b (run from anywhere)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import oskarshamn  # noqa: E402
import munkedal  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, "..", "..", "..", "corpora", "dev-muni23b"))

if __name__ == "__main__":
    oskarshamn.build(os.path.join(OUT, "oskarshamn"))
    munkedal.build(os.path.join(OUT, "munkedal"))
    print("wrote", OUT)

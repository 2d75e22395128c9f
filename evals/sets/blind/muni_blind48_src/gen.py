"""Builds the whole blind-muni48 corpus deterministically. Run: python gen.py"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import hoganas  # noqa: E402
import kalix  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, "..", "..", "..", "corpora", "blind-muni48"))

if __name__ == "__main__":
    kalix.build(os.path.join(OUT, "kalix"))
    hoganas.build(os.path.join(OUT, "hoganas"))
    print("written to", OUT)

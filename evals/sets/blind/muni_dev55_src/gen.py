#!/usr/bin/env python3
"""Builds the dev-muni55 corpus (Svalöv and Osby) deterministically."""
import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import svalov  # noqa: E402
import osby  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, "..", "..", "..", "corpora", "dev-muni55"))

if __name__ == "__main__":
    svalov.build(os.path.join(OUT, "svalov"))
    osby.build(os.path.join(OUT, "osby"))
    print("wrote", OUT)

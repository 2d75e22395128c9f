"""Build the whole dev-muni54 corpus deterministically.

Usage: python gen.py   (writes evals/corpora/dev-muni54/<municipality>/...)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import markaryd  # noqa: E402
import vaggeryd  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, "..", "..", "..", "corpora", "dev-muni54"))


def main():
    os.makedirs(OUT, exist_ok=True)
    vaggeryd.build(OUT)
    markaryd.build(OUT)
    print("corpus written to", OUT)


if __name__ == "__main__":
    main()

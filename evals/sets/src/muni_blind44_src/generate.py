"""Deterministic generator for corpus evals/corpora/blind-muni44 (Mariestad, Söderköping).

Run: /work/main/.venv/bin/python generate.py [outdir]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import mariestad  # noqa: E402
import soderkoping  # noqa: E402

DEFAULT_OUT = os.path.normpath(os.path.join(HERE, "..", "..", "..", "corpora", "blind-muni44"))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_OUT
    mariestad.build(os.path.join(out, "mariestad"))
    soderkoping.build(os.path.join(out, "soderkoping"))
    print("wrote", out)


if __name__ == "__main__":
    main()

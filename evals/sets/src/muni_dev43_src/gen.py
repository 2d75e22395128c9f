"""Regenerate the dev-muni43 corpus deterministically.
Run from /work/main: .venv/bin/python evals/sets/src/muni_dev43_src/gen.py"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import sala, heby

OUT = os.path.join("evals", "corpora", "dev-muni43")

if __name__ == "__main__":
    sala.build(os.path.join(OUT, "sala"))
    heby.build(os.path.join(OUT, "heby"))
    print("corpus written to", OUT)

"""Deterministic generator for evals/corpora/dev-muni47 (Karlstad and Köping).
Run: /work/main/.venv/bin/python evals/sets/src/muni_dev47_src/gen.py  (from /work/main)"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import karlstad, koping

OUT = os.path.normpath(os.path.join(HERE, "..", "..", "..", "corpora", "dev-muni47"))

if __name__ == "__main__":
    ki = karlstad.build(os.path.join(OUT, "karlstad"))
    ko = koping.build(os.path.join(OUT, "koping"))
    print("karlstad", ki)
    print("koping", ko)

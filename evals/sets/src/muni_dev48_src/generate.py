"""Deterministic generator for evals/corpora/dev-muni48. Run: python generate.py"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import vadstena, gotene

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", "corpora", "dev-muni48"))
if __name__ == "__main__":
    vadstena.build(os.path.join(ROOT, "vadstena"))
    gotene.build(os.path.join(ROOT, "gotene"))
    print("wrote", ROOT)

"""Deterministic generator for evals/corpora/blind-muni14 (run: python gen.py)."""
import os, sys, shutil
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gnosjo, sotenas

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", "corpora", "blind-muni14"))

if __name__ == "__main__":
    if os.path.isdir(ROOT):
        shutil.rmtree(ROOT)
    print(gnosjo.build(os.path.join(ROOT, "gnosjo")))
    sotenas.build(os.path.join(ROOT, "sotenas"))
    for dp, dn, fn in os.walk(ROOT):
        for f in sorted(fn):
            print(os.path.join(dp, f))

"""Deterministic generator for evals/corpora/dev-muni42. Run: python gen.py"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import arvika, kristinehamn
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "corpora", "dev-muni42"))
if __name__ == "__main__":
    arvika.build(os.path.join(ROOT, "arvika"))
    kristinehamn.build(os.path.join(ROOT, "kristinehamn"))
    print("wrote", ROOT)

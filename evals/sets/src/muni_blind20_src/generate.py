"""Deterministic generator for evals/corpora/blind-muni20 (Mullsjö, Dals-Ed)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_mullsjo, gen_dalsed

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "corpora", "blind-muni20"))
gen_mullsjo.build(os.path.join(ROOT, "mullsjo"))
gen_dalsed.build(os.path.join(ROOT, "dalsed"))
print("written to", ROOT)

"""Deterministic generator for evals/corpora/blind-muni28 (Bräcke, Surahammar)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bracke
import surahammar

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", "corpora", "blind-muni28"))
if __name__ == "__main__":
    bracke.build(os.path.join(ROOT, "bracke"))
    surahammar.build(os.path.join(ROOT, "surahammar"))
    print("written to", ROOT)

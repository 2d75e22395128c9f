"""Deterministic generator for evals/corpora/blind-muni45 (Motala, Gnesta)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import motala, gnesta, questions

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "corpora", "blind-muni45")

if __name__ == "__main__":
    out = os.path.abspath(OUT)
    motala.build(os.path.join(out, "motala"))
    gnesta.build(os.path.join(out, "gnesta"))
    print("written to", out)
    questions.main() if hasattr(questions, "main") else None

"""Deterministic generator for evals/corpora/blind-muni36 (Kil and Hammarö).
Usage: python generate.py [output_dir]  (default: ../../../corpora/blind-muni36 relative to this folder)"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_kil, gen_hammaro

out = sys.argv[1] if len(sys.argv) > 1 else os.path.normpath(os.path.join(HERE, "..", "..", "..", "corpora", "blind-muni36"))
gen_kil.build(os.path.join(out, "kil"))
gen_hammaro.build(os.path.join(out, "hammaro"))
print("wrote", out)

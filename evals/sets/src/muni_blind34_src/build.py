"""Build the blind-muni34 corpus: python build.py [outdir]"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gullspang
import karlsborg

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "corpora", "blind-muni34")

if __name__ == "__main__":
    out = os.path.abspath(OUT)
    gullspang.build(os.path.join(out, "gullspang"))
    karlsborg.build(os.path.join(out, "karlsborg"))
    print("built", out)

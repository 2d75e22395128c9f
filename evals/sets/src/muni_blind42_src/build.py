"""Build the blind-muni42 corpus: python build.py"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import nora, lindesberg

OUT = os.path.abspath(os.path.join(HERE, "..", "..", "..", "corpora", "blind-muni42"))

if __name__ == "__main__":
    nora.build(os.path.join(OUT, "nora"))
    lindesberg.build(os.path.join(OUT, "lindesberg"))
    print("built", OUT)

"""Deterministic generator for evals/corpora/dev-muni29 (Hallsberg, Ljusdal)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.abspath(os.path.join(HERE, "..", "..", "..", "corpora", "dev-muni29"))

import hallsberg  # noqa: E402

if __name__ == "__main__":
    hallsberg.build(os.path.join(OUT, "hallsberg"))
    try:
        import ljusdal  # noqa: E402
        ljusdal.build(os.path.join(OUT, "ljusdal"))
    except ImportError:
        pass
    print("wrote", OUT)

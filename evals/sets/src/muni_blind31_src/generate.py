"""Deterministic generator for evals/corpora/blind-muni31 (Åmål and Bengtsfors).
Run: /work/main/.venv/bin/python generate.py  (from any directory)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_amal  # noqa: E402
import gen_bengtsfors  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", "corpora", "blind-muni31"))

if __name__ == "__main__":
    gen_amal.build(os.path.join(ROOT, "amal"))
    gen_bengtsfors.build(os.path.join(ROOT, "bengtsfors"))
    for d in ("amal", "bengtsfors"):
        for f in sorted(os.listdir(os.path.join(ROOT, d))):
            print(d, f, os.path.getsize(os.path.join(ROOT, d, f)))

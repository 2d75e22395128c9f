"""Deterministic generator for evals/corpora/blind-muni25 (Tierp and Vännäs).
Run: /work/main/.venv/bin/python build_corpus.py"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import tierp  # noqa: E402
import vannas  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", "corpora", "blind-muni25"))

if __name__ == "__main__":
    os.makedirs(ROOT, exist_ok=True)
    tierp.build(ROOT)
    vannas.build(ROOT)
    for sub in sorted(os.listdir(ROOT)):
        for f in sorted(os.listdir(os.path.join(ROOT, sub))):
            print(os.path.join(sub, f), os.path.getsize(os.path.join(ROOT, sub, f)))

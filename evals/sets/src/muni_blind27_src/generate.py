"""Deterministic generator for the muni_blind27 corpus (Grästorp and Älvkarleby).

Usage: /work/main/.venv/bin/python generate.py
Writes evals/corpora/blind-muni27/{grastorp,alvkarleby}/ and the question set
evals/sets/dev/muni_blind27.jsonl (from questions.py).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
CORPUS = os.path.join(ROOT, "evals", "corpora", "blind-muni27")
OUT = os.path.join(ROOT, "evals", "sets", "dev", "muni_blind27.jsonl")

import alvkarleby  # noqa: E402
import grastorp  # noqa: E402


def main():
    grastorp.build(os.path.join(CORPUS, "grastorp"))
    alvkarleby.build(os.path.join(CORPUS, "alvkarleby"))
    try:
        import questions
    except ImportError:
        print("questions.py missing; corpus only")
        return
    with open(OUT, "w", encoding="utf-8") as f:
        for q in questions.build():
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    print("wrote", OUT)


if __name__ == "__main__":
    main()

"""Generator for md33: rebuilds the corpus (Orust, Tanum) and the question set.

Run: /work/main/.venv/bin/python evals/sets/src/muni_dev33_src/gen.py  (from /work/main)
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))

import orust  # noqa: E402
import tanum  # noqa: E402

CORPUS_REL = "evals/corpora/dev-muni33"
SET_PATH = os.path.join(ROOT, "evals/sets/dev/muni_dev33.jsonl")


def main():
    out = os.path.join(ROOT, CORPUS_REL)
    orust.build(os.path.join(out, "orust"))
    tanum.build(os.path.join(out, "tanum"))
    if "--corpus-only" in sys.argv:
        return
    import questions
    qs = questions.build()
    with open(SET_PATH, "w", encoding="utf-8") as f:
        for qd in qs:
            f.write(json.dumps(qd, ensure_ascii=False) + "\n")
    print(f"wrote {len(qs)} questions to {SET_PATH}")


if __name__ == "__main__":
    main()

"""Entry point: builds the dev-muni44 corpus (Rättvik, Gagnef) and writes the question file."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
CORPUS_REL = "evals/corpora/dev-muni44"
CORPUS = os.path.join(ROOT, CORPUS_REL)
QFILE = os.path.join(ROOT, "evals", "sets", "dev", "muni_dev44.jsonl")

import rattvik  # noqa: E402
import gagnef  # noqa: E402


def main():
    rattvik.build(os.path.join(CORPUS, "rattvik"))
    gagnef.build(os.path.join(CORPUS, "gagnef"))
    try:
        import questions
    except ImportError:
        print("corpus written; no questions yet")
        return
    qs = questions.build(CORPUS_REL)
    with open(QFILE, "w", encoding="utf-8") as f:
        for q in qs:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(f"corpus: {CORPUS}\nquestions: {QFILE} ({len(qs)})")


if __name__ == "__main__":
    main()

"""Entry point: builds the blind-muni39 corpus (Mora, Leksand) and writes the question file."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
CORPUS_REL = "evals/corpora/blind-muni39"
CORPUS = os.path.join(ROOT, CORPUS_REL)
QFILE = os.path.join(ROOT, "evals", "sets", "dev", "muni_blind39.jsonl")

import mora  # noqa: E402
import leksand  # noqa: E402


def main():
    mora.build(os.path.join(CORPUS, "mora"))
    leksand.build(os.path.join(CORPUS, "leksand"))
    try:
        import questions
    except ImportError:
        return
    qs = questions.build(CORPUS_REL)
    with open(QFILE, "w", encoding="utf-8") as f:
        for q in qs:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(f"wrote {len(qs)} questions to {QFILE}")


if __name__ == "__main__":
    main()

"""Entry point: builds the corpus (evals/corpora/dev-muni30) and writes the question set."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
CORPUS_REL = "evals/corpora/dev-muni30"
CORPUS = os.path.join(ROOT, CORPUS_REL)
OUT = os.path.join(ROOT, "evals", "sets", "dev", "muni_dev30.jsonl")

import ovanaker  # noqa: E402
import kinda  # noqa: E402


def main():
    ovanaker.build(os.path.join(CORPUS, "ovanaker"))
    kinda.build(os.path.join(CORPUS, "kinda"))
    if "--corpus-only" in sys.argv:
        return
    from questions import QUESTIONS
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for q in QUESTIONS:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(f"wrote {len(QUESTIONS)} questions to {OUT}")


if __name__ == "__main__":
    main()

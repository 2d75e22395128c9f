"""Deterministic generator: writes the corpus, then the question set."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
CORPUS = os.path.join(ROOT, "evals", "corpora", "blind-muni46")
OUT = os.path.join(ROOT, "evals", "sets", "dev", "muni_blind46.jsonl")

import skovde  # noqa: E402
import valdemarsvik  # noqa: E402


def main():
    skovde.build(os.path.join(CORPUS, "skovde"))
    valdemarsvik.build(os.path.join(CORPUS, "valdemarsvik"))
    if os.path.exists(os.path.join(HERE, "questions.py")):
        import questions
        questions.write(OUT)


if __name__ == "__main__":
    main()

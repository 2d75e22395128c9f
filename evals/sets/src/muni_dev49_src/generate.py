"""Deterministic generator for evals/corpora/dev-muni49 (Trosa and Vingåker) and the muni_dev49 set."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import trosa  # noqa: E402
import vingaker  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
CORPUS = os.path.join(ROOT, "evals", "corpora", "dev-muni49")

if __name__ == "__main__":
    trosa.build(os.path.join(CORPUS, "trosa"))
    vingaker.build(os.path.join(CORPUS, "vingaker"))
    if os.path.exists(os.path.join(HERE, "questions.py")):
        import questions
        questions.write(os.path.join(ROOT, "evals", "sets", "dev", "muni_dev49.jsonl"))
    print("ok", CORPUS)

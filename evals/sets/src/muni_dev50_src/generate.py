"""Deterministic generator for the dev-muni50 corpus (Finspång, Oxelösund)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import finspang
import oxelosund
import questions

REPO = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", ".."))
ROOT = os.path.join(REPO, "evals", "corpora", "dev-muni50")

if __name__ == "__main__":
    finspang.build(os.path.join(ROOT, "finspang"))
    oxelosund.build(os.path.join(ROOT, "oxelosund"))
    questions.write(os.path.join(REPO, "evals", "sets", "dev", "muni_dev50.jsonl"))
    print("done")

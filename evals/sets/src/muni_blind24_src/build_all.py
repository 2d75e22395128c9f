"""Regenerate the blind-muni24 corpus and the question set deterministically."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
CORPUS = os.path.join(ROOT, "evals", "corpora", "blind-muni24")
import gen_askersund, gen_robertsfors

if __name__ == "__main__":
    gen_askersund.build(os.path.join(CORPUS, "askersund"))
    gen_robertsfors.build(os.path.join(CORPUS, "robertsfors"))
    if os.path.exists(os.path.join(HERE, "questions.py")):
        import questions
        questions.write(os.path.join(ROOT, "evals", "sets", "dev", "muni_blind24.jsonl"))
    print("built", CORPUS)

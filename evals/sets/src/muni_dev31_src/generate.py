"""Generate the dev-muni31 corpus (Hällefors, Tomelilla) and the question set."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
CORPUS = os.path.join(ROOT, "evals", "corpora", "dev-muni31")
OUT = os.path.join(ROOT, "evals", "sets", "dev", "muni_dev31.jsonl")

import hallefors, tomelilla

def main():
    hallefors.build(os.path.join(CORPUS, "hallefors"))
    tomelilla.build(os.path.join(CORPUS, "tomelilla"))
    import questions
    questions.write(OUT)

if __name__ == "__main__":
    main()

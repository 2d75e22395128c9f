"""Build the md37 corpus (evals/corpora/dev-muni37/{hylte,storfors}) and write
evals/sets/dev/muni_dev37.jsonl. Run from anywhere; then run validate.py."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import hylte, storfors, questions

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "evals", "corpora", "dev-muni37")

if __name__ == "__main__":
    hylte.build(os.path.join(OUT, "hylte"))
    storfors.build(os.path.join(OUT, "storfors"))
    print("built", OUT)
    questions.main()

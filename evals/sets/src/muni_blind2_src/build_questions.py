"""Assemble the question parts into evals/sets/blind/muni_blind2.jsonl."""
import importlib
import json
import os
import sys as _sys
_sys.dont_write_bytecode = True
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.join(HERE, "..", "..", "sets", "blind", "muni_blind2.jsonl")
PARTS = ["questions_a", "questions_b", "questions_c"]


def collect():
    qs = []
    for p in PARTS:
        try:
            qs += importlib.import_module(p).QUESTIONS
        except ModuleNotFoundError:
            pass
    return qs


def main():
    qs = collect()
    random.Random(20250301).shuffle(qs)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, q in enumerate(qs, 1):
            row = {"id": f"mb2-{i:03d}", "corpus": "evals/corpora/blind-muni2"}
            row.update(q)
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(qs)} questions to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()

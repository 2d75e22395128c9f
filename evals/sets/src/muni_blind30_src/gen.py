"""Deterministic generator for evals/corpora/blind-muni30 (Flen, Skinnskatteberg).

Usage: /work/main/.venv/bin/python gen.py [corpus_dir]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_flen  # noqa: E402
import gen_skinnskatteberg  # noqa: E402

DEFAULT = os.path.normpath(os.path.join(HERE, "..", "..", "..", "corpora", "blind-muni30"))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else DEFAULT
    facts = {"flen": gen_flen.build(os.path.join(out, "flen")),
             "skinnskatteberg": gen_skinnskatteberg.build(os.path.join(out, "skinnskatteberg"))}
    if os.environ.get("FACTS"):
        with open(os.environ["FACTS"], "w") as f:
            json.dump(facts, f, ensure_ascii=False, indent=1, default=str)
    print("wrote", out)


if __name__ == "__main__":
    main()

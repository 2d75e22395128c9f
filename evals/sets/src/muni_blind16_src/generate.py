"""Generate the blind-muni16 corpus (Nässjö and Överkalix). Deterministic.

Run:  /work/main/.venv/bin/python evals/sets/blind/muni_blind16_src/generate.py
Writes evals/corpora/blind-muni16/{nassjo,overkalix}/.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import nassjo_docs  # noqa: E402
import overkalix_docs  # noqa: E402


def main():
    nassjo_docs.build()
    overkalix_docs.build()
    from common import CORPUS
    for root, _, files in sorted(os.walk(CORPUS)):
        for fn in sorted(files):
            p = os.path.join(root, fn)
            print(os.path.relpath(p, CORPUS), os.path.getsize(p))


if __name__ == "__main__":
    main()

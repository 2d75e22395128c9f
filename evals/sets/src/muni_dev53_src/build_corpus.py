"""Build the dev-muni53 corpus deterministically: python build_corpus.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import horby  # noqa: E402
import nykvarn  # noqa: E402
from common import CORPUS  # noqa: E402

if __name__ == "__main__":
    nykvarn.build(os.path.join(CORPUS, "nykvarn"))
    horby.build(os.path.join(CORPUS, "horby"))
    print("built", CORPUS)

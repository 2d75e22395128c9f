"""Deterministic generator for the md52 corpus (Eksjö and Höör).

Usage: python generate.py [output_dir]
Default output: <repo root>/evals/corpora/dev-muni52, where the repo root is found by
walking up from this file's location.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import find_repo_root  # noqa: E402
import eksjo  # noqa: E402
import hoor  # noqa: E402


def main():
    if len(sys.argv) > 1:
        out = Path(sys.argv[1])
    else:
        out = find_repo_root() / "evals" / "corpora" / "dev-muni52"
    eksjo.build(out / "eksjo")
    hoor.build(out / "hoor")
    print(f"wrote corpus to {out}")


if __name__ == "__main__":
    main()

"""Deterministic generator for evals/corpora/blind-muni41 (Falun, Borlänge).
Run: /work/main/.venv/bin/python gen.py"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import borlange  # noqa: E402
import falun  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", "corpora", "blind-muni41"))

if __name__ == "__main__":
    info = {"falun": falun.build(os.path.join(ROOT, "falun")),
            "borlange": borlange.build(os.path.join(ROOT, "borlange"))}
    print(json.dumps(info, ensure_ascii=False, default=str, indent=1))

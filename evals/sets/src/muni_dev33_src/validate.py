"""Validate muni_dev33.jsonl: keys, categories, counts, docs and quotes.

Run from /work/main: .venv/bin/python evals/sets/src/muni_dev33_src/validate.py
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
from extract import text_of, norm  # noqa: E402

SET = os.path.join(ROOT, "evals/sets/dev/muni_dev33.jsonl")
CORPUS = "evals/corpora/dev-muni33"
CATS = {"table_lookup": 9, "calculation": 9, "lookup": 5, "text_amount": 5, "multi_doc": 5, "claim": 5,
        "unanswerable": 5, "multi_part": 4, "followup": 4, "english": 4}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}
KEYS = ["id", "corpus", "category", "language", "question", "history", "gold"]
GKEYS = ["answer", "numbers", "docs", "quotes", "refused", "verdict"]


def main():
    errors, warns = [], []
    cache = {}
    counts = collections.Counter()
    ids = set()
    lines = open(SET, encoding="utf-8").read().splitlines()
    for ln, line in enumerate(lines, 1):
        d = json.loads(line)
        qid = d.get("id")
        if list(d.keys()) != KEYS:
            errors.append(f"{qid}: keys {list(d.keys())}")
        if qid in ids or not re.fullmatch(r"md33-\d{3}", qid or ""):
            errors.append(f"{qid}: bad/duplicate id")
        ids.add(qid)
        if d["corpus"] != CORPUS:
            errors.append(f"{qid}: corpus")
        cat = d["category"]
        counts[cat] += 1
        if cat not in CATS:
            errors.append(f"{qid}: category {cat}")
        if d["language"] not in ("sv", "en") or (cat == "english") != (d["language"] == "en"):
            errors.append(f"{qid}: language")
        if not isinstance(d["history"], list) or (cat == "followup") != bool(d["history"]):
            errors.append(f"{qid}: history")
        g = d["gold"]
        if list(g.keys()) != GKEYS:
            errors.append(f"{qid}: gold keys {list(g.keys())}")
        for num in g["numbers"]:
            if set(num) != {"value", "unit"} or num["unit"] not in UNITS or not isinstance(num["value"], (int, float)):
                errors.append(f"{qid}: number {num}")
        if cat == "claim":
            if g["verdict"] not in ("supported", "contradicted", "not_found"):
                errors.append(f"{qid}: verdict")
            if (g["verdict"] == "not_found") != g["refused"]:
                errors.append(f"{qid}: claim refused/verdict mismatch")
        elif g["verdict"] is not None:
            errors.append(f"{qid}: verdict must be null")
        if cat == "unanswerable" and not g["refused"]:
            errors.append(f"{qid}: unanswerable not refused")
        if g["refused"]:
            if g["docs"] or g["quotes"] or g["numbers"]:
                errors.append(f"{qid}: refused with docs/quotes/numbers")
            continue
        if not g["docs"] or not g["quotes"]:
            errors.append(f"{qid}: missing docs/quotes")
        if cat == "multi_doc" and len(set(g["docs"])) < 2:
            errors.append(f"{qid}: multi_doc needs two docs")
        texts = []
        for doc in g["docs"]:
            if not doc.startswith(CORPUS + "/"):
                errors.append(f"{qid}: doc path {doc}")
            p = os.path.join(ROOT, doc)
            if not os.path.exists(p):
                errors.append(f"{qid}: missing doc {doc}")
                continue
            if p not in cache:
                cache[p] = text_of(p)
            texts.append((doc, cache[p]))
        for qt in g["quotes"]:
            hits = [doc for doc, t in texts if norm(qt) in norm(t)]
            if not hits:
                errors.append(f"{qid}: quote not found: {qt!r}")
                continue
            doc = hits[0]
            if doc.endswith(".pdf"):
                t = dict(texts)[doc]
                if not any(norm(qt) in norm(line) for line in t.splitlines()):
                    warns.append(f"{qid}: PDF quote spans lines: {qt!r}")
        for doc, t in texts:
            if not any(norm(qt) in norm(t) for qt in g["quotes"]):
                errors.append(f"{qid}: doc {doc} has no quote")
    for c, k in CATS.items():
        if counts[c] != k:
            errors.append(f"count {c}: {counts[c]} != {k}")
    for w in warns:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print(dict(counts), "total", sum(counts.values()))
    if errors:
        print("VALIDATION FAILED")
        sys.exit(1)
    print("VALIDATION PASSED")


if __name__ == "__main__":
    main()

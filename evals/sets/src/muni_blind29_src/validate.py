"""Validate evals/sets/dev/muni_blind29.jsonl: keys, categories, docs, quotes. python validate.py"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from extract import text_of  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
SET = os.path.join(ROOT, "evals", "sets", "dev", "muni_blind29.jsonl")
CORPUS = "evals/corpora/blind-muni29"
EXPECTED = {"table_lookup": 9, "calculation": 9, "lookup": 5, "text_amount": 5, "multi_doc": 5, "claim": 5,
            "unanswerable": 5, "multi_part": 4, "followup": 4, "english": 4}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def main():
    errs = []
    cache = {}
    counts = collections.Counter()
    ids = set()
    lines = open(SET, encoding="utf-8").read().splitlines()
    for ln, line in enumerate(lines, 1):
        r = json.loads(line)
        where = r.get("id", f"line {ln}")
        if set(r) != {"id", "corpus", "category", "language", "question", "history", "gold"}:
            errs.append(f"{where}: keys {sorted(r)}")
        if r["id"] != f"mb29-{ln:03d}" or r["id"] in ids:
            errs.append(f"{where}: bad/duplicate id")
        ids.add(r["id"])
        if r["corpus"] != CORPUS:
            errs.append(f"{where}: corpus")
        cat = r["category"]
        if cat not in EXPECTED:
            errs.append(f"{where}: category {cat}")
        counts[cat] += 1
        if r["language"] not in ("sv", "en") or (cat == "english") != (r["language"] == "en"):
            errs.append(f"{where}: language")
        if not isinstance(r["question"], str) or not r["question"].strip():
            errs.append(f"{where}: question")
        if not isinstance(r["history"], list) or (cat == "followup") != bool(r["history"]):
            errs.append(f"{where}: history")
        g = r["gold"]
        if set(g) != {"answer", "numbers", "docs", "quotes", "refused", "verdict"}:
            errs.append(f"{where}: gold keys {sorted(g)}")
        if not g["answer"].strip():
            errs.append(f"{where}: empty answer")
        for nmb in g["numbers"]:
            if set(nmb) != {"value", "unit"} or nmb["unit"] not in UNITS or not isinstance(nmb["value"], (int, float)):
                errs.append(f"{where}: number {nmb}")
        if cat == "claim":
            if g["verdict"] not in ("supported", "contradicted", "not_found"):
                errs.append(f"{where}: verdict")
            if (g["verdict"] == "not_found") != g["refused"]:
                errs.append(f"{where}: not_found/refused mismatch")
        elif g["verdict"] is not None:
            errs.append(f"{where}: verdict must be null")
        if cat == "unanswerable" and not g["refused"]:
            errs.append(f"{where}: unanswerable must be refused")
        if g["refused"]:
            if g["docs"] or g["quotes"]:
                errs.append(f"{where}: refused with docs/quotes")
            continue
        if not g["docs"] or not g["quotes"]:
            errs.append(f"{where}: missing docs/quotes")
        if cat == "multi_doc" and len(g["docs"]) < 2:
            errs.append(f"{where}: multi_doc needs 2 docs")
        texts = []
        for d in g["docs"]:
            if not d.startswith(CORPUS + "/"):
                errs.append(f"{where}: doc path {d}")
            p = os.path.join(ROOT, d)
            if not os.path.isfile(p):
                errs.append(f"{where}: missing doc {d}")
                continue
            if p not in cache:
                cache[p] = norm(text_of(p))
            texts.append(cache[p])
        for qt in g["quotes"]:
            if not any(norm(qt) in t for t in texts):
                errs.append(f"{where}: quote not found: {qt!r}")
        for d, t in zip(g["docs"], texts):
            if not any(norm(qt) in t for qt in g["quotes"]):
                errs.append(f"{where}: no quote from doc {d}")
    for c, n in EXPECTED.items():
        if counts[c] != n:
            errs.append(f"count {c}: {counts[c]} != {n}")
    for c in EXPECTED:
        print(f"{c}: {counts[c]}")
    print("total:", sum(counts.values()))
    if errs:
        print("\n".join(errs))
        print("VALIDATION FAILED")
        sys.exit(1)
    print("VALIDATION PASSED")


if __name__ == "__main__":
    main()

"""Validate muni_blind34.jsonl: keys, categories, counts, docs exist, quotes found in extracted text."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from extract import text_of, norm  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
SET = os.path.join(HERE, "..", "..", "dev", "muni_blind34.jsonl")
WANT = {"table_lookup": 9, "calculation": 9, "lookup": 5, "text_amount": 5, "multi_doc": 5, "claim": 5,
        "unanswerable": 5, "multi_part": 4, "followup": 4, "english": 4}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}
KEYS = ["id", "corpus", "category", "language", "question", "history", "gold"]
GKEYS = {"answer", "numbers", "docs", "quotes", "refused", "verdict"}


def main():
    errs = []
    cache = {}
    counts = collections.Counter()
    ids = set()
    lines = open(SET, encoding="utf-8").read().splitlines()
    for ln, line in enumerate(lines, 1):
        o = json.loads(line)
        if list(o.keys()) != KEYS:
            errs.append(f"{ln}: keys {list(o.keys())}")
        if o["id"] != f"mb34-{ln:03d}" or o["id"] in ids:
            errs.append(f"{ln}: id {o['id']}")
        ids.add(o["id"])
        if o["corpus"] != "evals/corpora/blind-muni34":
            errs.append(f"{ln}: corpus")
        cat = o["category"]
        counts[cat] += 1
        if cat not in WANT:
            errs.append(f"{ln}: category {cat}")
        if o["language"] not in ("sv", "en") or (cat == "english") != (o["language"] == "en"):
            errs.append(f"{ln}: language")
        if not isinstance(o["history"], list) or (cat == "followup") != bool(o["history"]):
            errs.append(f"{ln}: history")
        g = o["gold"]
        if set(g.keys()) != GKEYS:
            errs.append(f"{ln}: gold keys")
        for nmb in g["numbers"]:
            if set(nmb) != {"value", "unit"} or nmb["unit"] not in UNITS or not isinstance(nmb["value"], (int, float)):
                errs.append(f"{ln}: number {nmb}")
        if cat == "claim":
            if g["verdict"] not in ("supported", "contradicted", "not_found"):
                errs.append(f"{ln}: verdict")
            if (g["verdict"] == "not_found") != g["refused"]:
                errs.append(f"{ln}: not_found/refused")
        elif g["verdict"] is not None:
            errs.append(f"{ln}: verdict must be null")
        if cat == "unanswerable" and not g["refused"]:
            errs.append(f"{ln}: unanswerable not refused")
        if g["refused"]:
            if g["docs"] or g["quotes"] or g["numbers"]:
                errs.append(f"{ln}: refused with docs/quotes/numbers")
            continue
        if not g["docs"] or not g["quotes"]:
            errs.append(f"{ln}: missing docs/quotes")
        if cat == "multi_doc" and len(set(g["docs"])) < 2:
            errs.append(f"{ln}: multi_doc needs 2 docs")
        texts = []
        for d in g["docs"]:
            if not d.startswith(o["corpus"] + "/"):
                errs.append(f"{ln}: doc path {d}")
            p = os.path.join(ROOT, d)
            if not os.path.isfile(p):
                errs.append(f"{ln}: missing doc {d}")
                continue
            if p not in cache:
                cache[p] = norm(text_of(p))
            texts.append(cache[p])
        for qt in g["quotes"]:
            if not any(norm(qt) in t for t in texts):
                errs.append(f"{ln}: quote not found: {qt!r}")
    for c, k in WANT.items():
        if counts[c] != k:
            errs.append(f"count {c}: {counts[c]} != {k}")
    for c in WANT:
        print(f"{c}: {counts[c]}")
    print("total:", sum(counts.values()))
    if errs:
        print("\n".join(errs))
        print("VALIDATION FAILED")
        sys.exit(1)
    print("VALIDATION PASSED")


if __name__ == "__main__":
    main()

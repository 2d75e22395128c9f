"""Validate evals/sets/dev/muni_blind31.jsonl against the blind-muni31 corpus."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from extract import doc_text  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
SET = os.path.join(ROOT, "evals/sets/dev/muni_blind31.jsonl")
CATS = {"table_lookup": 9, "calculation": 9, "lookup": 5, "text_amount": 5, "multi_doc": 5, "claim": 5,
        "unanswerable": 5, "multi_part": 4, "followup": 4, "english": 4}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}
KEYS = ["id", "corpus", "category", "language", "question", "history", "gold"]
GKEYS = {"answer", "numbers", "docs", "quotes", "refused", "verdict"}


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def main():
    errs = []
    cache = {}
    counts = collections.Counter()
    ids = set()
    lines = open(SET, encoding="utf-8").read().splitlines()
    for n, line in enumerate(lines, 1):
        r = json.loads(line)
        pid = r.get("id")
        if list(r.keys()) != KEYS:
            errs.append(f"{pid}: keys {list(r.keys())}")
        if pid in ids or pid != f"mb31-{n:03d}":
            errs.append(f"{pid}: bad/duplicate id")
        ids.add(pid)
        if r["corpus"] != "evals/corpora/blind-muni31":
            errs.append(f"{pid}: corpus")
        cat = r["category"]
        counts[cat] += 1
        if cat not in CATS:
            errs.append(f"{pid}: category {cat}")
        if r["language"] not in ("sv", "en") or (cat == "english") != (r["language"] == "en"):
            errs.append(f"{pid}: language")
        if not isinstance(r["history"], list) or (cat == "followup") != bool(r["history"]):
            errs.append(f"{pid}: history")
        g = r["gold"]
        if set(g) != GKEYS:
            errs.append(f"{pid}: gold keys")
        for num in g["numbers"]:
            if set(num) != {"value", "unit"} or num["unit"] not in UNITS or not isinstance(num["value"], (int, float)):
                errs.append(f"{pid}: number {num}")
        if g["refused"]:
            if g["docs"] or g["quotes"] or g["numbers"]:
                errs.append(f"{pid}: refused with evidence")
        else:
            if not g["docs"] or not g["quotes"]:
                errs.append(f"{pid}: missing docs/quotes")
        if cat == "claim":
            if g["verdict"] not in ("supported", "contradicted", "not_found"):
                errs.append(f"{pid}: verdict")
            if (g["verdict"] == "not_found") != g["refused"]:
                errs.append(f"{pid}: not_found/refused mismatch")
        elif g["verdict"] is not None:
            errs.append(f"{pid}: verdict on non-claim")
        if cat == "unanswerable" and not g["refused"]:
            errs.append(f"{pid}: unanswerable not refused")
        if cat == "multi_doc" and len(set(g["docs"])) < 2:
            errs.append(f"{pid}: multi_doc needs 2 docs")
        texts = []
        for d in g["docs"]:
            p = os.path.join(ROOT, d)
            if not d.startswith(r["corpus"] + "/") or not os.path.isfile(p):
                errs.append(f"{pid}: doc missing {d}")
                continue
            if p not in cache:
                cache[p] = norm(doc_text(p))
            texts.append(cache[p])
        for qt in g["quotes"]:
            if not any(norm(qt) in t for t in texts):
                errs.append(f"{pid}: quote not found: {qt!r}")
    for c, k in CATS.items():
        if counts[c] != k:
            errs.append(f"count {c}: {counts[c]} != {k}")
    print("questions:", len(lines))
    for c in CATS:
        print(f"  {c}: {counts[c]}")
    if errs:
        print("FAILED")
        for e in errs:
            print("  ", e)
        sys.exit(1)
    print("validation passed")


if __name__ == "__main__":
    main()

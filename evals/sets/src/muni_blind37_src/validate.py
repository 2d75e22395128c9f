"""Validate muni_blind37.jsonl: keys, categories, docs and quotes."""
import collections
import json
import os
import sys

from extract import text

MAIN = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))
SET = os.path.join(MAIN, "evals", "sets", "dev", "muni_blind37.jsonl")
CATS = {"lookup": 5, "text_amount": 5, "table_lookup": 9, "calculation": 9, "claim": 5, "multi_part": 4,
        "multi_doc": 5, "followup": 4, "english": 4, "unanswerable": 5}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}


def norm(s):
    return " ".join(s.split()).lower()


def main():
    errs, cache, counts = [], {}, collections.Counter()
    lines = open(SET, encoding="utf-8").read().splitlines()
    ids = set()
    for n, line in enumerate(lines, 1):
        q = json.loads(line)
        if set(q) != {"id", "corpus", "category", "language", "question", "history", "gold"}:
            errs.append(f"{n}: keys {sorted(q)}")
        g = q["gold"]
        if set(g) != {"answer", "numbers", "docs", "quotes", "refused", "verdict"}:
            errs.append(f"{n}: gold keys")
        if q["id"] != f"mb37-{n:03d}" or q["id"] in ids:
            errs.append(f"{n}: id {q['id']}")
        ids.add(q["id"])
        if q["corpus"] != "evals/corpora/blind-muni37":
            errs.append(f"{n}: corpus")
        counts[q["category"]] += 1
        if q["category"] not in CATS:
            errs.append(f"{n}: category")
        if q["language"] not in ("sv", "en") or (q["category"] == "english") != (q["language"] == "en"):
            errs.append(f"{n}: language")
        if (q["category"] == "followup") != bool(q["history"]):
            errs.append(f"{n}: history")
        for num in g["numbers"]:
            if set(num) != {"value", "unit"} or num["unit"] not in UNITS or not isinstance(num["value"], (int, float)):
                errs.append(f"{n}: number {num}")
        if g["refused"]:
            if g["docs"] or g["quotes"]:
                errs.append(f"{n}: refused with docs")
        elif not g["docs"] or not g["quotes"]:
            errs.append(f"{n}: missing docs/quotes")
        if q["category"] == "unanswerable" and not g["refused"]:
            errs.append(f"{n}: unanswerable not refused")
        if q["category"] == "claim":
            if g["verdict"] not in ("supported", "contradicted", "not_found"):
                errs.append(f"{n}: verdict")
            if (g["verdict"] == "not_found") != g["refused"]:
                errs.append(f"{n}: not_found/refused mismatch")
        elif g["verdict"] is not None:
            errs.append(f"{n}: verdict on non-claim")
        if q["category"] == "multi_doc" and len(g["docs"]) < 2:
            errs.append(f"{n}: multi_doc with one doc")
        texts = []
        for d in g["docs"]:
            p = os.path.join(MAIN, d)
            if not d.startswith("evals/corpora/blind-muni37/") or not os.path.exists(p):
                errs.append(f"{n}: doc missing {d}")
                continue
            if p not in cache:
                cache[p] = norm(text(p))
            texts.append(cache[p])
        for qt in g["quotes"]:
            if not any(norm(qt) in t for t in texts):
                errs.append(f"{n}: quote not found: {qt}")
    for c, k in CATS.items():
        if counts[c] != k:
            errs.append(f"count {c}: {counts[c]} != {k}")
    print(dict(counts), "total", sum(counts.values()))
    for e in errs:
        print("ERROR", e)
    print("VALIDATION", "FAILED" if errs else "PASSED")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()

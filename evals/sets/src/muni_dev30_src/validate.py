"""Validate the md30 question set: keys, categories, counts, docs exist, quotes found in extracted text."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from extract import text_of, norm  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
SET = os.path.join(ROOT, "evals", "sets", "dev", "muni_dev30.jsonl")
CORPUS = "evals/corpora/dev-muni30"
EXPECTED = {"table_lookup": 9, "calculation": 9, "lookup": 5, "text_amount": 5, "multi_doc": 5, "claim": 5,
            "unanswerable": 5, "multi_part": 4, "followup": 4, "english": 4}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}
KEYS = ["id", "corpus", "category", "language", "question", "history", "gold"]
GKEYS = ["answer", "numbers", "docs", "quotes", "refused", "verdict"]


def main():
    errors = []
    cache = {}
    counts = collections.Counter()
    ids = set()
    lines = open(SET, encoding="utf-8").read().splitlines()
    for n, line in enumerate(lines, 1):
        q = json.loads(line)
        qid = q.get("id", f"line{n}")
        if list(q.keys()) != KEYS:
            errors.append(f"{qid}: keys {list(q.keys())}")
        if qid in ids or not qid.startswith("md30-"):
            errors.append(f"{qid}: bad/duplicate id")
        ids.add(qid)
        if q["corpus"] != CORPUS:
            errors.append(f"{qid}: corpus")
        cat = q["category"]
        counts[cat] += 1
        if cat not in EXPECTED:
            errors.append(f"{qid}: category {cat}")
        if q["language"] not in ("sv", "en") or (cat == "english") != (q["language"] == "en"):
            errors.append(f"{qid}: language")
        if not isinstance(q["history"], list) or (cat == "followup") != bool(q["history"]):
            errors.append(f"{qid}: history")
        g = q["gold"]
        if list(g.keys()) != GKEYS:
            errors.append(f"{qid}: gold keys {list(g.keys())}")
        for num in g["numbers"]:
            if set(num) != {"value", "unit"} or num["unit"] not in UNITS or not isinstance(num["value"], (int, float)):
                errors.append(f"{qid}: number {num}")
        if g["refused"]:
            if g["docs"] or g["quotes"] or g["numbers"]:
                errors.append(f"{qid}: refused but has docs/quotes/numbers")
        else:
            if not g["docs"] or not g["quotes"]:
                errors.append(f"{qid}: missing docs/quotes")
        if cat == "unanswerable" and not g["refused"]:
            errors.append(f"{qid}: unanswerable not refused")
        if cat == "claim":
            if g["verdict"] not in ("supported", "contradicted", "not_found"):
                errors.append(f"{qid}: verdict")
            if (g["verdict"] == "not_found") != g["refused"]:
                errors.append(f"{qid}: not_found/refused mismatch")
        elif g["verdict"] is not None:
            errors.append(f"{qid}: verdict on non-claim")
        if cat == "multi_doc" and len(set(g["docs"])) < 2:
            errors.append(f"{qid}: multi_doc needs two docs")
        texts = []
        for d in g["docs"]:
            if not d.startswith(CORPUS + "/"):
                errors.append(f"{qid}: doc path {d}")
            p = os.path.join(ROOT, d)
            if not os.path.isfile(p):
                errors.append(f"{qid}: missing doc {d}")
                continue
            if p not in cache:
                cache[p] = norm(text_of(p))
            texts.append(cache[p])
        for qt in g["quotes"]:
            if not any(norm(qt) in t for t in texts):
                errors.append(f"{qid}: quote not found: {qt!r}")
    for c, e in EXPECTED.items():
        if counts[c] != e:
            errors.append(f"count {c}: {counts[c]} != {e}")
    for c in sorted(counts):
        print(f"{c}: {counts[c]}")
    print("total:", sum(counts.values()))
    if errors:
        print("\n".join(errors))
        print("VALIDATION FAILED")
        sys.exit(1)
    print("VALIDATION PASSED")


if __name__ == "__main__":
    main()

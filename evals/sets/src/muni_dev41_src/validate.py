"""Validator for muni_dev41.jsonl: keys, categories, docs, quotes (line-level, whitespace/case-normalised)."""
import collections
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from extract import extract

ROOT = "/work/main"
SET = os.path.join(ROOT, "evals/sets/dev/muni_dev41.jsonl")
CORPUS = "evals/corpora/dev-muni41"
WANT = dict(table_lookup=9, calculation=9, lookup=5, text_amount=5, multi_doc=5, claim=5, unanswerable=5,
            multi_part=4, followup=4, english=4)
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}


def norm(s):
    return " ".join(s.split()).lower()


cache = {}


def lines_of(doc):
    if doc not in cache:
        cache[doc] = [norm(l) for l in extract(os.path.join(ROOT, doc)).split("\n")]
    return cache[doc]


errors = []
counts = collections.Counter()
ids = set()
with open(SET, encoding="utf-8") as f:
    recs = [json.loads(l) for l in f if l.strip()]
for n, r in enumerate(recs, 1):
    e = lambda m: errors.append(f"{r.get('id', n)}: {m}")
    if list(r.keys()) != ["id", "corpus", "category", "language", "question", "history", "gold"]:
        e(f"keys {list(r.keys())}")
    if r["id"] != f"md41-{n:03d}" or r["id"] in ids:
        e("bad id")
    ids.add(r["id"])
    if r["corpus"] != CORPUS:
        e("corpus")
    if r["category"] not in WANT:
        e("category")
    counts[r["category"]] += 1
    if r["language"] not in ("sv", "en") or (r["category"] == "english") != (r["language"] == "en"):
        e("language")
    if not isinstance(r["history"], list) or (r["category"] == "followup") != bool(r["history"]):
        e("history")
    g = r["gold"]
    if list(g.keys()) != ["answer", "numbers", "docs", "quotes", "refused", "verdict"]:
        e(f"gold keys {list(g.keys())}")
    if not g["answer"]:
        e("empty answer")
    for x in g["numbers"]:
        if set(x) != {"value", "unit"} or x["unit"] not in UNITS or not isinstance(x["value"], (int, float)):
            e(f"number {x}")
    if g["refused"]:
        if g["docs"] or g["quotes"]:
            e("refused with docs/quotes")
    else:
        if not g["docs"] or not g["quotes"]:
            e("missing docs/quotes")
    if r["category"] == "unanswerable" and not g["refused"]:
        e("unanswerable not refused")
    if r["category"] == "claim":
        if g["verdict"] not in ("supported", "contradicted", "not_found"):
            e("verdict")
        if (g["verdict"] == "not_found") != g["refused"]:
            e("not_found/refused mismatch")
    elif g["verdict"] is not None:
        e("verdict on non-claim")
    if r["category"] == "multi_doc" and len(g["docs"]) < 2:
        e("multi_doc needs 2 docs")
    for d in g["docs"]:
        if not d.startswith(CORPUS + "/") or not os.path.exists(os.path.join(ROOT, d)):
            e(f"doc missing {d}")
    for qt in g["quotes"]:
        nq = norm(qt)
        if not any(nq in l for d in g["docs"] if os.path.exists(os.path.join(ROOT, d)) for l in lines_of(d)):
            e(f"quote not found: {qt!r}")
for c, k in WANT.items():
    if counts[c] != k:
        errors.append(f"count {c}: {counts[c]} != {k}")
print("total", len(recs))
for c in WANT:
    print(f"  {c}: {counts[c]}")
if errors:
    print("FAILED")
    for x in errors:
        print("  ", x)
    sys.exit(1)
print("validation passed")

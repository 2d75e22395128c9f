"""Validate muni_blind23.jsonl: keys, categories, docs, quotes. Run: python validate.py"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from extract import text_of, norm  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
QF = os.path.join(HERE, "..", "..", "dev", "muni_blind23.jsonl")
CATS = {"lookup": 5, "text_amount": 5, "table_lookup": 9, "calculation": 9, "claim": 5, "multi_part": 4,
        "multi_doc": 5, "followup": 4, "english": 4, "unanswerable": 5}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}
KEYS = {"id", "corpus", "category", "language", "question", "history", "gold"}
GKEYS = {"answer", "numbers", "docs", "quotes", "refused", "verdict"}

errs, cache, counts, ids = [], {}, collections.Counter(), set()
for ln, line in enumerate(open(QF, encoding="utf-8"), 1):
    o = json.loads(line)
    e = lambda m: errs.append(f"line {ln} {o.get('id')}: {m}")
    if set(o) != KEYS:
        e(f"keys {set(o) ^ KEYS}")
    g = o["gold"]
    if set(g) != GKEYS:
        e(f"gold keys {set(g) ^ GKEYS}")
    if o["id"] in ids or not o["id"].startswith("mb23-"):
        e("bad/dup id")
    ids.add(o["id"])
    if o["corpus"] != "evals/corpora/blind-muni23":
        e("corpus")
    cat = o["category"]
    counts[cat] += 1
    if cat not in CATS:
        e("category")
    if o["language"] not in ("sv", "en") or (cat == "english") != (o["language"] == "en"):
        e("language")
    if not isinstance(o["history"], list) or (cat == "followup") != bool(o["history"]):
        e("history")
    for nn in g["numbers"]:
        if set(nn) != {"value", "unit"} or nn["unit"] not in UNITS or not isinstance(nn["value"], (int, float)):
            e(f"number {nn}")
    if g["refused"]:
        if g["docs"] or g["quotes"] or g["numbers"]:
            e("refused with evidence")
    elif not g["docs"] or not g["quotes"]:
        e("missing docs/quotes")
    if cat == "unanswerable" and not g["refused"]:
        e("unanswerable not refused")
    if cat == "claim":
        if g["verdict"] not in ("supported", "contradicted", "not_found"):
            e("verdict")
        if (g["verdict"] == "not_found") != g["refused"]:
            e("not_found/refused mismatch")
    elif g["verdict"] is not None:
        e("verdict on non-claim")
    if cat == "multi_doc" and len(g["docs"]) < 2:
        e("multi_doc needs 2 docs")
    texts = []
    for d in g["docs"]:
        p = os.path.join(ROOT, d)
        if not d.startswith(o["corpus"] + "/") or not os.path.exists(p):
            e(f"doc missing {d}")
            continue
        if p not in cache:
            cache[p] = norm(text_of(p))
        texts.append(cache[p])
    for qt in g["quotes"]:
        if not any(norm(qt) in t for t in texts):
            e(f"quote not found: {qt!r}")
for c, k in CATS.items():
    if counts[c] != k:
        errs.append(f"count {c}: {counts[c]} != {k}")
print(dict(counts), "total", sum(counts.values()))
if errs:
    print("\n".join(errs))
    sys.exit(1)
print("VALIDATION PASSED")

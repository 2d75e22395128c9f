"""Validate evals/sets/blind/muni_blind11.jsonl against the blind-muni11 corpus."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
from extract import extract, norm  # noqa: E402

CATS = {"lookup", "text_amount", "table_lookup", "calculation", "multi_part", "multi_doc", "claim",
        "unanswerable", "followup", "english"}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}
errs = []
rows = []
with open(os.path.join(ROOT, "evals/sets/blind/muni_blind11.jsonl"), encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        try:
            rows.append(json.loads(line))
        except Exception as e:  # noqa: BLE001
            errs.append(f"line {i}: bad json {e}")
ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)):
    errs.append("duplicate ids")
cats = collections.Counter(r["category"] for r in rows)
if set(cats) != CATS:
    errs.append(f"categories mismatch: {set(cats) ^ CATS}")
cache = {}
for r in rows:
    g = r["gold"]
    if r.get("corpus") != "evals/corpora/blind-muni11":
        errs.append(f"{r['id']}: corpus")
    for k in ("answer", "numbers", "docs", "quotes", "refused", "verdict"):
        if k not in g:
            errs.append(f"{r['id']}: gold.{k} missing")
    for num in g["numbers"]:
        if num["unit"] not in UNITS:
            errs.append(f"{r['id']}: unit {num['unit']}")
    if r["category"] == "claim" and g["verdict"] not in ("supported", "contradicted", "not_found"):
        errs.append(f"{r['id']}: verdict")
    if r["category"] != "claim" and g["verdict"] is not None:
        errs.append(f"{r['id']}: verdict on non-claim")
    if g["refused"] and (g["quotes"] or g["numbers"] or g["docs"]):
        errs.append(f"{r['id']}: refused with quotes/numbers/docs")
    if not g["refused"] and not g["quotes"]:
        errs.append(f"{r['id']}: no quotes")
    if r["category"] == "multi_doc" and len(set(g["docs"])) < 2:
        errs.append(f"{r['id']}: multi_doc needs 2 docs")
    if r["category"] == "followup" and not (1 <= len(r["history"]) <= 2):
        errs.append(f"{r['id']}: followup history")
    if r["category"] == "english" and r["language"] != "en":
        errs.append(f"{r['id']}: english language")
    for d in g["docs"]:
        p = os.path.join(ROOT, d)
        if not os.path.exists(p):
            errs.append(f"{r['id']}: missing doc {d}")
            continue
        if d not in cache:
            cache[d] = norm(extract(p))
    for qt in g["quotes"]:
        if not any(norm(qt) in cache.get(d, "") for d in g["docs"]):
            errs.append(f"{r['id']}: quote not found: {qt!r}")
    # every doc should hold at least one quote
    for d in g["docs"]:
        if g["quotes"] and not any(norm(qt) in cache.get(d, "") for qt in g["quotes"]):
            errs.append(f"{r['id']}: doc {d} holds none of the quotes")
print("questions:", len(rows), "categories:", dict(sorted(cats.items())))
print("languages:", dict(collections.Counter(r["language"] for r in rows)))
print("verdicts:", dict(collections.Counter(r["gold"]["verdict"] for r in rows if r["category"] == "claim")))
if errs:
    print("ERRORS:")
    print("\n".join(errs))
    sys.exit(1)
print("OK: all checks passed")

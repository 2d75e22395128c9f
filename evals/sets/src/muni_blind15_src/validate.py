"""Validate muni_blind15.jsonl: JSON, unique ids, categories, doc paths, verbatim quotes, gold consistency."""
import collections
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import extract  # noqa

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))
SET = os.path.join(REPO, "evals", "sets", "blind", "muni_blind15.jsonl")
CATS = {"lookup", "text_amount", "table_lookup", "calculation", "multi_part", "multi_doc", "claim",
        "unanswerable", "followup", "english"}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}

errors = []
items = []
with open(SET, encoding="utf-8") as fh:
    for ln, line in enumerate(fh, 1):
        try:
            items.append(json.loads(line))
        except Exception as e:  # noqa
            errors.append(f"line {ln}: bad JSON {e}")
ids = [x["id"] for x in items]
if len(ids) != len(set(ids)):
    errors.append("duplicate ids")
cache = {}
cnt = collections.Counter()
for x in items:
    i, g = x["id"], x["gold"]
    cnt[x["category"]] += 1
    if x["category"] not in CATS:
        errors.append(f"{i}: unknown category")
    if not i.startswith("mb15-"):
        errors.append(f"{i}: bad id")
    if x.get("corpus") != "evals/corpora/blind-muni15":
        errors.append(f"{i}: corpus")
    if x["language"] not in ("sv", "en") or (x["category"] == "english") != (x["language"] == "en"):
        errors.append(f"{i}: language")
    for n in g["numbers"]:
        if n["unit"] not in UNITS or not isinstance(n["value"], (int, float)):
            errors.append(f"{i}: number {n}")
    if x["category"] == "followup" and not (1 <= len(x["history"]) <= 2):
        errors.append(f"{i}: followup history")
    if x["category"] != "followup" and x["history"]:
        errors.append(f"{i}: history on non-followup")
    if x["category"] == "claim" and g["verdict"] not in ("supported", "contradicted", "not_found"):
        errors.append(f"{i}: verdict")
    if x["category"] != "claim" and g["verdict"] is not None:
        errors.append(f"{i}: verdict on non-claim")
    refused = x["category"] == "unanswerable" or g["verdict"] == "not_found"
    if g["refused"] != refused:
        errors.append(f"{i}: refused flag")
    if refused:
        if g["docs"] or g["quotes"] or g["numbers"]:
            errors.append(f"{i}: refused item must have empty docs/quotes/numbers")
        continue
    if not g["docs"] or not g["quotes"]:
        errors.append(f"{i}: missing docs/quotes")
    if x["category"] == "multi_doc" and len(set(g["docs"])) < 2:
        errors.append(f"{i}: multi_doc needs 2 docs")
    texts = []
    for dp in g["docs"]:
        p = os.path.join(REPO, dp)
        if not os.path.exists(p):
            errors.append(f"{i}: missing doc {dp}")
            continue
        if dp not in cache:
            cache[dp] = extract.norm(extract.text(p))
        texts.append(cache[dp])
    for qt in g["quotes"]:
        if not any(extract.norm(qt) in t for t in texts):
            errors.append(f"{i}: quote not found: {qt!r}")
    # every listed doc must be supported by at least one quote
    for dp in g["docs"]:
        if dp in cache and not any(extract.norm(qt) in cache[dp] for qt in g["quotes"]):
            errors.append(f"{i}: no quote from {dp}")

missing = CATS - set(cnt)
if missing:
    errors.append(f"categories missing: {missing}")
print("items:", len(items))
for c in sorted(cnt):
    print(f"  {c:14s} {cnt[c]}")
print("mention Östhammar:", sum("sthammar" in x["question"].lower() for x in items),
      "mention Bollebygd:", sum("bollebygd" in x["question"].lower() for x in items),
      "both:", sum("sthammar" in x["question"].lower() and "bollebygd" in x["question"].lower() for x in items))
if errors:
    print("ERRORS:")
    for e in errors:
        print("  ", e)
    sys.exit(1)
print("OK: all checks passed")

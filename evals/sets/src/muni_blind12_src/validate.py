"""Validate evals/sets/blind/muni_blind12.jsonl against the blind-muni12 corpus."""
import collections
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from extract import norm, text_of

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))
SET = os.path.join(REPO, "evals", "sets", "blind", "muni_blind12.jsonl")
CATS = {"lookup", "text_amount", "table_lookup", "calculation", "multi_part", "multi_doc", "claim",
        "unanswerable", "followup", "english"}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}

errors = []
rows = []
with open(SET, encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        try:
            rows.append(json.loads(line))
        except Exception as e:  # noqa
            errors.append(f"line {i}: bad JSON {e}")

ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)):
    errors.append("duplicate ids")
cnt = collections.Counter(r["category"] for r in rows)
missing = CATS - set(cnt)
if missing:
    errors.append(f"missing categories {missing}")
unknown = set(cnt) - CATS
if unknown:
    errors.append(f"unknown categories {unknown}")

cache = {}
for r in rows:
    g = r["gold"]
    rid = r["id"]
    if r.get("corpus") != "evals/corpora/blind-muni12":
        errors.append(f"{rid}: corpus")
    if r["language"] not in ("sv", "en") or (r["category"] == "english") != (r["language"] == "en"):
        errors.append(f"{rid}: language")
    for n in g["numbers"]:
        if n["unit"] not in UNITS or not isinstance(n["value"], (int, float)):
            errors.append(f"{rid}: number {n}")
    if r["category"] == "followup" and not (1 <= len(r["history"]) <= 2):
        errors.append(f"{rid}: followup without history")
    if r["category"] != "followup" and r["history"]:
        errors.append(f"{rid}: history on non-followup")
    if r["category"] == "multi_doc" and len(set(g["docs"])) < 2:
        errors.append(f"{rid}: multi_doc needs 2 docs")
    if r["category"] == "claim" and g["verdict"] not in ("supported", "contradicted", "not_found"):
        errors.append(f"{rid}: claim verdict")
    if r["category"] != "claim" and g["verdict"] is not None:
        errors.append(f"{rid}: verdict on non-claim")
    if r["category"] == "unanswerable" or g["verdict"] == "not_found":
        if not g["refused"] or g["quotes"] or g["numbers"] or g["docs"]:
            errors.append(f"{rid}: refusal fields")
        continue
    if g["refused"]:
        errors.append(f"{rid}: refused on answerable")
    if not g["docs"] or not g["quotes"]:
        errors.append(f"{rid}: docs/quotes empty")
    texts = []
    for d in g["docs"]:
        p = os.path.join(REPO, d)
        if not os.path.exists(p):
            errors.append(f"{rid}: doc missing {d}")
            continue
        if d not in cache:
            cache[d] = norm(text_of(p))
        texts.append(cache[d])
    for q in g["quotes"]:
        if not any(norm(q) in t for t in texts):
            errors.append(f"{rid}: quote not found: {q!r}")
    if r["category"] == "multi_doc":
        hit = {d for d in g["docs"] if os.path.exists(os.path.join(REPO, d))
               and any(norm(q) in cache[d] for q in g["quotes"])}
        if len(hit) < 2:
            errors.append(f"{rid}: multi_doc quotes do not cover 2 documents")

print(f"{len(rows)} questions; per category: {dict(sorted(cnt.items()))}")
print(f"documents checked: {len(cache)}")
if errors:
    print("ERRORS:")
    for e in errors:
        print(" ", e)
    sys.exit(1)
print("OK")

"""Validate ../muni_blind13.jsonl against the generated corpus."""
import json, os, sys
from collections import Counter
from extract import text, norm

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
CATS = {"lookup", "text_amount", "table_lookup", "calculation", "multi_part", "multi_doc", "claim",
        "unanswerable", "followup", "english"}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}
errs = []
lines = open(os.path.join(HERE, "..", "muni_blind13.jsonl"), encoding="utf-8").read().splitlines()
qs = [json.loads(l) for l in lines]
ids = [q["id"] for q in qs]
if len(set(ids)) != len(ids): errs.append("duplicate ids")
if len(qs) != 55: errs.append(f"count {len(qs)}")
cats = Counter(q["category"] for q in qs)
if set(cats) != CATS: errs.append(f"categories {set(cats) ^ CATS}")
cache = {}
for q in qs:
    g = q["gold"]
    if q["corpus"] != "evals/corpora/blind-muni13": errs.append(q["id"] + " corpus")
    if not q["id"].startswith("mb13-"): errs.append(q["id"] + " id prefix")
    if q["language"] != ("en" if q["category"] == "english" else "sv"): errs.append(q["id"] + " language")
    for n in g["numbers"]:
        if n["unit"] not in UNITS: errs.append(q["id"] + " unit " + n["unit"])
    if g["refused"]:
        if g["docs"] or g["quotes"] or g["numbers"]: errs.append(q["id"] + " refused but has docs/quotes/numbers")
    else:
        if not g["docs"] or not g["quotes"]: errs.append(q["id"] + " missing docs/quotes")
    if q["category"] == "claim" and g["verdict"] not in ("supported", "contradicted", "not_found"):
        errs.append(q["id"] + " verdict")
    if q["category"] != "claim" and g["verdict"] is not None: errs.append(q["id"] + " verdict non-claim")
    if q["category"] == "followup" and not q["history"]: errs.append(q["id"] + " history")
    if q["category"] == "multi_doc" and len(set(g["docs"])) < 2: errs.append(q["id"] + " multi_doc docs")
    texts = []
    for d in g["docs"]:
        p = os.path.join(REPO, d)
        if not os.path.exists(p):
            errs.append(q["id"] + " missing doc " + d); continue
        if p not in cache: cache[p] = norm(text(p))
        texts.append(cache[p])
    for qu in g["quotes"]:
        if not any(norm(qu) in t for t in texts):
            errs.append(q["id"] + " quote not found: " + qu)
# each doc used / every quote's doc holds at least one quote
used = Counter(d for q in qs for d in q["gold"]["docs"])
print("categories:", dict(cats))
print("docs used:", dict(used))
print("errors:", len(errs))
for e in errs: print("  ", e)
sys.exit(1 if errs else 0)

"""Validate muni_blind35.jsonl: keys, categories, counts, docs exist, quotes found."""
import collections
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from render import norm, text  # noqa: E402

ROOT = "/work/main"
PATH = os.path.join(ROOT, "evals/sets/dev/muni_blind35.jsonl")
WANT = {"table_lookup": 9, "calculation": 9, "lookup": 5, "text_amount": 5, "multi_doc": 5, "claim": 5,
        "unanswerable": 5, "multi_part": 4, "followup": 4, "english": 4}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}
errs = []
cache = {}
cnt = collections.Counter()
ids = set()
for ln, line in enumerate(open(PATH, encoding="utf-8"), 1):
    r = json.loads(line)
    if set(r) != {"id", "corpus", "category", "language", "question", "history", "gold"}:
        errs.append((ln, "keys", set(r)))
    g = r["gold"]
    if set(g) != {"answer", "numbers", "docs", "quotes", "refused", "verdict"}:
        errs.append((ln, "gold keys"))
    if r["id"] in ids or r["id"] != f"mb35-{ln:03d}":
        errs.append((ln, "id", r["id"]))
    ids.add(r["id"])
    if r["corpus"] != "evals/corpora/blind-muni35":
        errs.append((ln, "corpus"))
    cat = r["category"]
    cnt[cat] += 1
    if cat not in WANT:
        errs.append((ln, "category", cat))
    if r["language"] not in ("sv", "en") or (cat == "english") != (r["language"] == "en"):
        errs.append((ln, "language"))
    if (cat == "followup") != bool(r["history"]):
        errs.append((ln, "history"))
    for n in g["numbers"]:
        if n["unit"] not in UNITS or not isinstance(n["value"], (int, float)):
            errs.append((ln, "number", n))
    if g["refused"]:
        if g["docs"] or g["quotes"] or g["numbers"]:
            errs.append((ln, "refused with evidence"))
    else:
        if not g["docs"] or not g["quotes"]:
            errs.append((ln, "missing evidence"))
    if cat == "unanswerable" and not g["refused"]:
        errs.append((ln, "unanswerable not refused"))
    if cat == "claim":
        if g["verdict"] not in ("supported", "contradicted", "not_found"):
            errs.append((ln, "verdict"))
        if (g["verdict"] == "not_found") != g["refused"]:
            errs.append((ln, "not_found/refused"))
    elif g["verdict"] is not None:
        errs.append((ln, "verdict on non-claim"))
    if cat == "multi_doc" and len(g["docs"]) < 2:
        errs.append((ln, "multi_doc needs 2 docs"))
    texts = []
    for d in g["docs"]:
        p = os.path.join(ROOT, d)
        if not d.startswith(r["corpus"] + "/") or not os.path.isfile(p):
            errs.append((ln, "doc missing", d))
            continue
        if p not in cache:
            cache[p] = norm(text(p))
        texts.append(cache[p])
    for qt in g["quotes"]:
        if not any(norm(qt) in t for t in texts):
            errs.append((ln, "quote not found", qt))
for k, v in WANT.items():
    if cnt[k] != v:
        errs.append(("count", k, cnt[k], v))
for e in errs:
    print("ERROR", e)
print(dict(cnt), "total", sum(cnt.values()))
print("VALIDATION", "FAILED" if errs else "PASSED")
sys.exit(1 if errs else 0)

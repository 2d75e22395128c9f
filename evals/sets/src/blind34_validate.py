"""Validator for blind34.jsonl (run once blind, now in evals/sets/dev): keys, categories, docs, quotes (whitespace/case-normalised)."""
import json, os, re, sys
from collections import Counter

ROOT = "/work/main"
SET = os.path.join(ROOT, "evals/sets/dev/blind34.jsonl")
CATS = {"lookup": 7, "text_amount": 7, "table_lookup": 7, "calculation": 7, "claim": 8,
        "multi_part": 6, "multi_doc": 6, "followup": 6, "english": 6, "unanswerable": 6}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}
KEYS = ["id", "corpus", "category", "language", "question", "history", "gold"]
GKEYS = {"answer", "numbers", "docs", "quotes", "refused", "verdict"}

def norm(s):
    return " ".join(s.split()).lower()

def doc_text(path):
    full = os.path.join(ROOT, path)
    ext = path.rsplit(".", 1)[-1].lower()
    if ext in ("txt", "md"):
        return open(full, encoding="utf-8").read()
    raise ValueError("unsupported format " + path)

errors = []
rows = [json.loads(l) for l in open(SET, encoding="utf-8") if l.strip()]
cnt = Counter()
ids = set()
for i, o in enumerate(rows, 1):
    e = lambda m: errors.append(f"{o.get('id', i)}: {m}")
    if list(o.keys()) != KEYS: e(f"keys {list(o.keys())}")
    if o["id"] != f"b34-{i:03d}" or o["id"] in ids: e("bad id")
    ids.add(o["id"])
    if o["corpus"] != "corpus": e("corpus")
    if o["category"] not in CATS: e("category")
    cnt[o["category"]] += 1
    if o["language"] not in ("sv", "en"): e("language")
    if (o["category"] == "english") != (o["language"] == "en"): e("language/category mismatch")
    if not isinstance(o["history"], list) or any(not isinstance(h, str) for h in o["history"]): e("history")
    if (o["category"] == "followup") != bool(o["history"]): e("history vs followup")
    g = o["gold"]
    if set(g.keys()) != GKEYS: e(f"gold keys {set(g.keys())}")
    if not g["answer"]: e("empty answer")
    for n in g["numbers"]:
        if set(n) != {"value", "unit"} or not isinstance(n["value"], (int, float)) or n["unit"] not in UNITS:
            e(f"number {n}")
    if g["verdict"] not in (None, "supported", "contradicted", "not_found"): e("verdict")
    if (o["category"] == "claim") != (g["verdict"] is not None): e("verdict vs claim")
    if g["refused"]:
        if g["docs"] or g["quotes"]: e("refused with docs/quotes")
        if o["category"] == "claim" and g["verdict"] != "not_found": e("refused claim must be not_found")
    else:
        if not g["docs"] or not g["quotes"]: e("missing docs/quotes")
    if o["category"] == "unanswerable" and not g["refused"]: e("unanswerable not refused")
    if o["category"] == "multi_doc" and len(set(g["docs"])) < 2: e("multi_doc needs 2 docs")
    texts = {}
    for d in g["docs"]:
        if not d.startswith("corpus/") or not os.path.isfile(os.path.join(ROOT, d)):
            e(f"doc missing {d}"); continue
        texts[d] = norm(doc_text(d))
    for qt in g["quotes"]:
        if not any(norm(qt) in t for t in texts.values()):
            e(f"quote not found: {qt[:80]}")
    if o["category"] == "multi_doc":
        for d, t in texts.items():
            if not any(norm(qt) in t for qt in g["quotes"]): e(f"no quote from {d}")

for c, n in CATS.items():
    if cnt[c] != n: errors.append(f"count {c}: {cnt[c]} != {n}")
print("total", len(rows))
for c in CATS: print(f"  {c}: {cnt[c]}")
if errors:
    print("FAILURES:"); [print("  " + x) for x in errors]; sys.exit(1)
print("validation passed")

import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(__file__))
from extract import text
ROOT = "/work/main"
CATS = {"table_lookup": 9, "calculation": 9, "lookup": 5, "text_amount": 5, "multi_doc": 5, "claim": 5,
        "unanswerable": 5, "multi_part": 4, "followup": 4, "english": 4}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}
norm = lambda s: " ".join(s.split()).lower()
cache = {}; errs = []; cnt = collections.Counter(); ids = set()
for ln, line in enumerate(open(ROOT + "/evals/sets/dev/muni_dev40.jsonl", encoding="utf-8"), 1):
    r = json.loads(line)
    if set(r) != {"id", "corpus", "category", "language", "question", "history", "gold"}: errs.append((ln, "keys"))
    if set(r["gold"]) != {"answer", "numbers", "docs", "quotes", "refused", "verdict"}: errs.append((ln, "gold keys"))
    if r["id"] in ids: errs.append((ln, "dup id"))
    ids.add(r["id"]); cnt[r["category"]] += 1
    if r["category"] not in CATS: errs.append((ln, "cat"))
    if r["language"] != ("en" if r["category"] == "english" else "sv"): errs.append((ln, "lang"))
    g = r["gold"]
    for n in g["numbers"]:
        if n["unit"] not in UNITS or not isinstance(n["value"], (int, float)): errs.append((ln, "num", n))
    if (r["category"] == "claim") != (g["verdict"] is not None): errs.append((ln, "verdict"))
    if (r["category"] == "followup") != bool(r["history"]): errs.append((ln, "history"))
    if g["refused"] and (g["docs"] or g["quotes"]): errs.append((ln, "refused with docs"))
    if not g["refused"] and (not g["docs"] or not g["quotes"]): errs.append((ln, "no docs/quotes"))
    if r["category"] == "multi_doc" and len(g["docs"]) < 2: errs.append((ln, "multi_doc docs"))
    for d in g["docs"]:
        p = os.path.join(ROOT, d)
        if not os.path.exists(p): errs.append((ln, "missing", d)); continue
        if p not in cache: cache[p] = norm(text(p))
    for qt in g["quotes"]:
        if not any(norm(qt) in cache.get(os.path.join(ROOT, d), "") for d in g["docs"]):
            errs.append((ln, "quote not found", qt))
for e in errs: print("ERR", e)
print(dict(cnt))
print("total", sum(cnt.values()), "expected", CATS == dict(cnt))
print("VALIDATION PASSED" if not errs and CATS == dict(cnt) else "VALIDATION FAILED")

"""Validate blind35.jsonl: keys, categories, counts, docs exist, quotes found in docs."""
import json, os, sys, collections
ROOT = "/work/main"
PATH = os.path.join(ROOT, "evals/sets/dev/blind35.jsonl")
CATS = {"claim": 8, "lookup": 7, "text_amount": 7, "table_lookup": 7, "calculation": 7,
        "multi_part": 6, "multi_doc": 6, "unanswerable": 6, "followup": 6, "english": 6}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}
VERDICTS = {None, "supported", "contradicted", "not_found"}
norm = lambda s: " ".join(s.split()).lower()
cache = {}
def text(doc):
    if doc not in cache:
        with open(os.path.join(ROOT, doc), encoding="utf-8") as f:
            cache[doc] = norm(f.read())
    return cache[doc]
errs = []; counts = collections.Counter(); ids = set()
rows = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
for i, r in enumerate(rows, 1):
    rid = r.get("id")
    if set(r) != {"id", "corpus", "category", "language", "question", "history", "gold"}:
        errs.append(f"{rid}: keys {sorted(r)}")
    if rid != f"b35-{i:03d}" or rid in ids: errs.append(f"{rid}: bad/duplicate id")
    ids.add(rid)
    if r["corpus"] != "corpus": errs.append(f"{rid}: corpus")
    if r["category"] not in CATS: errs.append(f"{rid}: category {r['category']}")
    counts[r["category"]] += 1
    if r["language"] not in ("sv", "en"): errs.append(f"{rid}: language")
    if (r["category"] == "english") != (r["language"] == "en"): errs.append(f"{rid}: language/category")
    if not r["question"].strip(): errs.append(f"{rid}: empty question")
    if not isinstance(r["history"], list) or not all(isinstance(h, str) for h in r["history"]):
        errs.append(f"{rid}: history")
    if (r["category"] == "followup") != bool(r["history"]): errs.append(f"{rid}: history/followup")
    g = r["gold"]
    if set(g) != {"answer", "numbers", "docs", "quotes", "refused", "verdict"}:
        errs.append(f"{rid}: gold keys {sorted(g)}")
    if not g["answer"].strip(): errs.append(f"{rid}: empty answer")
    for n in g["numbers"]:
        if set(n) != {"value", "unit"} or not isinstance(n["value"], (int, float)) or n["unit"] not in UNITS:
            errs.append(f"{rid}: number {n}")
    if g["verdict"] not in VERDICTS: errs.append(f"{rid}: verdict")
    if (r["category"] == "claim") != (g["verdict"] is not None): errs.append(f"{rid}: verdict/claim")
    if not isinstance(g["refused"], bool): errs.append(f"{rid}: refused")
    if g["refused"]:
        if g["docs"] or g["quotes"]: errs.append(f"{rid}: refused with docs/quotes")
        if r["category"] == "claim" and g["verdict"] != "not_found": errs.append(f"{rid}: refused claim verdict")
    else:
        if not g["docs"] or not g["quotes"]: errs.append(f"{rid}: missing docs/quotes")
        if g["verdict"] == "not_found": errs.append(f"{rid}: not_found but not refused")
    if r["category"] == "unanswerable" and not g["refused"]: errs.append(f"{rid}: unanswerable not refused")
    if r["category"] == "multi_doc" and len(set(g["docs"])) < 2: errs.append(f"{rid}: multi_doc needs 2 docs")
    for d in g["docs"]:
        if not d.startswith("corpus/") or not os.path.isfile(os.path.join(ROOT, d)):
            errs.append(f"{rid}: doc missing {d}")
    for qt in g["quotes"]:
        if not any(os.path.isfile(os.path.join(ROOT, d)) and norm(qt) in text(d) for d in g["docs"]):
            errs.append(f"{rid}: quote not found: {qt[:80]}")
for c, n in CATS.items():
    if counts[c] != n: errs.append(f"count {c}: {counts[c]} != {n}")
for c in CATS: print(f"{c}: {counts[c]}")
print("total:", len(rows))
if errs:
    print("\n".join(errs)); print("VALIDATION FAILED"); sys.exit(1)
print("VALIDATION PASSED")

"""Validate evals/sets/dev/muni_dev23a.jsonl against the corpus."""
import collections, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import extract

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))
PATH = os.path.join(ROOT, "evals", "sets", "dev", "muni_dev23a.jsonl")
CATS = {"lookup": 5, "text_amount": 5, "table_lookup": 9, "calculation": 9, "claim": 5, "multi_part": 4,
        "multi_doc": 5, "followup": 4, "english": 4, "unanswerable": 5}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", None}
errs = []; cache = {}; counts = collections.Counter(); ids = set()
for ln, line in enumerate(open(PATH, encoding="utf-8"), 1):
    r = json.loads(line)
    if set(r) != {"id", "corpus", "category", "language", "question", "history", "gold"}: errs.append((ln, "keys"))
    if set(r["gold"]) != {"answer", "numbers", "docs", "quotes", "refused", "verdict"}: errs.append((ln, "gold keys"))
    if r["id"] in ids or not r["id"].startswith("md23a-"): errs.append((ln, "id"))
    ids.add(r["id"])
    if r["corpus"] != "evals/corpora/dev-muni23a": errs.append((ln, "corpus"))
    if r["category"] not in CATS: errs.append((ln, "category"))
    counts[r["category"]] += 1
    if r["language"] != ("en" if r["category"] == "english" else "sv"): errs.append((ln, "language"))
    g = r["gold"]
    if (r["category"] == "followup") != bool(r["history"]): errs.append((ln, "history"))
    for x in g["numbers"]:
        if set(x) != {"value", "unit"} or x["unit"] not in UNITS or not isinstance(x["value"], (int, float)):
            errs.append((ln, "number", x))
    if r["category"] == "claim":
        if g["verdict"] not in ("supported", "contradicted", "not_found"): errs.append((ln, "verdict"))
        if (g["verdict"] == "not_found") != g["refused"]: errs.append((ln, "claim refused"))
    elif g["verdict"] is not None: errs.append((ln, "verdict not null"))
    if r["category"] == "unanswerable" and not g["refused"]: errs.append((ln, "unanswerable not refused"))
    if g["refused"] and (g["docs"] or g["quotes"]): errs.append((ln, "refused with evidence"))
    if not g["refused"] and (not g["docs"] or not g["quotes"]): errs.append((ln, "missing evidence"))
    if r["category"] == "multi_doc" and len(g["docs"]) < 2: errs.append((ln, "multi_doc docs"))
    texts = []
    for d in g["docs"]:
        p = os.path.join(ROOT, d)
        if not os.path.exists(p): errs.append((ln, "doc missing", d)); continue
        if p not in cache: cache[p] = extract.norm(extract.text(p))
        texts.append(cache[p])
    for qt in g["quotes"]:
        if not any(extract.norm(qt) in t for t in texts): errs.append((ln, "quote not found", qt))
for c, k in CATS.items():
    if counts[c] != k: errs.append(("count", c, counts[c], k))
for e in errs: print("FAIL", e)
print(dict(counts), "total", sum(counts.values()))
print("VALIDATION", "PASSED" if not errs else f"FAILED ({len(errs)})")

import json, os, sys, collections
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
PATH = os.path.join(ROOT, "evals/sets/dev/blind40.jsonl")
CATS = {"claim": 8, "lookup": 7, "text_amount": 7, "table_lookup": 7, "calculation": 7,
        "multi_part": 6, "multi_doc": 6, "unanswerable": 6, "followup": 6, "english": 6}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}
def norm(s): return " ".join(s.split()).lower()
cache = {}
def text(doc):
    if doc not in cache:
        with open(os.path.join(ROOT, doc), encoding="utf-8") as f:
            cache[doc] = norm(f.read())
    return cache[doc]
errs = []; counts = collections.Counter(); ids = set()
lines = open(PATH, encoding="utf-8").read().splitlines()
for n, line in enumerate(lines, 1):
    o = json.loads(line)
    if set(o) != {"id", "corpus", "category", "language", "question", "history", "gold"}: errs.append((n, "keys"))
    if o["id"] != f"b40-{n:03d}" or o["id"] in ids: errs.append((n, "id")); ids.add(o["id"])
    if o["corpus"] != "corpus": errs.append((n, "corpus"))
    c = o["category"]; counts[c] += 1
    if c not in CATS: errs.append((n, "category"))
    if o["language"] not in ("sv", "en"): errs.append((n, "lang"))
    if (o["language"] == "en") != (c == "english"): errs.append((n, "lang/cat"))
    if not o["question"].strip(): errs.append((n, "question"))
    h = o["history"]
    if not isinstance(h, list) or (c == "followup") != bool(h) or len(h) > 2 or not all(isinstance(x, str) for x in h): errs.append((n, "history"))
    g = o["gold"]
    if set(g) != {"answer", "numbers", "docs", "quotes", "refused", "verdict"}: errs.append((n, "gold keys")); continue
    if not g["answer"].strip(): errs.append((n, "answer"))
    for x in g["numbers"]:
        if set(x) != {"value", "unit"} or x["unit"] not in UNITS or not isinstance(x["value"], (int, float)) or isinstance(x["value"], bool):
            errs.append((n, f"number {x}"))
    if not isinstance(g["refused"], bool): errs.append((n, "refused type"))
    if g["refused"]:
        if g["docs"] or g["quotes"] or g["numbers"]: errs.append((n, "refused with evidence"))
    else:
        if not g["docs"] or not g["quotes"]: errs.append((n, "no evidence"))
    if c == "unanswerable" and not g["refused"]: errs.append((n, "unanswerable not refused"))
    if c == "claim":
        if g["verdict"] not in ("supported", "contradicted", "not_found"): errs.append((n, "verdict"))
        if (g["verdict"] == "not_found") != g["refused"]: errs.append((n, "not_found/refused"))
    elif g["verdict"] is not None: errs.append((n, "verdict non-claim"))
    if c == "multi_doc" and len(g["docs"]) < 2: errs.append((n, "multi_doc docs"))
    for d in g["docs"]:
        if not d.startswith("corpus/") or not os.path.isfile(os.path.join(ROOT, d)): errs.append((n, f"doc {d}"))
    for qt in g["quotes"]:
        if not any(os.path.isfile(os.path.join(ROOT, d)) and norm(qt) in text(d) for d in g["docs"]):
            errs.append((n, f"quote not found: {qt[:70]}"))
if len(lines) != 66: errs.append((0, f"count {len(lines)}"))
for c, k in CATS.items():
    if counts[c] != k: errs.append((0, f"{c}: {counts[c]} != {k}"))
vc = collections.Counter(json.loads(l)["gold"]["verdict"] for l in lines if json.loads(l)["category"] == "claim")
print("categories:", dict(counts)); print("claim verdicts:", dict(vc))
for e in errs: print("ERROR", e)
print("FAILED" if errs else "PASSED"); sys.exit(1 if errs else 0)

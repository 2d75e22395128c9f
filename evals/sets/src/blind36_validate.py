"""Validate blind36.jsonl: keys, categories, docs exist, quotes occur in extracted doc text."""
import json, os, sys, collections
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".."))
PATH = os.path.join(ROOT, "evals/sets/dev/blind36.jsonl")
CATS = {"lookup", "text_amount", "table_lookup", "calculation", "claim", "multi_part",
        "multi_doc", "followup", "english", "unanswerable"}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}
WANT = {"claim": 8, "lookup": 7, "text_amount": 7, "table_lookup": 7, "calculation": 7,
        "multi_part": 6, "multi_doc": 6, "unanswerable": 6, "followup": 6, "english": 6}

def norm(s):
    return " ".join(s.split()).lower()

def text_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext in ("txt", "md"):
        return open(path, encoding="utf-8").read()
    if ext == "pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    raise ValueError("unsupported " + path)

errs = []
counts = collections.Counter()
ids = set()
cache = {}
for ln, line in enumerate(open(PATH, encoding="utf-8"), 1):
    o = json.loads(line)
    if list(o) != ["id", "corpus", "category", "language", "question", "history", "gold"]:
        errs.append(f"{ln}: keys {list(o)}")
    i = o["id"]
    if i in ids or i != f"b36-{ln:03d}":
        errs.append(f"{ln}: bad id {i}")
    ids.add(i)
    if o["corpus"] != "corpus": errs.append(f"{i}: corpus")
    c = o["category"]
    if c not in CATS: errs.append(f"{i}: category {c}")
    counts[c] += 1
    if o["language"] not in ("sv", "en"): errs.append(f"{i}: language")
    if (o["language"] == "en") != (c == "english"): errs.append(f"{i}: language/category")
    if not o["question"].strip(): errs.append(f"{i}: empty question")
    if not isinstance(o["history"], list) or ((c == "followup") != bool(o["history"])):
        errs.append(f"{i}: history")
    g = o["gold"]
    if list(g) != ["answer", "numbers", "docs", "quotes", "refused", "verdict"]:
        errs.append(f"{i}: gold keys {list(g)}")
    if not g["answer"].strip(): errs.append(f"{i}: empty answer")
    for n in g["numbers"]:
        if set(n) != {"value", "unit"} or n["unit"] not in UNITS or not isinstance(n["value"], (int, float)):
            errs.append(f"{i}: number {n}")
    if g["refused"]:
        if g["docs"] or g["quotes"] or g["numbers"]: errs.append(f"{i}: refused with evidence")
    else:
        if not g["docs"] or not g["quotes"]: errs.append(f"{i}: missing docs/quotes")
    if c == "unanswerable" and not g["refused"]: errs.append(f"{i}: unanswerable not refused")
    if c == "claim":
        if g["verdict"] not in ("supported", "contradicted", "not_found"): errs.append(f"{i}: verdict")
        if (g["verdict"] == "not_found") != g["refused"]: errs.append(f"{i}: not_found/refused")
    elif g["verdict"] is not None:
        errs.append(f"{i}: verdict on non-claim")
    if c == "multi_doc" and len(set(g["docs"])) < 2: errs.append(f"{i}: multi_doc needs 2 docs")
    texts = []
    for d in g["docs"]:
        p = os.path.join(ROOT, d)
        if not d.startswith("corpus/") or not os.path.isfile(p):
            errs.append(f"{i}: doc missing {d}"); continue
        if p not in cache: cache[p] = norm(text_of(p))
        texts.append(cache[p])
    for q in g["quotes"]:
        if not any(norm(q) in t for t in texts):
            errs.append(f"{i}: quote not found: {q[:70]!r}")
for k, v in WANT.items():
    if counts[k] != v: errs.append(f"count {k}: {counts[k]} != {v}")
for e in errs: print("FAIL", e)
for k in sorted(counts): print(f"{k}: {counts[k]}")
print("total:", sum(counts.values()))
print("OK" if not errs else f"{len(errs)} failures")
sys.exit(1 if errs else 0)

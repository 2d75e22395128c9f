"""Validate evals/sets/dev/blind32.jsonl: keys, categories, counts, docs exist, quotes occur in extracted doc text."""
import json, os, re, sys
from collections import Counter
ROOT = "/work/main"
SET = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "dev", "blind32.jsonl")
CATS = {"claim": 8, "lookup": 7, "text_amount": 7, "table_lookup": 7, "calculation": 7, "multi_part": 6,
        "multi_doc": 6, "unanswerable": 6, "followup": 6, "english": 6}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}
def norm(s): return re.sub(r"\s+", " ", s).strip().lower()
_cache = {}
def text(path):
    if path not in _cache:
        full = os.path.join(ROOT, path)
        ext = path.rsplit(".", 1)[-1].lower()
        if ext in ("txt", "md"):
            t = open(full, encoding="utf-8").read()
        elif ext == "pdf":
            from pypdf import PdfReader
            t = "\n".join(p.extract_text() or "" for p in PdfReader(full).pages)
        else:
            raise ValueError("unsupported format " + path)
        _cache[path] = norm(t)
    return _cache[path]
errs = []
rows = [json.loads(l) for l in open(SET, encoding="utf-8") if l.strip()]
cnt = Counter()
ids = set()
for i, r in enumerate(rows, 1):
    rid = r.get("id")
    def e(m): errs.append(f"{rid}: {m}")
    if list(r) != ["id", "corpus", "category", "language", "question", "history", "gold"]: e("keys %s" % list(r))
    if rid != f"b32-{i:03d}": e("id sequence")
    if rid in ids: e("dup id")
    ids.add(rid)
    if r["corpus"] != "corpus": e("corpus")
    if r["category"] not in CATS: e("category")
    cnt[r["category"]] += 1
    if r["language"] not in ("sv", "en"): e("language")
    if r["category"] == "english" and r["language"] != "en": e("english must be en")
    if not isinstance(r["question"], str) or not r["question"].strip(): e("question")
    if not isinstance(r["history"], list) or not all(isinstance(h, str) for h in r["history"]): e("history")
    if (r["category"] == "followup") != bool(r["history"]): e("history vs followup")
    g = r["gold"]
    if set(g) != {"answer", "numbers", "docs", "quotes", "refused", "verdict"}: e("gold keys")
    if not g["answer"].strip(): e("answer")
    for n in g["numbers"]:
        if set(n) != {"value", "unit"} or not isinstance(n["value"], (int, float)) or n["unit"] not in UNITS: e("number %s" % n)
    if not isinstance(g["refused"], bool): e("refused")
    if r["category"] == "claim":
        if g["verdict"] not in ("supported", "contradicted", "not_found"): e("verdict")
        if (g["verdict"] == "not_found") != g["refused"]: e("not_found vs refused")
    elif g["verdict"] is not None: e("verdict must be null")
    if r["category"] == "unanswerable" and not g["refused"]: e("unanswerable must be refused")
    if g["refused"]:
        if g["docs"] or g["quotes"]: e("refused with docs/quotes")
    else:
        if not g["docs"] or not g["quotes"]: e("missing docs/quotes")
    if r["category"] == "multi_doc" and len(set(g["docs"])) < 2: e("multi_doc needs 2 docs")
    for d in g["docs"]:
        if not d.startswith("corpus/") or not os.path.isfile(os.path.join(ROOT, d)): e("doc missing " + d)
    for q in g["quotes"]:
        nq = norm(q)
        if not any(os.path.isfile(os.path.join(ROOT, d)) and nq in text(d) for d in g["docs"]):
            e("quote not found: " + q[:80])
for c, n in CATS.items():
    if cnt[c] != n: errs.append(f"count {c}: {cnt[c]} != {n}")
for c in CATS: print(f"{c}: {cnt[c]}")
print("total:", len(rows))
if errs:
    print("\n".join(errs)); print("VALIDATION FAILED"); sys.exit(1)
print("VALIDATION PASSED")

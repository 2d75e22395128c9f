#!/usr/bin/env python3
"""Validate blind38.jsonl: keys, categories, docs exist, quotes found in extracted doc text."""
import json, re, sys, os
from collections import Counter
ROOT = "/work/main"
PATH = os.path.join(ROOT, "evals/sets/dev/blind38.jsonl")
CATS = {"lookup","text_amount","table_lookup","calculation","claim","multi_part","multi_doc","followup","english","unanswerable"}
EXPECT = {"claim":8,"lookup":7,"text_amount":7,"table_lookup":7,"calculation":7,"multi_part":6,"multi_doc":6,"unanswerable":6,"followup":6,"english":6}
UNITS = {"kr","tkr","mnkr","mdkr","%","st"}
def norm(s): return re.sub(r"\s+", " ", s).strip().lower()
def text_of(path):
    full = os.path.join(ROOT, path)
    ext = path.rsplit(".",1)[-1].lower()
    if ext in ("txt","md"):
        return open(full, encoding="utf-8").read()
    if ext == "pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(full).pages)
    raise SystemExit(f"unsupported doc type {path}")
errs = []; cats = Counter(); ids = set()
for ln, line in enumerate(open(PATH, encoding="utf-8"), 1):
    o = json.loads(line)
    if set(o) != {"id","corpus","category","language","question","history","gold"}: errs.append(f"{ln}: keys {sorted(o)}")
    g = o["gold"]
    if set(g) != {"answer","numbers","docs","quotes","refused","verdict"}: errs.append(f"{ln}: gold keys {sorted(g)}")
    if o["id"] != f"b38-{ln:03d}" or o["id"] in ids: errs.append(f"{ln}: bad id {o['id']}")
    ids.add(o["id"])
    if o["corpus"] != "corpus": errs.append(f"{ln}: corpus")
    if o["category"] not in CATS: errs.append(f"{ln}: category {o['category']}")
    cats[o["category"]] += 1
    if o["language"] not in ("sv","en"): errs.append(f"{ln}: language")
    if (o["category"] == "english") != (o["language"] == "en"): errs.append(f"{ln}: english/language mismatch")
    if not isinstance(o["history"], list) or (o["category"] == "followup") != bool(o["history"]): errs.append(f"{ln}: history")
    for nm in g["numbers"]:
        if set(nm) != {"value","unit"} or nm["unit"] not in UNITS or not isinstance(nm["value"], (int,float)): errs.append(f"{ln}: number {nm}")
    if o["category"] == "claim":
        if g["verdict"] not in ("supported","contradicted","not_found"): errs.append(f"{ln}: verdict")
        if (g["verdict"] == "not_found") != g["refused"]: errs.append(f"{ln}: not_found/refused")
    elif g["verdict"] is not None: errs.append(f"{ln}: verdict on non-claim")
    if o["category"] == "unanswerable" and not g["refused"]: errs.append(f"{ln}: unanswerable not refused")
    if g["refused"]:
        if g["docs"] or g["quotes"]: errs.append(f"{ln}: refused with docs/quotes")
        continue
    if not g["docs"] or not g["quotes"]: errs.append(f"{ln}: missing docs/quotes")
    if o["category"] == "multi_doc" and len(set(g["docs"])) < 2: errs.append(f"{ln}: multi_doc needs 2 docs")
    texts = []
    for d in g["docs"]:
        if not d.startswith("corpus/") or not os.path.isfile(os.path.join(ROOT, d)): errs.append(f"{ln}: doc missing {d}"); continue
        texts.append(norm(text_of(d)))
    for qt in g["quotes"]:
        if not any(norm(qt) in t for t in texts): errs.append(f"{ln}: quote not found: {qt!r}")
    if o["category"] == "multi_doc":
        for d in g["docs"]:
            t = norm(text_of(d))
            if not any(norm(qt) in t for qt in g["quotes"]): errs.append(f"{ln}: no quote from {d}")
for c, k in EXPECT.items():
    if cats[c] != k: errs.append(f"count {c}: {cats[c]} != {k}")
for c in sorted(cats): print(f"{c}: {cats[c]}")
print("total:", sum(cats.values()))
if errs:
    print("\n".join(errs)); sys.exit(1)
print("validation passed")

"""Validate evals/sets/dev/muni_dev54.jsonl against the corpus (quotes must occur within one rendered line)."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from extract import lines_of, norm  # noqa: E402

QFILE = os.path.join(HERE, "..", "..", "dev", "muni_dev54.jsonl")
REPO = os.path.normpath(os.path.join(HERE, "..", "..", "..", ".."))
CORPUS = "evals/corpora/dev-muni54"
CATS = {"table_lookup": 9, "calculation": 9, "lookup": 5, "text_amount": 5, "multi_doc": 5, "claim": 5,
        "unanswerable": 5, "multi_part": 4, "followup": 4, "english": 4}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}
KEYS = ["id", "corpus", "category", "language", "question", "history", "gold"]
GKEYS = {"answer", "numbers", "docs", "quotes", "refused", "verdict"}


def main():
    errs = []
    cache = {}
    cats = collections.Counter()
    verd = collections.Counter()
    ids = set()
    rows = [json.loads(l) for l in open(QFILE, encoding="utf-8") if l.strip()]
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        if list(r.keys()) != KEYS:
            errs.append(f"{rid}: keys {list(r.keys())}")
        if rid != f"md54-{i:03d}" or rid in ids:
            errs.append(f"{rid}: bad/duplicate id")
        ids.add(rid)
        if r["corpus"] != CORPUS:
            errs.append(f"{rid}: corpus")
        c = r["category"]
        cats[c] += 1
        if c not in CATS:
            errs.append(f"{rid}: category {c}")
        if r["language"] != ("en" if c == "english" else "sv"):
            errs.append(f"{rid}: language")
        if not isinstance(r["history"], list) or (c == "followup") != bool(r["history"]):
            errs.append(f"{rid}: history")
        g = r["gold"]
        if set(g) != GKEYS:
            errs.append(f"{rid}: gold keys")
        for n in g["numbers"]:
            if set(n) != {"value", "unit"} or n["unit"] not in UNITS or not isinstance(n["value"], (int, float)):
                errs.append(f"{rid}: number {n}")
        if c == "claim":
            if g["verdict"] not in ("supported", "contradicted", "not_found"):
                errs.append(f"{rid}: verdict")
            verd[g["verdict"]] += 1
            if (g["verdict"] == "not_found") != g["refused"]:
                errs.append(f"{rid}: refused/verdict mismatch")
        elif g["verdict"] is not None:
            errs.append(f"{rid}: verdict should be null")
        if c == "unanswerable" and not g["refused"]:
            errs.append(f"{rid}: unanswerable must be refused")
        if g["refused"]:
            if g["docs"] or g["quotes"] or g["numbers"]:
                errs.append(f"{rid}: refused with docs/quotes/numbers")
            continue
        if not g["docs"] or not g["quotes"]:
            errs.append(f"{rid}: missing docs/quotes")
        if c == "multi_doc" and len(set(g["docs"])) < 2:
            errs.append(f"{rid}: multi_doc needs two docs")
        for d in g["docs"]:
            if not d.startswith(CORPUS + "/"):
                errs.append(f"{rid}: doc path {d}")
            p = os.path.join(REPO, d)
            if not os.path.exists(p):
                errs.append(f"{rid}: missing doc {d}")
                continue
            if p not in cache:
                cache[p] = [norm(x) for x in lines_of(p)]
        for qt in g["quotes"]:
            nq = norm(qt)
            hit = [d for d in g["docs"] if os.path.join(REPO, d) in cache
                   and any(nq in ln for ln in cache[os.path.join(REPO, d)])]
            if not hit:
                errs.append(f"{rid}: quote not found: {qt!r}")
        # every doc must be supported by at least one quote
        for d in g["docs"]:
            p = os.path.join(REPO, d)
            if p in cache and not any(any(norm(qt) in ln for ln in cache[p]) for qt in g["quotes"]):
                errs.append(f"{rid}: no quote from {d}")
    for c, n in CATS.items():
        if cats[c] != n:
            errs.append(f"count {c}: {cats[c]} != {n}")
    if len(rows) != sum(CATS.values()):
        errs.append(f"total {len(rows)}")
    print("categories:", dict(sorted(cats.items())))
    print("claim verdicts:", dict(verd))
    print("total:", len(rows))
    if errs:
        print("FAILED")
        for e in errs:
            print(" -", e)
        sys.exit(1)
    print("validation passed")


if __name__ == "__main__":
    main()

"""Validate muni_dev53.jsonl: keys, categories, docs and quotes (one extracted line each)."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from extract import lines  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
PATH = os.path.join(HERE, "..", "..", "dev", "muni_dev53.jsonl")
CORPUS = "evals/corpora/dev-muni53"
CATS = {"table_lookup": 9, "calculation": 9, "lookup": 5, "text_amount": 5, "multi_doc": 5, "claim": 5,
        "unanswerable": 5, "multi_part": 4, "followup": 4, "english": 4}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}


def norm(s):
    return " ".join(s.split()).lower()


def main():
    errs = []
    cache = {}
    counts = collections.Counter()
    ids = set()
    with open(PATH, encoding="utf-8") as f:
        recs = [json.loads(l) for l in f if l.strip()]
    for i, r in enumerate(recs, 1):
        rid = r.get("id")
        e = lambda m: errs.append(f"{rid}: {m}")
        if set(r) != {"id", "corpus", "category", "language", "question", "history", "gold"}:
            e(f"keys {sorted(r)}")
        if rid != f"md53-{i:03d}" or rid in ids:
            e("bad id")
        ids.add(rid)
        if r["corpus"] != CORPUS:
            e("corpus")
        if r["category"] not in CATS:
            e("category")
        counts[r["category"]] += 1
        if r["language"] not in ("sv", "en") or (r["category"] == "english") != (r["language"] == "en"):
            e("language")
        if not isinstance(r["history"], list) or (r["category"] == "followup") != bool(r["history"]):
            e("history")
        g = r["gold"]
        if set(g) != {"answer", "numbers", "docs", "quotes", "refused", "verdict"}:
            e(f"gold keys {sorted(g)}")
        for n in g["numbers"]:
            if set(n) != {"value", "unit"} or n["unit"] not in UNITS or not isinstance(n["value"], (int, float)):
                e(f"number {n}")
        if r["category"] == "claim":
            if g["verdict"] not in ("supported", "contradicted", "not_found"):
                e("verdict")
            if (g["verdict"] == "not_found") != g["refused"]:
                e("not_found/refused")
        elif g["verdict"] is not None:
            e("verdict should be null")
        if r["category"] == "unanswerable" and not g["refused"]:
            e("unanswerable not refused")
        if g["refused"]:
            if g["docs"] or g["quotes"]:
                e("refused with docs/quotes")
            continue
        if not g["docs"] or not g["quotes"]:
            e("missing docs/quotes")
        if r["category"] == "multi_doc" and len(set(g["docs"])) < 2:
            e("multi_doc needs two docs")
        for d in g["docs"]:
            if not d.startswith(CORPUS + "/"):
                e(f"doc prefix {d}")
            p = os.path.join(ROOT, d)
            if not os.path.isfile(p):
                e(f"missing doc {d}")
                continue
            if p not in cache:
                cache[p] = [norm(x) for x in lines(p)]
        for qt in g["quotes"]:
            nq = norm(qt)
            ok = any(nq in ln for d in g["docs"] for ln in cache.get(os.path.join(ROOT, d), []))
            if not ok:
                e(f"quote not found: {qt!r}")
    for c, n in CATS.items():
        if counts[c] != n:
            errs.append(f"count {c}: {counts[c]} != {n}")
    if len(recs) != 55:
        errs.append(f"total {len(recs)}")
    for c in CATS:
        print(f"{c}: {counts[c]}")
    print("total:", len(recs))
    if errs:
        print("\n".join(errs))
        print("VALIDATION FAILED")
        sys.exit(1)
    print("VALIDATION PASSED")


if __name__ == "__main__":
    main()

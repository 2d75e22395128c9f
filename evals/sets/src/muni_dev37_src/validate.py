"""Validate evals/sets/dev/muni_dev37.jsonl against the generated corpus."""
import json, os, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from extract import doc_text, norm

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
PATH = os.path.join(ROOT, "evals", "sets", "dev", "muni_dev37.jsonl")
CATS = {"table_lookup": 9, "calculation": 9, "lookup": 5, "text_amount": 5, "multi_doc": 5, "claim": 5,
        "unanswerable": 5, "multi_part": 4, "followup": 4, "english": 4}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}


def main():
    errs, cache, counts, ids = [], {}, collections.Counter(), set()
    for ln, line in enumerate(open(PATH, encoding="utf-8"), 1):
        o = json.loads(line)
        e = lambda m: errs.append(f"{o.get('id', ln)}: {m}")
        if set(o) != {"id", "corpus", "category", "language", "question", "history", "gold"}:
            e(f"keys {sorted(o)}")
        if set(o["gold"]) != {"answer", "numbers", "docs", "quotes", "refused", "verdict"}:
            e("gold keys")
        if o["id"] != f"md37-{ln:03d}" or o["id"] in ids:
            e("id")
        ids.add(o["id"])
        if o["corpus"] != "evals/corpora/dev-muni37":
            e("corpus")
        c = o["category"]
        counts[c] += 1
        if c not in CATS:
            e("category")
        if o["language"] != ("en" if c == "english" else "sv"):
            e("language")
        g = o["gold"]
        if (c == "followup") != bool(o["history"]):
            e("history")
        for n in g["numbers"]:
            if set(n) != {"value", "unit"} or n["unit"] not in UNITS or not isinstance(n["value"], (int, float)):
                e(f"number {n}")
        if c == "claim":
            if g["verdict"] not in ("supported", "contradicted", "not_found"):
                e("verdict")
            if (g["verdict"] == "not_found") != g["refused"]:
                e("refused/verdict")
        elif g["verdict"] is not None:
            e("verdict not null")
        if c == "unanswerable" and not g["refused"]:
            e("unanswerable not refused")
        if g["refused"] and (g["docs"] or g["quotes"]):
            e("refused with docs")
        if not g["refused"] and (not g["docs"] or not g["quotes"]):
            e("missing docs/quotes")
        if c == "multi_doc" and len(set(g["docs"])) < 2:
            e("multi_doc needs 2 docs")
        texts = []
        for d in g["docs"]:
            p = os.path.join(ROOT, d)
            if not d.startswith(o["corpus"] + "/") or not os.path.exists(p):
                e(f"doc missing {d}")
                continue
            if p not in cache:
                cache[p] = norm(doc_text(p))
            texts.append(cache[p])
        for q in g["quotes"]:
            if not any(norm(q) in t for t in texts):
                e(f"quote not found: {q}")
    for c, n in CATS.items():
        if counts[c] != n:
            errs.append(f"count {c}: {counts[c]} != {n}")
    for c in CATS:
        print(f"{c}: {counts[c]}")
    print("total:", sum(counts.values()))
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    print("validation passed")


if __name__ == "__main__":
    main()

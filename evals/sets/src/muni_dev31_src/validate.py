"""Validate the muni_dev31 question set against its corpus."""
import collections, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from render import render

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
SET = os.path.join(ROOT, "evals", "sets", "dev", "muni_dev31.jsonl")
CATS = {"table_lookup": 9, "calculation": 9, "lookup": 5, "text_amount": 5, "multi_doc": 5, "claim": 5,
        "unanswerable": 5, "multi_part": 4, "followup": 4, "english": 4}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}
norm = lambda s: re.sub(r"\s+", " ", s).strip().lower()


def main():
    errs = []
    cache = {}
    counts = collections.Counter()
    ids = set()
    lines = open(SET, encoding="utf-8").read().splitlines()
    for ln in lines:
        r = json.loads(ln)
        if set(r) != {"id", "corpus", "category", "language", "question", "history", "gold"}:
            errs.append((r.get("id"), "keys"))
        g = r["gold"]
        if set(g) != {"answer", "numbers", "docs", "quotes", "refused", "verdict"}:
            errs.append((r["id"], "gold keys"))
        if r["id"] in ids: errs.append((r["id"], "dup id"))
        ids.add(r["id"])
        if r["corpus"] != "evals/corpora/dev-muni31": errs.append((r["id"], "corpus"))
        c = r["category"]; counts[c] += 1
        if c not in CATS: errs.append((r["id"], "category"))
        if r["language"] != ("en" if c == "english" else "sv"): errs.append((r["id"], "language"))
        if (c == "followup") != bool(r["history"]): errs.append((r["id"], "history"))
        for x in g["numbers"]:
            if set(x) != {"value", "unit"} or x["unit"] not in UNITS or not isinstance(x["value"], (int, float)):
                errs.append((r["id"], "number " + str(x)))
        if c == "claim":
            if g["verdict"] not in ("supported", "contradicted", "not_found"): errs.append((r["id"], "verdict"))
        elif g["verdict"] is not None: errs.append((r["id"], "verdict not null"))
        if g["refused"]:
            if g["docs"] or g["quotes"]: errs.append((r["id"], "refused with evidence"))
            if c == "claim" and g["verdict"] != "not_found": errs.append((r["id"], "refused claim"))
        else:
            if not g["docs"] or not g["quotes"]: errs.append((r["id"], "no evidence"))
        if c == "unanswerable" and not g["refused"]: errs.append((r["id"], "unanswerable not refused"))
        if c == "multi_doc" and len(set(g["docs"])) < 2: errs.append((r["id"], "multi_doc docs"))
        texts = []
        for d in g["docs"]:
            p = os.path.join(ROOT, d)
            if not d.startswith(r["corpus"] + "/") or not os.path.exists(p):
                errs.append((r["id"], "missing doc " + d)); continue
            if p not in cache: cache[p] = [norm(l) for l in render(p).splitlines()]
            texts.append(cache[p])
        for qt in g["quotes"]:
            if not any(norm(qt) in l for t in texts for l in t):
                errs.append((r["id"], "quote not found on one line: " + qt))
    for c, k in CATS.items():
        if counts[c] != k: errs.append(("counts", f"{c}: {counts[c]} != {k}"))
    if len(lines) != 55: errs.append(("counts", f"total {len(lines)}"))
    for e in errs: print("ERROR", *e)
    for c in CATS: print(f"{c}: {counts[c]}")
    print("total:", len(lines))
    print("VALIDATION PASSED" if not errs else f"VALIDATION FAILED ({len(errs)} errors)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())

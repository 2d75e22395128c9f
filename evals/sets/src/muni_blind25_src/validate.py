"""Validator for evals/sets/dev/muni_blind25.jsonl."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from extract import doc_text, norm  # noqa: E402

REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
SET = os.path.join(REPO, "evals", "sets", "dev", "muni_blind25.jsonl")
CORPUS = "evals/corpora/blind-muni25"
EXPECT = {"table_lookup": 9, "calculation": 9, "lookup": 5, "text_amount": 5, "multi_doc": 5, "claim": 5,
          "unanswerable": 5, "multi_part": 4, "followup": 4, "english": 4}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}
KEYS = ["id", "corpus", "category", "language", "question", "history", "gold"]
GKEYS = {"answer", "numbers", "docs", "quotes", "refused", "verdict"}


def main():
    errors = []
    cache = {}
    counts = collections.Counter()
    used_docs = set()
    rows = [json.loads(l) for l in open(SET, encoding="utf-8") if l.strip()]
    ids = set()
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        e = lambda m: errors.append(f"{rid}: {m}")  # noqa: E731
        if list(r.keys()) != KEYS:
            e(f"keys {list(r.keys())}")
        if rid != f"mb25-{i:03d}" or rid in ids:
            e("bad/duplicate id")
        ids.add(rid)
        if r["corpus"] != CORPUS:
            e("corpus")
        cat = r["category"]
        if cat not in EXPECT:
            e(f"category {cat}")
        counts[cat] += 1
        if r["language"] not in ("sv", "en") or (cat == "english") != (r["language"] == "en"):
            e("language")
        if not r["question"].strip():
            e("empty question")
        if not isinstance(r["history"], list) or (cat == "followup") != bool(r["history"]):
            e("history")
        g = r["gold"]
        if set(g.keys()) != GKEYS:
            e(f"gold keys {sorted(g.keys())}")
        for n in g["numbers"]:
            if set(n.keys()) != {"value", "unit"} or n["unit"] not in UNITS or not isinstance(n["value"], (int, float)):
                e(f"number {n}")
        if g["refused"]:
            if g["docs"] or g["quotes"] or g["numbers"]:
                e("refused with evidence")
        else:
            if not g["docs"] or not g["quotes"]:
                e("missing docs/quotes")
        if cat == "unanswerable" and not g["refused"]:
            e("unanswerable not refused")
        if cat == "claim":
            if g["verdict"] not in ("supported", "contradicted", "not_found"):
                e("claim verdict")
            if g["verdict"] == "not_found" and not g["refused"]:
                e("not_found must be refused")
        elif g["verdict"] is not None:
            e("verdict on non-claim")
        if cat == "multi_doc" and len(g["docs"]) < 2:
            e("multi_doc needs 2 docs")
        texts = []
        for d in g["docs"]:
            if not d.startswith(CORPUS + "/"):
                e(f"doc path {d}")
            p = os.path.join(REPO, d)
            if not os.path.isfile(p):
                e(f"missing doc {d}")
                continue
            used_docs.add(d)
            if p not in cache:  # an empty cell joins no " | " in the product's rendering (moved to dev: gold quotes
                cache[p] = norm(doc_text(p)).replace("| |", "|")  # follow the readers, tests/evals/test_sets.py)
            texts.append(cache[p])
        for qt in g["quotes"]:
            if not any(norm(qt).replace("| |", "|") in t for t in texts):
                e(f"quote not found: {qt!r}")
    for c, n in EXPECT.items():
        if counts[c] != n:
            errors.append(f"count {c}: {counts[c]} != {n}")
    all_docs = set()
    for sub in os.listdir(os.path.join(REPO, CORPUS)):
        for f in os.listdir(os.path.join(REPO, CORPUS, sub)):
            all_docs.add(f"{CORPUS}/{sub}/{f}")
    for d in sorted(all_docs - used_docs):
        errors.append(f"document never cited: {d}")
    for c in EXPECT:
        print(f"{c}: {counts[c]}")
    print("total:", len(rows))
    if errors:
        print("\n".join(errors))
        print("VALIDATION FAILED")
        sys.exit(1)
    print("VALIDATION PASSED")


if __name__ == "__main__":
    main()

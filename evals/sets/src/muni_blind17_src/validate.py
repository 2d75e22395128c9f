"""Check evals/sets/dev/muni_blind17.jsonl against its corpus (regenerates nothing).
Run: /work/main/.venv/bin/python evals/sets/dev/muni_blind17_src/validate.py"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from extract import pages, norm  # noqa: E402

REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
SET = os.path.join(REPO, "evals", "sets", "dev", "muni_blind17.jsonl")
CORPUS = "evals/corpora/blind-muni17"
EXPECTED = {"lookup": 5, "text_amount": 5, "table_lookup": 9, "calculation": 9, "multi_part": 4,
            "multi_doc": 5, "claim": 5, "unanswerable": 5, "followup": 4, "english": 4}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}


def main():
    errors = []
    rows = []
    with open(SET, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append(f"line {n}: bad JSON: {e}")
    if len(rows) != 55:
        errors.append(f"expected 55 rows, got {len(rows)}")
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    if sorted(ids) != [f"mb17-{i:03d}" for i in range(1, 56)]:
        errors.append("ids are not mb17-001..mb17-055")
    cats = Counter(r.get("category") for r in rows)
    if dict(cats) != EXPECTED:
        errors.append(f"category counts {dict(cats)} != {EXPECTED}")
    cache = {}
    for r in rows:
        rid, g = r["id"], r["gold"]
        if r.get("corpus") != CORPUS:
            errors.append(f"{rid}: corpus key")
        if r["language"] not in ("sv", "en") or (r["category"] == "english") != (r["language"] == "en"):
            errors.append(f"{rid}: language")
        if r["category"] == "followup" and not (1 <= len(r["history"]) <= 2):
            errors.append(f"{rid}: followup needs 1-2 history items")
        if r["category"] != "followup" and r["history"]:
            errors.append(f"{rid}: history on non-followup")
        if r["category"] == "claim":
            if g["verdict"] not in ("supported", "contradicted", "not_found"):
                errors.append(f"{rid}: claim verdict")
            if g["refused"] != (g["verdict"] == "not_found"):
                errors.append(f"{rid}: claim refused/verdict mismatch")
        elif g["verdict"] is not None:
            errors.append(f"{rid}: verdict on non-claim")
        if r["category"] == "unanswerable" and not g["refused"]:
            errors.append(f"{rid}: unanswerable must be refused")
        if g["refused"]:
            if g["numbers"] or g["quotes"]:
                errors.append(f"{rid}: refused with numbers/quotes")
            continue
        if not g["docs"] or not g["quotes"]:
            errors.append(f"{rid}: answerable without docs/quotes")
        for nb in g["numbers"]:
            if nb["unit"] not in UNITS:
                errors.append(f"{rid}: unit {nb['unit']}")
        for d in g["docs"]:
            if not d.startswith(CORPUS + "/"):
                errors.append(f"{rid}: doc path not in corpus: {d}")
            p = os.path.join(REPO, d)
            if not os.path.exists(p):
                errors.append(f"{rid}: missing doc {d}")
                continue
            if d not in cache:
                cache[d] = [norm(t) for t in pages(p)]
        for qt in g["quotes"]:
            nq = norm(qt)
            if len(qt) > 230:
                errors.append(f"{rid}: quote too long ({len(qt)})")
            if not any(nq in pg for d in g["docs"] if d in cache for pg in cache[d]):
                errors.append(f"{rid}: quote not found verbatim: {qt!r}")
        if r["category"] == "multi_doc" and len(set(g["docs"])) < 2:
            errors.append(f"{rid}: multi_doc needs two documents")
        # every gold doc must contribute at least one quote
        for d in g["docs"]:
            if d in cache and not any(norm(qt) in pg for qt in g["quotes"] for pg in cache[d]):
                errors.append(f"{rid}: no quote from {d}")
    for e in errors:
        print("ERROR", e)
    print("categories:", dict(sorted(cats.items())))
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

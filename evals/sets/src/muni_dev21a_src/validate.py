"""Check evals/sets/blind/muni_dev21a.jsonl against its corpus (regenerates nothing).
Run: /work/main/.venv/bin/python evals/sets/blind/muni_dev21a_src/validate.py"""
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[3]
sys.path.insert(0, str(HERE))
from extract import norm, pages  # noqa: E402

SET = REPO / "evals/sets/blind/muni_dev21a.jsonl"
WANT = {"lookup": 5, "text_amount": 5, "table_lookup": 9, "calculation": 9, "multi_part": 4,
        "multi_doc": 5, "claim": 5, "unanswerable": 5, "followup": 4, "english": 4}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}


def main():
    errs = []
    rows = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    if len(rows) != 55:
        errs.append(f"expected 55 rows, got {len(rows)}")
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    if ids != [f"md21a-{i:03d}" for i in range(1, len(rows) + 1)]:
        errs.append("ids not md21a-001..055 in order")
    cats = Counter(r["category"] for r in rows)
    if dict(cats) != WANT:
        errs.append(f"categories {dict(cats)} != {WANT}")
    cache = {}
    for r in rows:
        g, rid = r["gold"], r["id"]
        if r.get("corpus") != "evals/corpora/dev-muni21a":
            errs.append(f"{rid}: corpus key")
        if r["language"] not in ("sv", "en"):
            errs.append(f"{rid}: language")
        if r["category"] == "followup" and not r["history"]:
            errs.append(f"{rid}: followup without history")
        for n in g["numbers"]:
            if n["unit"] not in UNITS or not isinstance(n["value"], (int, float)):
                errs.append(f"{rid}: bad number {n}")
        if r["category"] == "claim":
            if g["verdict"] not in ("supported", "contradicted", "not_found"):
                errs.append(f"{rid}: verdict")
            if g["refused"] != (g["verdict"] == "not_found"):
                errs.append(f"{rid}: refused/verdict mismatch")
        elif g["verdict"] is not None:
            errs.append(f"{rid}: verdict on non-claim")
        if r["category"] == "unanswerable" and not g["refused"]:
            errs.append(f"{rid}: unanswerable not refused")
        if g["refused"]:
            if g["numbers"] or g["quotes"]:
                errs.append(f"{rid}: refused with numbers/quotes")
            continue
        if not g["docs"] or not g["quotes"]:
            errs.append(f"{rid}: missing docs/quotes")
        for d in g["docs"]:
            p = REPO / d
            if not p.is_file():
                errs.append(f"{rid}: missing doc {d}")
                continue
            if d not in cache:
                cache[d] = [norm(t) for t in pages(p)]
        for qt in g["quotes"]:
            nq = norm(qt)
            if len(qt) > 220:
                errs.append(f"{rid}: quote too long ({len(qt)})")
            if not any(nq in t for d in g["docs"] if d in cache for t in cache[d]):
                errs.append(f"{rid}: quote not found verbatim (on one page): {qt!r}")
    for e in errs:
        print("ERROR", e)
    print(f"{len(rows)} rows; categories: {dict(cats)}")
    print("OK" if not errs else f"{len(errs)} error(s)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())

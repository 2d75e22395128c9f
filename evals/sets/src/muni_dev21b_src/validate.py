"""Validate evals/sets/blind/muni_dev21b.jsonl against the dev-muni21b corpus (regenerates nothing).

Run: /work/main/.venv/bin/python evals/sets/blind/muni_dev21b_src/validate.py
"""
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from extract import norm, pages  # noqa: E402

ROOT = Path(__file__).resolve().parents[4]
SET = ROOT / "evals" / "sets" / "blind" / "muni_dev21b.jsonl"
EXPECTED = {"lookup": 5, "text_amount": 5, "table_lookup": 9, "calculation": 9, "multi_part": 4,
            "multi_doc": 5, "claim": 5, "unanswerable": 5, "followup": 4, "english": 4}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}


def main():
    errors = []
    rows = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    if len(rows) != 55:
        errors.append(f"expected 55 rows, got {len(rows)}")
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    if ids != [f"md21b-{i:03d}" for i in range(1, len(rows) + 1)]:
        errors.append("ids not md21b-001..")
    cats = Counter(r["category"] for r in rows)
    if dict(cats) != EXPECTED:
        errors.append(f"category counts {dict(cats)}")
    cache = {}
    for r in rows:
        rid, g = r["id"], r["gold"]
        if r.get("corpus") != "evals/corpora/dev-muni21b":
            errors.append(f"{rid}: corpus key")
        if r["language"] not in ("sv", "en"):
            errors.append(f"{rid}: language")
        if r["category"] == "followup" and not (1 <= len(r["history"]) <= 2):
            errors.append(f"{rid}: followup needs 1-2 history items")
        if r["category"] == "claim":
            if g["verdict"] not in ("supported", "contradicted", "not_found"):
                errors.append(f"{rid}: verdict")
            if g["refused"] != (g["verdict"] == "not_found"):
                errors.append(f"{rid}: refused must equal verdict==not_found")
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
        for n in g["numbers"]:
            if n["unit"] not in UNITS or not isinstance(n["value"], (int, float)):
                errors.append(f"{rid}: bad number {n}")
        texts = []
        for d in g["docs"]:
            p = ROOT / d
            if not p.is_file():
                errors.append(f"{rid}: missing doc {d}")
                continue
            if d not in cache:
                ps = pages(p)
                variants = [norm(t) for t in ps]
                if p.suffix == ".html":  # also accept cells joined by spaces
                    variants += [norm(t.replace(" | ", " ").replace("|", " ")) for t in ps]
                cache[d] = variants
            texts += cache[d]
        for qt in g["quotes"]:
            if len(qt) > 220:
                errors.append(f"{rid}: quote too long")
            if not any(norm(qt) in t for t in texts):
                errors.append(f"{rid}: quote not found verbatim: {qt!r}")
    for e in errors:
        print("ERROR", e)
    print(f"{len(rows)} rows; categories: " + ", ".join(f"{k} {cats[k]}" for k in EXPECTED))
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

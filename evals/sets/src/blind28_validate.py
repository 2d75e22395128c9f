#!/usr/bin/env python3
"""Validate blind28.jsonl: keys, categories, counts, docs and verbatim quotes."""
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SET = ROOT / "evals" / "sets" / "dev" / "blind28.jsonl"
PREFIX = "b28"
EXPECTED = {"claim": 8, "lookup": 7, "text_amount": 7, "table_lookup": 7, "calculation": 7,
            "multi_part": 6, "multi_doc": 6, "unanswerable": 6, "followup": 6, "english": 6}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}
TOP_KEYS = {"id", "corpus", "category", "language", "question", "history", "gold"}
GOLD_KEYS = {"answer", "numbers", "docs", "quotes", "refused", "verdict"}
VERDICTS = {"supported", "contradicted", "not_found"}


def norm(s):
    return " ".join(s.split()).lower()


def doc_text(path):
    p = ROOT / path
    suf = p.suffix.lower()
    if suf in (".txt", ".md"):
        return p.read_text(encoding="utf-8")
    if suf == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(p)).pages)
    if suf == ".docx":
        import docx
        d = docx.Document(str(p))
        parts = [para.text for para in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        return "\n".join(parts)
    if suf == ".xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(str(p), data_only=True)
        parts = []
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                cells = []
                for v in row:
                    if v is None:
                        continue
                    if isinstance(v, float):
                        v = (str(int(v)) if v.is_integer() else str(v)).replace(".", ",")
                    cells.append(str(v))
                if cells:
                    parts.append(" | ".join(cells))
        return "\n".join(parts)
    raise ValueError(f"unsupported doc type: {path}")


def main():
    errors = []
    cats = Counter()
    ids = set()
    cache = {}
    lines = SET.read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        try:
            o = json.loads(line)
        except Exception as e:
            errors.append(f"line {n}: bad json {e}")
            continue
        qid = o.get("id", f"line{n}")
        if set(o) != TOP_KEYS:
            errors.append(f"{qid}: keys {sorted(o)}")
        if qid != f"{PREFIX}-{n:03d}" or qid in ids:
            errors.append(f"{qid}: bad/duplicate id")
        ids.add(qid)
        if o.get("corpus") != "corpus":
            errors.append(f"{qid}: corpus")
        cat = o.get("category")
        if cat not in EXPECTED:
            errors.append(f"{qid}: category {cat}")
        cats[cat] += 1
        lang = o.get("language")
        if lang not in ("sv", "en"):
            errors.append(f"{qid}: language")
        if (cat == "english") != (lang == "en"):
            errors.append(f"{qid}: english/language mismatch")
        if not isinstance(o.get("question"), str) or not o["question"].strip():
            errors.append(f"{qid}: question")
        hist = o.get("history")
        if not isinstance(hist, list) or not all(isinstance(h, str) for h in hist):
            errors.append(f"{qid}: history")
        elif (cat == "followup") != (len(hist) > 0) or len(hist) > 2:
            errors.append(f"{qid}: history vs category")
        g = o.get("gold", {})
        if set(g) != GOLD_KEYS:
            errors.append(f"{qid}: gold keys {sorted(g)}")
            continue
        if not isinstance(g["answer"], str) or not g["answer"].strip():
            errors.append(f"{qid}: answer")
        for num in g["numbers"]:
            if set(num) != {"value", "unit"} or not isinstance(num["value"], (int, float)) \
                    or isinstance(num["value"], bool) or num["unit"] not in UNITS:
                errors.append(f"{qid}: number {num}")
        if not isinstance(g["refused"], bool):
            errors.append(f"{qid}: refused")
        if cat == "claim":
            if g["verdict"] not in VERDICTS:
                errors.append(f"{qid}: verdict")
            if (g["verdict"] == "not_found") != g["refused"]:
                errors.append(f"{qid}: not_found/refused mismatch")
        elif g["verdict"] is not None:
            errors.append(f"{qid}: verdict must be null")
        if cat == "unanswerable" and not g["refused"]:
            errors.append(f"{qid}: unanswerable must be refused")
        if g["refused"]:
            if g["docs"] or g["quotes"]:
                errors.append(f"{qid}: refused with docs/quotes")
            continue
        if not g["docs"] or not g["quotes"]:
            errors.append(f"{qid}: missing docs/quotes")
        if cat == "multi_doc" and len(set(g["docs"])) < 2:
            errors.append(f"{qid}: multi_doc needs two docs")
        texts = []
        for d in g["docs"]:
            if not d.startswith("corpus/") or not (ROOT / d).is_file():
                errors.append(f"{qid}: doc missing {d}")
                continue
            if d not in cache:
                cache[d] = norm(doc_text(d))
            texts.append(cache[d])
        for qt in g["quotes"]:
            if not any(norm(qt) in t for t in texts):
                errors.append(f"{qid}: quote not found: {qt[:80]!r}")
        for d, t in zip(g["docs"], texts):
            if not any(norm(qt) in t for qt in g["quotes"]):
                errors.append(f"{qid}: no quote from doc {d}")
    for c, k in EXPECTED.items():
        if cats.get(c, 0) != k:
            errors.append(f"count {c}: {cats.get(c, 0)} != {k}")
    for c in sorted(cats):
        print(f"{c}: {cats[c]}")
    print(f"total: {sum(cats.values())}")
    if errors:
        print("FAILED")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("validation passed")


if __name__ == "__main__":
    main()

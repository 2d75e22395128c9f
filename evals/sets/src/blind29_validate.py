#!/usr/bin/env python3
"""Validate blind29.jsonl: keys, categories, counts, docs, and that every quote occurs in its doc."""
import json, re, sys, os, collections
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]          # /work/main
JSONL = HERE.parent / "dev" / "blind29.jsonl"
PREFIX = "b29"
EXPECTED = {"claim": 8, "lookup": 7, "text_amount": 7, "table_lookup": 7, "calculation": 7,
            "multi_part": 6, "multi_doc": 6, "unanswerable": 6, "followup": 6, "english": 6}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}
VERDICTS = {None, "supported", "contradicted", "not_found"}

def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()

def extract(path):
    ext = path.suffix.lower()
    if ext in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if ext == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    if ext == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        return "\n".join(parts)
    if ext == ".xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(str(path), data_only=True)
        parts = []
        for ws in wb.worksheets:
            for r in ws.iter_rows(values_only=True):
                cells = []
                for v in r:
                    if v is None:
                        continue
                    if isinstance(v, float):
                        v = (f"{v:.2f}".rstrip("0").rstrip(".")).replace(".", ",")
                    cells.append(str(v))
                parts.append(" | ".join(cells))
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from html.parser import HTMLParser
        class P(HTMLParser):
            def __init__(s):
                super().__init__(); s.out = []; s.row = None; s.cell = None; s.skip = 0
            def handle_starttag(s, t, a):
                if t in ("script", "style"): s.skip += 1
                elif t == "tr": s.row = []
                elif t in ("td", "th"): s.cell = []
            def handle_endtag(s, t):
                if t in ("script", "style"): s.skip -= 1
                elif t in ("td", "th") and s.row is not None and s.cell is not None:
                    s.row.append("".join(s.cell).strip()); s.cell = None
                elif t == "tr" and s.row is not None:
                    s.out.append("\n" + " | ".join(s.row) + "\n"); s.row = None
            def handle_data(s, d):
                if s.skip: return
                if s.cell is not None: s.cell.append(d)
                else: s.out.append(d)
        p = P(); p.feed(path.read_text(encoding="utf-8")); return "".join(p.out)
    raise ValueError(f"unknown format {path}")

def main():
    errors = []
    cache = {}
    counts = collections.Counter()
    ids = set()
    lines = JSONL.read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        try:
            o = json.loads(line)
        except Exception as e:
            errors.append(f"line {n}: bad json {e}"); continue
        qid = o.get("id", f"line{n}")
        if set(o) != {"id", "corpus", "category", "language", "question", "history", "gold"}:
            errors.append(f"{qid}: keys {sorted(o)}")
        if qid != f"{PREFIX}-{n:03d}": errors.append(f"{qid}: id out of order")
        if qid in ids: errors.append(f"{qid}: duplicate id")
        ids.add(qid)
        if o.get("corpus") != "corpus": errors.append(f"{qid}: corpus")
        cat = o.get("category")
        if cat not in EXPECTED: errors.append(f"{qid}: category {cat}")
        counts[cat] += 1
        lang = o.get("language")
        if lang not in ("sv", "en"): errors.append(f"{qid}: language")
        if (cat == "english") != (lang == "en"): errors.append(f"{qid}: english/language mismatch")
        if not isinstance(o.get("question"), str) or not o["question"].strip(): errors.append(f"{qid}: question")
        h = o.get("history")
        if not isinstance(h, list) or not all(isinstance(x, str) for x in h): errors.append(f"{qid}: history")
        if cat == "followup" and not (1 <= len(h) <= 2): errors.append(f"{qid}: followup needs history")
        if cat != "followup" and h: errors.append(f"{qid}: history only for followups")
        g = o.get("gold", {})
        if set(g) != {"answer", "numbers", "docs", "quotes", "refused", "verdict"}:
            errors.append(f"{qid}: gold keys {sorted(g)}"); continue
        if not isinstance(g["answer"], str) or not g["answer"].strip(): errors.append(f"{qid}: answer")
        for num in g["numbers"]:
            if set(num) != {"value", "unit"} or not isinstance(num["value"], (int, float)) or isinstance(num["value"], bool) or num["unit"] not in UNITS:
                errors.append(f"{qid}: number {num}")
        if not isinstance(g["refused"], bool): errors.append(f"{qid}: refused")
        if g["verdict"] not in VERDICTS: errors.append(f"{qid}: verdict")
        if cat == "claim" and g["verdict"] is None: errors.append(f"{qid}: claim needs verdict")
        if cat != "claim" and g["verdict"] is not None: errors.append(f"{qid}: verdict only for claims")
        if g["verdict"] == "not_found" and not g["refused"]: errors.append(f"{qid}: not_found must be refused")
        if cat == "unanswerable" and not g["refused"]: errors.append(f"{qid}: unanswerable must be refused")
        if g["refused"]:
            if g["docs"] or g["quotes"]: errors.append(f"{qid}: refused must have no docs/quotes")
            continue
        if not g["docs"] or not g["quotes"]: errors.append(f"{qid}: needs docs and quotes")
        if cat == "multi_doc" and len(set(g["docs"])) < 2: errors.append(f"{qid}: multi_doc needs 2 docs")
        texts = []
        for dpath in g["docs"]:
            if not dpath.startswith("corpus/"): errors.append(f"{qid}: doc path {dpath}")
            p = ROOT / dpath
            if not p.is_file(): errors.append(f"{qid}: missing doc {dpath}"); continue
            if dpath not in cache: cache[dpath] = norm(extract(p))
            texts.append(cache[dpath])
        for qt in g["quotes"]:
            if not any(norm(qt) in t for t in texts):
                errors.append(f"{qid}: quote not found: {qt[:80]!r}")
    for c, k in EXPECTED.items():
        if counts[c] != k: errors.append(f"count {c}: {counts[c]} != {k}")
    if len(lines) != sum(EXPECTED.values()): errors.append(f"total {len(lines)}")
    for c in EXPECTED: print(f"{c}: {counts[c]}")
    print(f"total: {len(lines)}")
    if errors:
        print("FAILED"); [print(" ", e) for e in errors]; sys.exit(1)
    print("validation passed")

if __name__ == "__main__":
    main()

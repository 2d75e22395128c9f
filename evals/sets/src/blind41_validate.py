"""Validate evals/sets/dev/blind41.jsonl. Run from /work/main:
    .venv/bin/python evals/sets/src/blind41_validate.py
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SET = ROOT / "evals" / "sets" / "dev" / "blind41.jsonl"
EXPECTED = {"claim": 8, "lookup": 7, "text_amount": 7, "table_lookup": 7, "calculation": 7,
            "multi_part": 6, "multi_doc": 6, "unanswerable": 6, "followup": 6, "english": 6}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}
TOP = {"id", "corpus", "category", "language", "question", "history", "gold"}
GOLD = {"answer", "numbers", "docs", "quotes", "refused", "verdict"}


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def swedish_num(v):
    if isinstance(v, float):
        s = ("%.10g" % v)
        return s.replace(".", ",")
    return str(v)


def extract(path):
    suf = path.suffix.lower()
    if suf in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if suf == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    if suf == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        return "\n".join(parts)
    if suf == ".xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(str(path), data_only=True)
        parts = []
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                cells = [swedish_num(c) for c in row if c is not None]
                if cells:
                    parts.append(" | ".join(cells))
        return "\n".join(parts)
    if suf in (".html", ".htm"):
        from html.parser import HTMLParser

        class P(HTMLParser):
            def __init__(self):
                super().__init__()
                self.out, self.row, self.cell, self.skip = [], None, None, 0

            def handle_starttag(self, tag, a):
                if tag in ("script", "style"):
                    self.skip += 1
                elif tag == "tr":
                    self.row = []
                elif tag in ("td", "th"):
                    self.cell = []

            def handle_endtag(self, tag):
                if tag in ("script", "style"):
                    self.skip -= 1
                elif tag in ("td", "th") and self.row is not None and self.cell is not None:
                    self.row.append(" ".join("".join(self.cell).split()))
                    self.cell = None
                elif tag == "tr" and self.row is not None:
                    self.out.append(" | ".join(self.row))
                    self.row = None

            def handle_data(self, d):
                if self.skip:
                    return
                if self.cell is not None:
                    self.cell.append(d)
                else:
                    self.out.append(d)

        p = P()
        p.feed(path.read_text(encoding="utf-8"))
        return "\n".join(p.out)
    raise ValueError(f"unsupported file type: {path}")


def main():
    errors = []
    cache = {}
    counts = Counter()
    ids = set()
    lines = SET.read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        try:
            q = json.loads(line)
        except Exception as e:
            errors.append(f"line {n}: bad json {e}")
            continue
        qid = q.get("id", f"line {n}")
        if set(q) != TOP:
            errors.append(f"{qid}: keys {sorted(q)}")
            continue
        if qid != f"b41-{n:03d}" or qid in ids:
            errors.append(f"{qid}: bad or duplicate id")
        ids.add(qid)
        if q["corpus"] != "corpus":
            errors.append(f"{qid}: corpus")
        cat = q["category"]
        if cat not in EXPECTED:
            errors.append(f"{qid}: category {cat}")
        counts[cat] += 1
        if q["language"] not in ("sv", "en") or (cat == "english") != (q["language"] == "en"):
            errors.append(f"{qid}: language")
        if not isinstance(q["question"], str) or not q["question"].strip():
            errors.append(f"{qid}: empty question")
        h = q["history"]
        if not isinstance(h, list) or not all(isinstance(x, str) and x for x in h):
            errors.append(f"{qid}: history type")
        elif cat == "followup" and not 1 <= len(h) <= 2:
            errors.append(f"{qid}: followup needs 1-2 history items")
        elif cat != "followup" and h:
            errors.append(f"{qid}: history only for followups")
        g = q["gold"]
        if set(g) != GOLD:
            errors.append(f"{qid}: gold keys {sorted(g)}")
            continue
        if not isinstance(g["answer"], str) or not g["answer"].strip():
            errors.append(f"{qid}: empty answer")
        for num in g["numbers"]:
            if set(num) != {"value", "unit"} or not isinstance(num["value"], (int, float)) \
                    or isinstance(num["value"], bool) or num["unit"] not in UNITS:
                errors.append(f"{qid}: bad number {num}")
        if not isinstance(g["refused"], bool):
            errors.append(f"{qid}: refused not bool")
        if g["refused"]:
            if g["docs"] or g["quotes"]:
                errors.append(f"{qid}: refused but docs/quotes")
        else:
            if not g["docs"] or not g["quotes"]:
                errors.append(f"{qid}: missing docs/quotes")
        if cat == "unanswerable" and not g["refused"]:
            errors.append(f"{qid}: unanswerable must be refused")
        if cat == "claim":
            v = g["verdict"]
            if v not in ("supported", "contradicted", "not_found"):
                errors.append(f"{qid}: verdict {v}")
            if (v == "not_found") != g["refused"]:
                errors.append(f"{qid}: not_found <-> refused mismatch")
            if v == "contradicted" and not g["numbers"]:
                errors.append(f"{qid}: contradicted claim without the correct figure")
        elif g["verdict"] is not None:
            errors.append(f"{qid}: verdict only for claims")
        if cat == "multi_doc" and len(set(g["docs"])) < 2:
            errors.append(f"{qid}: multi_doc needs two docs")
        texts = []
        for d in g["docs"]:
            if not d.startswith("corpus/"):
                errors.append(f"{qid}: doc path {d}")
            p = ROOT / d
            if not p.is_file():
                errors.append(f"{qid}: missing doc {d}")
                continue
            if d not in cache:
                cache[d] = norm(extract(p))
            texts.append((d, cache[d]))
        used = set()
        for qt in g["quotes"]:
            nq = norm(qt)
            hits = [d for d, t in texts if nq and nq in t]
            if not hits:
                errors.append(f"{qid}: quote not found: {qt[:80]!r}")
            used.update(hits)
        for d, _ in texts:
            if d not in used:
                errors.append(f"{qid}: doc {d} has no quote")
    if dict(counts) != EXPECTED:
        errors.append(f"category counts {dict(counts)} != {EXPECTED}")
    if len(lines) != sum(EXPECTED.values()):
        errors.append(f"expected {sum(EXPECTED.values())} questions, got {len(lines)}")
    claims = Counter()
    for line in lines:
        q = json.loads(line)
        if q["category"] == "claim":
            claims[q["gold"]["verdict"]] += 1
    for cat in EXPECTED:
        print(f"{cat:14s} {counts.get(cat, 0)}")
    print("total", len(lines), "| claim verdicts", dict(claims))
    if errors:
        print("\nFAILED:")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("validation passed")


if __name__ == "__main__":
    main()

"""Check evals/sets/blind/muni_blind16.jsonl against the blind-muni16 corpus. Regenerates nothing.

Run:  /work/main/.venv/bin/python evals/sets/blind/muni_blind16_src/validate.py
Checks: 55 rows with unique ids mb16-001..mb16-055, the category counts, that every gold doc exists,
and that every quote occurs verbatim (whitespace collapsed) in the extracted text of one of the
question's gold docs (for PDFs: within a single page, text by pypdf's page.extract_text()).
"""
import collections
import json
import os
import re
import sys
from html.parser import HTMLParser

import docx
import openpyxl
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
SET = os.path.join(REPO, "evals", "sets", "blind", "muni_blind16.jsonl")
CORPUS = "evals/corpora/blind-muni16"
EXPECTED = {"lookup": 5, "text_amount": 5, "table_lookup": 9, "calculation": 9, "multi_part": 4,
            "multi_doc": 5, "claim": 5, "unanswerable": 5, "followup": 4, "english": 4}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


class _Visible(HTMLParser):
    SKIP = {"script", "style", "head", "title"}

    def __init__(self):
        super().__init__()
        self.out, self.depth = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1
        self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.depth -= 1
        self.out.append(" ")

    def handle_data(self, data):
        if not self.depth:
            self.out.append(data)


def _cell(v):
    return "" if v is None else str(v)


def segments(path):
    """List of text segments a quote must fit inside (one per PDF page, one per other file)."""
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        return [norm(p.extract_text() or "") for p in PdfReader(path).pages]
    if ext == "docx":
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        return [norm("\n".join(parts))]
    if ext == "xlsx":
        wb = openpyxl.load_workbook(path, data_only=True)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                cells = [_cell(v) for v in row]
                while cells and cells[-1] == "":
                    cells.pop()
                if cells:
                    parts.append(" | ".join(cells))
        return [norm("\n".join(parts))]
    text = open(path, encoding="utf-8").read()
    if ext in ("html", "htm"):
        v = _Visible()
        v.feed(text)
        return [norm("".join(v.out))]
    return [norm(text)]


def main():
    errors = []
    rows = []
    with open(SET, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append(f"line {i}: bad JSON ({e})")
    if len(rows) != 55:
        errors.append(f"expected 55 rows, found {len(rows)}")
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    if ids != [f"mb16-{i:03d}" for i in range(1, len(rows) + 1)]:
        errors.append("ids are not mb16-001.. in order")
    counts = collections.Counter(r.get("category") for r in rows)
    if dict(counts) != EXPECTED:
        errors.append(f"category counts {dict(counts)} != {EXPECTED}")
    cache = {}
    for r in rows:
        rid, g = r["id"], r["gold"]
        if r.get("corpus") != CORPUS:
            errors.append(f"{rid}: corpus must be {CORPUS}")
        if r.get("language") not in ("sv", "en"):
            errors.append(f"{rid}: bad language")
        if (r["category"] == "english") != (r["language"] == "en"):
            errors.append(f"{rid}: language/category mismatch")
        if r["category"] == "followup" and not (1 <= len(r.get("history", [])) <= 2):
            errors.append(f"{rid}: followup needs 1-2 history entries")
        if r["category"] != "followup" and r.get("history"):
            errors.append(f"{rid}: only followups have history")
        if r["category"] == "unanswerable":
            if not g["refused"] or g["numbers"] or g["docs"] or g["quotes"]:
                errors.append(f"{rid}: unanswerable must be refused with empty numbers/docs/quotes")
        elif g["refused"]:
            errors.append(f"{rid}: only unanswerable questions are refused")
        if r["category"] == "claim":
            if g["verdict"] not in ("supported", "contradicted", "not_found"):
                errors.append(f"{rid}: claim needs a verdict")
        elif g["verdict"] is not None:
            errors.append(f"{rid}: verdict only for claims")
        if r["category"] not in ("unanswerable",) and g["verdict"] != "not_found":
            if not g["docs"] or not g["quotes"]:
                errors.append(f"{rid}: answerable question needs docs and quotes")
        for n in g["numbers"]:
            if n.get("unit") not in UNITS or not isinstance(n.get("value"), (int, float)):
                errors.append(f"{rid}: bad number {n}")
        segs = []
        for d in g["docs"]:
            if not d.startswith(CORPUS + "/"):
                errors.append(f"{rid}: doc path not in corpus: {d}")
            p = os.path.join(REPO, d)
            if not os.path.isfile(p):
                errors.append(f"{rid}: missing doc {d}")
                continue
            if p not in cache:
                cache[p] = segments(p)
            segs += cache[p]
        for qt in g["quotes"]:
            nq = norm(qt)
            if len(nq) > 220:
                errors.append(f"{rid}: quote too long ({len(nq)})")
            if not any(nq in s for s in segs):
                errors.append(f"{rid}: quote not found: {qt!r}")
    for e in errors:
        print("ERROR", e)
    print("rows:", len(rows))
    for cat in EXPECTED:
        print(f"  {cat}: {counts.get(cat, 0)}")
    if errors:
        print(f"FAILED with {len(errors)} error(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

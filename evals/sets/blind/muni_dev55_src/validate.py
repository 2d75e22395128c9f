#!/usr/bin/env python3
"""Validates muni_dev55.jsonl: keys, categories, docs, quotes (as extracted), counts."""
import collections
import json
import os
import re
import sys
from html.parser import HTMLParser

import docx
import openpyxl
import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", "..", ".."))  # repo root (parent of evals/)
QFILE = os.path.join(HERE, "..", "muni_dev55.jsonl")
CORPUS = "evals/corpora/dev-muni55"

EXPECTED = {"table_lookup": 9, "calculation": 9, "lookup": 5, "text_amount": 5, "multi_doc": 5, "claim": 5,
            "unanswerable": 5, "multi_part": 4, "followup": 4, "english": 4}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}


def num(v):
    if isinstance(v, bool) or v is None:
        return ""
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if v == int(v):
            return str(int(v))
        return repr(round(v, 6)).replace(".", ",")
    return str(v)


class _H(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip, self.row, self.cell, self.incell = [], 0, None, [], False

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th"):
            self.incell, self.cell = True, []

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self.skip -= 1
        elif tag in ("td", "th") and self.row is not None:
            self.row.append(" ".join("".join(self.cell).split()))
            self.incell = False
        elif tag == "tr" and self.row is not None:
            self.out.append(" | ".join(self.row))
            self.row = None
        elif tag in ("p", "h1", "h2", "h3", "li", "div", "caption", "button", "nav", "a"):
            self.out.append("\n")

    def handle_data(self, data):
        if self.skip:
            return
        if self.incell:
            self.cell.append(data)
        elif self.row is None:
            self.out.append(data)


def extract(path):
    if path.endswith(".pdf"):
        return "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)
    if path.endswith(".html"):
        h = _H()
        h.feed(open(path, encoding="utf-8").read())
        return "\n".join(h.out)
    if path.endswith(".docx"):
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        return "\n".join(parts)
    if path.endswith(".xlsx"):
        wb = openpyxl.load_workbook(path, data_only=True)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                cells = [num(c) for c in row]
                while cells and cells[-1] == "":
                    cells.pop()
                if cells:
                    parts.append(" | ".join(cells))
        return "\n".join(parts)
    return open(path, encoding="utf-8").read()


def norm(s):
    return " ".join(s.split()).lower()


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--dump":
        print(extract(sys.argv[2]))
        return 0
    errors = []
    cats = collections.Counter()
    verdicts = collections.Counter()
    cache = {}
    ids = set()
    lines = open(QFILE, encoding="utf-8").read().splitlines()
    for n, line in enumerate(lines, 1):
        q = json.loads(line)
        qid = q.get("id")
        if set(q) != {"id", "corpus", "category", "language", "question", "history", "gold"}:
            errors.append(f"{qid}: keys {sorted(q)}")
        if qid != f"md55-{n:03d}" or qid in ids:
            errors.append(f"{qid}: bad id at line {n}")
        ids.add(qid)
        if q["corpus"] != CORPUS:
            errors.append(f"{qid}: corpus")
        if q["category"] not in EXPECTED:
            errors.append(f"{qid}: category {q['category']}")
        cats[q["category"]] += 1
        if q["language"] not in ("sv", "en"):
            errors.append(f"{qid}: language")
        if (q["category"] == "english") != (q["language"] == "en"):
            errors.append(f"{qid}: english/language mismatch")
        if not isinstance(q["history"], list) or (q["category"] == "followup") != bool(q["history"]):
            errors.append(f"{qid}: history")
        g = q["gold"]
        if set(g) != {"answer", "numbers", "docs", "quotes", "refused", "verdict"}:
            errors.append(f"{qid}: gold keys {sorted(g)}")
        for x in g["numbers"]:
            if set(x) != {"value", "unit"} or x["unit"] not in UNITS or not isinstance(x["value"], (int, float)):
                errors.append(f"{qid}: number {x}")
        if q["category"] == "claim":
            if g["verdict"] not in ("supported", "contradicted", "not_found"):
                errors.append(f"{qid}: verdict")
        elif g["verdict"] is not None:
            errors.append(f"{qid}: verdict must be null")
        verdicts[g["verdict"]] += 1
        if g["refused"]:
            if g["docs"] or g["quotes"]:
                errors.append(f"{qid}: refused with docs/quotes")
        else:
            if not g["docs"] or not g["quotes"]:
                errors.append(f"{qid}: missing docs/quotes")
        if q["category"] == "unanswerable" and not g["refused"]:
            errors.append(f"{qid}: unanswerable not refused")
        if g["verdict"] == "not_found" and not g["refused"]:
            errors.append(f"{qid}: not_found must be refused")
        if q["category"] == "multi_doc" and len(g["docs"]) < 2:
            errors.append(f"{qid}: multi_doc needs two docs")
        texts = []
        for d in g["docs"]:
            if not d.startswith(CORPUS + "/"):
                errors.append(f"{qid}: doc path {d}")
            p = os.path.join(ROOT, d)
            if not os.path.exists(p):
                errors.append(f"{qid}: missing doc {d}")
                continue
            if p not in cache:
                cache[p] = norm(extract(p))
            texts.append(cache[p])
        for qt in g["quotes"]:
            if not any(norm(qt) in t for t in texts):
                errors.append(f"{qid}: quote not found: {qt!r}")
    for c, k in EXPECTED.items():
        if cats[c] != k:
            errors.append(f"count {c}: {cats[c]} != {k}")
    print("questions:", len(lines))
    for c in EXPECTED:
        print(f"  {c}: {cats[c]}")
    print("verdicts:", dict(verdicts))
    if errors:
        print("\n".join(errors))
        print("FAILED:", len(errors))
        return 1
    print("validation passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Validate muni_dev23b.jsonl against the dev-muni23b corpus (quotes must occur in extracted text)."""
import json
import os
import re
import sys
from collections import Counter
from html.parser import HTMLParser

import docx
import openpyxl
from pypdf import PdfReader

ROOT = "/work/main"
QFILE = os.path.join(ROOT, "evals/sets/dev/muni_dev23b.jsonl")
CATS = {"table_lookup": 9, "calculation": 9, "lookup": 5, "text_amount": 5, "multi_doc": 5, "claim": 5,
        "unanswerable": 5, "multi_part": 4, "followup": 4, "english": 4}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", None}


class HTMLText(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out = []
        self.row = None
        self.cell = None
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th"):
            self.cell = []
        elif tag in ("p", "div", "li", "h1", "h2", "h3", "br", "table"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        elif tag in ("td", "th") and self.row is not None:
            self.row.append(" ".join("".join(self.cell).split()))
            self.cell = None
        elif tag == "tr":
            self.out.append("\n" + " | ".join(self.row) + "\n")
            self.row = None
        elif tag in ("p", "div", "li", "h1", "h2", "h3"):
            self.out.append("\n")

    def handle_data(self, data):
        if self.skip:
            return
        if self.cell is not None:
            self.cell.append(data)
        elif self.row is None:
            self.out.append(data)


def sv_num(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if v.is_integer():
            return str(int(v))
        return repr(v).replace(".", ",")
    return str(v)


def extract(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext in ("txt", "md"):
        return open(path, encoding="utf-8").read()
    if ext == "html":
        p = HTMLText()
        p.feed(open(path, encoding="utf-8").read())
        return "".join(p.out)
    if ext == "docx":
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        return "\n".join(parts)
    if ext == "xlsx":
        wb = openpyxl.load_workbook(path, data_only=True)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                cells = [sv_num(c) for c in row]
                while cells and cells[-1] == "":
                    cells.pop()
                parts.append(" | ".join(cells))
        return "\n".join(parts)
    raise ValueError(path)


def norm(s):
    return " ".join(s.split()).lower()


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "dump":
        for dp, _, fs in sorted(os.walk(os.path.join(ROOT, "evals/corpora/dev-muni23b"))):
            for f in sorted(fs):
                p = os.path.join(dp, f)
                print("=" * 20, p)
                print(extract(p))
        return
    errors = []
    cache = {}
    counts = Counter()
    ids = set()
    keys = {"id", "corpus", "category", "language", "question", "history", "gold"}
    gkeys = {"answer", "numbers", "docs", "quotes", "refused", "verdict"}
    lines = open(QFILE, encoding="utf-8").read().splitlines()
    for i, line in enumerate(lines, 1):
        q = json.loads(line)
        qid = q.get("id")
        if set(q) != keys:
            errors.append(f"{qid}: keys {sorted(q)}")
        if qid in ids or qid != f"md23b-{i:03d}":
            errors.append(f"{qid}: bad/duplicate id (line {i})")
        ids.add(qid)
        if q["corpus"] != "evals/corpora/dev-muni23b":
            errors.append(f"{qid}: corpus")
        if q["category"] not in CATS:
            errors.append(f"{qid}: category {q['category']}")
        counts[q["category"]] += 1
        if q["language"] not in ("sv", "en"):
            errors.append(f"{qid}: language")
        if (q["category"] == "english") != (q["language"] == "en"):
            errors.append(f"{qid}: english/language mismatch")
        if not isinstance(q["history"], list) or (q["category"] == "followup") != bool(q["history"]):
            errors.append(f"{qid}: history")
        g = q["gold"]
        if set(g) != gkeys:
            errors.append(f"{qid}: gold keys {sorted(g)}")
            continue
        for n in g["numbers"]:
            if set(n) != {"value", "unit"} or n["unit"] not in UNITS or not isinstance(n["value"], (int, float)):
                errors.append(f"{qid}: number {n}")
        if g["verdict"] not in (None, "supported", "contradicted", "not_found"):
            errors.append(f"{qid}: verdict")
        if (q["category"] == "claim") != (g["verdict"] is not None):
            errors.append(f"{qid}: verdict only for claims")
        if g["refused"]:
            if g["docs"] or g["quotes"]:
                errors.append(f"{qid}: refused but docs/quotes")
        else:
            if not g["docs"] or not g["quotes"]:
                errors.append(f"{qid}: missing docs/quotes")
        if q["category"] == "unanswerable" and not g["refused"]:
            errors.append(f"{qid}: unanswerable must be refused")
        if g["verdict"] == "not_found" and not g["refused"]:
            errors.append(f"{qid}: not_found must be refused")
        if q["category"] == "multi_doc" and len(g["docs"]) < 2:
            errors.append(f"{qid}: multi_doc needs 2 docs")
        texts = []
        for d in g["docs"]:
            if not d.startswith("evals/corpora/dev-muni23b/"):
                errors.append(f"{qid}: doc prefix {d}")
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
    for c, n in CATS.items():
        if counts[c] != n:
            errors.append(f"count {c}: {counts[c]} != {n}")
    print("questions:", len(lines))
    for c in CATS:
        print(f"  {c}: {counts[c]}")
    if errors:
        print("ERRORS:")
        for e in errors:
            print("  ", e)
        sys.exit(1)
    print("VALIDATION OK")


if __name__ == "__main__":
    main()

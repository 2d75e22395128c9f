"""Validate muni_blind18.jsonl: keys, categories, docs exist, quotes found in extracted text.

Usage: python validate.py [--dump FILE]
"""
import json
import os
import sys
from collections import Counter
from html.parser import HTMLParser

import docx
import openpyxl
import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))  # /work/main
QFILE = os.path.join(HERE, "..", "..", "dev", "muni_blind18.jsonl")
CATS = {"lookup": 5, "text_amount": 5, "table_lookup": 9, "calculation": 9, "claim": 5, "multi_part": 4,
        "multi_doc": 5, "followup": 4, "english": 4, "unanswerable": 5}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st", None}  # "st": a count (WRITING.md)


def norm(s):
    return " ".join(s.split()).lower()


class HTMLText(HTMLParser):
    SKIP = {"script", "style", "head", "title"}
    BLOCK = {"p", "div", "h1", "h2", "h3", "li", "ul", "table", "caption", "header", "footer", "nav", "main",
             "article", "br", "section", "thead", "tbody"}

    def __init__(self):
        super().__init__()
        self.out = []
        self.skip = 0
        self.row = None
        self.cell = None

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th"):
            self.cell = []
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip -= 1
        elif tag in ("td", "th") and self.row is not None:
            self.row.append(" ".join("".join(self.cell).split()))
            self.cell = None
        elif tag == "tr":
            self.out.append("\n" + " | ".join(self.row) + "\n")
            self.row = None
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if self.skip:
            return
        if self.cell is not None:
            self.cell.append(data)
        elif self.row is None:
            self.out.append(data)


def xl_val(v):
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
    """Return list of lines."""
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        lines = []
        for p in pypdf.PdfReader(path).pages:
            lines += p.extract_text().split("\n")
        return lines
    if ext == "html":
        h = HTMLText()
        h.feed(open(path, encoding="utf-8").read())
        return "".join(h.out).split("\n")
    if ext == "docx":
        d = docx.Document(path)
        lines = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                lines.append(" | ".join(c.text for c in r.cells))
        return lines
    if ext == "xlsx":
        wb = openpyxl.load_workbook(path, data_only=True)
        lines = []
        for ws in wb.worksheets:
            lines.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                cells = [xl_val(v) for v in row]
                while cells and cells[-1] == "":
                    cells.pop()
                if cells:
                    lines.append(" | ".join(cells))
        return lines
    return open(path, encoding="utf-8").read().split("\n")


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--dump":
        print("\n".join(extract(sys.argv[2])))
        return
    errs = []
    qs = [json.loads(l) for l in open(QFILE, encoding="utf-8") if l.strip()]
    cnt = Counter()
    ids = set()
    cache = {}
    for i, q in enumerate(qs, 1):
        qid = q.get("id")
        if set(q) != {"id", "corpus", "category", "language", "question", "history", "gold"}:
            errs.append(f"{qid}: keys {sorted(q)}")
        if qid != f"mb18-{i:03d}" or qid in ids:
            errs.append(f"{qid}: bad/dup id")
        ids.add(qid)
        if q["corpus"] != "evals/corpora/blind-muni18":
            errs.append(f"{qid}: corpus")
        if q["category"] not in CATS:
            errs.append(f"{qid}: category {q['category']}")
        cnt[q["category"]] += 1
        if q["language"] not in ("sv", "en"):
            errs.append(f"{qid}: language")
        if (q["category"] == "english") != (q["language"] == "en"):
            errs.append(f"{qid}: english/language mismatch")
        if not isinstance(q["history"], list) or (q["category"] == "followup") != bool(q["history"]):
            errs.append(f"{qid}: history")
        g = q["gold"]
        if set(g) != {"answer", "numbers", "docs", "quotes", "refused", "verdict"}:
            errs.append(f"{qid}: gold keys {sorted(g)}")
            continue
        if not g["answer"]:
            errs.append(f"{qid}: empty answer")
        for n in g["numbers"]:
            if set(n) != {"value", "unit"} or n["unit"] not in UNITS or not isinstance(n["value"], (int, float)):
                errs.append(f"{qid}: number {n}")
        if q["category"] == "claim":
            if g["verdict"] not in ("supported", "contradicted", "not_found"):
                errs.append(f"{qid}: verdict")
        elif g["verdict"] is not None:
            errs.append(f"{qid}: verdict should be null")
        if g["refused"]:
            if g["docs"] or g["quotes"] or g["numbers"]:
                errs.append(f"{qid}: refused with evidence")
        else:
            if not g["docs"] or not g["quotes"]:
                errs.append(f"{qid}: missing docs/quotes")
        if q["category"] == "unanswerable" and not g["refused"]:
            errs.append(f"{qid}: unanswerable not refused")
        if g["verdict"] == "not_found" and not g["refused"]:
            errs.append(f"{qid}: not_found must be refused")
        if q["category"] == "multi_doc" and len(g["docs"]) < 2:
            errs.append(f"{qid}: multi_doc needs 2 docs")
        for d in g["docs"]:
            if not d.startswith("evals/corpora/blind-muni18/"):
                errs.append(f"{qid}: doc prefix {d}")
            p = os.path.join(ROOT, d)
            if not os.path.exists(p):
                errs.append(f"{qid}: missing doc {d}")
            elif d not in cache:
                lines = extract(p)
                cache[d] = ([norm(l) for l in lines], norm(" ".join(lines)), p.endswith(".pdf"))
        for qt in g["quotes"]:
            nq = norm(qt)
            ok = False
            for d in g["docs"]:
                if d not in cache:
                    continue
                lines, full, is_pdf = cache[d]
                if is_pdf:
                    ok = ok or any(nq in l for l in lines)
                else:
                    ok = ok or nq in full
            if not ok:
                errs.append(f"{qid}: quote not found: {qt!r}")
    for c, n in CATS.items():
        if cnt[c] != n:
            errs.append(f"count {c}: {cnt[c]} != {n}")
    print("total", len(qs))
    for c in CATS:
        print(f"  {c}: {cnt[c]}")
    if errs:
        print("FAILED")
        for e in errs:
            print(" ", e)
        sys.exit(1)
    print("VALIDATION PASSED")


if __name__ == "__main__":
    main()

"""Validate muni_blind27.jsonl: keys, categories, docs exist, quotes occur in extracted text."""
import collections
import html.parser
import json
import os
import re
import sys

import docx
import openpyxl
import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
SET = os.path.join(ROOT, "evals", "sets", "dev", "muni_blind27.jsonl")
CORPUS = "evals/corpora/blind-muni27"
CATS = {"table_lookup": 9, "calculation": 9, "lookup": 5, "text_amount": 5, "multi_doc": 5, "claim": 5,
        "unanswerable": 5, "multi_part": 4, "followup": 4, "english": 4}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}


class HTMLText(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.row, self.cell, self.incell, self.skip = [], None, [], False, 0

    def handle_starttag(self, tag, a):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th"):
            self.incell, self.cell = True, []
        elif tag in ("p", "div", "h1", "h2", "li", "br", "caption"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        elif tag in ("td", "th"):
            self.incell = False
            self.row.append(" ".join("".join(self.cell).split()))
        elif tag == "tr":
            self.out.append("\n" + " | ".join(self.row) + "\n")
            self.row = None

    def handle_data(self, data):
        if self.skip:
            return
        if self.incell:
            self.cell.append(data)
        elif self.row is None:
            self.out.append(data)


def xl(v):
    if v is None:
        return ""
    if isinstance(v, float):
        if v.is_integer():
            return str(int(v))
        return repr(v).replace(".", ",")
    return str(v)


def extract(path):
    """Return list of text lines."""
    if path.endswith(".pdf"):
        lines = []
        for pg in pypdf.PdfReader(path).pages:
            lines += pg.extract_text().split("\n")
        return lines
    if path.endswith(".docx"):
        d = docx.Document(path)
        lines = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                lines.append(" | ".join(c.text for c in r.cells))
        return lines
    if path.endswith(".xlsx"):
        wb = openpyxl.load_workbook(path, data_only=True)
        lines = []
        for ws in wb.worksheets:
            lines.append(ws.title)
            for r in ws.iter_rows(values_only=True):
                cells = [xl(v) for v in r]
                while cells and cells[-1] == "":
                    cells.pop()
                lines.append(" | ".join(cells))
        return lines
    if path.endswith(".html"):
        p = HTMLText()
        p.feed(open(path, encoding="utf-8").read())
        return "".join(p.out).split("\n")
    return open(path, encoding="utf-8").read().split("\n")


def norm(s):
    return " ".join(s.split()).lower()


def main():
    errors = []
    cats = collections.Counter()
    ids = set()
    cache = {}
    qs = [json.loads(l) for l in open(SET, encoding="utf-8") if l.strip()]
    for q in qs:
        qid = q.get("id")
        if set(q) != {"id", "corpus", "category", "language", "question", "history", "gold"}:
            errors.append(f"{qid}: keys {sorted(q)}")
        if qid in ids:
            errors.append(f"{qid}: duplicate id")
        ids.add(qid)
        if not re.fullmatch(r"mb27-\d{3}", qid or ""):
            errors.append(f"{qid}: bad id")
        if q["corpus"] != CORPUS:
            errors.append(f"{qid}: corpus")
        if q["category"] not in CATS:
            errors.append(f"{qid}: category")
        cats[q["category"]] += 1
        if q["language"] not in ("sv", "en") or (q["category"] == "english") != (q["language"] == "en"):
            errors.append(f"{qid}: language")
        if not isinstance(q["history"], list) or (q["category"] == "followup") != bool(q["history"]):
            errors.append(f"{qid}: history")
        g = q["gold"]
        if set(g) != {"answer", "numbers", "docs", "quotes", "refused", "verdict"}:
            errors.append(f"{qid}: gold keys {sorted(g)}")
        for nmb in g["numbers"]:
            if set(nmb) != {"value", "unit"} or nmb["unit"] not in UNITS or not isinstance(nmb["value"], (int, float)):
                errors.append(f"{qid}: number {nmb}")
        if g["refused"]:
            if g["docs"] or g["quotes"]:
                errors.append(f"{qid}: refused with docs/quotes")
        else:
            if not g["docs"] or not g["quotes"]:
                errors.append(f"{qid}: missing docs/quotes")
        if q["category"] == "unanswerable" and not g["refused"]:
            errors.append(f"{qid}: unanswerable not refused")
        if q["category"] == "claim":
            if g["verdict"] not in ("supported", "contradicted", "not_found"):
                errors.append(f"{qid}: verdict")
            if (g["verdict"] == "not_found") != g["refused"]:
                errors.append(f"{qid}: not_found/refused mismatch")
        elif g["verdict"] is not None:
            errors.append(f"{qid}: verdict on non-claim")
        if q["category"] == "multi_doc" and len(g["docs"]) < 2:
            errors.append(f"{qid}: multi_doc needs 2 docs")
        lines_all = []
        for dpath in g["docs"]:
            full = os.path.join(ROOT, dpath)
            if not dpath.startswith(CORPUS + "/") or not os.path.exists(full):
                errors.append(f"{qid}: doc missing {dpath}")
                continue
            if dpath not in cache:
                cache[dpath] = [norm(l) for l in extract(full)]
            lines_all.append(cache[dpath])
        for quote in g["quotes"]:
            nq = norm(quote)
            if not any(nq in l for lines in lines_all for l in lines):
                errors.append(f"{qid}: quote not found in a single line: {quote!r}")
    for c, k in CATS.items():
        if cats[c] != k:
            errors.append(f"category {c}: {cats[c]} != {k}")
    for e in errors:
        print("ERROR", e)
    print("total", len(qs))
    for c in CATS:
        print(f"  {c}: {cats[c]}")
    print("VALIDATION", "FAILED" if errors else "PASSED")
    return 1 if errors else 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "dump":
        for p in sys.argv[2:]:
            print("=====", p)
            print("\n".join(extract(p)))
    else:
        sys.exit(main())

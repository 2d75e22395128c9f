"""Validator for muni_dev46.jsonl. Usage: python validate.py [--dump DOC]"""
import json
import os
import re
import sys
from collections import Counter
from html.parser import HTMLParser

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../.."))
SET = os.path.join(ROOT, "evals/sets/dev/muni_dev46.jsonl")
CORPUS = "evals/corpora/dev-muni46"
CATS = {"table_lookup": 9, "calculation": 9, "lookup": 5, "text_amount": 5, "multi_doc": 5, "claim": 5,
        "unanswerable": 5, "multi_part": 4, "followup": 4, "english": 4}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}


def num_sv(v):
    if isinstance(v, bool) or v is None:
        return "" if v is None else str(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if v.is_integer():
            return str(int(v))
        return repr(v).replace(".", ",")
    return str(v)


class H(HTMLParser):
    BLOCK = {"p", "div", "h1", "h2", "h3", "li", "tr", "table", "caption", "header", "footer", "nav", "br", "ul", "main", "article", "aside", "button"}

    def __init__(self):
        super().__init__()
        self.out, self.skip, self.row, self.cell = [], 0, None, None

    def handle_starttag(self, tag, a):
        if tag in ("script", "style", "head"):
            self.skip += 1
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = []
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self.skip -= 1
        elif tag in ("td", "th") and self.cell is not None:
            self.row.append(" ".join("".join(self.cell).split()))
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.out.append("\n" + " | ".join(self.row) + "\n")
            self.row = None
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, d):
        if self.skip:
            return
        if self.cell is not None:
            self.cell.append(d)
        elif self.row is None:
            self.out.append(d)


def extract(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext in ("html", "htm"):
        h = H()
        h.feed(open(path, encoding="utf-8").read())
        return "".join(h.out)
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        return "\n".join(parts)
    if ext == "xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(path, data_only=True)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                cells = [num_sv(c) for c in row]
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
        return
    errs = []
    cache = {}
    ids = set()
    cats = Counter()
    lines = [l for l in open(SET, encoding="utf-8").read().split("\n") if l.strip()]
    for i, line in enumerate(lines, 1):
        q = json.loads(line)
        qid = q.get("id")
        if set(q) != {"id", "corpus", "category", "language", "question", "history", "gold"}:
            errs.append(f"{qid}: keys {sorted(q)}")
        if qid != f"md46-{i:03d}":
            errs.append(f"{qid}: id out of sequence")
        if qid in ids:
            errs.append(f"{qid}: duplicate")
        ids.add(qid)
        if q["corpus"] != CORPUS:
            errs.append(f"{qid}: corpus")
        c = q["category"]
        cats[c] += 1
        if c not in CATS:
            errs.append(f"{qid}: category {c}")
        if q["language"] not in ("sv", "en") or (c == "english") != (q["language"] == "en"):
            errs.append(f"{qid}: language")
        if not isinstance(q["history"], list) or (c == "followup") != bool(q["history"]):
            errs.append(f"{qid}: history")
        g = q["gold"]
        if set(g) != {"answer", "numbers", "docs", "quotes", "refused", "verdict"}:
            errs.append(f"{qid}: gold keys {sorted(g)}")
            continue
        if not g["answer"].strip():
            errs.append(f"{qid}: empty answer")
        for n in g["numbers"]:
            if set(n) != {"value", "unit"} or n["unit"] not in UNITS or not isinstance(n["value"], (int, float)):
                errs.append(f"{qid}: bad number {n}")
        if c == "claim":
            if g["verdict"] not in ("supported", "contradicted", "not_found"):
                errs.append(f"{qid}: verdict")
            if (g["verdict"] == "not_found") != g["refused"]:
                errs.append(f"{qid}: not_found/refused mismatch")
        elif g["verdict"] is not None:
            errs.append(f"{qid}: verdict must be null")
        if c == "unanswerable" and not g["refused"]:
            errs.append(f"{qid}: unanswerable not refused")
        if g["refused"]:
            if g["docs"] or g["quotes"] or g["numbers"]:
                errs.append(f"{qid}: refused with docs/quotes/numbers")
            continue
        if not g["docs"] or not g["quotes"]:
            errs.append(f"{qid}: missing docs/quotes")
        if c == "multi_doc" and len(set(g["docs"])) < 2:
            errs.append(f"{qid}: multi_doc needs 2 docs")
        texts = []
        for dname in g["docs"]:
            if not dname.startswith(CORPUS + "/"):
                errs.append(f"{qid}: doc prefix {dname}")
            p = os.path.join(ROOT, dname)
            if not os.path.isfile(p):
                errs.append(f"{qid}: missing doc {dname}")
                continue
            if p not in cache:
                cache[p] = norm(extract(p))
            texts.append(cache[p])
        for qt in g["quotes"]:
            if not any(norm(qt) in t for t in texts):
                errs.append(f"{qid}: quote not found: {qt!r}")
        for dname, t in zip(g["docs"], texts):
            if not any(norm(qt) in t for qt in g["quotes"]):
                errs.append(f"{qid}: no quote supports doc {dname}")
    for c, n in CATS.items():
        if cats[c] != n:
            errs.append(f"count {c}: {cats[c]} != {n}")
    for e in errs:
        print("FAIL", e)
    print(f"{len(lines)} questions;", ", ".join(f"{c} {cats[c]}" for c in CATS))
    print("VALIDATION PASSED" if not errs else f"VALIDATION FAILED ({len(errs)} errors)")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()

"""Validate muni_blind39.jsonl: keys, categories, docs exist, quotes occur in extracted text.
Usage: validate.py [--dump DOC]"""
import collections
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
QFILE = os.path.join(ROOT, "evals", "sets", "dev", "muni_blind39.jsonl")
CATS = {"lookup": 5, "text_amount": 5, "table_lookup": 9, "calculation": 9, "claim": 5, "multi_part": 4,
        "multi_doc": 5, "followup": 4, "english": 4, "unanswerable": 5}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}


def num_sv(v):
    if isinstance(v, bool) or v is None:
        return "" if v is None else str(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        s = repr(v)
        if s.endswith(".0"):
            s = s[:-2]
        return s.replace(".", ",")
    return str(v)


class H(HTMLParser):
    def __init__(self):
        super().__init__()
        self.lines, self.cur, self.row, self.cell, self.in_cell = [], [], None, [], False
        self.skip = 0

    def handle_starttag(self, tag, a):
        if tag in ("script", "style"):
            self.skip += 1
        if tag == "tr":
            self.flush()
            self.row = []
        if tag in ("td", "th"):
            self.in_cell, self.cell = True, []
        if tag in ("p", "h1", "h2", "h3", "li", "div", "br", "table", "ul", "header", "footer", "nav"):
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if tag in ("td", "th"):
            self.row.append(" ".join("".join(self.cell).split()))
            self.in_cell = False
        elif tag == "tr":
            self.lines.append(" | ".join(self.row))
            self.row = None
        elif tag in ("p", "h1", "h2", "h3", "li", "div", "table", "ul"):
            self.flush()

    def handle_data(self, d):
        if self.skip:
            return
        if self.in_cell:
            self.cell.append(d)
        elif self.row is None:
            self.cur.append(d)

    def flush(self):
        t = " ".join("".join(self.cur).split())
        if t:
            self.lines.append(t)
        self.cur = []


def extract(path):
    """Return list of text units (lines/paragraphs/rows)."""
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        from pypdf import PdfReader
        out = []
        for p in PdfReader(path).pages:
            out.extend(p.extract_text().split("\n"))
        return out
    if ext in ("txt", "md"):
        return open(path, encoding="utf-8").read().split("\n")
    if ext == "html":
        h = H()
        h.feed(open(path, encoding="utf-8").read())
        h.flush()
        return h.lines
    if ext == "docx":
        import docx
        d = docx.Document(path)
        out = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                out.append(" | ".join(c.text for c in r.cells))
        return out
    if ext == "xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(path, data_only=True)
        out = []
        for ws in wb.worksheets:
            out.append(f"[{ws.title}]")
            for r in ws.iter_rows(values_only=True):
                cells = [num_sv(c) for c in r]
                while cells and cells[-1] == "":
                    cells.pop()
                if cells:
                    out.append(" | ".join(cells))
        return out
    raise ValueError(path)


def norm(s):
    return " ".join(s.split()).lower()


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--dump":
        for l in extract(sys.argv[2]):
            print(l)
        return
    errs = []
    cnt = collections.Counter()
    ids = set()
    cache = {}
    keys = {"id", "corpus", "category", "language", "question", "history", "gold"}
    gkeys = {"answer", "numbers", "docs", "quotes", "refused", "verdict"}
    lines = open(QFILE, encoding="utf-8").read().splitlines()
    for n, line in enumerate(lines, 1):
        q = json.loads(line)
        qid = q.get("id")
        if set(q) != keys:
            errs.append(f"{qid}: keys {set(q) ^ keys}")
        if set(q["gold"]) != gkeys:
            errs.append(f"{qid}: gold keys {set(q['gold']) ^ gkeys}")
        if qid != f"mb39-{n:03d}" or qid in ids:
            errs.append(f"{qid}: bad id at line {n}")
        ids.add(qid)
        if q["corpus"] != "evals/corpora/blind-muni39":
            errs.append(f"{qid}: corpus")
        c = q["category"]
        if c not in CATS:
            errs.append(f"{qid}: category {c}")
        cnt[c] += 1
        if q["language"] not in ("sv", "en") or (c == "english") != (q["language"] == "en"):
            errs.append(f"{qid}: language")
        if not isinstance(q["history"], list) or (c == "followup") != bool(q["history"]):
            errs.append(f"{qid}: history")
        g = q["gold"]
        for x in g["numbers"]:
            if set(x) != {"value", "unit"} or x["unit"] not in UNITS or not isinstance(x["value"], (int, float)):
                errs.append(f"{qid}: number {x}")
        if g["refused"]:
            if g["docs"] or g["quotes"] or g["numbers"]:
                errs.append(f"{qid}: refused but has evidence")
        else:
            if not g["docs"] or not g["quotes"]:
                errs.append(f"{qid}: missing docs/quotes")
        if c == "unanswerable" and not g["refused"]:
            errs.append(f"{qid}: unanswerable not refused")
        if c == "claim":
            if g["verdict"] not in ("supported", "contradicted", "not_found"):
                errs.append(f"{qid}: verdict")
            if (g["verdict"] == "not_found") != g["refused"]:
                errs.append(f"{qid}: not_found/refused mismatch")
        elif g["verdict"] is not None:
            errs.append(f"{qid}: verdict on non-claim")
        if c == "multi_doc" and len(g["docs"]) < 2:
            errs.append(f"{qid}: multi_doc needs 2 docs")
        texts = []
        for d in g["docs"]:
            p = os.path.join(ROOT, d)
            if not d.startswith(q["corpus"] + "/") or not os.path.exists(p):
                errs.append(f"{qid}: doc missing {d}")
                continue
            if p not in cache:
                cache[p] = [norm(u) for u in extract(p)]
            texts.append(cache[p])
        for qt in g["quotes"]:
            nq = norm(qt)
            if not any(nq in u for t in texts for u in t):
                errs.append(f"{qid}: quote not found: {qt!r}")
    for c, k in CATS.items():
        if cnt[c] != k:
            errs.append(f"category {c}: {cnt[c]} != {k}")
    for c in CATS:
        print(f"{c}: {cnt[c]}")
    print(f"total: {sum(cnt.values())}")
    if errs:
        print("\n".join(errs))
        print(f"FAILED: {len(errs)} errors")
        sys.exit(1)
    print("validation passed")


if __name__ == "__main__":
    main()
